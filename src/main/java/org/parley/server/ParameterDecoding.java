package org.parley.server;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.http.HttpException;

/**
 * Refuses, with 400 and a message that says why, a request whose query string or form body Jetty cannot decode: bytes
 * that are not UTF-8 ({@code ?query=%F0%28%8C%28}), a broken form.
 *
 * <p>Jetty decodes parameters when they are first asked for and throws a 400 exception; Fuseki asks for them inside
 * its own error handling, which turns any exception into a 500 whose text reads "400: Bad query". What the client
 * sent is the client's mistake, so it is decoded here first, before any servlet, and refused as such. A request that
 * decodes goes on unchanged: Jetty keeps the parameters it decoded.
 */
final class ParameterDecoding extends HttpFilter {

    static final String NOT_UTF8 = "The query string or form body is not valid UTF-8. Send each parameter as the"
            + " percent-encoded UTF-8 bytes of its value (what encodeURIComponent and curl --data-urlencode do).";

    private ParameterDecoding() {
    }

    /** Guards every path of the server. */
    static void addTo(FusekiServer.Builder fuseki) {
        fuseki.addFilter("/*", new ParameterDecoding());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            request.getParameterMap();
        } catch (RuntimeException e) {
            if (!(e instanceof HttpException refusal)) {
                throw e;
            }
            refuse(response, refusal.getCode(), isUndecodable(e) ? NOT_UTF8
                    : "The query string or form body cannot be decoded: " + deepestMessage(e));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isUndecodable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException || cause instanceof IllegalArgumentException
                    && String.valueOf(cause.getMessage()).contains("UTF-8")) {
                return true;
            }
        }
        return false;
    }

    /** Jetty's own message is the vaguest ("Bad query"); the one it wraps says what is wrong ("%ZZ"). */
    private static String deepestMessage(Throwable e) {
        String message = e.getMessage();
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                message = cause.getMessage();
            }
        }
        return message;
    }

    /** The same shape as Fuseki's own errors: plain text, "Error CODE: message". */
    private static void refuse(HttpServletResponse response, int code, String message) throws IOException {
        int status = code >= 400 && code < 500 ? code : HttpServletResponse.SC_BAD_REQUEST;
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        // Jetty may close the connection after an unread body; say so, so that clients do not reuse it.
        response.setHeader("Connection", "close");
        response.getOutputStream().write(("Error " + status + ": " + message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
