package org.parley.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.parley.rdf.OntologyDiagram.ClassNode;
import org.parley.rdf.OntologyDiagram.PropertyEdge;
import org.parley.rdf.OntologyDiagram.SubclassEdge;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class OntologyDiagramTest {

    private static final Pattern EDGE = Pattern.compile("^\\s*\"([^\"]+)\" -> \"([^\"]+)\" \\[(.*)];$", Pattern.MULTILINE);
    private static final Pattern NODE = Pattern.compile("^\\s*\"([^\"]+)\" \\[label=<", Pattern.MULTILINE);

    private final Model ontology = ModelFactory.createModelForGraph(OntologyTest.load(NEG.ONTOLOGY_RESOURCE));
    private final OntologyDiagram diagram = OntologyDiagram.of(ontology, NEG.NS);
    private final String dot = diagram.toDot();

    @Test
    void everyClassOfTheOntologyIsANodeOfTheDot() {
        Set<String> classes = new TreeSet<>();
        ontology.listResourcesWithProperty(RDF.type, OWL.Class).filterKeep(Resource::isURIResource)
                .forEach(cls -> classes.add(ontology.shortForm(cls.getURI())));
        assertThat(classes).contains("neg:Meeting", "prov:Agent").hasSizeGreaterThan(20);

        assertThat(nodesOf(dot)).containsAll(classes);
    }

    @Test
    void everyObjectPropertyOfTheOntologyLabelsAnEdgeOfTheDot() {
        Set<String> properties = new TreeSet<>();
        ontology.listResourcesWithProperty(RDF.type, OWL.ObjectProperty)
                .filterKeep(property -> property.getURI().startsWith(NEG.NS))
                .forEach(property -> properties.add(ontology.shortForm(property.getURI())));
        assertThat(properties).hasSizeGreaterThanOrEqualTo(8);

        Set<String> edgeLabels = new TreeSet<>();
        Matcher edges = EDGE.matcher(dot);
        while (edges.find()) {
            Matcher label = Pattern.compile("label=\"([^\"\\\\]+)").matcher(edges.group(3));
            if (label.find()) {
                edgeLabels.add(label.group(1));
            }
        }
        assertThat(edgeLabels).containsExactlyInAnyOrderElementsOf(properties);
    }

    @Test
    void objectPropertiesRunFromDomainToRangeWithUnionsDrawnPerMember() {
        assertThat(diagram.propertyEdges()).contains(
                new PropertyEdge("neg:agent", "neg:NegotiationAct", "neg:Actor", List.of("sem:hasActor")),
                new PropertyEdge("neg:participant", "neg:Meeting", "neg:Actor", List.of("sem:hasActor")),
                new PropertyEdge("neg:topic", "neg:NegotiationAct", "neg:Issue", List.of()),
                new PropertyEdge("neg:represents", "neg:Person", "neg:Country", List.of()),
                new PropertyEdge("neg:represents", "neg:Person", "neg:Organization", List.of()),
                new PropertyEdge("neg:respondsTo", "neg:Acceptance", "neg:NegotiationAct", List.of()),
                new PropertyEdge("neg:respondsTo", "neg:Rejection", "neg:NegotiationAct", List.of()),
                new PropertyEdge("neg:mentionedIn", "neg:Issue", "neg:Article", List.of()));
        assertThat(dot).contains("\"neg:Person\" -> \"neg:Organization\" [label=\"neg:represents\"");
        assertThat(dot).contains("[label=\"neg:agent\\n⊑ sem:hasActor\"");
    }

    @Test
    void subclassEdgesIncludeTheAlignmentsToOtherVocabularies() {
        assertThat(diagram.subclassEdges()).contains(
                new SubclassEdge("neg:Meeting", "neg:NegotiationAct"),
                new SubclassEdge("neg:NegotiationAct", "sem:Event"),
                new SubclassEdge("neg:Article", "schema:NewsArticle"),
                new SubclassEdge("neg:Person", "foaf:Person"));
        assertThat(dot).contains("\"neg:Person\" -> \"foaf:Person\" [arrowhead=empty");
    }

    @Test
    void classBoxesShowDatatypePropertiesAndCameoCodesAndMarkExternalClasses() {
        ClassNode act = node("neg:NegotiationAct");
        assertThat(act.local()).isTrue();
        assertThat(act.attributes()).contains("neg:evidence: xsd:string", "neg:date: xsd:date");
        assertThat(node("neg:Proposal").cameoRootCodes()).containsExactly("02", "03");
        assertThat(node("neg:Person").attributes()).containsExactly("neg:role: xsd:string");
        assertThat(node("foaf:Person").local()).isFalse();
        assertThat(dot).contains("neg:evidence: xsd:string").contains("CAMEO 02, 03");
    }

    @Test
    void theDiagramFollowsTheOntologyFileNotAFixedPicture() {
        Model small = RDFParser.fromString("""
                @prefix ex: <http://example.org/o#> .
                @prefix owl: <http://www.w3.org/2002/07/owl#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                ex:Treaty a owl:Class .
                ex:Party a owl:Class .
                ex:signedBy a owl:ObjectProperty ; rdfs:domain ex:Treaty ; rdfs:range ex:Party .
                ex:about a owl:ObjectProperty .
                """, Lang.TURTLE).toModel();

        String smallDot = OntologyDiagram.of(small, "http://example.org/o#").toDot();

        assertThat(nodesOf(smallDot)).containsExactlyInAnyOrder("ex:Party", "ex:Treaty", "owl:Thing");
        assertThat(smallDot).contains("\"ex:Treaty\" -> \"ex:Party\" [label=\"ex:signedBy\"")
                .contains("\"owl:Thing\" -> \"owl:Thing\" [label=\"ex:about\"")
                .doesNotContain("neg:");
    }

    @Test
    void theSameOntologyGivesTheSameDot() {
        assertThat(OntologyDiagram.of(ontology, NEG.NS).toDot()).isEqualTo(dot);
    }

    @Test
    void theDotIsOneWellFormedDigraph() {
        assertThat(dot).startsWith("digraph ontology {").endsWith("}\n");
        assertThat(dot.chars().filter(c -> c == '{').count()).isEqualTo(dot.chars().filter(c -> c == '}').count());
        assertThat(dot.chars().filter(c -> c == '"').count() % 2).as("quotes are balanced").isZero();
    }

    /**
     * The committed picture must show what the ontology says today: same boxes with the same lines, same arrows,
     * same property labels. Checked on the SVG's text, so no test needs Graphviz.
     */
    @Test
    void theCommittedSvgShowsTheOntologyAsItIsNow() throws Exception {
        Document svg = parseSvg(Path.of("ontology/negotiation.svg"));
        String stale = "ontology/negotiation.svg is out of date with ontology/negotiation.ttl; "
                + "run scripts/ontology-diagram.sh and commit the result";

        Map<String, List<String>> expectedBoxes = new TreeMap<>();
        for (ClassNode node : diagram.classes()) {
            List<String> lines = new ArrayList<>();
            lines.add(node.name());
            if (!node.cameoRootCodes().isEmpty()) {
                lines.add("CAMEO " + String.join(", ", node.cameoRootCodes()));
            }
            lines.addAll(node.attributes());
            expectedBoxes.put(node.name(), lines);
        }
        List<String> expectedArrows = new ArrayList<>();
        diagram.subclassEdges().forEach(edge -> expectedArrows.add(edge.subclass() + "->" + edge.superclass()));
        diagram.propertyEdges().forEach(edge -> expectedArrows.add(edge.domain() + "->" + edge.range()));
        Set<String> expectedLabels = new TreeSet<>();
        diagram.propertyEdges().forEach(edge -> expectedLabels.add(edge.property()));

        Map<String, List<String>> boxes = new TreeMap<>();
        List<String> arrows = new ArrayList<>();
        Set<String> labels = new TreeSet<>();
        NodeList groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            String title = group.getElementsByTagName("title").item(0).getTextContent();
            List<String> texts = textsOf(group);
            switch (group.getAttribute("class")) {
                case "node" -> boxes.put(title, texts);
                case "edge" -> {
                    arrows.add(title);
                    texts.stream().filter(text -> !text.startsWith("⊑")).forEach(labels::add);
                }
                default -> { }
            }
        }

        assertThat(boxes).as(stale).isEqualTo(expectedBoxes);
        assertThat(arrows).as(stale).containsExactlyInAnyOrderElementsOf(expectedArrows);
        assertThat(labels).as(stale).isEqualTo(expectedLabels);
    }

    @Test
    void theReadmeEmbedsTheDiagramAndSaysHowToRedrawIt() throws Exception {
        String readme = Files.readString(Path.of("ontology/README.md"));
        assertThat(readme).contains("![", "(negotiation.svg)").contains("scripts/ontology-diagram.sh");
    }

    private static Document parseSvg(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // Graphviz names the SVG 1.1 DTD; reading it would need the network and tells us nothing.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static List<String> textsOf(Element group) {
        List<String> texts = new ArrayList<>();
        NodeList elements = group.getElementsByTagName("text");
        for (int i = 0; i < elements.getLength(); i++) {
            texts.add(elements.item(i).getTextContent());
        }
        return texts;
    }

    private ClassNode node(String name) {
        return diagram.classes().stream().filter(node -> node.name().equals(name)).findFirst().orElseThrow();
    }

    private static Set<String> nodesOf(String dot) {
        Set<String> nodes = new TreeSet<>();
        Matcher matcher = NODE.matcher(dot);
        while (matcher.find()) {
            nodes.add(matcher.group(1));
        }
        return nodes;
    }
}
