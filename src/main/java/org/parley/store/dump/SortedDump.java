package org.parley.store.dump;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes a dump that depends only on what the store says: the same store gives the same bytes. Statements are
 * sorted ({@link RecordOrder}) with an {@link ExternalSorter}, so memory stays bounded whatever the store's size;
 * blank nodes get {@link BlankNodeLabels canonical labels}; prefixes are {@link DumpPrefixes fixed}.
 *
 * <p>A dump of the whole store also holds the store's {@link VoidDescription VoID description}: in the default graph
 * of a quad dump (the named graphs are exactly the store's), among the triples of a triple dump. A dump of one graph
 * holds that graph only.
 *
 * <p>Call it inside a read transaction: the store is read twice (once to count and to find blank nodes, once to
 * sort), and both readings must see the same data.
 */
public final class SortedDump {

    /** What was written. */
    public record Report(long statements, long descriptionTriples, int spilledRuns) {
    }

    private final Path tempParent;
    private final long sortBudgetBytes;

    /**
     * @param tempParent where the sort's temporary files go (deleted at the end)
     * @param sortBudgetBytes the heap the sort may fill before it spills to disk
     */
    public SortedDump(Path tempParent, long sortBudgetBytes) {
        this.tempParent = tempParent;
        this.sortBudgetBytes = sortBudgetBytes;
    }

    /** The sort's default budget: an eighth of the maximum heap, between 4 and 256 MB. */
    public static long defaultSortBudget() {
        return ExternalSorter.defaultBudget();
    }

    /**
     * Writes {@code graph} alone, or when it is empty the whole store with its description.
     *
     * @param describe whether a whole-store dump holds the VoID description
     */
    public Report write(DatasetGraph store, Optional<Node> graph, boolean describe, DumpSerializer serializer) {
        boolean withDescription = describe && graph.isEmpty();
        Scan scan = scan(store, graph, withDescription);
        Records records = new Records(BlankNodeLabels.of(scan.blankNodeQuads()));
        List<String> description = new ArrayList<>();
        if (withDescription) {
            Graph voidGraph = VoidDescription.of(scan.counter().statistics(), Optional.empty());
            voidGraph.find().forEachRemaining(triple -> description.add(serializer.writesQuads()
                    ? records.quad(null, triple) : records.triple(triple)));
        }
        try (ExternalSorter sorter = new ExternalSorter(order(serializer), sortBudgetBytes, tempParent)) {
            if (serializer.writesQuads()) {
                forEach(quadsOf(store, graph), quad -> sorter.add(records.quad(quad.getGraph(), quad.asTriple())));
            } else {
                forEach(triplesOf(store, graph), triple -> sorter.add(records.triple(triple)));
            }
            long written = 0;
            serializer.start();
            try (ExternalSorter.Merge merge = sorter.merge(description)) {
                while (merge.hasNext()) {
                    serializer.record(merge.next());
                    written++;
                }
            }
            serializer.finish();
            return new Report(written, description.size(), sorter.spilledRuns());
        }
    }

    /** Writes a small graph held in memory (such as a description to serve), sorted like a dump. */
    public static void writeGraph(Graph graph, DumpSerializer serializer) {
        if (serializer.writesQuads()) {
            throw new IllegalArgumentException("a single graph is written as triples");
        }
        List<Quad> blankNodeQuads = new ArrayList<>();
        graph.find().forEachRemaining(triple -> {
            if (triple.getSubject().isBlank() || triple.getObject().isBlank()) {
                blankNodeQuads.add(Quad.create(Quad.defaultGraphIRI, triple));
            }
        });
        Records records = new Records(BlankNodeLabels.of(blankNodeQuads));
        List<String> lines = new ArrayList<>();
        graph.find().forEachRemaining(triple -> lines.add(records.triple(triple)));
        lines.sort(RecordOrder.TRIPLES);
        serializer.start();
        String previous = null;
        for (String line : lines) {
            if (!line.equals(previous)) {
                serializer.record(line);
            }
            previous = line;
        }
        serializer.finish();
    }

    private record Scan(VoidStatistics.Counter counter, List<Quad> blankNodeQuads) {
    }

    /** The first reading: counts for the description, and every quad that touches a blank node. */
    private static Scan scan(DatasetGraph store, Optional<Node> graph, boolean count) {
        VoidStatistics.Counter counter = new VoidStatistics.Counter();
        List<Quad> blankNodeQuads = new ArrayList<>();
        Iterator<Triple> triples = graph.isPresent()
                ? triplesOf(store, graph) : VoidStatistics.subjectGroupedUnion(store);
        forEach(triples, triple -> {
            if (count) {
                counter.accept(triple);
            }
            if (triple.getSubject().isBlank() || triple.getObject().isBlank()) {
                if (graph.isPresent()) {
                    blankNodeQuads.add(Quad.create(graph.get(), triple));
                } else {
                    forEach(store.findNG(Node.ANY, triple.getSubject(), triple.getPredicate(), triple.getObject()),
                            blankNodeQuads::add);
                }
            }
        });
        return new Scan(counter, blankNodeQuads);
    }

    private static Iterator<Triple> triplesOf(DatasetGraph store, Optional<Node> graph) {
        return graph.isPresent()
                ? Iter.map(store.find(graph.get(), Node.ANY, Node.ANY, Node.ANY), Quad::asTriple)
                : store.getUnionGraph().find();
    }

    private static Iterator<Quad> quadsOf(DatasetGraph store, Optional<Node> graph) {
        return graph.isPresent()
                ? store.find(graph.get(), Node.ANY, Node.ANY, Node.ANY)
                : store.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
    }

    private static Comparator<String> order(DumpSerializer serializer) {
        return serializer.writesQuads() ? RecordOrder.QUADS : RecordOrder.TRIPLES;
    }

    private static <T> void forEach(Iterator<T> items, Consumer<T> action) {
        try {
            items.forEachRemaining(action);
        } finally {
            Iter.close(items);
        }
    }
}
