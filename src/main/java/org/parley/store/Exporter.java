package org.parley.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * Writes a dump of the store.
 *
 * <p>Turtle, TriG, N-Triples and N-Quads stream: memory stays flat whatever the size of the store. Turtle and TriG
 * use the "blocks" style (subjects grouped, prefixes used, no nesting of blank nodes), which a streaming writer
 * can produce because TDB2 returns triples sorted by subject. JSON-LD cannot stream: its writer holds the whole
 * graph in memory, which is fine for one article and costly for a large union graph.
 *
 * <p>Triple formats (ttl, nt, jsonld) write the union of the named graphs, or the one graph asked for; quad
 * formats (trig, nq) write every named graph, or the one asked for.
 */
public final class Exporter {

    private Exporter() {
    }

    /**
     * Writes the dump to {@code out}, which stays open, inside one read transaction so it is a consistent snapshot.
     *
     * @throws IllegalArgumentException if {@code graphIri} names no graph in the store
     */
    public static void write(Dataset dataset, ExportFormat format, Optional<String> graphIri, OutputStream out) {
        Txn.executeRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Optional<Node> graph = graphIri.map(NodeFactory::createURI);
            graph.ifPresent(g -> requireGraph(dsg, g));
            PrefixMapping prefixes = prefixesOf(dsg);
            switch (format) {
                case TTL -> streamTriples(out, RDFFormat.TURTLE_BLOCKS, prefixes, triples(dsg, graph));
                case NT -> streamTriples(out, RDFFormat.NTRIPLES, prefixes, triples(dsg, graph));
                case TRIG -> streamQuads(out, RDFFormat.TRIG_BLOCKS, prefixes, quads(dsg, graph));
                case NQ -> streamQuads(out, RDFFormat.NQUADS, prefixes, quads(dsg, graph));
                case JSONLD -> RDFDataMgr.write(out, inMemory(triples(dsg, graph), prefixes), RDFFormat.JSONLD);
            }
        });
    }

    /** Writes the dump to {@code file} (gzip-compressed when its name ends with {@code .gz}). */
    public static void writeToFile(Dataset dataset, ExportFormat format, Optional<String> graphIri, Path file)
            throws IOException {
        try (OutputStream out = openOutput(file)) {
            write(dataset, format, graphIri, out);
        }
    }

    /**
     * Opens {@code file} for writing, creating missing parent directories, and compresses with gzip when the
     * name ends with {@code .gz}. Closing the stream finishes the gzip trailer.
     */
    public static OutputStream openOutput(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
            return new GZIPOutputStream(raw, 1 << 16);
        }
        return raw;
    }

    private static void requireGraph(DatasetGraph dsg, Node graph) {
        if (!dsg.containsGraph(graph)) {
            throw new IllegalArgumentException("the store has no graph <" + graph.getURI() + ">");
        }
    }

    /** The contract's prefixes, plus any the database itself declares. */
    private static PrefixMapping prefixesOf(DatasetGraph dsg) {
        PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(StorePrefixes.STANDARD);
        dsg.prefixes().forEach(prefixes::setNsPrefix);
        return prefixes;
    }

    private static Iterator<Triple> triples(DatasetGraph dsg, Optional<Node> graph) {
        if (graph.isPresent()) {
            return Iter.map(dsg.find(graph.get(), Node.ANY, Node.ANY, Node.ANY), Quad::asTriple);
        }
        // TDB2's union graph removes the duplicates of a triple stated in several graphs.
        return dsg.getUnionGraph().find();
    }

    /** Graph by graph, so that TriG writes each graph as one block (a scan of all quads interleaves them). */
    private static Iterator<Quad> quads(DatasetGraph dsg, Optional<Node> graph) {
        Iterator<Node> graphs = graph.isPresent() ? List.of(graph.get()).iterator() : dsg.listGraphNodes();
        return Iter.flatMap(graphs, g -> dsg.find(g, Node.ANY, Node.ANY, Node.ANY));
    }

    private static void streamTriples(OutputStream out, RDFFormat format, PrefixMapping prefixes,
            Iterator<Triple> triples) {
        StreamRDF stream = startStream(out, format, prefixes);
        try {
            triples.forEachRemaining(stream::triple);
        } finally {
            Iter.close(triples);
        }
        stream.finish();
    }

    private static void streamQuads(OutputStream out, RDFFormat format, PrefixMapping prefixes,
            Iterator<Quad> quads) {
        StreamRDF stream = startStream(out, format, prefixes);
        try {
            quads.forEachRemaining(stream::quad);
        } finally {
            Iter.close(quads);
        }
        stream.finish();
    }

    private static StreamRDF startStream(OutputStream out, RDFFormat format, PrefixMapping prefixes) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
        stream.start();
        prefixes.getNsPrefixMap().forEach(stream::prefix);
        return stream;
    }

    private static Graph inMemory(Iterator<Triple> triples, PrefixMapping prefixes) {
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            triples.forEachRemaining(graph::add);
        } finally {
            Iter.close(triples);
        }
        graph.getPrefixMapping().setNsPrefixes(prefixes);
        return graph;
    }
}
