package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.jena.atlas.io.IO;
import org.parley.bench.SparqlLoad;

/**
 * Whatever a client sends to the query endpoint, the answer is a result or a client error (4xx, or 503 for a query
 * stopped by the time limit), never a server error, and the server goes on answering. The inputs are random bytes in
 * the query string, in a form body and in a query body, and the research queries of {@code queries/} cut off anywhere.
 */
class QueryEndpointPropertiesTest {

    private static final String JSON = "application/sparql-results+json";

    private static Path storeDir;
    private static ServedStore served;
    private static Http http;

    @BeforeContainer
    static void serve() throws IOException {
        storeDir = Files.createTempDirectory("parley-query-properties");
        served = ServedStore.serve(ServerTestData.twoArticles(storeDir), builder -> builder);
        // Jetty may close the connection after refusing a request whose body it did not read.
        http = Http.connectionPerRequest(served.server().baseUrl());
    }

    @AfterContainer
    static void stop() {
        served.close();
        IO.deleteAll(storeDir);
    }

    @Property(tries = 100)
    void anyBytesInTheQueryStringGetNoServerError(@ForAll("bytes") byte[] name, @ForAll("bytes") byte[] value) {
        HttpResponse<String> response = http.get("parley/sparql?query=" + percentEncoded(value) + "&"
                + percentEncoded(name) + "=1", JSON);

        assertAnsweredAsTheClientsMistakeOrResult(response);
    }

    @Property(tries = 100)
    void anyBytesInAFormBodyGetNoServerError(@ForAll("bytes") byte[] body) {
        HttpResponse<String> response = post("application/x-www-form-urlencoded", body);

        assertAnsweredAsTheClientsMistakeOrResult(response);
    }

    @Property(tries = 100)
    void anyBytesAsAQueryBodyGetNoServerError(@ForAll("bytes") byte[] body) {
        HttpResponse<String> response = post("application/sparql-query", body);

        assertAnsweredAsTheClientsMistakeOrResult(response);
    }

    @Property(tries = 100)
    void aResearchQueryCutOffAnywhereIsAResultOrABadQuery(@ForAll("cutQueries") String query) {
        HttpResponse<String> response = http.query(query, JSON);

        assertThat(response.statusCode()).as(response.body()).isIn(200, 400);
        assertStillAnswering();
    }

    private static HttpResponse<String> post(String contentType, byte[] body) {
        return http.send(http.request("parley/sparql")
                .header("Content-Type", contentType)
                .header("Accept", JSON)
                .POST(BodyPublishers.ofByteArray(body))
                .build());
    }

    private static void assertAnsweredAsTheClientsMistakeOrResult(HttpResponse<String> response) {
        int status = response.statusCode();
        assertThat(status == 200 || status == 503 || status >= 400 && status < 500)
                .as("status %d: %s", status, response.body()).isTrue();
        if (status >= 400) {
            assertThat(response.body()).as("a refusal says why").isNotBlank();
        }
        assertStillAnswering();
    }

    private static void assertStillAnswering() {
        assertThat(http.query("ASK { ?s ?p ?o }", JSON).statusCode()).isEqualTo(200);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<byte[]> any = Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
        // Bytes 0x80-0xFF are where UTF-8 goes wrong: lead bytes without continuation, stray continuations.
        Arbitrary<byte[]> high = Arbitraries.bytes().between((byte) -128, (byte) -1).array(byte[].class)
                .ofMinSize(1).ofMaxSize(8);
        return Arbitraries.oneOf(any, high);
    }

    @Provide
    Arbitrary<String> cutQueries() {
        // Federated ones left out: they would call Wikidata.
        List<String> queries = SparqlLoad.researchQueries(Path.of("queries"));
        return Arbitraries.of(queries).flatMap(query -> Arbitraries.integers().between(0, query.length())
                .map(end -> query.substring(0, end)));
    }

    private static String percentEncoded(byte[] bytes) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : bytes) {
            encoded.append('%').append(String.format("%02X", b & 0xFF));
        }
        return encoded.toString();
    }
}
