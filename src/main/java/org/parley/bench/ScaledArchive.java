package org.parley.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.parley.rdf.Iris;
import org.parley.store.ArticleStore;
import org.parley.store.NQuadsLoader;

/**
 * An archive of any size made from the article graphs of a real build (a job's N-Quads parts or a dump): copy
 * {@code k} of an article is the same graph under the article id {@code ID-xK}, its acts renamed with it, its dates
 * {@code k × 3} days later, and its people, states, organisations and places that have no Wikidata link renamed
 * for that copy too. So an archive a hundred times the source keeps the source's shape (acts per article, parties per
 * act, quotations, dates) while the well-known actors recur across it, as they do in a year of news, and the minor
 * ones grow with it. The same source and copies always give the same quads.
 */
final class ScaledArchive {

    /** Days between one copy of an article and the next: a hundred copies span most of a year. */
    static final int DAYS_PER_COPY = 3;
    private static final String ARTICLE = Iris.BASE + "article/";
    private static final String ACT = Iris.BASE + "act/";
    private static final Set<String> ENTITY_FOLDERS = Set.of("person", "organization", "country", "place");
    private static final Node IDENTIFIER = DCTerms.identifier.asNode();
    private static final Node SAME_AS = OWL.sameAs.asNode();

    /** One article graph of the source: its id and its quads. */
    record SourceArticle(String id, List<Quad> quads) {
    }

    private final List<SourceArticle> articles;
    private final Set<Node> linked;
    private final long quadsPerCopy;

    private ScaledArchive(List<SourceArticle> articles) {
        this.articles = articles;
        this.linked = new HashSet<>();
        long quads = 0;
        for (SourceArticle article : articles) {
            for (Quad quad : article.quads()) {
                if (quad.getPredicate().equals(SAME_AS)) {
                    linked.add(quad.getSubject());
                }
            }
            quads += article.quads().size();
        }
        this.quadsPerCopy = quads;
    }

    /**
     * The article graphs of the sources: stores (folders TDB2 made) and N-Quads files or folders of them; other graphs
     * (the ontology) and the default graph are left out.
     */
    static ScaledArchive of(List<Path> sources) {
        Map<Node, List<Quad>> graphs = new LinkedHashMap<>();
        Consumer<Quad> keep = quad -> {
            if (quad.getGraph().isURI() && quad.getGraph().getURI().startsWith(ARTICLE)) {
                graphs.computeIfAbsent(quad.getGraph(), g -> new ArrayList<>()).add(quad);
            }
        };
        for (Path source : sources) {
            if (Files.exists(source.resolve("tdb.lock")) || Files.isDirectory(source.resolve("Data-0001"))) {
                try (ArticleStore store = ArticleStore.open(source)) {
                    Txn.executeRead(store.dataset(), () -> store.dataset().asDatasetGraph()
                            .find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(keep));
                }
            } else if (Files.exists(source)) {
                for (Path file : NQuadsLoader.files(List.of(source))) {
                    NQuadsLoader.parse(file, new StreamRDFBase() {
                        @Override
                        public void quad(Quad quad) {
                            keep.accept(quad);
                        }
                    });
                }
            } else {
                throw new IllegalArgumentException("no store or N-Quads at " + source);
            }
        }
        if (graphs.isEmpty()) {
            throw new IllegalArgumentException("no article graph in " + sources);
        }
        List<SourceArticle> articles = new ArrayList<>();
        graphs.forEach((graph, quads) -> articles.add(new SourceArticle(
                graph.getURI().substring(ARTICLE.length()), List.copyOf(quads))));
        return new ScaledArchive(articles);
    }

    int articlesPerCopy() {
        return articles.size();
    }

    long quadsPerCopy() {
        return quadsPerCopy;
    }

    /** How many articles of the archive make about {@code quads} quads (at least one). */
    long articlesFor(long quads) {
        return Math.max(1, Math.round((double) quads * articles.size() / quadsPerCopy));
    }

    /**
     * Writes articles {@code from} (inclusive) to {@code to} (exclusive) of the archive as one gzipped N-Quads file:
     * article {@code n} is copy {@code n / articlesPerCopy()} of source article {@code n % articlesPerCopy()}.
     */
    void write(long from, long to, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
                StreamRDF writer = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
                writer.start();
                for (long n = from; n < to; n++) {
                    SourceArticle article = articles.get((int) (n % articles.size()));
                    int copy = (int) (n / articles.size());
                    for (Quad quad : article.quads()) {
                        writer.quad(copy(quad, article.id(), copy));
                    }
                }
                writer.finish();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The quad as it stands in copy {@code copy} of the article; copy 0 is the source itself. */
    Quad copy(Quad quad, String articleId, int copy) {
        if (copy == 0) {
            return quad;
        }
        String suffix = "-x" + copy;
        boolean articleIdentifier = quad.getPredicate().equals(IDENTIFIER) && quad.getObject().isLiteral()
                && quad.getSubject().isURI() && quad.getSubject().getURI().equals(ARTICLE + articleId);
        Node object = articleIdentifier
                ? NodeFactory.createLiteralString(quad.getObject().getLiteralLexicalForm() + suffix)
                : node(quad.getObject(), articleId, suffix, copy);
        return Quad.create(node(quad.getGraph(), articleId, suffix, copy),
                node(quad.getSubject(), articleId, suffix, copy), quad.getPredicate(), object);
    }

    private Node node(Node node, String articleId, String suffix, int copy) {
        if (node.isURI()) {
            return iri(node, articleId, suffix);
        }
        if (node.isLiteral() && XSDDatatype.XSDdate.getURI().equals(node.getLiteralDatatypeURI())) {
            try {
                LocalDate date = LocalDate.parse(node.getLiteralLexicalForm());
                return NodeFactory.createLiteralDT(date.plusDays((long) copy * DAYS_PER_COPY).toString(),
                        XSDDatatype.XSDdate);
            } catch (DateTimeParseException e) {
                return node;
            }
        }
        return node;
    }

    private Node iri(Node node, String articleId, String suffix) {
        String iri = node.getURI();
        if (iri.equals(ARTICLE + articleId)) {
            return NodeFactory.createURI(iri + suffix);
        }
        if (iri.startsWith(ACT + articleId + "/")) {
            return NodeFactory.createURI(ACT + articleId + suffix + iri.substring((ACT + articleId).length()));
        }
        if (iri.startsWith(Iris.BASE) && !linked.contains(node)) {
            String path = iri.substring(Iris.BASE.length());
            int slash = path.indexOf('/');
            if (slash > 0 && ENTITY_FOLDERS.contains(path.substring(0, slash))) {
                return NodeFactory.createURI(iri + suffix);
            }
        }
        return node;
    }
}
