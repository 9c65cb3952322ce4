package org.parley.rdf;

import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/**
 * The outcome of checking a graph against Parley's SHACL shapes.
 *
 * @param conforms   true iff the graph breaks no shape
 * @param violations every violation, ordered by focus node, then path, then message, so reports are stable
 */
public record ValidationResult(boolean conforms, List<Violation> violations) {

    /** Long evidence sentences would drown the report; the value is shown only so far. */
    private static final int MAX_VALUE_LENGTH = 100;

    private static final PrefixMapping REPORT_PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("neg", NEG.NS)
            .setNsPrefix("rdf", RDF.getURI())
            .setNsPrefix("rdfs", RDFS.getURI())
            .setNsPrefix("owl", OWL.NS)
            .setNsPrefix("xsd", XSD.NS)
            .setNsPrefix("dcterms", DCTerms.NS)
            .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
            .setNsPrefix("wd", "http://www.wikidata.org/entity/")
            .lock();

    private static final Comparator<Violation> REPORT_ORDER = Comparator
            .comparing((Violation v) -> v.focusNode().toString())
            .thenComparing(v -> v.path() == null ? "" : v.path().toString())
            .thenComparing(Violation::message);

    public ValidationResult {
        violations = violations.stream().sorted(REPORT_ORDER).toList();
    }

    /**
     * A plain-text report: one line of summary, then for each violation the focus node and path, the message
     * and the offending value. Terms are shortened with the usual prefixes (neg:, prov:, dcterms:, ...).
     */
    public String toText() {
        if (conforms) {
            return "The data conforms to the Parley shapes.\n";
        }
        StringBuilder text = new StringBuilder();
        text.append("The data does not conform to the Parley shapes: ")
                .append(violations.size())
                .append(violations.size() == 1 ? " violation.\n" : " violations.\n");
        int number = 1;
        for (Violation violation : violations) {
            text.append('\n').append(number++).append(". ").append(render(violation.focusNode()));
            if (violation.path() != null) {
                text.append("  ").append(violation.path().toString(new Prologue(REPORT_PREFIXES)));
            }
            text.append("\n   ").append(violation.message()).append('\n');
            if (violation.value() != null) {
                text.append("   value: ").append(abbreviate(render(violation.value()))).append('\n');
            }
        }
        return text.toString();
    }

    private static String render(Node node) {
        return FmtUtils.stringForNode(node, REPORT_PREFIXES);
    }

    private static String abbreviate(String value) {
        return value.length() <= MAX_VALUE_LENGTH ? value : value.substring(0, MAX_VALUE_LENGTH) + "…";
    }
}
