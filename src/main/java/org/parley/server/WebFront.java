package org.parley.server;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;

/**
 * What the server shows people, beside the SPARQL protocol endpoints:
 * <ul>
 *   <li>{@code /}: the query page (static files, no build step, nothing fetched from elsewhere);</li>
 *   <li>{@value #EXPLORE_PATH}: the timeline and network of the acts, drawn with the chart library that
 *       {@code /webjars/...} serves from the jar ({@link ClasspathFiles});</li>
 *   <li>{@value QueryListServlet#PATH}: the research queries the page offers;</li>
 *   <li>{@code /id/...}: our IRIs, resolved to their descriptions ({@link LinkedDataServlet}).</li>
 * </ul>
 * Everything here only reads.
 */
final class WebFront {

    /** The page's files on the class path. */
    private static final String PAGE_INDEX = "org/parley/server/page/index.html";
    /** The explore page: its scripts sit beside the query page's, so its relative links find them. */
    static final String EXPLORE_PATH = "/explore";
    private static final String EXPLORE_PAGE = "org/parley/server/page/explore.html";

    private WebFront() {
    }

    static void addTo(FusekiServer.Builder fuseki, Dataset dataset) {
        fuseki.staticFileBase(pageLocation())
              .addServlet(QueryListServlet.PATH, new QueryListServlet(QueryLibrary.load()))
              .addServlet(LinkedDataServlet.PATH_SPEC, new LinkedDataServlet(dataset))
              .addServlet(EXPLORE_PATH, ClasspathFiles.file(EXPLORE_PAGE))
              .addServlet(ClasspathFiles.WEBJARS_PATH_SPEC, ClasspathFiles.folder(ClasspathFiles.WEBJARS));
    }

    /** The page's folder: a {@code jar:} URL in the packaged jar, a directory when run from the build's classes. */
    static String pageLocation() {
        URL index = WebFront.class.getClassLoader().getResource(PAGE_INDEX);
        if (index == null) {
            throw new IllegalStateException("the query page is missing from the class path: " + PAGE_INDEX);
        }
        String url = index.toExternalForm();
        String folder = url.substring(0, url.length() - "index.html".length());
        if (!"file".equals(index.getProtocol())) {
            return folder;
        }
        try {
            // Fuseki takes a file path, not a file: URL.
            return Path.of(index.toURI()).getParent().toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad location of the query page: " + url, e);
        }
    }
}
