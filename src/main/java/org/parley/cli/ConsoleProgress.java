package org.parley.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import org.parley.ingest.Progress;

/**
 * A progress bar on stderr, redrawn in place. When stderr is not a terminal (a log file, CI) it says when the models
 * load and, at most every {@link #LOG_INTERVAL}, how many articles are in the store: a log shows a long build is
 * alive and what a crash would keep, and stays short.
 */
final class ConsoleProgress implements Progress {

    private static final int WIDTH = 30;
    static final Duration LOG_INTERVAL = Duration.ofSeconds(30);

    private final PrintWriter err;
    private final boolean interactive;
    private int total;
    private int done;
    private long tokens;
    private long startNanos;
    private long lastLogNanos;
    private boolean logged;

    ConsoleProgress(PrintWriter err, boolean interactive) {
        this.err = err;
        this.interactive = interactive;
    }

    @Override
    public void loadingModels() {
        err.println("Loading CoreNLP models (about 20 s)...");
        err.flush();
    }

    @Override
    public void started(int articlesToAnnotate) {
        total = articlesToAnnotate;
        startNanos = System.nanoTime();
        draw("");
    }

    @Override
    public void articleDone(String articleId, int articleTokens) {
        done++;
        tokens += articleTokens;
        draw(articleId);
    }

    @Override
    public void written(int articles) {
        long now = System.nanoTime();
        if (interactive || logged && now - lastLogNanos < LOG_INTERVAL.toNanos()) {
            return;
        }
        logged = true;
        lastLogNanos = now;
        err.println(String.format(Locale.ROOT, "progress: %d of %d articles written to the store (%.0f s)", articles,
                total, (now - startNanos) / 1e9));
        err.flush();
    }

    @Override
    public void finished() {
        if (interactive && total > 0) {
            err.println();
            err.flush();
        }
    }

    private void draw(String last) {
        if (!interactive) {
            return;
        }
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
        String bar = "#".repeat(filled) + " ".repeat(WIDTH - filled);
        String line = String.format(Locale.ROOT, "\r[%s] %d/%d articles, %.0f tokens/s %s", bar, done, total,
                tokens / seconds, last);
        err.print(line.length() > 110 ? line.substring(0, 110) : line + "\u001B[K");
        err.flush();
    }
}
