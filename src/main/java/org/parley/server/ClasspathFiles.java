package org.parley.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Serves files from the class path, so they ship in the jar and the server needs no other host: a folder under a path
 * prefix ({@link #WEBJARS}, the chart library's WebJar), or one file at one path (the explore page at
 * {@code /explore}).
 */
final class ClasspathFiles extends HttpServlet {

    /** Where WebJars keep their files on the class path, and the path they are served under. */
    static final String WEBJARS = "META-INF/resources/webjars/";
    static final String WEBJARS_PATH_SPEC = "/webjars/*";

    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript",
            "css", "text/css",
            "html", "text/html",
            "json", "application/json",
            "map", "application/json",
            "svg", "image/svg+xml",
            "png", "image/png");

    /** The class path resource a request asks for; empty for a path that leaves the folder or names nothing. */
    private final Function<HttpServletRequest, Optional<String>> resourceOf;
    private final String cacheControl;

    private ClasspathFiles(Function<HttpServletRequest, Optional<String>> resourceOf, String cacheControl) {
        this.resourceOf = resourceOf;
        this.cacheControl = cacheControl;
    }

    /**
     * The files under {@code folder}, by the request's path below the servlet's mapping. WebJar paths carry the
     * library's version, so a file never changes under its path and browsers may keep it.
     */
    static ClasspathFiles folder(String folder) {
        return new ClasspathFiles(request -> below(folder, request.getPathInfo()), "public, max-age=31536000, immutable");
    }

    /** One file, whatever the path under the mapping; browsers check it again on each visit. */
    static ClasspathFiles file(String resource) {
        return new ClasspathFiles(request -> Optional.of(resource), "no-cache");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> resource = resourceOf.apply(request);
        InputStream in = resource.map(name -> ClasspathFiles.class.getClassLoader().getResourceAsStream(name))
                .orElse(null);
        if (in == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] body;
        try (in) {
            body = in.readAllBytes();
        }
        String type = typeOf(resource.get());
        response.setContentType(type);
        if (type.startsWith("text/") || type.equals("application/json")) {
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        response.setHeader("Cache-Control", cacheControl);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** {@code folder + path}, unless the path is missing, names a folder, or climbs out with "..". */
    static Optional<String> below(String folder, String path) {
        if (path == null || path.length() < 2 || path.endsWith("/") || path.contains("\\")) {
            return Optional.empty();
        }
        String relative = path.substring(1);
        for (String segment : relative.split("/")) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return Optional.empty();
            }
        }
        return Optional.of(folder + relative);
    }

    static String typeOf(String resource) {
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        // Licence and notice files have no extension.
        return TYPES.getOrDefault(extension, "text/plain");
    }
}
