package org.parley.server;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a write that a web page of another site made a browser send.
 *
 * <p>Browsers remember basic-authentication logins and send them with any request to the same
 * server, including a form that another site posts to {@code /parley/update}: the write would run
 * with the operator's login (cross-site request forgery). Browsers mark such a request with an
 * {@code Origin} header; scripts and command-line clients send none. So a write whose {@code Origin}
 * is not this server itself is refused with 403, before it is read. Behind a proxy that changes the
 * scheme or host, pages served through the proxy cannot write either; clients without a browser can.
 */
final class SameOriginWrites extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String origin = request.getHeader("Origin");
        if (origin != null && !origin.equalsIgnoreCase(ownOrigin(request))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN,
                    "Writes from a page of another origin are refused: " + origin);
            return;
        }
        chain.doFilter(request, response);
    }

    private static String ownOrigin(HttpServletRequest request) {
        String host = request.getHeader("Host");
        return request.getScheme().toLowerCase(Locale.ROOT) + "://" + (host == null ? "" : host);
    }
}
