package org.parley.bench;

import static org.parley.bench.Markdown.f;
import static org.parley.bench.Markdown.seconds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.parley.store.ArticleStore;
import org.parley.store.NQuadsLoader;

/**
 * How the research queries' latency grows with the store: an archive grown from real article graphs
 * ({@link ScaledArchive}) is loaded with TDB2's bulk loader, one size after the other into the same store, and every
 * query of {@code queries/} is timed at each size, in-process and over HTTP.
 */
public final class ScaleBenchmark {

    /**
     * @param sources  N-Quads files of real article graphs (a job's parts, or {@code export --format nq})
     * @param sizes    store sizes in quads, measured in increasing order
     * @param queries  the directory of .rq files
     * @param runs     timed runs of each query and way
     * @param patience a query whose first answer takes longer is reported, not timed
     * @param workDir  where the parts and the store go
     */
    public record Settings(List<Path> sources, List<Long> sizes, Path queries, int runs, Duration patience,
                           Path workDir) {

        public Settings {
            sources = List.copyOf(sources);
            sizes = sizes.stream().sorted().toList();
            if (sizes.isEmpty() || sizes.get(0) < 1) {
                throw new IllegalArgumentException("store sizes must be at least one quad");
            }
        }
    }

    private ScaleBenchmark() {
    }

    /** Runs the measurement and returns its report as Markdown. */
    public static String run(Settings settings, Consumer<String> log) {
        log.accept("reading the source graphs...");
        ScaledArchive archive = ScaledArchive.of(settings.sources());
        Markdown report = new Markdown();
        report.heading("Research queries by store size")
                .line(f("Source: %d article graphs, %,d quads (%s); copy k of an article is dated %d × k days later, "
                                + "and its actors without a Wikidata link are its own. %d timed runs after 2 warm-up "
                                + "runs; ms; a query whose first answer takes over %s is not timed further.",
                        archive.articlesPerCopy(), archive.quadsPerCopy(), settings.sources().size() == 1
                                ? settings.sources().get(0) : settings.sources().size() + " files",
                        ScaledArchive.DAYS_PER_COPY, settings.runs(), seconds(settings.patience().toNanos() / 1e9)));
        Path parts = settings.workDir().resolve("parts");
        long loaded = 0;
        try (ArticleStore store = ArticleStore.open(settings.workDir().resolve("store"))) {
            for (long size : settings.sizes()) {
                long articles = archive.articlesFor(size);
                if (articles > loaded) {
                    log.accept(f("writing articles %,d to %,d of the archive...", loaded, articles - 1));
                    Path part = parts.resolve(f("articles-%08d-%08d.nq.gz", loaded, articles));
                    archive.write(loaded, articles, part);
                    log.accept(f("loading %s...", part.getFileName()));
                    NQuadsLoader.Report batch = NQuadsLoader.load(store, List.of(part), NQuadsLoader.Plan.PARALLEL,
                            line -> { });
                    delete(part);
                    report.line(f("- loaded %s", batch.summary()));
                    loaded = articles;
                }
                long quads = store.tripleCount();
                log.accept(f("timing the queries on %,d quads...", quads));
                List<SparqlLatency.Result> results = SparqlLatency.measure(store.dataset(),
                        SparqlLatency.queryFiles(settings.queries()), settings.runs(), settings.patience());
                report.heading(f("%,d quads (%,d articles)", quads, loaded));
                SparqlLatency.table(report, results);
            }
        }
        return report.toString();
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file + ": " + e.getMessage(), e);
        }
    }
}
