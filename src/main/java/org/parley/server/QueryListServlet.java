package org.parley.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code GET /queries.json}: the research queries for the query page, as a JSON array of
 * {@code {"name", "title", "text"}}, by name. The queries ship in the jar, so the list is read once.
 */
final class QueryListServlet extends HttpServlet {

    /** Where the servlet is mounted. */
    static final String PATH = "/queries.json";

    private final byte[] json;

    QueryListServlet(List<QueryLibrary.Query> queries) {
        try {
            json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(queries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }
}
