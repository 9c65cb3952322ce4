package org.parley.store.dump;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;

/**
 * Labels for blank nodes that come from what the store says about them, not from the store's internal labels,
 * which change when a graph is written again. Two stores with the same statements then give the same dump.
 *
 * <p>Each blank node starts with a hash of its statements (graph, predicate, and the other term, or a placeholder
 * when that is a blank node too); each round hashes again with the neighbours' hashes of the previous round
 * (colour refinement), until no more nodes are told apart. The label is the start of the final hash. Nodes that no
 * statement tells apart (an automorphism: swapping them changes nothing) are numbered in the order of their
 * internal labels, which is still the same for the same store.
 *
 * <p>This holds every statement that touches a blank node in memory. Parley's own graphs have blank nodes only in
 * the ontology (its OWL lists), a few dozen statements.
 */
public final class BlankNodeLabels {

    private static final int SHORT_LABEL = 16;

    private final Map<Node, String> labels;

    private BlankNodeLabels(Map<Node, String> labels) {
        this.labels = labels;
    }

    /** No blank nodes. */
    public static BlankNodeLabels none() {
        return new BlankNodeLabels(Map.of());
    }

    /** Labels for every blank node of {@code quads}, which must hold every quad that has a blank node. */
    public static BlankNodeLabels of(Collection<Quad> quads) {
        Map<Node, List<Quad>> touching = new HashMap<>();
        for (Quad quad : quads) {
            if (quad.getSubject().isBlank()) {
                touching.computeIfAbsent(quad.getSubject(), node -> new ArrayList<>()).add(quad);
            }
            if (quad.getObject().isBlank() && !quad.getObject().equals(quad.getSubject())) {
                touching.computeIfAbsent(quad.getObject(), node -> new ArrayList<>()).add(quad);
            }
        }
        Map<Node, String> colours = refine(touching);
        return new BlankNodeLabels(labelsFrom(colours));
    }

    /** The canonical label of {@code blankNode}, without {@code _:}. */
    public String label(Node blankNode) {
        String label = labels.get(blankNode);
        if (label == null) {
            throw new IllegalStateException("no canonical label for blank node " + blankNode.getBlankNodeLabel()
                    + ": it was written after the labels were made");
        }
        return label;
    }

    private static Map<Node, String> refine(Map<Node, List<Quad>> touching) {
        Map<Node, String> colours = new HashMap<>();
        touching.keySet().forEach(node -> colours.put(node, ""));
        int distinct = 1;
        for (int round = 0; round <= touching.size(); round++) {
            Map<Node, String> next = new HashMap<>();
            for (Map.Entry<Node, List<Quad>> entry : touching.entrySet()) {
                next.put(entry.getKey(), colour(entry.getKey(), entry.getValue(), colours));
            }
            int nowDistinct = new HashSet<>(next.values()).size();
            colours.clear();
            colours.putAll(next);
            if (nowDistinct == distinct && round > 0) {
                break;
            }
            distinct = nowDistinct;
        }
        return colours;
    }

    private static String colour(Node node, List<Quad> quads, Map<Node, String> previous) {
        List<String> statements = new ArrayList<>(quads.size());
        for (Quad quad : quads) {
            String graph = quad.isDefaultGraph() ? "" : term(quad.getGraph(), node, previous);
            String predicate = term(quad.getPredicate(), node, previous);
            if (quad.getSubject().equals(node)) {
                statements.add("S " + graph + " " + predicate + " " + term(quad.getObject(), node, previous));
            } else {
                statements.add("O " + graph + " " + term(quad.getSubject(), node, previous) + " " + predicate);
            }
        }
        statements.sort(Comparator.naturalOrder());
        return Hashes.sha256(previous.get(node) + "\n" + String.join("\n", statements));
    }

    private static String term(Node term, Node self, Map<Node, String> previous) {
        if (term.equals(self)) {
            return "_:self";
        }
        if (term.isBlank()) {
            return "_:" + previous.getOrDefault(term, "");
        }
        return NodeFmtLib.strNT(term);
    }

    /** Short labels when they are all distinct, else the full hashes; nodes with one hash are numbered. */
    private static Map<Node, String> labelsFrom(Map<Node, String> colours) {
        Map<String, List<Node>> byColour = new TreeMap<>();
        colours.forEach((node, colour) -> byColour.computeIfAbsent(colour, c -> new ArrayList<>()).add(node));
        Set<String> shortOnes = new LinkedHashSet<>();
        byColour.keySet().forEach(colour -> shortOnes.add(colour.substring(0, SHORT_LABEL)));
        int length = shortOnes.size() == byColour.size() ? SHORT_LABEL : Integer.MAX_VALUE;

        Map<Node, String> labels = new HashMap<>();
        byColour.forEach((colour, nodes) -> {
            String base = "b" + colour.substring(0, Math.min(length, colour.length()));
            if (nodes.size() == 1) {
                labels.put(nodes.get(0), base);
                return;
            }
            nodes.sort(Comparator.comparing(Node::getBlankNodeLabel));
            for (int i = 0; i < nodes.size(); i++) {
                labels.put(nodes.get(i), base + "-" + (i + 1));
            }
        });
        return labels;
    }
}
