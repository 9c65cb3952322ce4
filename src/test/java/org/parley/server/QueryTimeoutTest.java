package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A query that would run for ages is stopped on the server by the time limit, the client gets an
 * error rather than a result that looks complete, and the server goes on answering. Each request is
 * bounded by {@link Http#REQUEST_LIMIT}: without a working time limit these tests fail on that bound
 * instead of hanging.
 */
class QueryTimeoutTest {

    /** 3000^5 rows: no machine finishes this. */
    private static final String CROSS_PRODUCT_BODY =
            "{ ?s1 ?p1 ?o1 . ?s2 ?p2 ?o2 . ?s3 ?p3 ?o3 . ?s4 ?p4 ?o4 . ?s5 ?p5 ?o5 }";

    @TempDir
    static Path storeDir;

    private static ServedStore served;
    private static Http http;

    @BeforeAll
    static void startServer() {
        served = ServedStore.serve(ServerTestData.manyTriples(storeDir, 3000),
                server -> server.queryTimeout(Duration.ofSeconds(2)));
        http = new Http(served.server().baseUrl());
    }

    @AfterAll
    static void stopServer() {
        served.close();
    }

    @Test
    void aggregateOverARunawayCrossProductIsCancelledWithAnError() {
        HttpResponse<String> response = http.query(
                "SELECT (COUNT(*) AS ?n) WHERE " + CROSS_PRODUCT_BODY, "application/sparql-results+json");

        assertThat(response.statusCode()).isEqualTo(503);
        assertServerStillAnswers();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/sparql-results+json", "application/sparql-results+xml",
                            "text/csv", "text/tab-separated-values"})
    void aRunawayThatHasAlreadyFoundRowsEndsWithAnErrorAndNoRows(String accept) {
        // The first branch finds 3000 rows at once, the second never ends. A server that streamed
        // the rows would have sent 200 before the limit struck, and a body cut short.
        HttpResponse<String> response = http.query("SELECT ?s WHERE { { ?s ?p ?o } UNION "
                + "{ SELECT (COUNT(*) AS ?s) WHERE " + CROSS_PRODUCT_BODY + " } }", accept);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).doesNotContain(ServerTestData.EX + "s");
        assertServerStillAnswers();
    }

    @Test
    void aRunawayConstructIsCancelledWithAnError() {
        // At most 3000 distinct triples, under the row cap, found again and again.
        HttpResponse<String> response = http.query(
                "CONSTRUCT { ?s1 ?p1 ?o1 } WHERE " + CROSS_PRODUCT_BODY, "text/turtle");

        assertThat(response.statusCode()).isEqualTo(503);
        assertServerStillAnswers();
    }

    @Test
    void aClientMayAskForAShorterLimit() {
        // The server would let the query run for two minutes, past the test's request limit: only the
        // client's one second can stop it in time.
        try (ParleyServer patient = ParleyServer.builder(served.dataset()).port(0)
                .queryTimeout(Duration.ofMinutes(2)).build().start()) {
            HttpResponse<String> response = new Http(patient.baseUrl()).get("parley/sparql?timeout=1&query="
                    + Http.encode("SELECT (COUNT(*) AS ?n) WHERE " + CROSS_PRODUCT_BODY), "application/sparql-results+json");

            assertThat(response.statusCode()).isEqualTo(503);
        }
        assertServerStillAnswers();
    }

    @Test
    void aClientCannotAskForALongerLimit() {
        HttpResponse<String> response = http.get("parley/sparql?timeout=600&query="
                + Http.encode("SELECT (COUNT(*) AS ?n) WHERE " + CROSS_PRODUCT_BODY), "application/sparql-results+json");

        assertThat(response.statusCode()).isEqualTo(503);
        assertServerStillAnswers();
    }

    private static void assertServerStillAnswers() {
        HttpResponse<String> response = http.query(
                "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "text/csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("3000");
    }
}
