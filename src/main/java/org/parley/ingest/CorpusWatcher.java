package org.parley.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.parley.corpus.ArticleError;

/**
 * Ingests the articles that appear in (or change in) a directory while the store is being served: the models stay
 * loaded, so a feed pays their load once. The directory is polled; a change is ingested once the directory has stayed
 * the same for one poll, so that a file still being written, or a text whose sidecar has not arrived yet, is not read
 * half-done. Ingesting never removes a graph (files may be moved away once ingested). A bad article is reported by
 * name and the watcher goes on; the server keeps answering meanwhile from the last committed state.
 */
public final class CorpusWatcher implements AutoCloseable {

    /** What the watcher has to say: one summary line per ingest, and each new failure. */
    public interface Listener {
        void ingested(BuildReport report);

        void failed(ArticleError failure);

        /** The ingest itself failed (the directory vanished, the store failed); the next change is tried again. */
        void error(RuntimeException e);
    }

    private final CorpusBuilder builder;
    private final Path dir;
    private final Duration interval;
    private final Listener listener;
    private final ScheduledExecutorService poller;
    private Map<Path, String> lastSeen;
    private Map<Path, String> lastIngested = Map.of();
    private Set<String> reported = Set.of();
    private volatile boolean closing;

    public CorpusWatcher(CorpusBuilder builder, Path dir, Duration interval, Listener listener) {
        this.builder = Objects.requireNonNull(builder, "builder");
        this.dir = Objects.requireNonNull(dir, "dir");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.listener = Objects.requireNonNull(listener, "listener");
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("cannot watch " + dir + ": not a directory");
        }
        this.poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "parley-watch");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Ingests what the directory already holds, then every change; returns at once. */
    public CorpusWatcher start() {
        poller.scheduleWithFixedDelay(this::poll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    private void poll() {
        try {
            Map<Path, String> now = listing();
            boolean settled = now.equals(lastSeen);
            lastSeen = now;
            if (settled && !now.equals(lastIngested)) {
                ingest();
                lastIngested = now;
            }
        } catch (RuntimeException e) {
            if (!closing) {
                listener.error(e);
            }
        }
    }

    private void ingest() {
        BuildReport report = builder.ingest(dir);
        Set<String> failures = new HashSet<>();
        for (ArticleError failure : report.failures()) {
            failures.add(failure.toString());
            if (!reported.contains(failure.toString())) {
                listener.failed(failure);
            }
        }
        boolean newFailure = !reported.containsAll(failures);
        reported = failures;
        if (report.annotated() > 0 || newFailure) {
            listener.ingested(report);
        }
    }

    /** Every visible file with its size and modification time: cheap to take at each poll. */
    private Map<Path, String> listing() {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.filter(Files::isRegularFile)
                 .filter(path -> !path.getFileName().toString().startsWith("."))
                 .forEach(path -> {
                     try {
                         files.put(path, Files.size(path) + "@" + Files.getLastModifiedTime(path).toMillis());
                     } catch (IOException e) {
                         files.put(path, "unreadable"); // gone between listing and reading: seen at the next poll
                     }
                 });
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new IllegalStateException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        return files;
    }

    /** Stops watching: an ingest under way stops after the articles already written, each committed whole. */
    @Override
    public void close() {
        closing = true;
        poller.shutdownNow();
        try {
            poller.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
