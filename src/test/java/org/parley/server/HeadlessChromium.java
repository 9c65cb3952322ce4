package org.parley.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Debian's Chromium, headless, driven over the Chrome DevTools Protocol: no WebDriver, no extra dependency. The
 * browser announces its debugging port in {@code DevToolsActivePort} in its profile folder.
 *
 * <p>Closing kills the browser and every process it started; so does the end of the JVM, should a test run be cut
 * short before {@link #close()}.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofSeconds(60);

    private final Process process;
    private final int port;
    private final Thread killOnExit;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private HeadlessChromium(Process process, int port, Thread killOnExit) {
        this.process = process;
        this.port = port;
        this.killOnExit = killOnExit;
    }

    /** Starts Chromium with a fresh profile in {@code profile}, writing its own log to {@code log}. */
    static HeadlessChromium start(Path profile, Path log) throws IOException, InterruptedException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        List<String> command = List.of(executable().toString(),
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                // Without these the browser keeps trying to reach Google's services.
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-default-apps", "--no-default-browser-check",
                "--user-data-dir=" + profile.toAbsolutePath(), "--remote-debugging-port=0", "about:blank");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Thread killOnExit = new Thread(() -> killTree(process));
        Runtime.getRuntime().addShutdownHook(killOnExit);
        try {
            return new HeadlessChromium(process, awaitPort(profile.resolve("DevToolsActivePort"), process, log),
                    killOnExit);
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            killTree(process);
            Runtime.getRuntime().removeShutdownHook(killOnExit);
            throw e;
        }
    }

    /** Chromium on the PATH, else Debian's /usr/bin/chromium; fails the test, with what to install, if neither. */
    static Path executable() {
        return executable(System.getenv().getOrDefault("PATH", ""), Path.of("/usr/bin/chromium"));
    }

    static Path executable(String searchPath, Path fallback) {
        Stream<Path> onPath = Stream.of(searchPath.split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, "chromium"));
        return Stream.concat(onPath, Stream.of(fallback))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new AssertionError("Chromium is not installed, and the query page is tested in a "
                        + "real browser: install Debian's chromium package (apt-get install chromium); .ci/run "
                        + "installs it when missing."));
    }

    /** Opens a new tab of the given size. */
    DevToolsPage openPage(int width, int height) throws IOException, InterruptedException {
        String body = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/new?about:blank"))
                .PUT(HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(30))
                .build(), BodyHandlers.ofString()).body();
        JsonNode target = new ObjectMapper().readTree(body);
        DevToolsPage page = DevToolsPage.connect(http, URI.create(target.get("webSocketDebuggerUrl").asText()));
        page.setViewport(width, height);
        return page;
    }

    @Override
    public void close() {
        killTree(process);
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or has run: nothing left to remove.
        }
    }

    private static int awaitPort(Path portFile, Process process, Path log) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            Optional<Integer> port = readPort(portFile);
            if (port.isPresent()) {
                return port.get();
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Chromium exited with " + process.exitValue() + " before it listened; "
                        + "see " + log.toAbsolutePath());
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new IllegalStateException("Chromium did not open its debugging port in " + START_LIMIT.toSeconds()
                + " s; see " + log.toAbsolutePath());
    }

    /** The first line of DevToolsActivePort, once the browser has written it whole (it writes two lines). */
    private static Optional<Integer> readPort(Path portFile) throws IOException {
        if (!Files.exists(portFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(portFile);
        if (lines.size() < 2 || !lines.get(0).strip().matches("\\d+")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(lines.get(0).strip()));
    }

    /**
     * Ends the browser and every process under it. The tree is listed first: once the main process is gone, its
     * helpers (zygotes, renderers, GPU and network processes) are no longer its descendants.
     */
    private static void killTree(Process process) {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(5, TimeUnit.SECONDS);
            } catch (TimeoutException | ExecutionException stillRunning) {
                handle.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                handle.destroyForcibly();
            }
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
