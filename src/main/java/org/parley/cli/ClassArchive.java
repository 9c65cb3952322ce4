package org.parley.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An application class-data-sharing archive of the jar, so the second JVM maps the classes a command needs instead of
 * reading and verifying them from the jar: a no-op rebuild of 500 articles takes about 1.8 s instead of 2.5 s
 * (BENCHMARKS.md). The first {@code build} with a jar writes it (about 2 s more, once) into the cache directory;
 * every later command uses it. It is only an optimisation: when the JVM cannot use it, the command runs as without.
 *
 * <p>The archive's name depends on the jar (path, size, time) and the JVM, which must both match it exactly. It is
 * written under a name of its own and renamed when the build succeeded, so concurrent builds never see half an
 * archive. {@code PARLEY_CDS=off} turns it off.
 */
final class ClassArchive {

    static final String SWITCH_VARIABLE = "PARLEY_CDS";
    /** The JVM's own log goes to stdout by default: its CDS warnings must never mix with a query's results. */
    private static final List<String> QUIET = List.of("-Xlog:disable", "-Xlog:all=error:stderr");

    private final Path jar;
    private final Path archive;
    private final Path pending;

    private ClassArchive(Path jar, Path archive) {
        this.jar = jar;
        this.archive = archive;
        this.pending = archive.resolveSibling(archive.getFileName() + ".part-" + ProcessHandle.current().pid());
    }

    /**
     * The archive for this class path, or empty when there can be none: the class path is not one jar file (a build
     * from classes, a test), the JVM has no base archive to extend, or the user turned it off.
     */
    static Optional<ClassArchive> of(String classPath, Map<String, String> environment, Path cacheDir,
                                     Path javaHome) {
        if ("off".equalsIgnoreCase(environment.getOrDefault(SWITCH_VARIABLE, "").strip())) {
            return Optional.empty();
        }
        Path jar = Path.of(classPath).toAbsolutePath().normalize();
        boolean baseArchive = Files.isRegularFile(javaHome.resolve("lib/server/classes.jsa"));
        if (!classPath.endsWith(".jar") || classPath.contains(java.io.File.pathSeparator)
                || !Files.isRegularFile(jar) || !baseArchive) {
            return Optional.empty();
        }
        try {
            String identity = jar + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis() + "|"
                    + javaHome.toAbsolutePath() + "|" + Runtime.version();
            Path archive = cacheDir.resolve("cds").resolve("parley-" + hash(identity) + ".jsa");
            return Optional.of(new ClassArchive(jar, archive));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The jar by its absolute path: the archive records the class path, which must not change with the directory. */
    String classPath() {
        return jar.toString();
    }

    /** The JVM options for a command: use the archive, or write it during a build. */
    List<String> options(String[] args) {
        if (Files.isRegularFile(archive)) {
            return concat("-XX:SharedArchiveFile=" + archive);
        }
        boolean build = args.length > 0 && args[0].equals("build");
        if (build && isWritable(archive.getParent())) {
            return concat("-XX:ArchiveClassesAtExit=" + pending);
        }
        return List.of();
    }

    /** After the second JVM ended: keep what a successful build wrote, drop the rest and archives of other jars. */
    void finish(int exitCode) {
        if (!Files.exists(pending)) {
            return;
        }
        try {
            if (exitCode == 0 && Files.size(pending) > 0) {
                Files.move(pending, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                deleteOthers();
            } else {
                Files.deleteIfExists(pending);
            }
        } catch (IOException e) {
            // Only an optimisation: the next build tries again.
        }
    }

    private void deleteOthers() throws IOException {
        try (DirectoryStream<Path> archives = Files.newDirectoryStream(archive.getParent(), "parley-*.jsa")) {
            for (Path other : archives) {
                if (!other.equals(archive)) {
                    Files.deleteIfExists(other);
                }
            }
        }
    }

    private static boolean isWritable(Path dir) {
        try {
            Files.createDirectories(dir);
            return Files.isWritable(dir);
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> concat(String option) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(option), QUIET.stream()).toList();
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
