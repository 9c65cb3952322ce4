package org.parley.server;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDFS;

/**
 * What the store says about one resource, read from the union of the named graphs: every triple with the resource
 * as subject, the triples that point at it (up to a limit: a country may be the agent of thousands of acts), and
 * the labels of every resource on the other end, so a reader sees names rather than bare IRIs.
 *
 * <p>An article is described by its node only (title, date, source), with the acts and entities that point at it;
 * the triples of its graph are not copied in.
 *
 * @param subject the resource described
 * @param graph the triples above
 * @param incomingCut true when more triples point at the resource than {@code graph} holds
 */
record ResourceDescription(Node subject, Graph graph, boolean incomingCut) {

    private static final Node LABEL = RDFS.label.asNode();

    /** The description of {@code iri}, or empty when no triple has it as subject. Reads in one read transaction. */
    static Optional<ResourceDescription> read(Dataset dataset, String iri, int incomingLimit) {
        Node subject = NodeFactory.createURI(iri);
        return Txn.calculateRead(dataset, () -> {
            Graph union = dataset.asDatasetGraph().getUnionGraph();
            List<Triple> outgoing = union.find(subject, Node.ANY, Node.ANY).toList();
            if (outgoing.isEmpty()) {
                return Optional.empty();
            }
            List<Triple> incoming = new ArrayList<>();
            boolean cut = firstN(union.find(Node.ANY, Node.ANY, subject), incomingLimit, incoming);

            Graph graph = GraphFactory.createDefaultGraph();
            outgoing.forEach(graph::add);
            incoming.forEach(graph::add);
            Set<Node> neighbours = new LinkedHashSet<>();
            outgoing.forEach(t -> neighbours.add(t.getObject()));
            incoming.forEach(t -> neighbours.add(t.getSubject()));
            neighbours.remove(subject);
            for (Node neighbour : neighbours) {
                if (neighbour.isURI()) {
                    union.find(neighbour, LABEL, Node.ANY).forEach(graph::add);
                }
            }
            return Optional.of(new ResourceDescription(subject, graph, cut));
        });
    }

    /** Copies up to {@code limit} triples into {@code into}; true if more were left. Always closes the iterator. */
    private static boolean firstN(ExtendedIterator<Triple> triples, int limit, List<Triple> into) {
        try {
            while (triples.hasNext()) {
                if (into.size() == limit) {
                    return true;
                }
                into.add(triples.next());
            }
            return false;
        } finally {
            triples.close();
        }
    }
}
