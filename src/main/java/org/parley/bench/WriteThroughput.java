package org.parley.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.parley.store.ArticleStore;
import org.parley.store.BuiltArticle;

/**
 * TDB2 alone: the article graphs of a built store, held in memory, written into fresh stores with no annotation
 * competing for the processor, in groups of a given number of articles per write transaction (1 is what builds did
 * before issue 7; a build now commits every five seconds).
 */
final class WriteThroughput {

    /**
     * @param perTransaction articles per write transaction
     * @param triples        triples written
     * @param all            the whole run (units: triples)
     * @param slices         the run in consecutive slices, to see whether writes slow down as the store grows
     */
    record Result(int perTransaction, long triples, Throughput all, List<Throughput> slices) {
    }

    private WriteThroughput() {
    }

    /** The article graphs of {@code built}, in the manifest's order. */
    static Map<String, Graph> graphsOf(ArticleStore built) {
        Map<String, Graph> graphs = new LinkedHashMap<>();
        Txn.executeRead(built.dataset(), () -> {
            for (BuiltArticle article : built.manifest().values()) {
                Graph copy = GraphFactory.createDefaultGraph();
                built.dataset().asDatasetGraph().getGraph(NodeFactory.createURI(article.graphIri()))
                        .find().forEachRemaining(copy::add);
                graphs.put(article.graphIri(), copy);
            }
        });
        return graphs;
    }

    static Result measure(Map<String, Graph> graphs, int perTransaction, Path freshDir, int slices) {
        List<Map.Entry<String, Graph>> entries = new ArrayList<>(graphs.entrySet());
        Completions completions = new Completions();
        long triples = 0;
        long start = System.nanoTime();
        try (ArticleStore fresh = ArticleStore.open(freshDir)) {
            for (int from = 0; from < entries.size(); from += perTransaction) {
                Map<String, Graph> group = new LinkedHashMap<>();
                entries.subList(from, Math.min(entries.size(), from + perTransaction))
                        .forEach(e -> group.put(e.getKey(), e.getValue()));
                fresh.replaceArticles(group);
                for (Graph graph : group.values()) {
                    triples += graph.size();
                    completions.add(graph.size());
                }
            }
        }
        Throughput all = new Throughput(entries.size(), triples, Duration.ofNanos(System.nanoTime() - start));
        return new Result(perTransaction, triples, all, completions.slices(slices));
    }
}
