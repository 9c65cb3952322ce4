package org.parley.store;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.parley.store.dump.DumpSerializer;
import org.parley.store.dump.Serializers;
import org.parley.store.dump.SortedDump;

/**
 * Writes a dump of the store, the same bytes for the same store: statements sorted, prefixes fixed, blank nodes
 * labelled from what is said about them (see {@link SortedDump}). Memory stays bounded: the sort spills to
 * temporary files.
 *
 * <p>Triple formats (ttl, nt, jsonld) write the union of the named graphs, quad formats (trig, nq) every named graph;
 * both add the store's VoID description (in the default graph of a quad format). With a graph asked for, they write
 * that graph alone, without the description.
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
        write(dataset, ExportOptions.of(format).withGraph(graphIri), out);
    }

    /** As {@link #write(Dataset, ExportFormat, Optional, OutputStream)}, with every option. */
    public static SortedDump.Report write(Dataset dataset, ExportOptions options, OutputStream out) {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Optional<Node> graph = options.graph().map(NodeFactory::createURI);
            graph.ifPresent(g -> requireGraph(dsg, g));
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            return new SortedDump(options.tempDir(), options.sortBudgetBytes())
                    .write(dsg, graph, options.describe(), serializer(options.format(), writer));
        });
    }

    /** Writes the dump to {@code file} (gzip-compressed when its name ends with {@code .gz}). */
    public static void writeToFile(Dataset dataset, ExportFormat format, Optional<String> graphIri, Path file)
            throws IOException {
        writeToFile(dataset, ExportOptions.of(format).withGraph(graphIri), file);
    }

    /** As {@link #writeToFile(Dataset, ExportFormat, Optional, Path)}, with every option. */
    public static SortedDump.Report writeToFile(Dataset dataset, ExportOptions options, Path file)
            throws IOException {
        try (OutputStream out = openOutput(file)) {
            return write(dataset, options, out);
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

    private static DumpSerializer serializer(ExportFormat format, Writer out) {
        return switch (format) {
            case TTL -> Serializers.turtle(out);
            case TRIG -> Serializers.trig(out);
            case NT -> Serializers.ntriples(out);
            case NQ -> Serializers.nquads(out);
            case JSONLD -> Serializers.jsonld(out);
        };
    }

    private static void requireGraph(DatasetGraph dsg, Node graph) {
        if (!dsg.containsGraph(graph)) {
            throw new IllegalArgumentException("the store has no graph <" + graph.getURI() + ">");
        }
    }
}
