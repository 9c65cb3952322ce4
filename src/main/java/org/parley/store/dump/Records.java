package org.parley.store.dump;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.io.IndentedLineBuffer;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.apache.jena.riot.tokens.Tokenizer;
import org.apache.jena.riot.tokens.TokenizerText;
import org.apache.jena.sparql.core.Quad;

/**
 * The lines that a dump is sorted as: the terms of a triple ({@code S P O}) or a quad ({@code G S P O}, with an empty
 * {@code G} for the default graph) in N-Triples syntax, separated by one space, without the final dot. Blank nodes
 * carry their {@link BlankNodeLabels canonical label}, so a record does not depend on the store's internal labels.
 */
final class Records {

    private final BlankNodeLabels blankNodes;
    private final NodeFormatterNT formatter;
    private final IndentedLineBuffer buffer = new IndentedLineBuffer();

    Records(BlankNodeLabels blankNodes) {
        this.blankNodes = blankNodes;
        this.formatter = new NodeFormatterNT(CharSpace.UTF8) {
            @Override
            public void formatBNode(AWriter w, Node n) {
                // Canonical labels are letters, digits and '-': safe as they are, unlike Jena's encoded labels.
                w.print("_:");
                w.print(blankNodes.label(n));
            }
        };
    }

    /** {@code S P O}. */
    String triple(Triple triple) {
        buffer.clear();
        terms(triple.getSubject(), triple.getPredicate(), triple.getObject());
        return buffer.asString();
    }

    /** {@code G S P O}; {@code graph} null or the default graph gives an empty {@code G}. */
    String quad(Node graph, Triple triple) {
        buffer.clear();
        if (graph != null && !Quad.isDefaultGraph(graph)) {
            formatter.format(buffer, graph);
        }
        buffer.print(' ');
        terms(triple.getSubject(), triple.getPredicate(), triple.getObject());
        return buffer.asString();
    }

    private void terms(Node subject, Node predicate, Node object) {
        formatter.format(buffer, subject);
        buffer.print(' ');
        formatter.format(buffer, predicate);
        buffer.print(' ');
        formatter.format(buffer, object);
    }

    /**
     * Reads a record back: a quad in the default graph for {@code S P O} and for {@code  S P O} (empty graph),
     * else in graph {@code G}. Blank nodes keep their canonical labels.
     */
    static Quad parse(String record) {
        Tokenizer tokenizer = TokenizerText.fromString(record);
        List<Node> terms = new ArrayList<>(4);
        while (tokenizer.hasNext()) {
            terms.add(tokenizer.next().asNode());
        }
        return switch (terms.size()) {
            case 3 -> Quad.create(Quad.defaultGraphIRI, terms.get(0), terms.get(1), terms.get(2));
            case 4 -> Quad.create(terms.get(0), terms.get(1), terms.get(2), terms.get(3));
            default -> throw new IllegalStateException("not a dump record: " + record);
        };
    }

    /** The N-Triples or N-Quads line of a record, without the line end. */
    static String statement(String record, boolean quads) {
        if (!quads) {
            return record + " .";
        }
        int graphEnd = record.indexOf(' ');
        if (graphEnd == 0) {
            return record.substring(1) + " .";
        }
        return record.substring(graphEnd + 1) + " " + record.substring(0, graphEnd) + " .";
    }
}
