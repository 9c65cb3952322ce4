package org.parley.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.parley.rdf.Iris;
import org.parley.store.StorePrefixes;

/**
 * Makes our IRIs resolvable on this server: {@code GET /id/{kind}/{rest}} answers the description of
 * {@code https://w3id.org/parley/id/{kind}/{rest}} as Turtle, JSON-LD or an HTML page, by the {@code Accept}
 * header. Turtle is the default for clients that accept anything; browsers ask for HTML first.
 */
final class LinkedDataServlet extends HttpServlet {

    /** The path under the server that mirrors {@link Iris#BASE}. */
    static final String PATH_PREFIX = "/id/";
    /** The servlet mapping. */
    static final String PATH_SPEC = PATH_PREFIX + "*";
    /** How many triples pointing at a resource its description keeps. */
    static final int INCOMING_LIMIT = 1000;

    private static final String TURTLE = "text/turtle";
    private static final String JSON_LD = "application/ld+json";
    private static final String HTML = "text/html";
    private static final AcceptList OFFER = AcceptList.create(TURTLE, JSON_LD, HTML);

    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(StorePrefixes.STANDARD)
            .setNsPrefix("foaf", FOAF.NS)
            .lock();

    private final Dataset dataset;

    LinkedDataServlet(Dataset dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Representations differ by Accept: caches must key on it, on every answer including 404 and 406.
        response.setHeader("Vary", "Accept");
        Optional<String> iri = iriOf(request);
        if (iri.isEmpty()) {
            plainText(response, HttpServletResponse.SC_NOT_FOUND, "Not one of this store's resources.");
            return;
        }
        MediaType chosen = negotiate(request.getHeader("Accept"));
        if (chosen == null) {
            plainText(response, HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "This resource is available as " + TURTLE + ", " + JSON_LD + " or " + HTML + ".");
            return;
        }
        Optional<ResourceDescription> description = ResourceDescription.read(dataset, iri.get(), INCOMING_LIMIT);
        if (description.isEmpty()) {
            plainText(response, HttpServletResponse.SC_NOT_FOUND, "The store says nothing about <" + iri.get() + ">.");
            return;
        }
        write(response, chosen.getContentTypeStr(), description.get());
    }

    /** The IRI this request's path mirrors: {@code /id/person/x} is {@code https://w3id.org/parley/id/person/x}. */
    static Optional<String> iriOf(HttpServletRequest request) {
        // The raw (still percent-encoded) path: our IRIs are minted percent-encoded, so the two match as they are.
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(PATH_PREFIX) || path.length() == PATH_PREFIX.length()) {
            return Optional.empty();
        }
        return Optional.of(Iris.BASE + path.substring(PATH_PREFIX.length()));
    }

    /** The best of Turtle, JSON-LD and HTML for this Accept header; Turtle without one; null if none will do. */
    static MediaType negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return MediaType.create(TURTLE);
        }
        try {
            return AcceptList.match(new AcceptList(accept), OFFER);
        } catch (RuntimeException malformed) {
            return null;
        }
    }

    private static void write(HttpServletResponse response, String contentType, ResourceDescription description)
            throws IOException {
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(contentType);
        if (contentType.equals(HTML)) {
            byte[] page = new ResourcePage(description, PREFIXES, INCOMING_LIMIT).render()
                    .getBytes(StandardCharsets.UTF_8);
            response.setContentLength(page.length);
            response.getOutputStream().write(page);
            return;
        }
        Graph graph = description.graph();
        graph.getPrefixMapping().setNsPrefixes(PREFIXES);
        OutputStream out = response.getOutputStream();
        RDFDataMgr.write(out, graph, contentType.equals(TURTLE) ? RDFFormat.TURTLE_PRETTY : RDFFormat.JSONLD11_PRETTY);
    }

    private static void plainText(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().println(message);
    }
}
