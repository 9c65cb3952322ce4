package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.rdf.ShapeValidator;
import org.parley.rdf.ValidationResult;
import org.parley.server.ParleyServer;
import org.parley.store.ArticleStore;
import org.parley.store.ExportFormat;
import org.parley.store.Exporter;
import org.parley.store.dump.DumpPrefixes;
import org.parley.store.dump.VoidDescription;

/**
 * The README's promise, end to end: the seed corpus read by real CoreNLP, stored in a real TDB2 store on disk and
 * queried over real HTTP from the embedded Fuseki server.
 */
class EndToEndTest {

    private static final String PREFIXES = """
            PREFIX neg: <https://w3id.org/parley/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            """;

    private static ArticleStore store;
    private static ParleyServer server;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void buildAndServe() {
        store = ArticleStore.open(SeedStore.directory());
        server = ParleyServer.builder(store.dataset()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void theSeedCorpusBuildsWithoutFailures() {
        BuildReport report = SeedStore.report();
        assertThat(report.added()).isEqualTo(5);
        assertThat(report.failures()).isEmpty();
        assertThat(report.triples()).isGreaterThan(500);
    }

    @Test
    void theEndpointHoldsFiveArticles() throws Exception {
        List<JsonNode> rows = select("SELECT ?id WHERE { ?a a neg:Article ; dcterms:identifier ?id }");
        assertThat(rows).extracting(r -> r.get("id").get("value").asText()).containsExactlyInAnyOrder(
                "2025-03-16-trump-plans-putin-call", "2025-03-17-kremlin-confirms-call",
                "2025-03-17-russia-demands-neutral-ukraine", "2025-03-17-trump-dividing-up-assets",
                "2025-05-20-putin-memorandum-after-call");
    }

    @Test
    void putinIsOneNodeMentionedInEveryArticleAsPresidentOfRussia() throws Exception {
        List<JsonNode> rows = select("""
                SELECT ?p (COUNT(DISTINCT ?a) AS ?articles) WHERE {
                  ?p a neg:Person ; rdfs:label ?l ; neg:mentionedIn ?a . FILTER(CONTAINS(?l, "Putin"))
                } GROUP BY ?p""");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("articles").get("value").asInt()).isEqualTo(5);
        String putin = rows.get(0).get("p").get("value").asText();

        List<JsonNode> roles = select("SELECT ?role ?country WHERE { <" + putin + "> neg:role ?role ; "
                + "neg:represents/rdfs:label ?country }");
        assertThat(roles).extracting(r -> r.get("role").get("value").asText()).contains("President");
        assertThat(roles).extracting(r -> r.get("country").get("value").asText()).containsOnly("Russia");
    }

    @Test
    void grushkoRepresentsRussia() throws Exception {
        List<JsonNode> rows = select("""
                SELECT ?role ?country WHERE { ?p rdfs:label "Alexander Grushko" ; neg:role ?role ;
                  neg:represents/rdfs:label ?country }""");
        assertThat(rows).extracting(r -> r.get("country").get("value").asText()).containsOnly("Russia");
        assertThat(rows).extracting(r -> r.get("role").get("value").asText()).contains("Deputy Foreign Minister");
    }

    @Test
    void trumpIsQuoted() throws Exception {
        List<JsonNode> rows = select("""
                SELECT ?quote ?evidence ?article WHERE {
                  ?s a neg:Statement ; neg:agent/rdfs:label "Donald Trump" ; neg:quote ?quote ;
                     neg:evidence ?evidence ; prov:wasDerivedFrom ?article }""");
        assertThat(rows).isNotEmpty();
        assertThat(rows).extracting(r -> r.get("quote").get("value").asText())
                .anyMatch(q -> q.contains("We will be talking about land"));
        // The evidence is the sentence the quotation stands in, verbatim.
        rows.forEach(r -> {
            String quote = r.get("quote").get("value").asText();
            assertThat(r.get("evidence").get("value").asText()).contains(quote.substring(0, Math.min(12, quote.length())));
        });
    }

    @Test
    void actsAreFoundThroughTheOntologysClassHierarchy() throws Exception {
        List<JsonNode> rows = select("SELECT ?act WHERE { ?act a/rdfs:subClassOf* neg:NegotiationAct }");
        List<JsonNode> withEvidence = select("SELECT DISTINCT ?act WHERE { ?act neg:evidence ?sentence }");
        assertThat(rows).isNotEmpty().hasSameSizeAs(withEvidence);
        List<JsonNode> kinds = select("SELECT DISTINCT ?class WHERE { ?act a ?class . ?class rdfs:subClassOf neg:NegotiationAct }");
        assertThat(kinds.size()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void theSeedStoreConformsToTheShapes() {
        ValidationResult result = Txn.calculateRead(store.dataset(),
                () -> new ShapeValidator().validate(store.dataset().getUnionModel().getGraph()));
        assertThat(result.conforms()).as(result.toText()).isTrue();
    }

    @Test
    void anUpdateIsRefusedAndChangesNothing() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "parley/sparql"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(select("SELECT ?a WHERE { ?a a neg:Article }")).hasSize(5);
    }

    @Test
    void theQueryPageLoads() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl())).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).contains("text/html");
        assertThat(page.body()).containsIgnoringCase("<script");
    }

    @Test
    void aTrigDumpParsesBackIntoTheSameNamedGraphsWithTheDescriptionAsDefaultGraph() {
        ByteArrayOutputStream dump = new ByteArrayOutputStream();
        Exporter.write(store.dataset(), ExportFormat.TRIG, Optional.empty(), dump);
        Dataset reread = DatasetFactory.create();
        RDFDataMgr.read(reread, new ByteArrayInputStream(dump.toByteArray()), Lang.TRIG);
        DatasetGraph namedGraphs = DatasetFactory.create().asDatasetGraph();
        reread.asDatasetGraph().findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(namedGraphs::add);
        boolean isomorphic = Txn.calculateRead(store.dataset(), () -> {
            DatasetGraph stored = DatasetFactory.create().asDatasetGraph();
            store.dataset().asDatasetGraph().find().forEachRemaining(stored::add);
            return IsoMatcher.isomorphic(stored, namedGraphs);
        });
        assertThat(isomorphic).isTrue();
        assertThat(reread.getDefaultModel().getGraph().contains(NodeFactory.createURI(VoidDescription.DATASET),
                RDF.type.asNode(), NodeFactory.createURI(DumpPrefixes.VOID + "Dataset"))).isTrue();
    }

    private static List<JsonNode> select(String query) throws Exception {
        String url = server.baseUrl() + "parley/sparql?query="
                + URLEncoder.encode(PREFIXES + query, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "application/sparql-results+json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> rows = new ArrayList<>();
        new ObjectMapper().readTree(response.body()).get("results").get("bindings").forEach(rows::add);
        return rows;
    }
}
