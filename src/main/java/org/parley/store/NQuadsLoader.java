package org.parley.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Loads N-Quads files (a cluster job's gzipped parts, or any {@code .nq}/{@code .nq.gz} dump) into a store with
 * TDB2's bulk loader, each named graph replacing the graph of that name loaded before.
 *
 * <p>Statements outside named graphs (the VoID description in a dump `export` wrote) are left out and counted. A
 * graph found in several files is taken from the last of them in the order given (a cluster job's runs are folders
 * named by their UTC start time, so a later run's graph of an article wins).
 * Nothing is touched until every file has been read through without error: a bad file stops the load before it
 * starts, with its name and the parser's message. Graphs the store does not hold yet go through the bulk loader, which
 * is fast because it writes TDB2's indexes directly rather than through transactions. Graphs the store already holds
 * are replaced in ordinary write transactions of a few hundred thousand quads, so that a reader (or a crash) sees each
 * article's old graph or its new one, never a mix. TDB2's documentation warns that its parallel and phased loaders do
 * not isolate a load that fails halfway: graphs new to the store could then be left half-loaded, which the next load
 * of the same files repairs (they are replaced whole, as graphs the store holds).
 */
public final class NQuadsLoader {

    /** TDB2's loaders. Parallel: a thread per index; phased: a few threads, index by index; sequential: one. */
    public enum Plan { PHASED, PARALLEL, SEQUENTIAL }

    /** What one load did. */
    public record Report(int files, long quads, int graphs, int replaced, long outsideGraphs, Duration elapsed) {

        public String summary() {
            double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
            String outside = outsideGraphs == 0 ? "" : String.format(Locale.ROOT,
                    "; %,d statements outside named graphs left out (a dump's description)", outsideGraphs);
            return String.format(Locale.ROOT,
                    "%d files, %,d quads in %,d graphs (%,d replaced) in %.1f s, %,.0f quads/s%s",
                    files, quads, graphs, replaced, seconds, quads / seconds, outside);
        }
    }

    /** About how many quads of replaced graphs one write transaction holds. */
    private static final int QUADS_PER_TRANSACTION = 200_000;

    private NQuadsLoader() {
    }

    /** The N-Quads files under the given files and directories (Spark's {@code _SUCCESS} and dot files excluded). */
    public static List<Path> files(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new IllegalArgumentException("no such file or directory: " + input);
            }
            if (Files.isRegularFile(input)) {
                files.add(input);
                continue;
            }
            try (Stream<Path> walk = Files.walk(input)) {
                walk.filter(Files::isRegularFile).filter(NQuadsLoader::isNQuads).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + input + ": " + e.getMessage(), e);
            }
        }
        return files;
    }

    private static boolean isNQuads(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith("_") || name.startsWith(".")) {
            return false;
        }
        // Spark names its text parts part-00000.gz, without the format in the name.
        return name.endsWith(".nq") || name.endsWith(".nq.gz") || name.endsWith(".nquads")
                || name.endsWith(".nquads.gz") || name.startsWith("part-") && name.endsWith(".gz");
    }

    /**
     * Loads the files into the store.
     *
     * @param progress receives the loader's progress lines (TDB2 reports every few hundred thousand quads)
     * @throws IllegalArgumentException if a file cannot be parsed; the store is then untouched
     */
    public static Report load(ArticleStore store, List<Path> files, Plan plan, Consumer<String> progress) {
        long start = System.nanoTime();
        Map<Node, Integer> lastFileOf = new HashMap<>();
        long[] outside = {0};
        for (int i = 0; i < files.size(); i++) {
            check(files.get(i), i, lastFileOf, outside);
        }
        Set<Node> graphsInFiles = lastFileOf.keySet();
        Set<Node> held = Txn.calculateRead(store.dataset(), () -> {
            Set<Node> names = new HashSet<>();
            store.dataset().asDatasetGraph().listGraphNodes().forEachRemaining(names::add);
            return names;
        });
        Set<Node> replaced = new HashSet<>(graphsInFiles);
        replaced.retainAll(held);

        long quads = bulkLoadNewGraphs(store, files, lastFileOf, replaced, plan, progress);
        quads += replaceHeldGraphs(store, files, lastFileOf, replaced);
        // A job's parts hold article graphs only; the research queries also read the class tree.
        store.holdShippedOntology();
        return new Report(files.size(), quads, graphsInFiles.size(), replaced.size(), outside[0],
                Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Reads a file through, noting which graphs it holds (a graph in several files is taken from the last of them: a
     * job's later run builds the article again) and counting statements outside named graphs; any error names the
     * file.
     */
    private static void check(Path file, int index, Map<Node, Integer> lastFileOf, long[] outside) {
        StreamRDF notes = new StreamRDFBase() {
            @Override
            public void triple(Triple triple) {
                outside[0]++;
            }

            @Override
            public void quad(Quad quad) {
                if (isOutsideNamedGraphs(quad)) {
                    outside[0]++;
                    return;
                }
                lastFileOf.put(quad.getGraph(), index);
            }
        };
        parse(file, notes);
    }

    /** Whether a quad of the file at {@code index} is one to load: its graph's last file is this one. */
    private static boolean fromLastFile(Quad quad, int index, Map<Node, Integer> lastFileOf) {
        return !isOutsideNamedGraphs(quad) && Integer.valueOf(index).equals(lastFileOf.get(quad.getGraph()));
    }

    /**
     * A statement of the default graph: in a dump of a store, the VoID description `export` computes. Parley's store
     * keeps no default graph of its own (queries see the union of the named graphs), so it is left out.
     */
    private static boolean isOutsideNamedGraphs(Quad quad) {
        return quad.isTriple() || quad.isDefaultGraph();
    }

    /**
     * Parses one N-Quads file, gzipped or not, into the sink.
     *
     * @throws IllegalArgumentException naming the file if it cannot be read or parsed
     */
    public static void parse(Path file, StreamRDF sink) {
        boolean gzipped = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = gzipped ? new GZIPInputStream(raw, 1 << 16) : raw) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(sink);
        } catch (RiotException | IOException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** Loads the graphs the store does not hold with TDB2's bulk loader; returns the number of quads loaded. */
    private static long bulkLoadNewGraphs(ArticleStore store, List<Path> files, Map<Node, Integer> lastFileOf,
                                          Set<Node> skipped, Plan plan, Consumer<String> progress) {
        MonitorOutput output = (format, args) -> progress.accept(String.format(Locale.ROOT, format, args));
        var dsg = store.dataset().asDatasetGraph();
        DataLoader loader = switch (plan) {
            case PHASED -> LoaderFactory.phasedLoader(dsg, output);
            case PARALLEL -> LoaderFactory.parallelLoader(dsg, output);
            case SEQUENTIAL -> LoaderFactory.sequentialLoader(dsg, output);
        };
        long[] loaded = {0};
        int[] current = {0};
        loader.startBulk();
        try {
            StreamRDF into = loader.stream();
            // As TDB2's own load of a file does: each file's parse starts and finishes the loader's input.
            StreamRDF newOnly = new StreamRDFBase() {
                @Override
                public void start() {
                    into.start();
                }

                @Override
                public void finish() {
                    into.finish();
                }

                @Override
                public void quad(Quad quad) {
                    if (fromLastFile(quad, current[0], lastFileOf) && !skipped.contains(quad.getGraph())) {
                        into.quad(quad);
                        loaded[0]++;
                    }
                }
            };
            for (current[0] = 0; current[0] < files.size(); current[0]++) {
                parse(files.get(current[0]), newOnly);
            }
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        return loaded[0];
    }

    /**
     * Replaces the graphs the store held, in one pass over the files: their quads are gathered and written in a write
     * transaction whenever some hundred thousand have gathered and the next quad starts another graph. A graph whose
     * quads lie together in the files (as in a job's parts and in dumps) is thus replaced whole in one transaction.
     */
    private static long replaceHeldGraphs(ArticleStore store, List<Path> files, Map<Node, Integer> lastFileOf,
                                          Set<Node> replaced) {
        if (replaced.isEmpty()) {
            return 0;
        }
        long[] loaded = {0};
        int[] current = {0};
        Set<Node> cleared = new HashSet<>();
        Map<Node, List<Triple>> gathered = new LinkedHashMap<>();
        long[] count = {0};
        Node[] previous = {null};
        StreamRDF collect = new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                Node graph = quad.getGraph();
                if (!fromLastFile(quad, current[0], lastFileOf) || !replaced.contains(graph)) {
                    return;
                }
                loaded[0]++;
                if (count[0] >= QUADS_PER_TRANSACTION && !graph.equals(previous[0])) {
                    write(store, gathered, cleared);
                    count[0] = 0;
                }
                gathered.computeIfAbsent(graph, g -> new ArrayList<>()).add(quad.asTriple());
                count[0]++;
                previous[0] = graph;
            }
        };
        for (current[0] = 0; current[0] < files.size(); current[0]++) {
            parse(files.get(current[0]), collect);
        }
        write(store, gathered, cleared);
        return loaded[0];
    }

    /** Writes the gathered graphs, each emptied first the first time it is written. */
    private static void write(ArticleStore store, Map<Node, List<Triple>> gathered, Set<Node> cleared) {
        if (gathered.isEmpty()) {
            return;
        }
        Txn.executeWrite(store.dataset(), () -> {
            var dsg = store.dataset().asDatasetGraph();
            gathered.forEach((graph, triples) -> {
                if (cleared.add(graph)) {
                    dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
                }
                triples.forEach(t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
            });
        });
        gathered.clear();
    }
}
