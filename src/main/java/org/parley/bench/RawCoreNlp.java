package org.parley.bench;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.parley.build.CorpusBuilder;
import org.parley.corpus.Article;
import org.parley.nlp.NlpPipeline;

/**
 * CoreNLP alone over the same articles, the same way a build hands them out (a pool of threads sharing one pipeline,
 * longest article first), with none of Parley's work: the baseline the whole build is compared with.
 */
final class RawCoreNlp {

    private RawCoreNlp() {
    }

    static Throughput run(NlpPipeline nlp, List<Article> articles, int threads, Completions completions) {
        List<Article> ordered = CorpusBuilder.annotationOrder(articles);
        AtomicLong tokens = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = ordered.stream().<Future<?>>map(article -> pool.submit(() -> {
                int count = nlp.read(article.text(), article.date()).tokenCount();
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
