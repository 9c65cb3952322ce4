package org.parley.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.parley.corpus.Article;
import org.parley.corpus.ArticleError;
import org.parley.corpus.ArticleSizeLimit;
import org.parley.corpus.CorpusReader;
import org.parley.corpus.CorpusScan;
import org.parley.extract.Extractor;
import org.parley.link.EntityLinker;
import org.parley.nlp.LazyPipeline;
import org.parley.nlp.NlpPipeline;
import org.parley.nlp.PipelineConfig;
import org.parley.store.ArticleStore;
import org.parley.store.BuiltArticle;

/**
 * Builds the store from a corpus, incrementally: an unchanged article is skipped (and when nothing changed, CoreNLP
 * is not even loaded), a new or changed one is annotated and its graph replaced in one write transaction, a removed
 * one is dropped. Articles are annotated in parallel, longest first so that no long article is left alone at the end;
 * one thread writes, as TDB2 allows one writer, a group of articles per transaction ({@link GroupWriter}). Each stage
 * is timed ({@link BuildTimings}). What is done to one article is {@link ArticleGraphs}'s, which other drivers share.
 */
public final class CorpusBuilder {

    private final ArticleStore store;
    private final LazyPipeline pipeline;
    private final ArticleGraphs articleGraphs;
    private final int threads;
    private final Progress progress;
    private final ArticleSizeLimit sizeLimit;

    /** A builder that refuses articles over the {@link ArticleSizeLimit#DEFAULT default size limit}. */
    public CorpusBuilder(ArticleStore store, LazyPipeline pipeline, Extractor extractor, EntityLinker linker,
                         int threads, Progress progress) {
        this(store, pipeline, extractor, linker, threads, progress, ArticleSizeLimit.DEFAULT);
    }

    /**
     * @param pipeline  loaded at most once, and only when some article needs annotating
     * @param sizeLimit an article over it is reported as a failure and never annotated
     */
    public CorpusBuilder(ArticleStore store, LazyPipeline pipeline, Extractor extractor, EntityLinker linker,
                         int threads, Progress progress, ArticleSizeLimit sizeLimit) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.store = store;
        this.pipeline = pipeline;
        this.articleGraphs = new ArticleGraphs(extractor, linker, pipeline.config());
        this.threads = threads;
        this.progress = progress;
        this.sizeLimit = sizeLimit;
    }

    /** A builder with the default pipeline ({@link PipelineConfig#standard()}), which {@code pipeline} supplies. */
    public CorpusBuilder(ArticleStore store, Supplier<NlpPipeline> pipeline, Extractor extractor, EntityLinker linker,
                         int threads, Progress progress) {
        this(store, LazyPipeline.of(PipelineConfig.standard(), pipeline), extractor, linker, threads, progress);
    }

    /** Makes the store hold exactly the corpus's articles: adds, replaces, and drops the graphs of removed ones. */
    public BuildReport build(Path corpusDir) {
        return run(corpusDir, true);
    }

    /**
     * Adds the directory's new and changed articles and leaves every other graph alone: for a feed directory whose
     * files may be moved away once ingested ({@code serve --watch}).
     */
    public BuildReport ingest(Path dir) {
        return run(dir, false);
    }

    private BuildReport run(Path corpusDir, boolean dropRemoved) {
        long start = System.nanoTime();
        CorpusScan scan = CorpusReader.scan(corpusDir, sizeLimit);
        Map<String, BuiltArticle> built = store.manifest();
        List<ArticleError> failures = new ArrayList<>(scan.errors());

        List<Article> toAnnotate = new ArrayList<>();
        int skipped = 0;
        for (Article article : scan.articles()) {
            BuiltArticle before = built.get(article.id());
            if (before != null && before.contentHash().equals(fingerprint(article))) {
                skipped++;
            } else {
                toAnnotate.add(article);
            }
        }
        List<String> removed = dropRemoved ? removedGraphs(scan, built) : List.of();
        store.holdShippedOntology();

        int added = 0;
        int replaced = 0;
        long tokens = 0;
        BuildTimings timings = BuildTimings.NONE;
        if (!toAnnotate.isEmpty()) {
            long loadStart = System.nanoTime();
            if (!pipeline.isLoaded()) {
                progress.loadingModels();
            }
            NlpPipeline nlp = pipeline.get();
            Duration modelLoad = Duration.ofNanos(System.nanoTime() - loadStart);
            progress.started(toAnnotate.size());
            long annotateStart = System.nanoTime();
            StageClock clock = new StageClock();
            toAnnotate = annotationOrder(toAnnotate);
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, toAnnotate.size()));
            try {
                CompletionService<ArticleGraphs.Result> done = new ExecutorCompletionService<>(pool);
                for (Article article : toAnnotate) {
                    done.submit(() -> articleGraphs.build(nlp, article, clock));
                }
                GroupWriter writer = new GroupWriter(store, built.keySet(), clock, progress);
                for (int i = 0; i < toAnnotate.size(); i++) {
                    ArticleGraphs.Result result = take(done);
                    if (result.error() != null) {
                        failures.add(result.error());
                        continue;
                    }
                    writer.add(result.article().id(), result.graph());
                    tokens += result.tokens();
                    progress.articleDone(result.article().id(), result.tokens());
                }
                writer.flush();
                added = writer.added();
                replaced = writer.replaced();
            } finally {
                pool.shutdownNow();
                progress.finished();
            }
            timings = new BuildTimings(modelLoad, Duration.ofNanos(System.nanoTime() - annotateStart), clock.totals());
        }
        store.dropGraphs(removed);
        return new BuildReport(added, replaced, skipped, removed.size(), failures, store.tripleCount(), tokens,
                Duration.ofNanos(System.nanoTime() - start), timings);
    }

    /**
     * The order articles are handed to the threads: longest first (then by id). With many articles the order hardly
     * matters; with few it keeps every thread busy to the end instead of leaving one long article for last.
     */
    public static List<Article> annotationOrder(List<Article> articles) {
        List<Article> ordered = new ArrayList<>(articles);
        ordered.sort(Comparator.comparingInt((Article a) -> a.text().length()).reversed().thenComparing(Article::id));
        return ordered;
    }

    private String fingerprint(Article article) {
        return articleGraphs.fingerprint(article);
    }

    private static ArticleGraphs.Result take(CompletionService<ArticleGraphs.Result> done) {
        try {
            return done.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("build failed", e.getCause());
        }
    }

    /**
     * Graphs of articles that are gone from the corpus. An article whose file failed to read this time keeps its old
     * graph: a broken file should not silently delete what was built from it.
     */
    private static List<String> removedGraphs(CorpusScan scan, Map<String, BuiltArticle> built) {
        Set<String> present = new HashSet<>();
        scan.articles().forEach(a -> present.add(a.id()));
        Set<String> failedStems = new HashSet<>();
        for (ArticleError error : scan.errors()) {
            failedStems.add(stemOf(error.file()));
        }
        List<String> removed = new ArrayList<>();
        for (BuiltArticle article : built.values()) {
            boolean failedNow = failedStems.stream().anyMatch(stem -> article.id().equals(stem)
                    || article.id().startsWith(stem + "-"));
            if (!present.contains(article.id()) && !failedNow) {
                removed.add(article.graphIri());
            }
        }
        return removed;
    }

    private static String stemOf(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int colon = name.indexOf(':');
        if (colon >= 0) {
            name = name.substring(0, colon);
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
