package org.parley.rdf;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Draws the ontology as a Graphviz DOT graph, read from the ontology file itself so the picture cannot drift
 * from the Turtle: classes (with their datatype properties and CAMEO root codes), subclass edges, object
 * properties from domain to range, and the external classes and properties they are aligned with.
 *
 * <p>Run {@code scripts/ontology-diagram.sh} to regenerate {@code ontology/negotiation.svg}; {@link #main}
 * prints the DOT on stdout.
 */
public final class OntologyDiagram {

    /** A class box: its prefixed name, whether it belongs to the ontology's namespace, and what it lists. */
    public record ClassNode(String name, boolean local, List<String> cameoRootCodes, List<String> attributes) {
    }

    /** A subclass edge, from the subclass to its superclass. */
    public record SubclassEdge(String subclass, String superclass) {
    }

    /**
     * An object property drawn from one domain class to one range class; a union domain or range gives one
     * edge per member. {@code superProperties} are the properties it specialises, e.g. {@code prov:wasAssociatedWith}.
     */
    public record PropertyEdge(String property, String domain, String range, List<String> superProperties) {
    }

    private final Model ontology;
    private final String namespace;

    private OntologyDiagram(Model ontology, String namespace) {
        this.ontology = ontology;
        this.namespace = namespace;
    }

    /** The diagram of the terms in {@code namespace} (e.g. {@link NEG#NS}) and the external terms they use. */
    public static OntologyDiagram of(Model ontology, String namespace) {
        return new OntologyDiagram(ontology, namespace);
    }

    /**
     * Every class to draw: the ontology's own, the external ones they are aligned with, and every domain and
     * range of its properties.
     */
    public List<ClassNode> classes() {
        SortedMap<String, Resource> byName = new TreeMap<>();
        for (Resource cls : localClasses()) {
            byName.put(name(cls), cls);
            superclassesOf(cls).forEach(superclass -> byName.put(name(superclass), superclass));
        }
        for (Resource property : localTerms(OWL.ObjectProperty)) {
            classesOf(property, RDFS.domain).forEach(cls -> byName.put(name(cls), cls));
            classesOf(property, RDFS.range).forEach(cls -> byName.put(name(cls), cls));
        }
        // A datatype property is drawn inside its domain's box, so that box must exist.
        for (Resource property : localTerms(OWL.DatatypeProperty)) {
            classesOf(property, RDFS.domain).forEach(cls -> byName.put(name(cls), cls));
        }
        SortedMap<String, List<String>> attributes = attributesByClass();
        List<ClassNode> nodes = new ArrayList<>();
        byName.forEach((name, cls) -> nodes.add(
                new ClassNode(name, isLocal(cls), cameoRootCodes(cls), attributes.getOrDefault(name, List.of()))));
        // Local classes first, so Graphviz puts the ontology's own classes before the external ones.
        nodes.sort(Comparator.comparing((ClassNode node) -> !node.local()).thenComparing(ClassNode::name));
        return nodes;
    }

    /** Every {@code rdfs:subClassOf} from a class of the ontology to a named class. */
    public List<SubclassEdge> subclassEdges() {
        List<SubclassEdge> edges = new ArrayList<>();
        for (Resource cls : localClasses()) {
            for (Resource superclass : superclassesOf(cls)) {
                edges.add(new SubclassEdge(name(cls), name(superclass)));
            }
        }
        return edges;
    }

    /** Every object property of the ontology, once per (domain member, range member) pair. */
    public List<PropertyEdge> propertyEdges() {
        List<PropertyEdge> edges = new ArrayList<>();
        for (Resource property : localTerms(OWL.ObjectProperty)) {
            List<String> superProperties = property.listProperties(RDFS.subPropertyOf).mapWith(Statement::getResource)
                    .mapWith(this::name).toList().stream().sorted().toList();
            for (String domain : members(property, RDFS.domain)) {
                for (String range : members(property, RDFS.range)) {
                    edges.add(new PropertyEdge(name(property), domain, range, superProperties));
                }
            }
        }
        return edges;
    }

    /** The whole diagram in the Graphviz DOT language; the same ontology always gives the same text. */
    public String toDot() {
        StringBuilder dot = new StringBuilder();
        dot.append("digraph ontology {\n")
                .append("  graph [rankdir=BT, fontname=\"Helvetica\", nodesep=0.4, ranksep=0.6];\n")
                .append("  node [shape=plaintext, fontname=\"Helvetica\", fontsize=11];\n")
                .append("  edge [fontname=\"Helvetica\", fontsize=10];\n")
                .append("  labelloc=b; fontsize=10; label=").append(quote(legend())).append(";\n\n");
        for (ClassNode node : classes()) {
            dot.append("  ").append(quote(node.name())).append(" [label=<").append(htmlLabel(node)).append(">];\n");
        }
        dot.append('\n');
        for (SubclassEdge edge : subclassEdges()) {
            dot.append("  ").append(quote(edge.subclass())).append(" -> ").append(quote(edge.superclass()))
                    .append(" [arrowhead=empty, color=\"#555555\"];\n");
        }
        dot.append('\n');
        for (PropertyEdge edge : propertyEdges()) {
            String label = edge.property();
            for (String superProperty : edge.superProperties()) {
                label += "\n⊑ " + superProperty;
            }
            dot.append("  ").append(quote(edge.domain())).append(" -> ").append(quote(edge.range()))
                    .append(" [label=").append(quote(label))
                    .append(", color=\"#1f5fa8\", fontcolor=\"#1f5fa8\"];\n");
        }
        dot.append("}\n");
        return dot.toString();
    }

    private String legend() {
        String title = ontology.listResourcesWithProperty(RDF.type, OWL.Ontology).toList().stream()
                .filter(onto -> onto.hasProperty(OWL.versionInfo))
                .map(onto -> onto.getURI() + " " + onto.getProperty(OWL.versionInfo).getString())
                .findFirst().orElse(namespace);
        return title + "\nopen arrow: rdfs:subClassOf    blue arrow: object property, domain → range"
                + " (⊑: its super-property)    dashed box: class of another vocabulary";
    }

    /** Prints the DOT of the ontology file named by the first argument (default {@code ontology/negotiation.ttl}). */
    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "ontology/negotiation.ttl");
        if (!Files.isRegularFile(file)) {
            System.err.println("no ontology file at " + file.toAbsolutePath());
            System.exit(1);
        }
        Model model = RDFDataMgr.loadModel(file.toString());
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(of(model, NEG.NS).toDot());
        out.flush();
    }

    private List<Resource> localClasses() {
        return localTerms(OWL.Class);
    }

    private List<Resource> localTerms(Resource type) {
        return ontology.listResourcesWithProperty(RDF.type, type).filterKeep(this::isLocal).toList().stream()
                .sorted(Comparator.comparing(Resource::getURI)).toList();
    }

    private List<Resource> superclassesOf(Resource cls) {
        return cls.listProperties(RDFS.subClassOf).mapWith(Statement::getObject)
                .filterKeep(RDFNode::isURIResource).mapWith(RDFNode::asResource).toList().stream()
                .sorted(Comparator.comparing(Resource::getURI)).toList();
    }

    private List<String> members(Resource property, Property domainOrRange) {
        return classesOf(property, domainOrRange).stream().map(this::name).sorted().toList();
    }

    /**
     * The named classes a domain or range stands for: the class itself, or each member of an owl:unionOf;
     * owl:Thing when there is none, which is what OWL takes a missing domain or range to mean.
     */
    private List<Resource> classesOf(Resource property, Property domainOrRange) {
        List<Resource> classes = new ArrayList<>();
        for (RDFNode value : property.listProperties(domainOrRange).mapWith(Statement::getObject).toList()) {
            if (value.isURIResource()) {
                classes.add(value.asResource());
            } else if (value.isAnon() && value.asResource().hasProperty(OWL.unionOf)) {
                RDFList union = value.asResource().getPropertyResourceValue(OWL.unionOf).as(RDFList.class);
                union.asJavaList().forEach(member -> classes.add(member.asResource()));
            }
        }
        if (classes.isEmpty()) {
            classes.add(ontology.createResource(OWL.Thing.getURI()));
        }
        return classes;
    }

    /** Datatype properties by the class they belong to, as "name: range" lines for the class boxes. */
    private SortedMap<String, List<String>> attributesByClass() {
        SortedMap<String, List<String>> attributes = new TreeMap<>();
        for (Resource property : localTerms(OWL.DatatypeProperty)) {
            List<String> ranges = members(property, RDFS.range);
            String line = name(property) + ": " + String.join(" | ", ranges);
            for (String domain : members(property, RDFS.domain)) {
                attributes.computeIfAbsent(domain, key -> new ArrayList<>()).add(line);
            }
        }
        return attributes;
    }

    private List<String> cameoRootCodes(Resource cls) {
        return cls.listProperties(NEG.cameoRootCode).mapWith(Statement::getString).toList().stream()
                .sorted().toList();
    }

    private boolean isLocal(Resource resource) {
        return resource.isURIResource() && resource.getURI().startsWith(namespace);
    }

    private String name(Resource resource) {
        return ontology.shortForm(resource.getURI());
    }

    private static String htmlLabel(ClassNode node) {
        String fill = node.local() ? "#fff4d6" : "#eeeeee";
        // External classes are dashed: they are only referred to, defined elsewhere.
        String style = node.local() ? "" : " STYLE=\"dashed\"";
        StringBuilder html = new StringBuilder();
        html.append("<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\"").append(style)
                .append(" BGCOLOR=\"").append(fill).append("\">");
        html.append("<TR><TD><B>").append(escape(node.name())).append("</B></TD></TR>");
        if (!node.cameoRootCodes().isEmpty()) {
            html.append("<TR><TD><FONT POINT-SIZE=\"9\">CAMEO ")
                    .append(escape(String.join(", ", node.cameoRootCodes()))).append("</FONT></TD></TR>");
        }
        for (String attribute : node.attributes()) {
            html.append("<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"9\">").append(escape(attribute))
                    .append("</FONT></TD></TR>");
        }
        return html.append("</TABLE>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }
}
