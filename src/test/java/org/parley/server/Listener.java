package org.parley.server;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An HTTP server on this machine that counts the requests it receives: the stand-in for a service
 * inside the operator's network that a query must not reach, or for an allowed remote endpoint.
 */
final class Listener implements AutoCloseable {

    /** One row, {@code ?remote = "from the listener"}, in SPARQL JSON results. */
    static final String ONE_ROW = """
            {"head": {"vars": ["remote"]},
             "results": {"bindings": [{"remote": {"type": "literal", "value": "from the listener"}}]}}
            """;

    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    private Listener(Handler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                handler.handle(exchange);
            }
        });
        server.start();
    }

    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    /** Answers every request with {@link #ONE_ROW}. */
    static Listener sparqlEndpoint() throws IOException {
        return new Listener(exchange -> {
            byte[] body = ONE_ROW.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    /** Answers every request with a redirect to {@code location}. */
    static Listener redirectingTo(String location) throws IOException {
        return new Listener(exchange -> {
            exchange.getResponseHeaders().set("Location", location);
            exchange.sendResponseHeaders(302, -1);
        });
    }

    /** {@code http://127.0.0.1:PORT/sparql}. */
    String sparqlUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sparql";
    }

    int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
