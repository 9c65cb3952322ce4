package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a web page from another origin may do: read with GET and POST, without credentials, and no more. */
class CorsTest {

    private static final String PAGE = "https://notebook.example.org";
    private static final String QUERY = "SELECT * WHERE { ?s ?p ?o } LIMIT 1";
    private static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    private static final String ALLOW_CREDENTIALS = "Access-Control-Allow-Credentials";

    @TempDir
    static Path storeDir;

    private static ServedStore served;
    private static Http http;

    @BeforeAll
    static void startServer() {
        served = ServedStore.serve(ServerTestData.twoArticles(storeDir), server -> server);
        http = Http.connectionPerRequest(served.server().baseUrl());
    }

    @AfterAll
    static void stopServer() {
        served.close();
    }

    @Test
    void aQueryWithGetFromAnotherOriginMayBeReadByAnyOriginWithoutCredentials() {
        HttpResponse<String> response = http.send(http.request("parley/sparql?query=" + Http.encode(QUERY))
                .header("Origin", PAGE).header("Accept", "application/sparql-results+json").GET().build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue(ALLOW_ORIGIN)).hasValue("*");
        assertThat(response.headers().firstValue(ALLOW_CREDENTIALS)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/x-www-form-urlencoded", "application/sparql-query"})
    void aQueryWithPostFromAnotherOriginMayBeRead(String contentType) {
        String body = contentType.endsWith("urlencoded") ? "query=" + Http.encode(QUERY) : QUERY;
        HttpResponse<String> response = http.send(http.request("parley/sparql")
                .header("Origin", PAGE).header("Content-Type", contentType)
                .POST(BodyPublishers.ofString(body)).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue(ALLOW_ORIGIN)).hasValue("*");
        assertThat(response.headers().firstValue(ALLOW_CREDENTIALS)).isEmpty();
    }

    @Test
    void anErrorAnswerCanBeReadToo() {
        HttpResponse<String> response = http.send(http.request("parley/sparql?query=" + Http.encode("SELECT nonsense"))
                .header("Origin", PAGE).GET().build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue(ALLOW_ORIGIN)).hasValue("*");
    }

    @Test
    void theGraphStoreMayBeReadFromAnotherOrigin() {
        HttpResponse<String> response = http.send(http.request("parley/get?default")
                .header("Origin", PAGE).header("Accept", "text/turtle").GET().build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue(ALLOW_ORIGIN)).hasValue("*");
    }

    @Test
    void aPreflightForAPostQueryIsGrantedForGetAndPostOnly() {
        HttpResponse<String> response = http.send(preflight("parley/sparql", "POST", "content-type"));

        assertThat(response.statusCode()).isBetween(200, 299);
        assertThat(response.headers().firstValue(ALLOW_ORIGIN)).hasValue("*");
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(methods ->
                assertThat(methods).contains("GET", "POST").doesNotContain("PUT", "DELETE", "PATCH"));
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers")).hasValueSatisfying(headers ->
                assertThat(headers).containsIgnoringCase("content-type"));
        assertThat(response.headers().firstValue(ALLOW_CREDENTIALS)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "DELETE", "PATCH"})
    void aPreflightForAWriteIsNotGranted(String method) {
        HttpResponse<String> response = http.send(preflight("parley/get?default", method, "content-type"));

        assertThat(response.headers().firstValue(ALLOW_ORIGIN)).isEmpty();
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "queries.json", "page.js"})
    void otherPathsSendNoCorsHeaders(String path) {
        HttpResponse<String> response = http.send(http.request(path).header("Origin", PAGE).GET().build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue(ALLOW_ORIGIN)).isEmpty();
        assertThat(response.headers().firstValue(ALLOW_CREDENTIALS)).isEmpty();
    }

    private static HttpRequest preflight(String path, String method, String headers) {
        return http.request(path)
                .header("Origin", PAGE)
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", headers)
                .method("OPTIONS", BodyPublishers.noBody())
                .build();
    }
}
