package org.parley.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Runs {@code parley ARGS} in a new process exactly as a user would ({@code java -cp ... Parley ARGS}, no JVM options:
 * the launcher picks them), timing it and following the resident memory of its process tree.
 *
 * @param wall     from start to exit, JVM start-up included
 * @param exitCode the process's exit code
 * @param peakRss  the highest resident memory of any process of the tree, if it could be read
 * @param lastErrLine the last line the command wrote on stderr (its summary line)
 */
record ChildRun(Duration wall, int exitCode, OptionalLong peakRss, String lastErrLine) {

    private static final long SAMPLE_MILLIS = 100;

    static ChildRun of(Path workDir, String... args) {
        return of(workDir, Map.of(), args);
    }

    /** @param environment variables set for the child, e.g. {@code PARLEY_JAVA_OPTS} */
    static ChildRun of(Path workDir, Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.parley.cli.Parley");
        command.addAll(List.of(args));
        try {
            Path err = Files.createTempFile(workDir, "child", ".err");
            long start = System.nanoTime();
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(err.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            ResidentMemory.TreeWatch memory = new ResidentMemory.TreeWatch();
            while (process.isAlive()) {
                memory.sample(process.toHandle());
                try {
                    process.waitFor(SAMPLE_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    process.destroy();
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("benchmark interrupted", e);
                }
            }
            Duration wall = Duration.ofNanos(System.nanoTime() - start);
            List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
            Files.deleteIfExists(err);
            String last = lines.stream().filter(line -> !line.isBlank()).reduce((a, b) -> b).orElse("");
            return new ChildRun(wall, process.exitValue(), memory.highest(), last);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run parley " + String.join(" ", args) + ": " + e.getMessage(), e);
        }
    }
}
