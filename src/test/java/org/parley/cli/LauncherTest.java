package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.ArticleStore;

/**
 * {@code java -jar parley.jar} runs Parley in a second JVM with the default options, passes the arguments, the
 * standard streams and the exit code through, and a SIGTERM to the first JVM stops the second.
 */
class LauncherTest {

    private static final String[] ARGS = {"build", "--corpus", "my corpus"};

    @TempDir
    Path dir;

    @Test
    void startsASecondJvmWithTheDefaultOptionsAndTheSameArguments() {
        List<String> command = Launcher.command(ARGS, Map.of(), List.of("-Dfile.encoding=UTF-8"), "/jdk/bin/java",
                "parley.jar", false).orElseThrow();
        assertThat(command).containsExactly("/jdk/bin/java", "-Xmx3g", "-XX:+UseParallelGC", "-XX:+DisableExplicitGC",
                "-Dfile.encoding=UTF-8",
                "-Dparley.launched=true", "-Dparley.launcher.pid=" + ProcessHandle.current().pid(),
                "-cp", "parley.jar", "org.parley.cli.Parley", "build", "--corpus", "my corpus");
    }

    @Test
    void theEnvironmentVariableReplacesTheDefaultOptions() {
        List<String> command = Launcher.command(ARGS, Map.of("PARLEY_JAVA_OPTS", " -Xmx6g  -XX:+UseG1GC "), List.of(),
                "java", "parley.jar", false).orElseThrow();
        assertThat(command).startsWith("java", "-Xmx6g", "-XX:+UseG1GC", "-Dparley.launched=true");
    }

    @Test
    void noSecondJvmWhenTheUserChoseTheHeapOrTurnedItOffOrThisIsTheSecond() {
        assertThat(Launcher.command(ARGS, Map.of(), List.of("-Xmx2g"), "java", "cp", false)).isEmpty();
        assertThat(Launcher.command(ARGS, Map.of(), List.of("-XX:MaxRAMPercentage=50"), "java", "cp", false))
                .isEmpty();
        assertThat(Launcher.command(ARGS, Map.of("PARLEY_JAVA_OPTS", ""), List.of(), "java", "cp", false)).isEmpty();
        assertThat(Launcher.command(ARGS, Map.of(), List.of(), "java", "cp", true)).isEmpty();
    }

    @Test
    void aPlainJavaCommandRunsWithTheDefaultOptions() throws Exception {
        Run version = parley(Map.of(), "--version");
        assertThat(version.exit()).isZero();
        // ParallelGC is the default options' collector; a JVM started without options picks G1 on this machine.
        assertThat(version.out()).contains("parley").contains("PS MarkSweep");

        Run chosen = parley(Map.of("PARLEY_JAVA_OPTS", "-Xmx256m -XX:+UseSerialGC"), "--version");
        assertThat(chosen.out()).contains("max heap 0.2 GB").contains("MarkSweepCompact");
    }

    @Test
    void exitCodesAndStreamsPassThrough() throws Exception {
        Run badUsage = parley(Map.of(), "build", "--no-such-option");
        assertThat(badUsage.exit()).isEqualTo(2);
        assertThat(badUsage.err()).contains("Unknown option: '--no-such-option'");

        Run failed = parley(Map.of(), "query", "--store", dir.resolve("absent").toString(), "--query", "ASK {}");
        assertThat(failed.exit()).isEqualTo(1);
        assertThat(failed.err().strip()).startsWith("parley: no store at").doesNotContain("\n");

        Path store = dir.resolve("store");
        ArticleStore.open(store).close();
        Run query = parley(Map.of(), "query", "--store", store.toString(), "--format", "json", "--query", "ASK {}");
        assertThat(query.exit()).isZero();
        assertThat(query.out().strip()).startsWith("{").endsWith("}").contains("\"boolean\"");
    }

    @Test
    void stoppingTheFirstJvmStopsTheSecond() throws Exception {
        Path store = dir.resolve("store");
        ArticleStore.open(store).close();
        Process parent = start(Map.of(), "serve", "--store", store.toString(), "--port", "0");
        try {
            awaitLine(parent.getInputStream(), "Serving");
            List<ProcessHandle> children = parent.descendants().toList();
            assertThat(children).as("the second JVM").isNotEmpty();

            parent.destroy();

            assertThat(parent.waitFor(60, TimeUnit.SECONDS)).isTrue();
            for (ProcessHandle child : children) {
                child.onExit().get(60, TimeUnit.SECONDS);
                assertThat(child.isAlive()).isFalse();
            }
        } finally {
            parent.descendants().forEach(ProcessHandle::destroyForcibly);
            parent.destroyForcibly();
        }
    }

    @Test
    void killingTheFirstJvmEndsTheSecondAndFreesTheStore() throws Exception {
        Path store = dir.resolve("store");
        ArticleStore.open(store).close();
        Process parent = start(Map.of(), "serve", "--store", store.toString(), "--port", "0");
        List<ProcessHandle> children = List.of();
        try {
            awaitLine(parent.getInputStream(), "Serving");
            children = parent.descendants().toList();
            assertThat(children).as("the second JVM").isNotEmpty();

            parent.destroyForcibly(); // SIGKILL: the first JVM runs no shutdown hook

            assertThat(parent.waitFor(60, TimeUnit.SECONDS)).isTrue();
            for (ProcessHandle child : children) {
                child.onExit().get(30, TimeUnit.SECONDS);
            }
            // The next command gets the store's lock.
            ArticleStore.open(store).close();
        } finally {
            children.forEach(ProcessHandle::destroyForcibly);
            parent.destroyForcibly();
        }
    }

    @Test
    void theWatchActsWhenTheWatchedProcessEndsOrIsGoneAlready() throws Exception {
        Process shortLived = new ProcessBuilder("sleep", "1").start();
        var ended = new java.util.concurrent.CompletableFuture<Void>();
        LauncherWatch.watch(shortLived.pid(), () -> ended.complete(null));
        ended.get(30, TimeUnit.SECONDS);

        var gone = new java.util.concurrent.CompletableFuture<Void>();
        LauncherWatch.watch(shortLived.pid(), () -> gone.complete(null));
        assertThat(gone).isDone();

        assertThat(LauncherWatch.launcherPid(null)).isEmpty();
        assertThat(LauncherWatch.launcherPid("x")).isEmpty();
        assertThat(LauncherWatch.launcherPid(" 42 ")).hasValue(42L);
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run parley(Map<String, String> environment, String... args) throws Exception {
        Process process = start(environment, args);
        process.getOutputStream().close();
        // Both streams drained at once, so a full pipe cannot block the child.
        var err = java.util.concurrent.CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        String out = readAll(process.getInputStream());
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("parley exits").isTrue();
        return new Run(process.exitValue(), out, err.get());
    }

    /** {@code java -cp CLASSPATH org.parley.cli.Parley ARGS}, no JVM options: as a user runs the jar. */
    private static Process start(Map<String, String> environment, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                Parley.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove(Launcher.OPTIONS_VARIABLE);
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static String readAll(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void awaitLine(InputStream in, String start) throws IOException {
        var reader = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        long end = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.startsWith(start)) {
                return;
            }
            if (System.nanoTime() > end) {
                break;
            }
        }
        throw new AssertionError("no line starting with '" + start + "'" + Optional.ofNullable(line).orElse(""));
    }
}
