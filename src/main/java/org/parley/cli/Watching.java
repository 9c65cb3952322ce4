package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.parley.ingest.BuildReport;
import org.parley.ingest.CorpusBuilder;
import org.parley.ingest.CorpusWatcher;
import org.parley.ingest.Progress;
import org.parley.corpus.ArticleError;
import org.parley.corpus.ArticleSizeLimit;
import org.parley.extract.Extractor;
import org.parley.link.EntityLinker;
import org.parley.nlp.LazyPipeline;
import org.parley.store.ArticleStore;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code --watch} of {@code serve} and {@code up}: a watcher that reports on stderr, one line per ingest. */
final class Watching {

    static final Duration POLL = Duration.ofSeconds(1);

    private Watching() {
    }

    /** Bad usage (exit 2) unless {@code dir} is a directory; checked before the server starts. */
    static void requireDirectory(CommandSpec spec, Path dir) {
        if (dir != null && !Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--watch: no directory at " + dir);
        }
    }

    static CorpusWatcher start(CommandSpec spec, ArticleStore store, Path dir, LazyPipeline pipeline,
                               EntityLinker linker, int threads, ArticleSizeLimit sizeLimit) {
        PrintWriter err = spec.commandLine().getErr();
        CorpusBuilder builder = new CorpusBuilder(store, pipeline, Extractor.standard(), linker, threads,
                new Progress() {
                    @Override
                    public void loadingModels() {
                        say(err, "loading CoreNLP models (once; about 20 s)...");
                    }
                }, sizeLimit);
        say(err, "watching " + dir + " for new articles");
        return new CorpusWatcher(builder, dir, POLL, new CorpusWatcher.Listener() {
            @Override
            public void ingested(BuildReport report) {
                say(err, report.summary());
            }

            @Override
            public void failed(ArticleError failure) {
                synchronized (err) {
                    err.println("failed: " + failure);
                    err.flush();
                }
            }

            @Override
            public void error(RuntimeException e) {
                say(err, "could not ingest: " + e.getMessage());
            }
        }).start();
    }

    private static void say(PrintWriter err, String line) {
        synchronized (err) {
            err.println("watch: " + line);
            err.flush();
        }
    }
}
