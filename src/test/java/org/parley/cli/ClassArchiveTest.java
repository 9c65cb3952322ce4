package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class archive: written by the first successful build with a jar, used by every later command, kept
 * only when whole, never for a class directory. (That the JVM runs faster with it is measured in BENCHMARKS.md.)
 */
class ClassArchiveTest {

    private static final String[] BUILD = {"build", "--corpus", "corpus"};
    private static final String[] QUERY = {"query", "--query", "ASK {}"};

    @TempDir
    Path dir;
    private Path jar;
    private Path javaHome;
    private Path cache;

    @BeforeEach
    void aJarAndAJvmWithABaseArchive() throws Exception {
        jar = Files.writeString(dir.resolve("parley.jar"), "not really a jar");
        javaHome = dir.resolve("jdk");
        Files.createDirectories(javaHome.resolve("lib/server"));
        Files.writeString(javaHome.resolve("lib/server/classes.jsa"), "base");
        cache = dir.resolve("cache");
    }

    private ClassArchive archive(Map<String, String> environment) {
        return ClassArchive.of(jar.toString(), environment, cache, javaHome).orElseThrow();
    }

    private static Optional<String> option(List<String> options, String prefix) {
        return options.stream().filter(o -> o.startsWith(prefix)).map(o -> o.substring(prefix.length())).findFirst();
    }

    @Test
    void theFirstSuccessfulBuildWritesTheArchiveThatLaterCommandsUse() throws Exception {
        ClassArchive archive = archive(Map.of());
        assertThat(archive.options(QUERY)).as("nothing to use yet, and a query does not write one").isEmpty();

        List<String> writing = archive.options(BUILD);
        Path pending = Path.of(option(writing, "-XX:ArchiveClassesAtExit=").orElseThrow());
        assertThat(writing).as("the JVM's log off stdout").contains("-Xlog:disable", "-Xlog:all=error:stderr");
        assertThat(pending.getParent()).isEqualTo(cache.resolve("cds"));
        Files.writeString(pending, "classes"); // what the JVM writes at exit

        archive.finish(0);

        assertThat(pending).doesNotExist();
        for (String[] args : List.of(QUERY, BUILD)) {
            Path used = Path.of(option(archive(Map.of()).options(args), "-XX:SharedArchiveFile=").orElseThrow());
            String archiveName = pending.getFileName().toString().replaceAll("\\.part-\\d+$", "");
            assertThat(used).hasContent("classes").hasFileName(archiveName);
        }
    }

    @Test
    void aFailedBuildLeavesNoArchive() throws Exception {
        ClassArchive archive = archive(Map.of());
        Path pending = Path.of(option(archive.options(BUILD), "-XX:ArchiveClassesAtExit=").orElseThrow());
        Files.writeString(pending, "half");

        archive.finish(1);

        try (var files = Files.list(cache.resolve("cds"))) {
            assertThat(files).isEmpty();
        }
        assertThat(archive(Map.of()).options(QUERY)).isEmpty();
    }

    @Test
    void aNewJarReplacesTheArchiveOfTheOldOne() throws Exception {
        Path old = Files.createDirectories(cache.resolve("cds")).resolve("parley-0123456789abcdef.jsa");
        Files.writeString(old, "classes of an older jar");
        ClassArchive archive = archive(Map.of());
        Files.writeString(Path.of(option(archive.options(BUILD), "-XX:ArchiveClassesAtExit=").orElseThrow()), "new");

        archive.finish(0);

        assertThat(old).doesNotExist();
        try (var files = Files.list(cache.resolve("cds"))) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void noArchiveForClassDirectoriesJvmsWithoutABaseArchiveOrWhenTurnedOff() throws Exception {
        assertThat(ClassArchive.of(dir.toString(), Map.of(), cache, javaHome)).as("classes, not a jar").isEmpty();
        assertThat(ClassArchive.of(jar + java.io.File.pathSeparator + jar, Map.of(), cache, javaHome)).isEmpty();
        assertThat(ClassArchive.of(dir.resolve("absent.jar").toString(), Map.of(), cache, javaHome)).isEmpty();
        assertThat(ClassArchive.of(jar.toString(), Map.of(), cache, dir.resolve("bare-jdk"))).isEmpty();
        assertThat(ClassArchive.of(jar.toString(), Map.of("PARLEY_CDS", "off"), cache, javaHome)).isEmpty();
    }

    @Test
    void theSecondJvmRunsTheJarByItsAbsolutePathWithTheArchiveOptionsFirst() {
        Optional<ClassArchive> archive = ClassArchive.of(jar.toString(), Map.of(), cache, javaHome);
        List<String> command = Launcher.command(BUILD, Map.of("PARLEY_JAVA_OPTS", "-Xmx2g -Xlog:gc"), List.of(),
                "java", jar.toString(), false, archive, 4242).orElseThrow();

        assertThat(command.get(1)).startsWith("-XX:ArchiveClassesAtExit=");
        assertThat(command.indexOf("-Xlog:gc")).as("the user's options win")
                .isGreaterThan(command.indexOf("-Xlog:disable"));
        assertThat(command.get(command.indexOf("-cp") + 1)).isEqualTo(jar.toAbsolutePath().normalize().toString());
    }
}
