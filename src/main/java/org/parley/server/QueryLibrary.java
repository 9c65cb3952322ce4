package org.parley.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The research queries of {@code queries/}, which the build copies into the jar under {@value #FOLDER}: the query
 * page lists them.
 *
 * <p>A class path cannot list a folder, so the queries are found where this class was loaded from: the build's
 * classes folder or the jar.
 */
final class QueryLibrary {

    /** Where the queries are on the class path. */
    static final String FOLDER = "org/parley/queries/";

    /**
     * One query: its file name without {@code .rq}, what it answers (its opening comment, up to the line that
     * starts with "Purpose:"), and its whole text.
     */
    record Query(String name, String title, String text) {

        static Query of(String fileName, String text) {
            String name = fileName.substring(0, fileName.length() - ".rq".length());
            String title = text.lines()
                    .takeWhile(line -> line.startsWith("#"))
                    .map(line -> line.replaceFirst("^#+\\s*", "").strip())
                    .takeWhile(line -> !line.startsWith("Purpose:"))
                    .collect(Collectors.joining(" "));
            return new Query(name, title, text);
        }
    }

    private QueryLibrary() {
    }

    /** Every query, by name. */
    static List<Query> load() {
        URL source = QueryLibrary.class.getProtectionDomain().getCodeSource().getLocation();
        Path location;
        try {
            location = Path.of(source.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot find the queries: this code was loaded from " + source, e);
        }
        try {
            List<Query> queries = Files.isDirectory(location) ? fromFolder(location.resolve(FOLDER)) : fromJar(location);
            return queries.stream().sorted(Comparator.comparing(Query::name)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the queries in " + location, e);
        }
    }

    private static List<Query> fromFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Query> queries = new ArrayList<>();
            for (Path file : files.filter(QueryLibrary::isQuery).toList()) {
                queries.add(Query.of(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
            return queries;
        }
    }

    private static List<Query> fromJar(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile(), StandardCharsets.UTF_8)) {
            List<Query> queries = new ArrayList<>();
            for (ZipEntry entry : zip.stream().filter(QueryLibrary::isQueryEntry).toList()) {
                try (InputStream in = zip.getInputStream(entry)) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    queries.add(Query.of(entry.getName().substring(FOLDER.length()), text));
                }
            }
            return queries;
        }
    }

    private static boolean isQuery(Path file) {
        return Files.isRegularFile(file) && file.getFileName().toString().endsWith(".rq");
    }

    private static boolean isQueryEntry(ZipEntry entry) {
        String name = entry.getName();
        return !entry.isDirectory() && name.startsWith(FOLDER) && name.endsWith(".rq")
                && name.indexOf('/', FOLDER.length()) < 0;
    }
}
