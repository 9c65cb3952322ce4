package org.parley.store.dump;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.io.IndentedLineBuffer;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterTTL;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * Turtle, or TriG with the named graphs, grouped for people and for {@code diff}: each subject starts a block, its
 * predicates follow one a line ({@code rdf:type} first, as {@code a}), and further objects of a predicate go on
 * lines of their own. TriG writes the default graph (the dataset's description) first, in braces.
 */
final class TurtleSerializer implements DumpSerializer {

    private static final String INDENT = "    ";

    private final Writer out;
    private final boolean trig;
    private final NodeFormatter formatter;
    private final IndentedLineBuffer scratch = new IndentedLineBuffer();
    private boolean inGraph;
    private Node graph;
    private Node subject;
    private Node predicate;
    private String graphIndent = "";

    TurtleSerializer(Writer out, boolean trig) {
        this.out = out;
        this.trig = trig;
        this.formatter = new NodeFormatterTTL(null, DumpPrefixes.prefixMap()) {
            @Override
            public void formatBNode(AWriter w, Node n) {
                w.print("_:");
                w.print(n.getBlankNodeLabel());
            }
        };
    }

    @Override
    public boolean writesQuads() {
        return trig;
    }

    @Override
    public void start() {
        for (DumpPrefixes.Prefix prefix : DumpPrefixes.ALL) {
            write("@prefix " + prefix.name() + ": <" + prefix.namespace() + "> .\n");
        }
    }

    @Override
    public void record(String record) {
        Quad quad = Records.parse(record);
        if (trig && (!inGraph || !Objects.equals(graph, quad.getGraph()))) {
            endSubject();
            endGraph();
            startGraph(quad.getGraph());
        }
        if (!quad.getSubject().equals(subject)) {
            endSubject();
            subject = quad.getSubject();
            predicate = quad.getPredicate();
            write("\n" + graphIndent + term(subject) + "\n" + graphIndent + INDENT + predicate(predicate) + " "
                    + term(quad.getObject()));
        } else if (!quad.getPredicate().equals(predicate)) {
            predicate = quad.getPredicate();
            write(" ;\n" + graphIndent + INDENT + predicate(predicate) + " " + term(quad.getObject()));
        } else {
            write(" ,\n" + graphIndent + INDENT + INDENT + term(quad.getObject()));
        }
    }

    @Override
    public void finish() {
        endSubject();
        endGraph();
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void startGraph(Node name) {
        graph = name;
        inGraph = true;
        graphIndent = INDENT;
        write(Quad.isDefaultGraph(name) ? "\n{" : "\n" + term(name) + " {");
    }

    private void endGraph() {
        if (inGraph) {
            write("}\n");
            inGraph = false;
        }
    }

    private void endSubject() {
        if (subject != null) {
            write(" .\n");
            subject = null;
            predicate = null;
        }
    }

    private String predicate(Node node) {
        return node.equals(RDF.type.asNode()) ? "a" : term(node);
    }

    private String term(Node node) {
        scratch.clear();
        formatter.format(scratch, node);
        return scratch.asString();
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
