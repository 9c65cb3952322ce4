package org.parley.server;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Plain HTTP calls against one server, the way any SPARQL client would make them. */
final class Http {

    /** Long enough for any answer here; a request that hangs fails the test instead of blocking it. */
    static final Duration REQUEST_LIMIT = Duration.ofSeconds(30);

    private final HttpClient client = newClient();
    private final String baseUrl;
    private final boolean connectionPerRequest;

    private Http(String baseUrl, boolean connectionPerRequest) {
        this.baseUrl = baseUrl;
        this.connectionPerRequest = connectionPerRequest;
    }

    Http(String baseUrl) {
        this(baseUrl, false);
    }

    /**
     * For requests the server refuses before reading their body. Jetty may then close the
     * connection once the response is out, without saying so in the response; a pooled connection
     * reused for the next request fails with "header parser received no bytes". A fresh
     * connection for each request keeps such a race out of the tests.
     */
    static Http connectionPerRequest(String baseUrl) {
        return new Http(baseUrl, true);
    }

    private static HttpClient newClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    HttpResponse<String> get(String path, String accept) {
        return send(request(path).header("Accept", accept).GET().build());
    }

    HttpResponse<String> query(String sparql, String accept) {
        return get("parley/sparql?query=" + encode(sparql), accept);
    }

    HttpResponse<String> post(String path, String contentType, String body, String accept) {
        return send(request(path)
                .header("Content-Type", contentType)
                .header("Accept", accept)
                .POST(BodyPublishers.ofString(body))
                .build());
    }

    HttpResponse<String> put(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).PUT(BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> delete(String path) {
        return send(request(path).DELETE().build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            HttpClient sender = connectionPerRequest ? newClient() : client;
            return sender.send(request, BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("request failed: " + request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted: " + request.uri(), e);
        }
    }

    HttpClient client() {
        return client;
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(REQUEST_LIMIT);
    }
}
