package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A result over the row cap is refused with a message, never cut to the cap; one within it is whole. */
class RowCapTest {

    private static final int CAP = 100;
    private static final String ALL = "SELECT ?s ?o WHERE { ?s ?p ?o }";

    @TempDir
    static Path storeDir;

    private static ServedStore served;
    private static Http http;

    @BeforeAll
    static void startServer() {
        served = ServedStore.serve(ServerTestData.manyTriples(storeDir, 3000), server -> server.maxRows(CAP));
        http = new Http(served.server().baseUrl());
    }

    @AfterAll
    static void stopServer() {
        served.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/sparql-results+json", "text/csv"})
    void aSelectOverTheCapIsRefusedWithTheReason(String accept) {
        HttpResponse<String> response = http.query(ALL, accept);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("more than " + CAP + " rows").contains("LIMIT and OFFSET")
                .doesNotContain(ServerTestData.EX + "s");
    }

    @Test
    void aSelectOfExactlyTheCapIsSentWhole() {
        HttpResponse<String> response = http.query(ALL + " ORDER BY ?s LIMIT " + CAP + " OFFSET 2000", "text/csv");

        assertThat(response.statusCode()).isEqualTo(200);
        // The header line and one line a row.
        assertThat(response.body().lines()).hasSize(CAP + 1);
    }

    @Test
    void anAggregateOverManyRowsIsOneRow() {
        HttpResponse<String> response = http.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "text/csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("3000");
    }

    @Test
    void aConstructOverTheCapIsRefused() {
        HttpResponse<String> response = http.query("CONSTRUCT WHERE { ?s ?p ?o }", "text/turtle");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("more than " + CAP + " triples");
    }

    @Test
    void aConstructWithinTheCapCountsDistinctTriples() {
        // 3000 solutions, one distinct triple.
        HttpResponse<String> response = http.query(
                "CONSTRUCT { <" + ServerTestData.EX + "all> <" + ServerTestData.EX + "p> \"x\" } WHERE { ?s ?p ?o }",
                "text/turtle");

        assertThat(response.statusCode()).isEqualTo(200);
        Graph graph = RDFParser.fromString(response.body(), Lang.TURTLE).toGraph();
        assertThat(graph.size()).isEqualTo(1);
    }

    @Test
    void aDescribeOverTheCapIsRefused() {
        HttpResponse<String> response = http.query("DESCRIBE ?s WHERE { ?s ?p ?o }", "text/turtle");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("more than " + CAP + " triples");
    }

    @Test
    void askIsNotCapped() {
        HttpResponse<String> response = http.query("ASK { ?s ?p ?o }", "application/sparql-results+json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("true");
    }

    @Test
    void theCapMustBePositive() {
        assertThatThrownBy(() -> ParleyServer.builder(served.dataset()).maxRows(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
