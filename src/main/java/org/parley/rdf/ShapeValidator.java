package org.parley.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;

/**
 * Checks RDF against Parley's SHACL shapes ({@code ontology/shapes.ttl}, shipped in the jar).
 *
 * <p>The shapes are parsed once, in the constructor; one validator can check any number of graphs, from any
 * number of threads. The shapes need no inference and no ontology in the data graph, but do not mind it there,
 * so the union graph of a store (which holds the ontology's named graph too) can be validated as it is.
 */
public final class ShapeValidator {

    /** Where the shapes are on the classpath. */
    public static final String SHAPES_RESOURCE = "/ontology/shapes.ttl";

    private final Shapes shapes;

    /** Loads and parses the shapes from the classpath; fails at once if they are missing or malformed. */
    public ShapeValidator() {
        this.shapes = Shapes.parse(loadShapes());
    }

    /** Validates {@code data} (one article's graph or a whole store's union graph) against every shape. */
    public ValidationResult validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<Violation> violations = report.getEntries().stream()
                .map(ShapeValidator::toViolation)
                .toList();
        return new ValidationResult(report.conforms(), violations);
    }

    private static Violation toViolation(ReportEntry entry) {
        return new Violation(entry.focusNode(), entry.resultPath(), entry.value(), entry.message());
    }

    private static Graph loadShapes() {
        try (InputStream in = ShapeValidator.class.getResourceAsStream(SHAPES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("SHACL shapes not found on the classpath at " + SHAPES_RESOURCE);
            }
            return RDFParser.source(in).lang(Lang.TURTLE).toGraph();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the SHACL shapes at " + SHAPES_RESOURCE, e);
        }
    }
}
