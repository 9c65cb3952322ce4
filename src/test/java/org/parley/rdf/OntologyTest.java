package org.parley.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OntologyTest {

    private static final Set<Node> PROPERTY_TYPES = Set.of(
            OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode(), OWL.AnnotationProperty.asNode());
    private static final String PROV = "http://www.w3.org/ns/prov#";

    private final Graph ontology = load(NEG.ONTOLOGY_RESOURCE);
    private final Graph shapes = load(ShapeValidator.SHAPES_RESOURCE);

    static Graph load(String resource) {
        try (InputStream in = OntologyTest.class.getResourceAsStream(resource)) {
            assertThat(in).as("classpath resource %s", resource).isNotNull();
            return RDFParser.source(in).lang(Lang.TURTLE).toGraph();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void ontologyHeaderCarriesVersionLicenceAndCreator() {
        Node onto = NodeFactory.createURI(NEG.ONTOLOGY_IRI);
        assertThat(ontology.contains(onto, RDF.type.asNode(), OWL.Ontology.asNode())).isTrue();
        assertThat(objectsOf(onto, OWL.versionInfo)).extracting(Node::getLiteralLexicalForm).containsExactly("0.1.0");
        assertThat(objectsOf(onto, OWL2.versionIRI)).extracting(Node::getURI)
                .containsExactly("https://w3id.org/parley/ontology/0.1.0");
        assertThat(objectsOf(onto, DCTerms.license)).extracting(Node::getURI)
                .containsExactly("https://creativecommons.org/licenses/by/4.0/");
        assertThat(objectsOf(onto, DCTerms.creator)).extracting(Node::getLiteralLexicalForm).containsExactly("Parley");
        assertThat(objectsOf(onto, DCTerms.title)).isNotEmpty();
        assertThat(objectsOf(onto, DCTerms.description)).isNotEmpty();
    }

    @Test
    void everyNegTermUsedInOntologyOrShapesIsDeclaredWithLabelAndComment() {
        Set<String> used = new TreeSet<>();
        used.addAll(negTermsIn(ontology));
        used.addAll(negTermsIn(shapes));
        assertThat(used).hasSizeGreaterThan(30);

        List<String> undocumented = new ArrayList<>();
        for (String iri : used) {
            Node term = NodeFactory.createURI(iri);
            boolean declared = isClass(term) || isProperty(term);
            boolean labelled = !objectsOf(term, RDFS.label).isEmpty();
            boolean commented = !objectsOf(term, RDFS.comment).isEmpty();
            if (!(declared && labelled && commented)) {
                undocumented.add(iri);
            }
        }
        assertThat(undocumented).as("neg: terms without declaration, rdfs:label or rdfs:comment").isEmpty();
    }

    @Test
    void everyConstantOfNegIsDeclaredInTheOntologyAsTheRightKindOfTerm() throws IllegalAccessException {
        List<String> missing = new ArrayList<>();
        int constants = 0;
        for (Field field : NEG.class.getFields()) {
            if (!Modifier.isStatic(field.getModifiers()) || !Resource.class.isAssignableFrom(field.getType())) {
                continue;
            }
            constants++;
            Resource term = (Resource) field.get(null);
            assertThat(term.getLocalName()).as("constant name matches the term").isEqualTo(field.getName());
            boolean declared = term instanceof Property ? isProperty(term.asNode()) : isClass(term.asNode());
            if (!declared) {
                missing.add(field.getName());
            }
        }
        assertThat(constants).isGreaterThan(30);
        assertThat(missing).as("NEG constants missing from ontology/negotiation.ttl").isEmpty();
    }

    @Test
    void everyTermDeclaredInTheOntologyHasAConstantInNeg() {
        Set<String> constants = new TreeSet<>();
        for (Field field : NEG.class.getFields()) {
            if (Resource.class.isAssignableFrom(field.getType())) {
                constants.add(field.getName());
            }
        }
        Set<String> declared = new TreeSet<>();
        for (String iri : negTermsIn(ontology)) {
            declared.add(iri.substring(NEG.NS.length()));
        }
        assertThat(constants).containsAll(declared);
    }

    static Stream<Arguments> cameoRootCodes() {
        return Stream.of(
                Arguments.of(NEG.Statement, List.of("01")),
                Arguments.of(NEG.Proposal, List.of("02", "03")),
                Arguments.of(NEG.Meeting, List.of("04")),
                Arguments.of(NEG.Acceptance, List.of("08")),
                Arguments.of(NEG.Demand, List.of("10")),
                Arguments.of(NEG.Accusation, List.of("111", "112")),
                Arguments.of(NEG.Rejection, List.of("12")),
                Arguments.of(NEG.Threat, List.of("13")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cameoRootCodes")
    void eachActClassIsANegotiationActCarryingItsCameoRootCodes(Resource actClass, List<String> codes) {
        assertThat(ontology.contains(actClass.asNode(), RDFS.subClassOf.asNode(), NEG.NegotiationAct.asNode()))
                .isTrue();
        assertThat(objectsOf(actClass.asNode(), NEG.cameoRootCode)).extracting(Node::getLiteralLexicalForm)
                .containsExactlyInAnyOrderElementsOf(codes);
    }

    @Test
    void classesAreAlignedWithProvFoafSchemaAndSem() {
        Map<Resource, List<String>> expected = Map.of(
                NEG.Actor, List.of(PROV + "Agent"),
                NEG.Person, List.of(NEG.Actor.getURI(), "http://xmlns.com/foaf/0.1/Person"),
                NEG.Country, List.of(NEG.Actor.getURI()),
                NEG.Organization, List.of(NEG.Actor.getURI()),
                NEG.NegotiationAct, List.of("http://semanticweb.cs.vu.nl/2009/11/sem/Event"),
                NEG.Article, List.of(PROV + "Entity", "http://schema.org/NewsArticle"));
        expected.forEach((cls, supers) -> assertThat(objectsOf(cls.asNode(), RDFS.subClassOf))
                .as("superclasses of %s", cls.getLocalName())
                .extracting(Node::getURI)
                .containsAll(supers));
    }

    static Stream<Arguments> ranges() {
        return Stream.of(
                Arguments.of(NEG.date, XSD.date),
                Arguments.of(NEG.earliestDate, XSD.date),
                Arguments.of(NEG.latestDate, XSD.date),
                Arguments.of(NEG.quote, XSD.xstring),
                Arguments.of(NEG.evidence, XSD.xstring),
                Arguments.of(NEG.role, XSD.xstring),
                Arguments.of(NEG.mention, XSD.xstring),
                Arguments.of(NEG.cameoCode, XSD.xstring),
                Arguments.of(NEG.status, XSD.xstring),
                Arguments.of(NEG.condition, XSD.xstring),
                Arguments.of(NEG.contentHash, XSD.xstring),
                Arguments.of(NEG.agent, NEG.Actor),
                Arguments.of(NEG.addressee, NEG.Actor),
                Arguments.of(NEG.participant, NEG.Actor),
                Arguments.of(NEG.topic, NEG.Issue),
                Arguments.of(NEG.respondsTo, NEG.NegotiationAct),
                Arguments.of(NEG.mentionedIn, NEG.Article));
    }

    @ParameterizedTest(name = "{0} has range {1}")
    @MethodSource("ranges")
    void propertiesHaveTheContractsRanges(Property property, Resource range) {
        assertThat(objectsOf(property.asNode(), RDFS.range)).containsExactly(range.asNode());
    }

    @Test
    void participantIsOnlyForMeetingsAndRepresentsOnlyForPersons() {
        assertThat(objectsOf(NEG.participant.asNode(), RDFS.domain)).containsExactly(NEG.Meeting.asNode());
        assertThat(objectsOf(NEG.represents.asNode(), RDFS.domain)).containsExactly(NEG.Person.asNode());
        assertThat(objectsOf(NEG.role.asNode(), RDFS.domain)).containsExactly(NEG.Person.asNode());
    }

    private boolean isClass(Node term) {
        return ontology.contains(term, RDF.type.asNode(), OWL.Class.asNode());
    }

    private boolean isProperty(Node term) {
        return ontology.find(term, RDF.type.asNode(), Node.ANY)
                .mapWith(Triple::getObject)
                .filterKeep(PROPERTY_TYPES::contains)
                .hasNext();
    }

    private List<Node> objectsOf(Node subject, Property property) {
        return ontology.find(subject, property.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
    }

    private static Set<String> negTermsIn(Graph graph) {
        Set<String> terms = new TreeSet<>();
        graph.find().forEach(t -> Stream.of(t.getSubject(), t.getPredicate(), t.getObject())
                .filter(Node::isURI)
                .map(Node::getURI)
                .filter(iri -> iri.startsWith(NEG.NS))
                .forEach(terms::add));
        return terms;
    }
}
