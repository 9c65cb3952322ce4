package org.parley.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.path.PathFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ShapesTest {

    private static final String EX = "http://example.org/";
    private static final Property WAS_DERIVED_FROM = ResourceFactory
            .createProperty("http://www.w3.org/ns/prov#wasDerivedFrom");

    /** One article's graph as the mapper should write it: every act class and every term in use. */
    private static final String VALID = """
            @prefix neg:     <https://w3id.org/parley/ontology#> .
            @prefix ex:      <http://example.org/> .
            @prefix owl:     <http://www.w3.org/2002/07/owl#> .
            @prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix prov:    <http://www.w3.org/ns/prov#> .
            @prefix wd:      <http://www.wikidata.org/entity/> .

            ex:article a neg:Article ;
                dcterms:identifier "riyadh-talks" ;
                dcterms:title "US and Russia hold talks in Riyadh" ;
                dcterms:date "2025-02-19"^^xsd:date ;
                dcterms:source <https://news.example.org/riyadh-talks> ;
                neg:contentHash "5d41402abc4b2a76b9719d911017c592" .

            ex:lavrov a neg:Person ;
                rdfs:label "Sergei Lavrov" ;
                neg:role "Foreign Minister" ;
                neg:represents ex:russia ;
                neg:mention "Russia's top diplomat" ;
                owl:sameAs wd:Q80137 ;
                neg:mentionedIn ex:article .
            ex:russia a neg:Country ; rdfs:label "Russia" ; owl:sameAs wd:Q159 ; neg:mentionedIn ex:article .
            ex:ukraine a neg:Country ; rdfs:label "Ukraine" ; owl:sameAs wd:Q212 ; neg:mentionedIn ex:article .
            ex:usa a neg:Country ; rdfs:label "United States" ; owl:sameAs wd:Q30 ; neg:mentionedIn ex:article .
            ex:nato a neg:Organization ; rdfs:label "NATO" ; owl:sameAs wd:Q7184 ; neg:mentionedIn ex:article .
            ex:riyadh a neg:Place ; rdfs:label "Riyadh" ; owl:sameAs wd:Q3692 ; neg:mentionedIn ex:article .
            ex:ceasefire a neg:Issue ; rdfs:label "ceasefire" ; neg:mentionedIn ex:article .

            ex:meeting a neg:Meeting ;
                neg:participant ex:lavrov, ex:usa ;
                neg:location ex:riyadh ;
                neg:date "2025-02-18"^^xsd:date ;
                neg:status "held" ;
                neg:cameoCode "046" ;
                neg:topic ex:ceasefire ;
                neg:evidence "Lavrov and US officials met in Riyadh on Tuesday." ;
                neg:laterEvidence "The Riyadh talks lasted four hours.", "Both sides called the Riyadh talks useful." ;
                prov:wasDerivedFrom ex:article .
            ex:proposal a neg:Proposal ;
                neg:agent ex:usa ;
                neg:addressee ex:russia ;
                neg:topic ex:ceasefire ;
                neg:date "2025-02-18"^^xsd:date ;
                neg:earliestDate "2025-02-18"^^xsd:date ;
                neg:latestDate "2025-02-18"^^xsd:date ;
                neg:cameoCode "036" ;
                neg:evidence "Washington proposed a ceasefire." ;
                prov:wasDerivedFrom ex:article .
            ex:rejection a neg:Rejection ;
                neg:agent ex:lavrov ;
                neg:respondsTo ex:proposal ;
                neg:quote "We do not need a pause" ;
                neg:evidence "\\"We do not need a pause,\\" Lavrov said." ;
                prov:wasDerivedFrom ex:article .
            ex:acceptance a neg:Acceptance ;
                neg:agent ex:ukraine ;
                neg:respondsTo ex:proposal ;
                neg:condition "if Russia agrees" ;
                neg:evidence "Kyiv would accept it if Russia agrees." ;
                prov:wasDerivedFrom ex:article .
            ex:demand a neg:Demand ;
                neg:agent ex:russia ; neg:addressee ex:nato ;
                neg:evidence "Moscow demanded that NATO rule out membership for Ukraine." ;
                prov:wasDerivedFrom ex:article .
            ex:statement a neg:Statement ;
                neg:agent ex:nato ; neg:location ex:ukraine ;
                neg:evidence "NATO said it supported the talks." ;
                prov:wasDerivedFrom ex:article .
            ex:accusation a neg:Accusation ;
                neg:agent ex:ukraine ; neg:addressee ex:russia ;
                neg:evidence "Kyiv accused Moscow of stalling." ;
                prov:wasDerivedFrom ex:article .
            ex:threat a neg:Threat ;
                neg:agent ex:usa ; neg:addressee ex:russia ;
                neg:evidence "Washington threatened new sanctions." ;
                prov:wasDerivedFrom ex:article .
            """;

    private static final ShapeValidator VALIDATOR = new ShapeValidator();

    static Graph validGraph() {
        return RDFParser.fromString(VALID, Lang.TURTLE).toGraph();
    }

    @Test
    void aCompleteArticleGraphConforms() {
        ValidationResult result = VALIDATOR.validate(validGraph());

        assertThat(result.violations()).isEmpty();
        assertThat(result.conforms()).isTrue();
        assertThat(result.toText()).contains("conforms");
    }

    @Test
    void anArticleGraphStillConformsWhenTheOntologyIsInTheSameGraph() {
        // A store's union graph holds the ontology's named graph too; its class hierarchy must not turn
        // meetings into targets of "not a meeting" rules or classes into acts.
        Graph union = validGraph();
        OntologyTest.load(NEG.ONTOLOGY_RESOURCE).find().forEach(union::add);

        assertThat(VALIDATOR.validate(union).violations()).isEmpty();
    }

    record Breakage(String name, Consumer<Graph> breakIt, Node focus, Path path) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Breakage> breakages() {
        return Stream.of(
                new Breakage("act without evidence", g -> removeAll(g, "proposal", NEG.evidence),
                        ex("proposal"), link(NEG.evidence)),
                new Breakage("act with two pieces of evidence", g -> add(g, "proposal", NEG.evidence,
                        NodeFactory.createLiteralString("Another sentence.")), ex("proposal"), link(NEG.evidence)),
                new Breakage("later evidence with a language tag", g -> add(g, "meeting", NEG.laterEvidence,
                        NodeFactory.createLiteralLang("The talks ended.", "en")), ex("meeting"), link(NEG.laterEvidence)),
                new Breakage("act with empty evidence", g -> replace(g, "demand", NEG.evidence,
                        NodeFactory.createLiteralString("")), ex("demand"), link(NEG.evidence)),
                new Breakage("act with two act types", g -> add(g, "proposal", RDF.type, NEG.Demand.asNode()),
                        ex("proposal"), link(RDF.type)),
                new Breakage("act without an act type", g -> removeAll(g, "statement", RDF.type),
                        ex("statement"), link(RDF.type)),
                new Breakage("act typed only as a NegotiationAct", g -> replace(g, "statement", RDF.type,
                        NEG.NegotiationAct.asNode()), ex("statement"), link(RDF.type)),
                new Breakage("act without agent", g -> removeAll(g, "proposal", NEG.agent),
                        ex("proposal"), PathFactory.pathAlt(link(NEG.agent), link(NEG.participant))),
                new Breakage("meeting without participants", g -> removeAll(g, "meeting", NEG.participant),
                        ex("meeting"), PathFactory.pathAlt(link(NEG.agent), link(NEG.participant))),
                new Breakage("act without its article", g -> removeAll(g, "threat", WAS_DERIVED_FROM),
                        ex("threat"), link(WAS_DERIVED_FROM)),
                new Breakage("act derived from something that is not an article", g -> replace(g, "threat",
                        WAS_DERIVED_FROM, ex("riyadh")), ex("threat"), link(WAS_DERIVED_FROM)),
                new Breakage("date as a plain string", g -> replace(g, "proposal", NEG.date,
                        NodeFactory.createLiteralString("2025-02-18")), ex("proposal"), link(NEG.date)),
                new Breakage("date as a date-time", g -> replace(g, "proposal", NEG.date,
                        NodeFactory.createLiteralDT("2025-02-18T10:00:00Z", XSDDatatype.XSDdateTime)),
                        ex("proposal"), link(NEG.date)),
                new Breakage("a period that ends before it starts", g -> replace(g, "proposal", NEG.latestDate,
                        NodeFactory.createLiteralDT("2025-02-17", XSDDatatype.XSDdate)),
                        ex("proposal"), link(NEG.earliestDate)),
                new Breakage("two latest dates", g -> add(g, "proposal", NEG.latestDate,
                        NodeFactory.createLiteralDT("2025-02-28", XSDDatatype.XSDdate)),
                        ex("proposal"), link(NEG.latestDate)),
                new Breakage("participant on a Statement", g -> add(g, "statement", NEG.participant, ex("usa")),
                        ex("statement"), link(NEG.participant)),
                new Breakage("respondsTo on a Proposal", g -> add(g, "proposal", NEG.respondsTo, ex("demand")),
                        ex("proposal"), link(NEG.respondsTo)),
                new Breakage("respondsTo pointing to an issue", g -> replace(g, "rejection", NEG.respondsTo,
                        ex("ceasefire")), ex("rejection"), link(NEG.respondsTo)),
                new Breakage("agent that is an issue", g -> replace(g, "threat", NEG.agent, ex("ceasefire")),
                        ex("threat"), link(NEG.agent)),
                new Breakage("addressee that is a place", g -> replace(g, "threat", NEG.addressee, ex("riyadh")),
                        ex("threat"), link(NEG.addressee)),
                new Breakage("participant that is an article", g -> add(g, "meeting", NEG.participant,
                        ex("article")), ex("meeting"), link(NEG.participant)),
                new Breakage("topic that is an actor", g -> replace(g, "proposal", NEG.topic, ex("russia")),
                        ex("proposal"), link(NEG.topic)),
                new Breakage("location that is an organization", g -> replace(g, "meeting", NEG.location,
                        ex("nato")), ex("meeting"), link(NEG.location)),
                new Breakage("quote with a language tag", g -> replace(g, "rejection", NEG.quote,
                        NodeFactory.createLiteralLang("We do not need a pause", "en")),
                        ex("rejection"), link(NEG.quote)),
                new Breakage("CAMEO code that is not a code", g -> replace(g, "meeting", NEG.cameoCode,
                        NodeFactory.createLiteralString("Consult")), ex("meeting"), link(NEG.cameoCode)),
                new Breakage("meeting status that is neither planned nor held", g -> replace(g, "meeting",
                        NEG.status, NodeFactory.createLiteralString("postponed")), ex("meeting"), link(NEG.status)),
                new Breakage("sameAs to a DBpedia IRI", g -> replace(g, "russia", OWL.sameAs,
                        NodeFactory.createURI("http://dbpedia.org/resource/Russia")), ex("russia"), link(OWL.sameAs)),
                new Breakage("sameAs to a Wikidata property", g -> replace(g, "riyadh", OWL.sameAs,
                        NodeFactory.createURI("http://www.wikidata.org/entity/P31")), ex("riyadh"), link(OWL.sameAs)),
                new Breakage("sameAs to a Wikidata page, not the entity", g -> replace(g, "ceasefire", OWL.sameAs,
                        NodeFactory.createURI("https://www.wikidata.org/wiki/Q149086")),
                        ex("ceasefire"), link(OWL.sameAs)),
                new Breakage("represents pointing to a place", g -> replace(g, "lavrov", NEG.represents,
                        ex("riyadh")), ex("lavrov"), link(NEG.represents)),
                new Breakage("role that is not a string", g -> replace(g, "lavrov", NEG.role,
                        NodeFactory.createLiteralDT("7", XSDDatatype.XSDinteger)), ex("lavrov"), link(NEG.role)),
                new Breakage("role on a country", g -> add(g, "russia", NEG.role,
                        NodeFactory.createLiteralString("Great Power")), ex("russia"), null),
                new Breakage("represents from a country", g -> add(g, "russia", NEG.represents, ex("nato")),
                        ex("russia"), null),
                new Breakage("mentionedIn pointing to an actor", g -> add(g, "usa", NEG.mentionedIn, ex("nato")),
                        ex("usa"), link(NEG.mentionedIn)),
                new Breakage("mentionedIn on an untyped node", g -> add(g, "somebody", NEG.mentionedIn,
                        ex("article")), ex("somebody"), null),
                new Breakage("label with a language tag", g -> replace(g, "nato", RDFS.label,
                        NodeFactory.createLiteralLang("NATO", "en")), ex("nato"),
                        link(RDFS.label)),
                new Breakage("article without identifier", g -> removeAll(g, "article", DCTerms.identifier),
                        ex("article"), link(DCTerms.identifier)),
                new Breakage("article without date", g -> removeAll(g, "article", DCTerms.date),
                        ex("article"), link(DCTerms.date)),
                new Breakage("article date as a plain string", g -> replace(g, "article", DCTerms.date,
                        NodeFactory.createLiteralString("19 February 2025")), ex("article"), link(DCTerms.date)),
                new Breakage("article with two content hashes", g -> add(g, "article", NEG.contentHash,
                        NodeFactory.createLiteralString("abc")), ex("article"), link(NEG.contentHash)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void eachBrokenRuleIsReportedOnTheBrokenNodeAndProperty(Breakage breakage) {
        Graph graph = validGraph();
        breakage.breakIt().accept(graph);

        ValidationResult result = VALIDATOR.validate(graph);

        assertThat(result.conforms()).isFalse();
        assertThat(result.violations())
                .as("violations of: %s", breakage.name())
                .isNotEmpty()
                .allSatisfy(v -> assertThat(v.focusNode()).isEqualTo(breakage.focus()))
                .anySatisfy(v -> {
                    assertThat(v.path()).isEqualTo(breakage.path());
                    assertThat(v.message()).isNotBlank();
                });
    }

    @Test
    void theTextReportNamesTheNodeThePropertyTheRuleAndTheValue() {
        Graph graph = validGraph();
        replace(graph, "proposal", NEG.date, NodeFactory.createLiteralString("2025-02-18"));

        String report = VALIDATOR.validate(graph).toText();

        assertThat(report)
                .contains("1 violation.")
                .contains("<http://example.org/proposal>  neg:date")
                .contains("neg:date must be an xsd:date")
                .contains("value: \"2025-02-18\"");
    }

    private static Node ex(String localName) {
        return NodeFactory.createURI(EX + localName);
    }

    private static Path link(Property property) {
        return PathFactory.pathLink(property.asNode());
    }

    private static void removeAll(Graph graph, String subject, Property property) {
        graph.remove(ex(subject), property.asNode(), Node.ANY);
    }

    private static void add(Graph graph, String subject, Property property, Node object) {
        graph.add(Triple.create(ex(subject), property.asNode(), object));
    }

    private static void replace(Graph graph, String subject, Property property, Node object) {
        removeAll(graph, subject, property);
        add(graph, subject, property, object);
    }
}
