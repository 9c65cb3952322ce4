package org.parley.build;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.parley.corpus.Article;
import org.parley.corpus.ArticleError;
import org.parley.corpus.CorpusReader;
import org.parley.corpus.CorpusScan;
import org.parley.extract.Extraction;
import org.parley.extract.Extractor;
import org.parley.link.EntityLinker;
import org.parley.nlp.AnnotatedDoc;
import org.parley.nlp.NlpPipeline;
import org.parley.rdf.ArticleGraph;
import org.parley.rdf.Iris;
import org.parley.rdf.NEG;
import org.parley.store.ArticleStore;
import org.parley.store.BuiltArticle;

/**
 * Builds the store from a corpus, incrementally: an unchanged article is skipped (and when nothing changed, CoreNLP
 * is not even loaded), a new or changed one is annotated and its graph replaced in one write transaction, a removed
 * one is dropped. Articles are annotated in parallel; one thread writes, as TDB2 allows one writer.
 */
public final class CorpusBuilder {

    private final ArticleStore store;
    private final Supplier<NlpPipeline> pipeline;
    private final Extractor extractor;
    private final EntityLinker linker;
    private final int threads;
    private final Progress progress;

    /**
     * @param pipeline called at most once, and only when some article needs annotating
     */
    public CorpusBuilder(ArticleStore store, Supplier<NlpPipeline> pipeline, Extractor extractor, EntityLinker linker,
                         int threads, Progress progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.store = store;
        this.pipeline = pipeline;
        this.extractor = extractor;
        this.linker = linker;
        this.threads = threads;
        this.progress = progress;
    }

    public BuildReport build(Path corpusDir) {
        long start = System.nanoTime();
        CorpusScan scan = CorpusReader.scan(corpusDir);
        Map<String, BuiltArticle> built = store.manifest();
        List<ArticleError> failures = new ArrayList<>(scan.errors());

        List<Article> toAnnotate = new ArrayList<>();
        int skipped = 0;
        for (Article article : scan.articles()) {
            BuiltArticle before = built.get(article.id());
            if (before != null && before.contentHash().equals(Fingerprint.of(article, linker.signature()))) {
                skipped++;
            } else {
                toAnnotate.add(article);
            }
        }
        List<String> removed = removedGraphs(scan, built);
        Graph shippedOntology = ontology();
        if (!storedOntologyIs(shippedOntology)) {
            store.replaceGraph(NEG.ONTOLOGY_IRI, shippedOntology);
        }

        int added = 0;
        int replaced = 0;
        long tokens = 0;
        if (!toAnnotate.isEmpty()) {
            progress.loadingModels();
            NlpPipeline nlp = pipeline.get();
            progress.started(toAnnotate.size());
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, toAnnotate.size()));
            try {
                CompletionService<Built> done = new ExecutorCompletionService<>(pool);
                for (Article article : toAnnotate) {
                    done.submit(() -> buildOne(nlp, article));
                }
                for (int i = 0; i < toAnnotate.size(); i++) {
                    Built result = take(done);
                    if (result.error() != null) {
                        failures.add(result.error());
                        continue;
                    }
                    store.replaceArticle(Iris.article(result.article().id()), result.graph());
                    if (built.containsKey(result.article().id())) {
                        replaced++;
                    } else {
                        added++;
                    }
                    tokens += result.tokens();
                    progress.articleDone(result.article().id(), result.tokens());
                }
            } finally {
                pool.shutdownNow();
                progress.finished();
            }
        }
        store.dropGraphs(removed);
        return new BuildReport(added, replaced, skipped, removed.size(), failures, store.tripleCount(), tokens,
                Duration.ofNanos(System.nanoTime() - start));
    }

    private record Built(Article article, Graph graph, int tokens, ArticleError error) {
    }

    private Built buildOne(NlpPipeline nlp, Article article) {
        try {
            AnnotatedDoc doc = nlp.annotate(article.id(), article.text(), article.date());
            Extraction extraction = extractor.extract(doc);
            Graph graph = GraphFactory.createDefaultGraph();
            ArticleGraph.write(article, Fingerprint.of(article, linker.signature()), extraction, linker.link(extraction),
                    StreamRDFLib.graph(graph));
            return new Built(article, graph, doc.tokenCount(), null);
        } catch (RuntimeException e) {
            // One article that CoreNLP or a rule chokes on must not stop the others; it is reported by name.
            String reason = "could not be annotated: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return new Built(article, null, 0, new ArticleError(article.source().getFileName().toString(), reason));
        }
    }

    private static Built take(CompletionService<Built> done) {
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

    /** Whether the store holds this version of the ontology (a new jar may ship a new one for an unchanged corpus). */
    private boolean storedOntologyIs(Graph shipped) {
        return org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> store.dataset()
                .getNamedModel(NEG.ONTOLOGY_IRI).getGraph().isIsomorphicWith(shipped));
    }

    private static Graph ontology() {
        Graph graph = GraphFactory.createDefaultGraph();
        try (var in = CorpusBuilder.class.getResourceAsStream(NEG.ONTOLOGY_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the ontology " + NEG.ONTOLOGY_RESOURCE + " is missing from the jar");
            }
            RDFDataMgr.read(graph, in, org.apache.jena.riot.Lang.TURTLE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return graph;
    }
}
