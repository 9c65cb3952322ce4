package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.rdf.Iris;

/** Our IRIs resolve on the server: {@code GET /id/...} answers the resource's description, by Accept, over HTTP. */
class LinkedDataTest {

    private static final String BROWSER_ACCEPT =
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
    private static final String PUTIN = Iris.BASE + "person/vladimir-putin";
    private static final String RUSSIA = Iris.BASE + "country/russia";
    private static final String ARTICLE = Iris.BASE + "article/a1";
    private static final String DEMAND = Iris.BASE + "act/a1/demand-120";

    /** One article graph and the ontology graph, in the shape the builder writes. */
    private static final String STORE = """
            BASE <https://w3id.org/parley/id/>
            PREFIX neg: <https://w3id.org/parley/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX wd: <http://www.wikidata.org/entity/>
            GRAPH <article/a1> {
              <article/a1> a neg:Article ; dcterms:identifier "a1" ; rdfs:label "Talks in Geneva" ;
                  dcterms:date "2025-03-16"^^xsd:date ; dcterms:source <https://news.example/talks> .
              <person/vladimir-putin> a neg:Person ; rdfs:label "Vladimir Putin" ; neg:role "President" ;
                  neg:represents <country/russia> ; neg:mentionedIn <article/a1> ; owl:sameAs wd:Q7747 .
              <country/russia> a neg:Country ; rdfs:label "Russia" ; neg:mentionedIn <article/a1> ;
                  owl:sameAs wd:Q159 .
              <act/a1/demand-120> a neg:Demand ; rdfs:label "Russia demands <neutrality> & more" ;
                  neg:agent <country/russia> ; neg:evidence "Russia demanded neutrality." ;
                  prov:wasDerivedFrom <article/a1> .
            }
            GRAPH <article/feed%202> {
              <article/feed%202> a neg:Article ; dcterms:identifier "feed 2" ; rdfs:label "An article from a feed" .
            }
            GRAPH <https://w3id.org/parley/ontology> {
              neg:Person rdfs:label "Person"@en . neg:Country rdfs:label "Country"@en .
              neg:Demand rdfs:label "Demand"@en .
            }
            """;

    @TempDir
    static Path storeDir;

    private static Dataset dataset;
    private static ServedStore served;
    private static Http http;

    @BeforeAll
    static void startServer() {
        dataset = TDB2Factory.connectDataset(storeDir.toString());
        Txn.executeWrite(dataset, () -> RDFParser.fromString(STORE, Lang.TRIG).parse(dataset.asDatasetGraph()));
        served = ServedStore.serve(dataset, settings -> settings);
        http = new Http(served.server().baseUrl());
    }

    @AfterAll
    static void stopServer() {
        served.close();
    }

    @Test
    void turtleHoldsEveryTripleAboutTheSubjectAndTheLabelsOfWhatItPointsTo() {
        HttpResponse<String> response = http.get("id/person/vladimir-putin", "text/turtle");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/turtle"));
        assertThat(response.headers().firstValue("Vary")).hasValue("Accept");
        Graph graph = parse(response.body(), Lang.TURTLE);
        assertThat(graph.find(uri(PUTIN), Node.ANY, Node.ANY).toList())
                .containsExactlyInAnyOrderElementsOf(storedTriplesAbout(PUTIN));
        assertThat(graph.contains(uri(RUSSIA), RDFS.label.asNode(), NodeFactory.createLiteralString("Russia")))
                .isTrue();
    }

    @Test
    void descriptionHasTheTriplesThatPointAtTheResource() {
        Graph graph = parse(http.get("id/country/russia", "text/turtle").body(), Lang.TURTLE);

        assertThat(graph.contains(uri(DEMAND), uri("https://w3id.org/parley/ontology#agent"), uri(RUSSIA))).isTrue();
        assertThat(graph.contains(uri(PUTIN), uri("https://w3id.org/parley/ontology#represents"), uri(RUSSIA)))
                .isTrue();
        assertThat(graph.contains(uri(DEMAND), RDFS.label.asNode(), Node.ANY)).isTrue();
    }

    @Test
    void anArticleIsDescribedByItsNodeNotItsWholeGraph() {
        Graph graph = parse(http.get("id/article/a1", "text/turtle").body(), Lang.TURTLE);

        assertThat(graph.find(uri(ARTICLE), Node.ANY, Node.ANY).toList())
                .containsExactlyInAnyOrderElementsOf(storedTriplesAbout(ARTICLE));
        assertThat(graph.contains(uri(DEMAND), uri("http://www.w3.org/ns/prov#wasDerivedFrom"), uri(ARTICLE)))
                .isTrue();
        // The act's own triples stay in the article's graph; only its label comes along.
        assertThat(graph.contains(uri(DEMAND), uri("https://w3id.org/parley/ontology#evidence"), Node.ANY))
                .isFalse();
    }

    @Test
    void anIriWithAnEncodedCharacterResolvesAtTheSameEncodedPath() {
        // Iris.article percent-encodes an identifier with a space: "feed 2" is article/feed%202.
        HttpResponse<String> response = http.get("id/article/feed%202", "text/turtle");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(parse(response.body(), Lang.TURTLE).contains(uri(Iris.article("feed 2")), RDFS.label.asNode(),
                NodeFactory.createLiteralString("An article from a feed"))).isTrue();
    }

    @Test
    void jsonLdParsesToTheSameDescriptionAsTurtle() {
        HttpResponse<String> response = http.get("id/act/a1/demand-120", "application/ld+json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/ld+json"));
        Graph jsonLd = parse(response.body(), Lang.JSONLD);
        Graph turtle = parse(http.get("id/act/a1/demand-120", "text/turtle").body(), Lang.TURTLE);
        assertThat(jsonLd.isIsomorphicWith(turtle)).isTrue();
        assertThat(jsonLd.find(uri(DEMAND), Node.ANY, Node.ANY).toList())
                .containsExactlyInAnyOrderElementsOf(storedTriplesAbout(DEMAND));
    }

    @Test
    void aBrowserGetsAPageThatLinksOurIrisHereAndWikidataThere() {
        HttpResponse<String> response = http.get("id/person/vladimir-putin", BROWSER_ACCEPT);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body())
                .contains("<h1>Vladimir Putin</h1>")
                .contains("<a href=\"/id/country/russia\">Russia</a>")
                .contains("<a href=\"/id/article/a1\">Talks in Geneva</a>")
                .contains("<a href=\"https://www.wikidata.org/wiki/Q7747\">wd:Q7747</a>")
                .contains("President")
                .contains("href=\"/page.css\"");
    }

    @Test
    void thePageListsWhatPointsHereAndEscapesTheData() {
        String html = http.get("id/country/russia", "text/html").body();

        assertThat(html).contains("neg:agent of")
                .contains("<a href=\"/id/act/a1/demand-120\">Russia demands &lt;neutrality&gt; &amp; more</a>")
                .doesNotContain("<neutrality>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"*/*", ""})
    void aClientThatTakesAnythingGetsTurtle(String accept) {
        HttpResponse<String> response = accept.isEmpty()
                ? http.send(http.request("id/country/russia").GET().build())
                : http.get("id/country/russia", accept);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/turtle"));
    }

    @Test
    void aFormatWeCannotGiveIsNotAcceptable() {
        HttpResponse<String> response = http.get("id/country/russia", "image/png");

        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(response.body()).contains("text/turtle").contains("application/ld+json").contains("text/html");
    }

    @ParameterizedTest
    @ValueSource(strings = {"id/person/nobody", "id/", "id/country", "id/act/a1/demand-121", "id/ontology/Person"})
    void anUnknownResourceIsNotFound(String path) {
        HttpResponse<String> response = http.get(path, "text/turtle");

        assertThat(response.statusCode()).as(path).isEqualTo(404);
    }

    @Test
    void incomingTriplesBeyondTheLimitAreCutAndSaidToBe() {
        ResourceDescription cut = ResourceDescription.read(dataset, RUSSIA, 1).orElseThrow();
        ResourceDescription whole = ResourceDescription.read(dataset, RUSSIA, 10).orElseThrow();

        assertThat(cut.incomingCut()).isTrue();
        assertThat(cut.graph().find(Node.ANY, Node.ANY, uri(RUSSIA)).toList()).hasSize(1);
        assertThat(whole.incomingCut()).isFalse();
        assertThat(whole.graph().find(Node.ANY, Node.ANY, uri(RUSSIA)).toList()).hasSize(2);
    }

    private static List<Triple> storedTriplesAbout(String iri) {
        return Txn.calculateRead(dataset,
                () -> dataset.asDatasetGraph().getUnionGraph().find(uri(iri), Node.ANY, Node.ANY).toList());
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Graph parse(String body, Lang lang) {
        return RDFParser.fromString(body, lang).toGraph();
    }
}
