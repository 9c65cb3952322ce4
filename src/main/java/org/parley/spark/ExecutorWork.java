package org.parley.spark;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.parley.extract.Extractor;
import org.parley.ingest.ArticleGraphs;
import org.parley.link.EntityLinker;
import org.parley.link.QidTable;
import org.parley.link.WikiDictIndex;
import org.parley.link.WikipediaPages;
import org.parley.nlp.NlpPipeline;
import org.parley.nlp.PipelineConfig;

/**
 * What one executor JVM keeps for all its task threads: CoreNLP's pipeline (20 s and 1.5 GB to load, so once per
 * JVM, never per task or partition) and the per-article function. Static, because Spark gives tasks no other place
 * that outlives them; loaded lazily on the first task that needs it, so a rerun that skips everything loads nothing.
 */
public final class ExecutorWork {

    private static NlpPipeline pipeline;
    private static ArticleGraphs graphs;
    private static JobArgs.Settings graphsSettings;
    private static final AtomicInteger ANNOTATED = new AtomicInteger();

    private ExecutorWork() {
    }

    /**
     * Hands this JVM a pipeline someone else loaded: in local mode the driver's JVM is the executor, and a test
     * shares the one pipeline of its run instead of loading a second.
     */
    public static synchronized void use(NlpPipeline loaded) {
        pipeline = loaded;
    }

    /** This JVM's pipeline for {@code config}, loaded the first time. */
    static synchronized NlpPipeline pipeline(PipelineConfig config) {
        if (pipeline == null || !pipeline.config().equals(config)) {
            pipeline = NlpPipeline.load(config);
        }
        return pipeline;
    }

    /** The per-article function, which needs no CoreNLP: fingerprints are computed with it before any annotation. */
    static synchronized ArticleGraphs graphs(JobArgs.Settings settings) {
        if (graphs == null || !settings.equals(graphsSettings)) {
            graphs = new ArticleGraphs(Extractor.standard(), linker(settings), settings.pipelineConfig());
            graphsSettings = settings;
        }
        return graphs;
    }

    /** Counts an article annotated in this JVM: a test in local mode checks that a rerun annotates nothing. */
    static void countAnnotated() {
        ANNOTATED.incrementAndGet();
    }

    public static int annotated() {
        return ANNOTATED.get();
    }

    /**
     * The linker of {@code build} without a Wikidata dump index: the verified table from the jar and CoreNLP's WikiDict,
     * indexed once per node into the user's cache ({@link WikiDictIndex#defaultCacheDir()}) by the first executor
     * that needs it; or, offline, the table alone.
     */
    private static EntityLinker linker(JobArgs.Settings settings) {
        if (settings.offlineLinks()) {
            return EntityLinker.offline();
        }
        try {
            WikipediaPages pages = new WikipediaPages(WikiDictIndex.openOrBuild(WikiDictIndex.defaultCacheDir()));
            return new EntityLinker(List.of(QidTable.shipped()), EntityLinker.DEFAULT_THRESHOLD, Optional.of(pages));
        } catch (IOException e) {
            throw new IllegalStateException("cannot open or build CoreNLP's WikiDict index: " + e.getMessage(), e);
        }
    }
}
