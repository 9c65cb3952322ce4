package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A query that would run for ages is stopped on the server by the time limit, and the server goes on
 * answering. Each request is bounded by {@link Http#REQUEST_LIMIT}: without a working time limit
 * these tests fail on that bound instead of hanging.
 */
class QueryTimeoutTest {

    /** 3000^5 rows: no machine finishes this. */
    private static final String CROSS_PRODUCT_BODY =
            "{ ?s1 ?p1 ?o1 . ?s2 ?p2 ?o2 . ?s3 ?p3 ?o3 . ?s4 ?p4 ?o4 . ?s5 ?p5 ?o5 }";

    @TempDir
    static Path storeDir;

    private static Dataset dataset;
    private static ParleyServer server;
    private static Http http;

    @BeforeAll
    static void startServer() {
        dataset = ServerTestData.manyTriples(storeDir, 3000);
        server = ParleyServer.builder(dataset).port(0).queryTimeout(Duration.ofSeconds(2)).build().start();
        http = new Http(server.baseUrl());
    }

    @AfterAll
    static void stopServer() {
        server.close();
        dataset.close();
    }

    @Test
    void aggregateOverARunawayCrossProductIsCancelledWithAnError() {
        HttpResponse<String> response = http.query(
                "SELECT (COUNT(*) AS ?n) WHERE " + CROSS_PRODUCT_BODY, "application/sparql-results+json");

        assertThat(response.statusCode()).isEqualTo(503);
        assertServerStillAnswers();
    }

    @Test
    void streamingRunawayCrossProductIsCutOffWithANote() throws Exception {
        // Rows stream out before the limit strikes, so the status is already 200: the server can only
        // end the response early, and Fuseki ends it with a note that the results are incomplete.
        HttpResponse<InputStream> response = http.client().send(
                http.request("parley/sparql?query=" + Http.encode("SELECT * WHERE " + CROSS_PRODUCT_BODY))
                    .header("Accept", "text/tab-separated-values")
                    .GET().build(),
                BodyHandlers.ofInputStream());

        String tail = tailOnceTheServerStops(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(tail).contains("timeout").contains("Incomplete results");
        assertServerStillAnswers();
    }

    @Test
    void aClientCannotAskForALongerLimit() {
        HttpResponse<String> response = http.get("parley/sparql?timeout=600&query="
                + Http.encode("SELECT (COUNT(*) AS ?n) WHERE " + CROSS_PRODUCT_BODY), "application/sparql-results+json");

        assertThat(response.statusCode()).isEqualTo(503);
        assertServerStillAnswers();
    }

    /** The last bytes of the body; fails if the body is still streaming after the request limit. */
    private static String tailOnceTheServerStops(InputStream body) throws Exception {
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            return reader.submit(() -> lastBytes(body)).get(Http.REQUEST_LIMIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("the response was still streaming after " + Http.REQUEST_LIMIT
                    + ": the query was not stopped", e);
        } finally {
            body.close();
            reader.shutdownNow();
        }
    }

    private static String lastBytes(InputStream body) throws IOException {
        byte[] buffer = new byte[1 << 16];
        byte[] tail = new byte[0];
        int read;
        while ((read = body.read(buffer)) >= 0) {
            // Keep the last KiB across reads: the note may arrive split over two of them.
            byte[] joined = Arrays.copyOf(tail, tail.length + read);
            System.arraycopy(buffer, 0, joined, tail.length, read);
            tail = Arrays.copyOfRange(joined, Math.max(0, joined.length - 1024), joined.length);
        }
        return new String(tail, StandardCharsets.UTF_8);
    }

    private static void assertServerStillAnswers() {
        HttpResponse<String> response = http.query(
                "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "text/csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("3000");
    }
}
