package org.parley.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.DCTerms;
import org.parley.rdf.NEG;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TDB2 database that holds one named graph per article, plus other named graphs such as the ontology.
 *
 * <p>An article's graph is named by the article's IRI, and that node carries {@code dcterms:identifier} (the
 * article id) and {@code neg:contentHash} (what it was built from): together they are the manifest that makes
 * {@code build} incremental. Queries on {@link #dataset()} see the union of the named graphs as default graph.
 *
 * <p>Every change is one write transaction, so a failure halfway leaves the store as it was. Methods may be called
 * from several threads: TDB2 runs one writer at a time and lets readers go on meanwhile.
 */
public final class ArticleStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleStore.class);
    private static final Node IDENTIFIER = DCTerms.identifier.asNode();
    private static final Node CONTENT_HASH = NEG.contentHash.asNode();

    private final Path directory;
    private final Dataset dataset;
    private boolean closed;

    private ArticleStore(Path directory, Dataset dataset) {
        this.directory = directory;
        this.dataset = dataset;
    }

    /** Opens the store in {@code dir}, creating an empty TDB2 database there if there is none. */
    public static ArticleStore open(Path dir) {
        Objects.requireNonNull(dir, "dir");
        Dataset dataset;
        try {
            dataset = TDB2Factory.connectDataset(dir.toString());
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the store at " + dir + ": " + e.getMessage(), e);
        }
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        LOG.debug("Opened store {}", dir);
        return new ArticleStore(dir, dataset);
    }

    /** The TDB2 dataset, for the server and for queries; its default graph in SPARQL is the union graph. */
    public Dataset dataset() {
        return dataset;
    }

    /** The directory the database lives in. */
    public Path directory() {
        return directory;
    }

    /** Article id to what was built for it, sorted by id; graphs without an identifier are not articles. */
    public Map<String, BuiltArticle> manifest() {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Map<String, BuiltArticle> byId = new TreeMap<>();
            Iterator<Quad> identifiers = dsg.findNG(Node.ANY, Node.ANY, IDENTIFIER, Node.ANY);
            while (identifiers.hasNext()) {
                Quad quad = identifiers.next();
                // Only the article node itself, the graph's name, identifies the graph's article.
                if (!quad.getGraph().equals(quad.getSubject()) || !quad.getObject().isLiteral()) {
                    continue;
                }
                String id = quad.getObject().getLiteralLexicalForm();
                String graphIri = quad.getGraph().getURI();
                BuiltArticle built = new BuiltArticle(id, graphIri, contentHashOf(dsg, quad.getGraph()));
                BuiltArticle first = byId.putIfAbsent(id, built);
                if (first != null) {
                    LOG.warn("Article id {} names two graphs, <{}> and <{}>; the manifest keeps the first",
                            id, first.graphIri(), graphIri);
                }
            }
            return Collections.unmodifiableMap(byId);
        });
    }

    /**
     * Replaces the named graph of one article by {@code content}, in one write transaction: readers see either the
     * old graph or the new one, and if anything fails (reading {@code content} included) the old graph stays.
     *
     * @throws IllegalArgumentException if the article node lacks {@code dcterms:identifier} or
     *     {@code neg:contentHash}: without them the article would be invisible to the manifest
     */
    public void replaceArticle(String graphIri, Graph content) {
        replaceArticles(Map.of(graphIri, content));
    }

    /**
     * Replaces the named graphs of several articles in one write transaction: each article's graph is replaced whole
     * or not at all, as with {@link #replaceArticle}. A transaction costs tens of milliseconds however small it is
     * (the disk syncs), so a build writes the articles it has annotated in groups.
     *
     * @param graphs article graph IRI to content, written in the map's order
     */
    public void replaceArticles(Map<String, Graph> graphs) {
        Map<Node, Graph> checked = new LinkedHashMap<>();
        graphs.forEach((graphIri, content) -> {
            Node graph = graphNode(graphIri);
            Objects.requireNonNull(content, "content");
            requireManifestEntry(graph, content, IDENTIFIER, "dcterms:identifier");
            requireManifestEntry(graph, content, CONTENT_HASH, "neg:contentHash");
            checked.put(graph, content);
        });
        Txn.executeWrite(dataset, () -> checked.forEach(this::replaceInTransaction));
    }

    /** Replaces a named graph that is not an article (the ontology), with the same all-or-nothing guarantee. */
    public void replaceGraph(String graphIri, Graph content) {
        replace(graphNode(graphIri), content);
    }

    /**
     * Writes the ontology this jar ships into its named graph unless the store holds that version already: queries
     * that climb the class tree ({@code rdfs:subClassOf neg:NegotiationAct}) need it, and a new jar may ship a new
     * one for an unchanged corpus.
     *
     * @return whether the graph was written
     */
    public boolean holdShippedOntology() {
        Graph shipped = shippedOntology();
        boolean current = Txn.calculateRead(dataset, () -> dataset.asDatasetGraph()
                .getGraph(NodeFactory.createURI(NEG.ONTOLOGY_IRI)).isIsomorphicWith(shipped));
        if (!current) {
            replaceGraph(NEG.ONTOLOGY_IRI, shipped);
        }
        return !current;
    }

    private static Graph shippedOntology() {
        try (InputStream in = ArticleStore.class.getResourceAsStream(NEG.ONTOLOGY_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the ontology " + NEG.ONTOLOGY_RESOURCE + " is missing from the jar");
            }
            return RDFParser.source(in).lang(Lang.TURTLE).toGraph();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the given named graphs, all in one write transaction; unknown names are ignored. */
    public void dropGraphs(Collection<String> graphIris) {
        List<Node> graphs = graphIris.stream().map(ArticleStore::graphNode).toList();
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            graphs.forEach(graph -> dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY));
        });
    }

    /** The number of quads in all named graphs (a triple in two graphs counts twice). */
    public long tripleCount() {
        return Txn.calculateRead(dataset,
                () -> Iter.count(dataset.asDatasetGraph().findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY)));
    }

    /**
     * Releases the database: its files and its lock, so another process may open it. TDB2 shares one connection
     * per directory in a JVM, so this also ends any other {@code ArticleStore} open on the same directory.
     *
     * @throws StoreException if a transaction is still running (a query that has not finished)
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        try {
            TDBInternal.expel(dataset.asDatasetGraph());
        } catch (RuntimeException e) {
            throw new StoreException("cannot close the store at " + directory + ": " + e.getMessage(), e);
        }
        closed = true;
        LOG.debug("Closed store {}", directory);
    }

    private void replace(Node graph, Graph content) {
        Objects.requireNonNull(content, "content");
        Txn.executeWrite(dataset, () -> replaceInTransaction(graph, content));
    }

    private void replaceInTransaction(Node graph, Graph content) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        ExtendedIterator<Triple> triples = content.find();
        try {
            while (triples.hasNext()) {
                Triple t = triples.next();
                dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject());
            }
        } finally {
            triples.close();
        }
    }

    private static String contentHashOf(DatasetGraph dsg, Node graph) {
        Iterator<Quad> hashes = dsg.find(graph, graph, CONTENT_HASH, Node.ANY);
        try {
            while (hashes.hasNext()) {
                Node hash = hashes.next().getObject();
                if (hash.isLiteral()) {
                    return hash.getLiteralLexicalForm();
                }
            }
            return "";
        } finally {
            Iter.close(hashes);
        }
    }

    private static void requireManifestEntry(Node graph, Graph content, Node property, String name) {
        if (!content.contains(graph, property, Node.ANY)) {
            throw new IllegalArgumentException(
                    "article graph <" + graph.getURI() + "> has no " + name + " on its article node");
        }
    }

    private static Node graphNode(String graphIri) {
        if (graphIri == null || graphIri.isBlank()) {
            throw new IllegalArgumentException("a named graph needs an IRI, got '" + graphIri + "'");
        }
        return NodeFactory.createURI(graphIri);
    }
}
