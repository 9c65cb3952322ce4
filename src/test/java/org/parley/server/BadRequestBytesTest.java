package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a client sends that is not UTF-8 is the client's mistake: 400 with a message that says so, never a 500, and
 * the server answers the next request as before.
 */
class BadRequestBytesTest {

    private static final String JSON = "application/sparql-results+json";
    private static final String FORM = "application/x-www-form-urlencoded";
    /** A four-byte lead followed by bytes that cannot continue it. */
    private static final String BAD_UTF8 = "%F0%28%8C%28";

    @TempDir
    static Path storeDir;

    private static ServedStore served;
    private static Http http;

    @BeforeAll
    static void serve() {
        served = ServedStore.serve(ServerTestData.twoArticles(storeDir), builder -> builder);
        http = Http.connectionPerRequest(served.server().baseUrl());
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "parley/sparql?query=" + BAD_UTF8,
        "parley/sparql?query=ASK%7B%7D&default-graph-uri=" + BAD_UTF8,
        "parley/sparql?" + BAD_UTF8 + "=1&query=ASK%7B%7D",
        "parley/get?graph=" + BAD_UTF8,
    })
    void aQueryStringThatIsNotUtf8IsABadRequest(String pathAndQuery) {
        HttpResponse<String> response = http.get(pathAndQuery, JSON);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("UTF-8");
        assertStillAnswering();
    }

    @Test
    void aFormBodyWithPercentEscapesThatAreNotUtf8IsABadRequestThatAPageMayRead() {
        HttpResponse<String> response = http.send(http.request("parley/sparql")
                .header("Content-Type", FORM)
                .header("Accept", JSON)
                .header("Origin", "https://notebook.example.org")
                .POST(BodyPublishers.ofString("query=" + BAD_UTF8))
                .build());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("UTF-8");
        assertThat(response.headers().firstValue(ReadCors.ALLOW_ORIGIN)).hasValue("*");
        assertStillAnswering();
    }

    @Test
    void aBrokenPercentEscapeIsABadRequestThatNamesIt() {
        // In a form: Java's client refuses to send such a URL.
        HttpResponse<String> response = http.post("parley/sparql", FORM, "query=ASK%ZZ", JSON);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("cannot be decoded").contains("%ZZ");
        assertStillAnswering();
    }

    @Test
    void aFormBodyWithRawBytesThatAreNotUtf8IsABadRequest() {
        byte[] body = {'q', 'u', 'e', 'r', 'y', '=', (byte) 0xF0, 0x28, (byte) 0x8C, 0x28};
        HttpResponse<String> response = http.send(http.request("parley/sparql")
                .header("Content-Type", FORM)
                .header("Accept", JSON)
                .POST(BodyPublishers.ofByteArray(body))
                .build());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("UTF-8");
        assertStillAnswering();
    }

    @Test
    void aQueryBodyThatIsNotUtf8IsABadRequest() {
        byte[] body = {'A', 'S', 'K', ' ', '{', (byte) 0xC3, 0x28, '}'};
        HttpResponse<String> response = http.send(http.request("parley/sparql")
                .header("Content-Type", "application/sparql-query")
                .header("Accept", JSON)
                .POST(BodyPublishers.ofByteArray(body))
                .build());

        assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
        assertStillAnswering();
    }

    private static void assertStillAnswering() {
        HttpResponse<String> ask = http.query("ASK { ?s ?p ?o }", JSON);
        assertThat(ask.statusCode()).isEqualTo(200);
        assertThat(ask.body()).contains("true");
    }
}
