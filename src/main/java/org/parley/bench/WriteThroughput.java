package org.parley.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.parley.store.ArticleStore;
import org.parley.store.BuiltArticle;

/**
 * TDB2 alone: the article graphs of a built store, held in memory, written into a fresh store one write transaction
 * per article, as a build does, but with no annotation competing for the processor.
 */
final class WriteThroughput {

    /**
     * @param articles graphs written
     * @param triples  triples written
     * @param all      the whole run
     * @param slices   the run in consecutive slices, to see whether writes slow down as the store grows
     */
    record Result(int articles, long triples, Throughput all, List<Throughput> slices) {
        double triplesPerSecond() {
            return all.perSecond();
        }
    }

    private WriteThroughput() {
    }

    static Result measure(ArticleStore built, Path freshDir, int slices) {
        List<Graph> graphs = new ArrayList<>();
        List<String> iris = new ArrayList<>();
        Txn.executeRead(built.dataset(), () -> {
            for (BuiltArticle article : built.manifest().values()) {
                Graph copy = GraphFactory.createDefaultGraph();
                built.dataset().asDatasetGraph().getGraph(NodeFactory.createURI(article.graphIri()))
                        .find().forEachRemaining(copy::add);
                graphs.add(copy);
                iris.add(article.graphIri());
            }
        });
        Completions completions = new Completions();
        long triples = 0;
        long start = System.nanoTime();
        try (ArticleStore fresh = ArticleStore.open(freshDir)) {
            for (int i = 0; i < graphs.size(); i++) {
                fresh.replaceArticle(iris.get(i), graphs.get(i));
                triples += graphs.get(i).size();
                completions.add(graphs.get(i).size());
            }
        }
        Throughput all = new Throughput(graphs.size(), triples, java.time.Duration.ofNanos(System.nanoTime() - start));
        return new Result(graphs.size(), triples, all, completions.slices(slices));
    }
}
