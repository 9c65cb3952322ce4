package org.parley.server;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.main.FusekiServer;

/**
 * Cross-origin reading: a page from any origin may send GET and POST to the paths this filter
 * guards and read the answer, without credentials.
 *
 * <p>Fuseki's own CORS filter, once enabled, answers every origin with that origin and
 * {@code Access-Control-Allow-Credentials: true}, and allows PUT, DELETE and PATCH: any web page
 * could then act with a visitor's login. This one sends {@code Access-Control-Allow-Origin: *},
 * which browsers never combine with credentials, never sends {@code Access-Control-Allow-Credentials},
 * grants only GET, POST and OPTIONS, exposes no header beyond the CORS-safelisted ones, and is
 * installed only on read paths: write endpoints and the rest of the server get no CORS headers.
 */
final class ReadCors extends HttpFilter {

    static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    private static final String REQUEST_METHOD = "Access-Control-Request-Method";
    private static final String ALLOWED_METHODS = "GET, POST, OPTIONS";
    private static final String ALLOWED_HEADERS = "Accept, Accept-Language, Content-Language, Content-Type";
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "POST");
    /** How long a browser may reuse a preflight answer: one day. */
    private static final String PREFLIGHT_MAX_AGE = "86400";

    private ReadCors() {}

    /** Installs the filter on each path; other paths get no CORS headers. */
    static void addTo(FusekiServer.Builder fuseki, String... paths) {
        ReadCors filter = new ReadCors();
        for (String path : paths) {
            fuseki.addFilter(path, filter);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getHeader("Origin") == null) {
            chain.doFilter(request, response);
            return;
        }
        String preflightFor = request.getHeader(REQUEST_METHOD);
        if ("OPTIONS".equals(request.getMethod()) && preflightFor != null) {
            // Answered here: Fuseki has nothing to add to a preflight. A method other than GET or
            // POST gets an answer without CORS headers, which the browser reads as a refusal.
            if (READ_METHODS.contains(preflightFor)) {
                response.setHeader(ALLOW_ORIGIN, "*");
                response.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
                response.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
                response.setHeader("Access-Control-Max-Age", PREFLIGHT_MAX_AGE);
            }
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        if (READ_METHODS.contains(request.getMethod())) {
            // Set before the request is handled, so that error answers carry it too and a page can
            // show why its query failed.
            response.setHeader(ALLOW_ORIGIN, "*");
        }
        chain.doFilter(request, response);
    }
}
