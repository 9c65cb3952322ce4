package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parley.store.ArticleGraphs.article;
import static org.parley.store.ArticleGraphs.iri;
import static org.parley.store.ArticleGraphs.node;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.rdf.NEG;

class ArticleStoreTest {

    @TempDir
    Path dir;

    private ArticleStore store;

    @BeforeEach
    void openStore() {
        store = ArticleStore.open(dir);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void aNewStoreIsEmpty() {
        assertThat(store.manifest()).isEmpty();
        assertThat(store.tripleCount()).isZero();
    }

    @Test
    void replacedArticleAppearsInTheManifest() {
        store.replaceArticle(iri("a1"), article("a1", "hash-1", "Sergei Lavrov"));

        assertThat(store.manifest())
                .containsOnlyKeys("a1")
                .containsEntry("a1", new BuiltArticle("a1", iri("a1"), "hash-1"));
        assertThat(store.tripleCount()).isEqualTo(article("a1", "hash-1", "Sergei Lavrov").size());
    }

    @Test
    void aGroupOfArticlesIsWrittenInOneTransactionAllOrNothing() {
        store.replaceArticle(iri("a1"), article("a1", "hash-1", "Sergei Lavrov"));
        java.util.Map<String, Graph> group = new java.util.LinkedHashMap<>();
        group.put(iri("a1"), article("a1", "hash-1b", "Rustem Umerov"));
        group.put(iri("a3"), new FailingGraph(article("a3", "hash-3", "Rustem Umerov"), 3));

        // The second graph fails halfway: the first one's replacement is undone with it.
        assertThatThrownBy(() -> store.replaceArticles(group)).hasMessageContaining("disk on fire");
        assertThat(store.manifest()).containsOnlyKeys("a1");
        assertThat(store.manifest().get("a1").contentHash()).isEqualTo("hash-1");

        group.put(iri("a3"), article("a3", "hash-3", "Rustem Umerov"));
        store.replaceArticles(group);
        assertThat(store.manifest()).containsOnlyKeys("a1", "a3");
        assertThat(store.manifest().get("a1").contentHash()).isEqualTo("hash-1b");
    }

    @Test
    void graphsWithoutIdentifierAreNotArticles() {
        store.replaceGraph(NEG.ONTOLOGY_IRI, ArticleGraphs.ontology());
        store.replaceArticle(iri("a1"), article("a1", "hash-1", "Sergei Lavrov"));

        assertThat(store.manifest()).containsOnlyKeys("a1");
    }

    @Test
    void replacingAgainRemovesTheOldTriplesAndLeavesOtherGraphsAlone() {
        store.replaceArticle(iri("a1"), article("a1", "hash-1", "Sergei Lavrov"));
        store.replaceArticle(iri("a2"), article("a2", "hash-2", "Antony Blinken"));
        store.replaceGraph(NEG.ONTOLOGY_IRI, ArticleGraphs.ontology());

        store.replaceArticle(iri("a1"), article("a1", "hash-1b", "Rustem Umerov"));

        assertThat(store.manifest().get("a1").contentHash()).isEqualTo("hash-1b");
        assertThat(labelsIn(iri("a1"))).containsExactly("Rustem Umerov");
        assertThat(labelsIn(iri("a2"))).containsExactly("Antony Blinken");
        assertThat(labelsIn(NEG.ONTOLOGY_IRI)).containsExactly("Person");
        assertThat(store.tripleCount()).isEqualTo(
                2 * article("x", "h", "l").size() + ArticleGraphs.ontology().size());
    }

    @Test
    void aFailureHalfwayThroughAReplaceKeepsTheOldGraphAndTheStoreUsable() {
        store.replaceArticle(iri("a1"), article("a1", "hash-1", "Sergei Lavrov"));
        long before = store.tripleCount();

        Graph failing = new FailingGraph(article("a1", "hash-2", "Rustem Umerov"), 3);
        assertThatThrownBy(() -> store.replaceArticle(iri("a1"), failing))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("disk on fire");

        assertThat(store.tripleCount()).isEqualTo(before);
        assertThat(store.manifest().get("a1").contentHash()).isEqualTo("hash-1");
        assertThat(labelsIn(iri("a1"))).containsExactly("Sergei Lavrov");

        store.replaceArticle(iri("a1"), article("a1", "hash-3", "Rustem Umerov"));
        assertThat(labelsIn(iri("a1"))).containsExactly("Rustem Umerov");
    }

    @Test
    void anArticleGraphWithoutManifestEntryIsRefusedAndChangesNothing() {
        Graph noHash = article("a1", "hash-1", "Sergei Lavrov");
        noHash.remove(node(iri("a1")), NEG.contentHash.asNode(), Node.ANY);

        assertThatThrownBy(() -> store.replaceArticle(iri("a1"), noHash))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("neg:contentHash");
        assertThatThrownBy(() -> store.replaceArticle(iri("other"), article("a1", "hash-1", "Sergei Lavrov")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dcterms:identifier");
        assertThat(store.tripleCount()).isZero();
    }

    @Test
    void dropGraphsRemovesOnlyTheGraphsNamed() {
        store.replaceArticle(iri("a1"), article("a1", "hash-1", "Sergei Lavrov"));
        store.replaceArticle(iri("a2"), article("a2", "hash-2", "Antony Blinken"));
        store.replaceArticle(iri("a3"), article("a3", "hash-3", "Rustem Umerov"));
        store.replaceGraph(NEG.ONTOLOGY_IRI, ArticleGraphs.ontology());

        store.dropGraphs(List.of(iri("a1"), iri("a3"), iri("never-built")));

        assertThat(store.manifest()).containsOnlyKeys("a2");
        assertThat(labelsIn(NEG.ONTOLOGY_IRI)).containsExactly("Person");
        assertThat(labelsIn(iri("a1"))).isEmpty();
    }

    @Test
    void reopeningAfterCloseKeepsEverythingOnDisk() {
        store.replaceArticle(iri("a1"), article("a1", "hash-1", "Sergei Lavrov"));
        store.replaceGraph(NEG.ONTOLOGY_IRI, ArticleGraphs.ontology());
        long count = store.tripleCount();
        store.close();

        assertThat(dir).isDirectoryContaining(path -> path.getFileName().toString().startsWith("Data-"));
        store = ArticleStore.open(dir);

        assertThat(store.manifest()).containsEntry("a1", new BuiltArticle("a1", iri("a1"), "hash-1"));
        assertThat(store.tripleCount()).isEqualTo(count);
        assertThat(labelsIn(NEG.ONTOLOGY_IRI)).containsExactly("Person");
    }

    @Test
    void closingTwiceIsHarmless() {
        store.close();
        store.close();
        store = ArticleStore.open(dir);
        assertThat(store.manifest()).isEmpty();
    }

    @Test
    void theDefaultGraphOfAQueryIsTheUnionOfTheNamedGraphs() {
        store.replaceArticle(iri("a1"), article("a1", "hash-1", "Sergei Lavrov"));
        store.replaceArticle(iri("a2"), article("a2", "hash-2", "Antony Blinken"));

        List<String> ids = Txn.calculateRead(store.dataset(), () -> {
            String sparql = "PREFIX dcterms: <http://purl.org/dc/terms/> "
                    + "SELECT ?id WHERE { ?article dcterms:identifier ?id } ORDER BY ?id";
            try (QueryExecution execution = QueryExecution.create(sparql, store.dataset())) {
                List<String> found = new ArrayList<>();
                execution.execSelect().forEachRemaining(row -> found.add(row.getLiteral("id").getString()));
                return found;
            }
        });

        assertThat(ids).containsExactly("a1", "a2");
    }

    @Test
    void openingAPathThatIsAFileFailsWithTheDirectoryInTheMessage() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-store"), "x");
        assertThatThrownBy(() -> ArticleStore.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("not-a-store");
    }

    private List<String> labelsIn(String graphIri) {
        return Txn.calculateRead(store.dataset(), () -> {
            String sparql = "SELECT ?label WHERE { GRAPH <" + graphIri + "> { ?s <"
                    + org.apache.jena.vocabulary.RDFS.label.getURI() + "> ?label } } ORDER BY ?label";
            try (QueryExecution execution = QueryExecution.create(sparql, store.dataset())) {
                ResultSet rows = execution.execSelect();
                List<String> labels = new ArrayList<>();
                while (rows.hasNext()) {
                    QuerySolution row = rows.next();
                    labels.add(row.getLiteral("label").getString());
                }
                return labels;
            }
        });
    }

    /** A graph whose full listing breaks after a few triples, like a producer that fails halfway. */
    private static final class FailingGraph extends WrappedGraph {
        private final int failAfter;

        FailingGraph(Graph base, int failAfter) {
            super(base);
            this.failAfter = failAfter;
        }

        @Override
        public ExtendedIterator<Triple> find() {
            return failing(super.find(Node.ANY, Node.ANY, Node.ANY));
        }

        @Override
        public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
            boolean everything = Node.ANY.equals(s) && Node.ANY.equals(p) && Node.ANY.equals(o);
            return everything ? failing(super.find(s, p, o)) : super.find(s, p, o);
        }

        private ExtendedIterator<Triple> failing(Iterator<Triple> triples) {
            return WrappedIterator.create(new Iterator<>() {
                private int given;

                @Override
                public boolean hasNext() {
                    return triples.hasNext();
                }

                @Override
                public Triple next() {
                    if (given == failAfter) {
                        throw new IllegalStateException("disk on fire");
                    }
                    if (!triples.hasNext()) {
                        throw new NoSuchElementException();
                    }
                    given++;
                    return triples.next();
                }
            });
        }
    }
}
