package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parley.server.ServerTestData.EX;
import static org.parley.server.ServerTestData.GRAPH_A;
import static org.parley.server.ServerTestData.GRAPH_B;
import static org.parley.server.ServerTestData.LABEL;

import java.io.ByteArrayInputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ParleyServerTest {

    private static final String LABELS = "SELECT ?label WHERE { ?s <" + LABEL + "> ?label } ORDER BY ?label";
    private static final String JSON = "application/sparql-results+json";

    @TempDir
    static Path storeDir;

    private static Dataset dataset;
    private static ParleyServer server;
    private static Http http;
    private static Http refused;
    private static long quadsAtStart;

    @BeforeAll
    static void startServer() {
        dataset = ServerTestData.twoArticles(storeDir);
        quadsAtStart = ServerTestData.quadCount(dataset);
        server = ParleyServer.builder(dataset).port(0).build().start();
        http = new Http(server.baseUrl());
        refused = Http.connectionPerRequest(server.baseUrl());
    }

    @AfterAll
    static void stopServer() {
        server.close();
        dataset.close();
    }

    // ---- SPARQL Protocol

    @Test
    void selectWithGetSeesBothNamedGraphsInTheDefaultGraph() {
        HttpResponse<String> response = http.query(LABELS, JSON);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(JSON));
        assertThat(labels(response.body())).containsExactly("Doha", "Geneva");
    }

    @Test
    void selectWithPostOfTheQuerySeesBothNamedGraphs() {
        HttpResponse<String> response = http.post("parley/sparql", "application/sparql-query", LABELS, JSON);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(labels(response.body())).containsExactly("Doha", "Geneva");
    }

    @Test
    void selectWithPostOfAFormSeesBothNamedGraphs() {
        HttpResponse<String> response = http.post("parley/sparql", "application/x-www-form-urlencoded",
                "query=" + Http.encode(LABELS), JSON);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(labels(response.body())).containsExactly("Doha", "Geneva");
    }

    @Test
    void namedGraphsStayQueryableByName() {
        String query = "SELECT ?label WHERE { GRAPH <" + GRAPH_B + "> { ?s <" + LABEL + "> ?label } }";

        assertThat(labels(http.query(query, JSON).body())).containsExactly("Doha");
    }

    @ParameterizedTest
    @CsvSource({
        "application/sparql-results+xml, application/sparql-results+xml, <literal>Geneva</literal>",
        "text/csv,                       text/csv,                       Geneva",
        "text/tab-separated-values,      text/tab-separated-values,      \"Geneva\""
    })
    void selectResultsComeInTheFormatAsked(String accept, String contentType, String expectedText) {
        HttpResponse<String> response = http.query(LABELS, accept);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(contentType));
        assertThat(response.body()).contains(expectedText).contains("Doha");
    }

    @ParameterizedTest
    @CsvSource({
        "text/turtle,         TURTLE",
        "application/n-triples, NTRIPLES",
        "application/ld+json, JSONLD"
    })
    void constructReturnsTriplesFromBothGraphsInTheFormatAsked(String accept, String langName) {
        String construct = "CONSTRUCT { ?s <" + LABEL + "> ?label } WHERE { ?s <" + LABEL + "> ?label }";

        HttpResponse<String> response = http.query(construct, accept);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(accept));
        Graph graph = parse(response.body(), langFor(langName));
        assertThat(graph.size()).isEqualTo(2);
        assertThat(graph.contains(NodeFactory.createURI(EX + "doha"), NodeFactory.createURI(LABEL),
                NodeFactory.createLiteralString("Doha"))).isTrue();
    }

    @Test
    void describeReturnsTurtle() {
        HttpResponse<String> response = http.query("DESCRIBE <" + EX + "geneva>", "text/turtle");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(parse(response.body(), Lang.TURTLE).size()).isEqualTo(2);
    }

    // ---- Graph Store Protocol

    @Test
    void graphStoreDefaultGraphIsTheUnionOfTheNamedGraphs() {
        HttpResponse<String> response = http.get("parley/get?default", "text/turtle");

        assertThat(response.statusCode()).isEqualTo(200);
        Graph graph = parse(response.body(), Lang.TURTLE);
        assertThat(graph.size()).isEqualTo(3);
    }

    @Test
    void graphStoreReadsOneNamedGraph() {
        HttpResponse<String> response = http.get("parley/get?graph=" + Http.encode(GRAPH_A), "text/turtle");

        assertThat(response.statusCode()).isEqualTo(200);
        Graph graph = parse(response.body(), Lang.TURTLE);
        assertThat(graph.size()).isEqualTo(2);
        assertThat(graph.contains(NodeFactory.createURI(EX + "doha"), null, null)).isFalse();
    }

    @Test
    void graphStoreAnswersNotFoundForAnUnknownGraph() {
        HttpResponse<String> response = http.get("parley/get?graph=" + Http.encode(EX + "nothing"), "text/turtle");

        assertThat(response.statusCode()).isEqualTo(404);
    }

    // ---- nothing writes

    @ParameterizedTest
    @ValueSource(strings = {"parley/sparql", "parley/update", "parley", "parley/get", "parley/data"})
    void sparqlUpdateIsRefusedEverywhere(String path) {
        String update = "INSERT DATA { GRAPH <" + GRAPH_A + "> { <" + EX + "x> <" + LABEL + "> \"injected\" } }";

        HttpResponse<String> direct = refused.post(path, "application/sparql-update", update, "*/*");
        HttpResponse<String> form = refused.post(path, "application/x-www-form-urlencoded",
                "update=" + Http.encode(update), "*/*");

        assertThat(direct.statusCode()).as("POST application/sparql-update to /%s", path).isBetween(400, 499);
        assertThat(form.statusCode()).as("POST update= form to /%s", path).isBetween(400, 499);
        assertStoreUnchanged();
    }

    @ParameterizedTest
    @ValueSource(strings = {"parley/get?default", "parley/get?graph=http%3A%2F%2Fexample.org%2Farticle%2Fa",
                            "parley/sparql?default", "parley?default"})
    void graphStoreWritesAreRefused(String path) {
        String turtle = "<" + EX + "x> <" + LABEL + "> \"injected\" .";

        HttpResponse<String> put = refused.put(path, "text/turtle", turtle);
        HttpResponse<String> post = refused.post(path, "text/turtle", turtle, "*/*");
        HttpResponse<String> delete = refused.delete(path);

        assertThat(put.statusCode()).as("PUT /%s", path).isBetween(400, 499);
        assertThat(post.statusCode()).as("POST /%s", path).isBetween(400, 499);
        assertThat(delete.statusCode()).as("DELETE /%s", path).isBetween(400, 499);
        assertStoreUnchanged();
    }

    // ---- nothing administers

    @Test
    void adminActionsAreRefused() {
        String form = "application/x-www-form-urlencoded";
        List<HttpResponse<String>> responses = List.of(
                refused.post("$/datasets", form, "dbName=other&dbType=mem", "*/*"),
                refused.post("$/backup/parley", form, "", "*/*"),
                refused.post("$/compact/parley", form, "", "*/*"),
                refused.delete("$/datasets/parley"),
                refused.post("$/reload", form, "", "*/*"),
                refused.get("$/tasks", "application/json"),
                refused.post("$/upload", "text/turtle", "<" + EX + "x> <" + LABEL + "> \"y\" .", "*/*"));

        for (HttpResponse<String> response : responses) {
            assertThat(response.statusCode())
                    .as("%s %s", response.request().method(), response.request().uri())
                    .isBetween(400, 499);
        }
        assertThat(http.get("other/sparql?query=" + Http.encode(LABELS), JSON).statusCode()).isEqualTo(404);
        assertThat(labels(http.query(LABELS, JSON).body())).containsExactly("Doha", "Geneva");
        assertStoreUnchanged();
    }

    // ---- the server itself

    @Test
    void bindsLoopbackByDefaultAndReportsTheActualPort() {
        assertThat(server.baseUrl()).isEqualTo("http://127.0.0.1:" + server.port() + "/");
        assertThat(server.port()).isPositive();
    }

    @Test
    void hostOptionBindsThatAddressOnly() {
        // 127.0.0.2 is loopback too on Linux, yet a different address from the default one.
        try (ParleyServer other = ParleyServer.builder(dataset).host("127.0.0.2").port(0).build().start()) {
            assertThat(other.baseUrl()).isEqualTo("http://127.0.0.2:" + other.port() + "/");
            assertThat(labels(new Http(other.baseUrl()).query(LABELS, JSON).body())).containsExactly("Doha", "Geneva");

            HttpRequest onDefaultHost = HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + other.port() + "/$/ping")).timeout(Http.REQUEST_LIMIT).build();
            assertThatThrownBy(() -> HttpClient.newHttpClient().send(onDefaultHost, BodyHandlers.discarding()))
                    .isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void closingTheServerLeavesTheDatasetOpen(@TempDir Path otherDir) {
        Dataset other = ServerTestData.twoArticles(otherDir);
        try {
            ParleyServer.builder(other).port(0).build().start().close();

            assertThat(ServerTestData.quadCount(other)).isEqualTo(3);
        } finally {
            other.close();
        }
    }

    @Test
    void builderRejectsBadSettings() {
        ParleyServer.Builder builder = ParleyServer.builder(dataset);

        assertThatThrownBy(() -> builder.port(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.port(65536)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.host(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.queryTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.queryTimeout(Duration.ofSeconds(-5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void startingOnAPortInUseFailsWithTheAddress() {
        ParleyServer second = ParleyServer.builder(dataset).port(server.port()).build();

        assertThatThrownBy(second::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("127.0.0.1:" + server.port());
    }

    // ---- helpers

    private static void assertStoreUnchanged() {
        assertThat(ServerTestData.quadCount(dataset)).isEqualTo(quadsAtStart);
    }

    private static List<String> labels(String jsonResults) {
        ResultSet results = ResultSetMgr.read(
                new ByteArrayInputStream(jsonResults.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        List<String> labels = new ArrayList<>();
        results.forEachRemaining(row -> labels.add(row.getLiteral("label").getLexicalForm()));
        return labels;
    }

    private static Graph parse(String body, Lang lang) {
        return RDFParser.fromString(body, lang).toGraph();
    }

    private static Lang langFor(String name) {
        return switch (name) {
            case "TURTLE" -> Lang.TURTLE;
            case "NTRIPLES" -> Lang.NTRIPLES;
            case "JSONLD" -> Lang.JSONLD;
            default -> throw new IllegalArgumentException(name);
        };
    }
}
