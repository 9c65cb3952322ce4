package org.parley.bench;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;
import org.parley.ingest.CorpusBuilder;
import org.parley.corpus.Article;
import org.parley.extract.Extractor;
import org.parley.nlp.CoreNlpResult;
import org.parley.nlp.NlpPipeline;

/**
 * CoreNLP alone over the same articles, the same way a build hands them out (a pool of threads sharing one pipeline,
 * longest article first), with none of Parley's work: the baseline the whole build is compared with.
 * Also the warm-up before the measured passes, which runs Parley's conversion and extraction too.
 */
final class RawCoreNlp {

    private RawCoreNlp() {
    }

    static Throughput run(NlpPipeline nlp, List<Article> articles, int threads, Completions completions) {
        return inPool(articles, threads, completions, article -> nlp.read(article.text(), article.date()).tokenCount());
    }

    /**
     * The warm-up before the first measured pass: CoreNLP and then Parley's conversion and extraction, so that the
     * JIT has compiled the extraction rules and their word lists are loaded before either pass is timed. Without it
     * the first measured build pays that once and extraction looks dearer than it is.
     */
    static void warmUp(NlpPipeline nlp, Extractor extractor, List<Article> articles, int threads) {
        inPool(articles, threads, new Completions(), article -> {
            CoreNlpResult read = nlp.read(article.text(), article.date());
            extractor.extract(nlp.convert(article.id(), read));
            return read.tokenCount();
        });
    }

    /** Runs the work on every article in a pool of threads, longest article first; returns the tokens read. */
    private static Throughput inPool(List<Article> articles, int threads, Completions completions,
                                     ToIntFunction<Article> work) {
        List<Article> ordered = CorpusBuilder.annotationOrder(articles);
        AtomicLong tokens = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = ordered.stream().<Future<?>>map(article -> pool.submit(() -> {
                int count = work.applyAsInt(article);
                tokens.addAndGet(count);
                completions.add(count);
            })).toList();
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("CoreNLP failed on an article: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Throughput(articles.size(), tokens.get(), Duration.ofNanos(System.nanoTime() - start));
    }
}
