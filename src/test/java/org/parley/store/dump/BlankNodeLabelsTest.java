package org.parley.store.dump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class BlankNodeLabelsTest {

    private static final Node ONTOLOGY = NodeFactory.createURI("https://w3id.org/parley/ontology");
    private static final String NEG = "https://w3id.org/parley/ontology#";

    /** The ontology's shape: {@code [] a owl:AllDisjointClasses ; owl:members (A B C)}, once per list given. */
    private static List<Quad> disjointClasses(Map<String, Node> nodes, List<List<String>> lists) {
        List<Quad> quads = new ArrayList<>();
        for (int l = 0; l < lists.size(); l++) {
            Node restriction = nodes.computeIfAbsent("r" + l, k -> NodeFactory.createBlankNode());
            quads.add(Quad.create(ONTOLOGY, restriction, RDF.type.asNode(), OWL.AllDisjointClasses.asNode()));
            Node cell = nodes.computeIfAbsent("r" + l + "c0", k -> NodeFactory.createBlankNode());
            quads.add(Quad.create(ONTOLOGY, restriction, OWL.members.asNode(), cell));
            List<String> members = lists.get(l);
            for (int i = 0; i < members.size(); i++) {
                quads.add(Quad.create(ONTOLOGY, cell, RDF.first.asNode(), NodeFactory.createURI(NEG + members.get(i))));
                Node rest = i + 1 < members.size()
                        ? nodes.computeIfAbsent("r" + l + "c" + (i + 1), k -> NodeFactory.createBlankNode())
                        : RDF.nil.asNode();
                quads.add(Quad.create(ONTOLOGY, cell, RDF.rest.asNode(), rest));
                cell = rest;
            }
        }
        return quads;
    }

    @Test
    void theSameStatementsGiveTheSameLabelsWhateverTheInternalLabelsAndTheOrder() {
        List<List<String>> lists = List.of(List.of("Person", "Country", "Organization"), List.of("Place", "Issue"));
        Map<String, Node> first = new java.util.HashMap<>();
        Map<String, Node> second = new java.util.HashMap<>();
        List<Quad> quadsOfFirst = disjointClasses(first, lists);
        List<Quad> quadsOfSecond = disjointClasses(second, lists);
        Collections.reverse(quadsOfSecond);

        BlankNodeLabels labelsOfFirst = BlankNodeLabels.of(quadsOfFirst);
        BlankNodeLabels labelsOfSecond = BlankNodeLabels.of(quadsOfSecond);

        assertThat(first.keySet()).hasSize(7);
        for (String name : first.keySet()) {
            assertThat(labelsOfSecond.label(second.get(name))).as(name)
                    .isEqualTo(labelsOfFirst.label(first.get(name)))
                    .matches("b[0-9a-f]{16}");
        }
        assertThat(first.values().stream().map(labelsOfFirst::label).distinct()).hasSize(7);
    }

    @Test
    void aChangedStatementChangesTheLabelOfItsNode() {
        Map<String, Node> nodes = new java.util.HashMap<>();
        Map<String, Node> changed = new java.util.HashMap<>();
        BlankNodeLabels before = BlankNodeLabels.of(disjointClasses(nodes, List.of(List.of("Person", "Country"))));
        BlankNodeLabels after = BlankNodeLabels.of(disjointClasses(changed, List.of(List.of("Person", "Place"))));

        assertThat(after.label(changed.get("r0c1"))).isNotEqualTo(before.label(nodes.get("r0c1")));
    }

    @Test
    void nodesThatNothingTellsApartAreNumbered() {
        Node a = NodeFactory.createBlankNode();
        Node b = NodeFactory.createBlankNode();
        Node type = NodeFactory.createURI(NEG + "Statement");
        BlankNodeLabels labels = BlankNodeLabels.of(List.of(
                Quad.create(ONTOLOGY, a, RDF.type.asNode(), type),
                Quad.create(ONTOLOGY, b, RDF.type.asNode(), type)));

        assertThat(List.of(labels.label(a), labels.label(b)))
                .allMatch(label -> label.matches("b[0-9a-f]{16}-[12]"))
                .doesNotHaveDuplicates();
    }

    @Test
    void aBlankNodeThatWasNotSeenIsAnError() {
        assertThatThrownBy(() -> BlankNodeLabels.none().label(NodeFactory.createBlankNode()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no canonical label");
    }
}
