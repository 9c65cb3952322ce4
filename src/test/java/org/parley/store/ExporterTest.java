package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parley.store.ArticleGraphs.article;
import static org.parley.store.ArticleGraphs.iri;
import static org.parley.store.ArticleGraphs.node;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parley.rdf.NEG;
import org.parley.store.dump.DumpPrefixes;
import org.parley.store.dump.SortedDump;
import org.parley.store.dump.VoidDescription;

class ExporterTest {

    private static final String SHARED_ACTOR = ArticleGraphs.BASE + "actor/Sergei_Lavrov";
    private static final String VOID = DumpPrefixes.VOID;
    private static final Node DATASET = NodeFactory.createURI(VoidDescription.DATASET);

    /** Shared by the tests, which only read it: a TDB2 database takes a second or so to make. */
    @TempDir
    static Path storeDir;

    private static ArticleStore store;

    @TempDir
    Path dir;

    @BeforeAll
    static void fillStore() {
        store = fill(ArticleStore.open(storeDir), false);
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    /**
     * The same actor, labelled the same, in both articles (the union graph must state it once), a blank-node act in
     * each, one link to Wikidata, and the ontology graph.
     */
    private static ArticleStore fill(ArticleStore target, boolean reversed) {
        List<String> ids = reversed ? List.of("a2", "a1") : List.of("a1", "a2");
        for (String id : ids) {
            Graph graph = article(id, "hash-" + id.charAt(1), "Sergei Lavrov");
            graph.add(node(SHARED_ACTOR), OWL.sameAs.asNode(), node(DumpPrefixes.WIKIDATA + "Q182788"));
            target.replaceArticle(iri(id), graph);
        }
        target.replaceGraph(NEG.ONTOLOGY_IRI, ArticleGraphs.ontology());
        return target;
    }

    // ---- what a dump holds

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void withoutTheDescriptionADumpIsTheStore(ExportFormat format) {
        DatasetGraph parsed = parse(export(ExportOptions.of(format).withDescription(false)), format);

        if (format.writesQuads()) {
            assertThat(parsed.getDefaultGraph().isEmpty()).isTrue();
            assertThat(isomorphicToTheStore(parsed)).isTrue();
        } else {
            assertThat(parsed.size()).isZero();
            assertThat(IsoMatcher.isomorphic(parsed.getDefaultGraph(), expectedUnion())).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aWholeStoreDumpAddsTheDescriptionToTheStore(ExportFormat format) {
        DatasetGraph parsed = parse(export(format, Optional.empty()), format);
        Graph description = parse(export(ExportOptions.of(ExportFormat.TRIG)), ExportFormat.TRIG).getDefaultGraph();

        assertThat(description.contains(DATASET, RDF.type.asNode(), node(VOID + "Dataset"))).isTrue();
        if (format.writesQuads()) {
            // The named graphs are exactly the store's; the description is in the default graph.
            DatasetGraph namedOnly = DatasetGraphFactory.createTxnMem();
            parsed.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(namedOnly::add);
            assertThat(isomorphicToTheStore(namedOnly)).isTrue();
            assertThat(IsoMatcher.isomorphic(parsed.getDefaultGraph(), description)).isTrue();
        } else {
            Graph expected = expectedUnion();
            description.find().forEachRemaining(expected::add);
            assertThat(IsoMatcher.isomorphic(parsed.getDefaultGraph(), expected)).isTrue();
        }
    }

    @Test
    void theDescriptionCountsTheUnionGraph() {
        Graph description = parse(export(ExportOptions.of(ExportFormat.TRIG)), ExportFormat.TRIG).getDefaultGraph();
        Set<Triple> union = new HashSet<>();
        expectedUnion().find().forEachRemaining(union::add);

        assertThat(integer(description, DATASET, VOID + "triples")).isEqualTo(union.size());
        assertThat(integer(description, DATASET, VOID + "distinctSubjects"))
                .isEqualTo(union.stream().map(Triple::getSubject).distinct().count());
        // neg:Article (two), neg:Person (one actor), neg:Statement (two acts); the ontology graph types nothing.
        assertThat(integer(description, DATASET, VOID + "classes")).isEqualTo(3);
        assertThat(entitiesOf(description, NEG.Article.getURI())).isEqualTo(2);
        assertThat(entitiesOf(description, NEG.Statement.getURI())).isEqualTo(2);
        assertThat(entitiesOf(description, NEG.Person.getURI())).isEqualTo(1);
        Node links = node(VoidDescription.WIKIDATA_LINKS);
        assertThat(integer(description, links, VOID + "triples")).isEqualTo(1);
        assertThat(description.contains(links, node(VOID + "linkPredicate"), OWL.sameAs.asNode())).isTrue();
        assertThat(description.contains(DATASET, node(VOID + "uriSpace"),
                NodeFactory.createLiteralString("https://w3id.org/parley/id/"))).isTrue();
    }

    @Test
    void theUnionGraphStatesATripleOfTwoArticlesOnce() {
        String nt = new String(export(ExportFormat.NT, Optional.empty()), StandardCharsets.UTF_8);

        String labelLine = "<" + SHARED_ACTOR + "> <" + RDFS.label.getURI() + "> \"Sergei Lavrov\" .";
        assertThat(nt.lines().filter(labelLine::equals)).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aNamedGraphExportHoldsOnlyThatGraphAndNoDescription(ExportFormat format) {
        DatasetGraph parsed = parse(export(format, Optional.of(iri("a1"))), format);

        Graph expected = article("a1", "hash-1", "Sergei Lavrov");
        expected.add(node(SHARED_ACTOR), OWL.sameAs.asNode(), node(DumpPrefixes.WIKIDATA + "Q182788"));
        Graph written = format.writesQuads() ? parsed.getGraph(node(iri("a1"))) : parsed.getDefaultGraph();
        assertThat(IsoMatcher.isomorphic(written, expected)).isTrue();
        if (format.writesQuads()) {
            assertThat(parsed.size()).isEqualTo(1);
            assertThat(parsed.getDefaultGraph().isEmpty()).isTrue();
        }
    }

    // ---- same store, same bytes

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void twoExportsOfTheSameStoreAreByteIdentical(ExportFormat format) {
        assertThat(export(format, Optional.empty())).isEqualTo(export(format, Optional.empty()));
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aStoreWrittenAgainInAnotherOrderGivesTheSameBytes(ExportFormat format) {
        byte[] first = export(format, Optional.empty());
        // New blank nodes (new internal labels), graphs written in the other order, into a new database.
        try (ArticleStore again = fill(ArticleStore.open(dir.resolve("again")), true)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Exporter.write(again.dataset(), format, Optional.empty(), out);
            assertThat(out.toByteArray()).isEqualTo(first);
        }
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aSortThatSpillsToDiskWritesTheSameBytes(ExportFormat format) throws Exception {
        Path temp = dir.resolve("sort-temp");
        ExportOptions tiny = ExportOptions.of(format).withSortBudget(600).withTempDir(temp);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        SortedDump.Report report = Exporter.write(store.dataset(), tiny, out);

        assertThat(report.spilledRuns()).isGreaterThan(3);
        assertThat(out.toByteArray()).isEqualTo(export(format, Optional.empty()));
        try (var left = Files.list(temp)) {
            assertThat(left).as("temporary files left behind").isEmpty();
        }
    }

    @Test
    void theStoresOwnPrefixesDoNotChangeTheDump() {
        try (ArticleStore withPrefix = fill(ArticleStore.open(dir.resolve("with-prefix")), false)) {
            Txn.executeWrite(withPrefix.dataset(), () ->
                    withPrefix.dataset().asDatasetGraph().prefixes().add("ex", "https://example.org/parley/"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Exporter.write(withPrefix.dataset(), ExportFormat.TTL, Optional.empty(), out);

            assertThat(out.toByteArray()).isEqualTo(export(ExportFormat.TTL, Optional.empty()));
        }
    }

    // ---- how it reads

    @Test
    void turtleGroupsEachSubjectWithItsTypeFirstAndRepeatsNoPredicate() {
        String ttl = new String(export(ExportFormat.TTL, Optional.empty()), StandardCharsets.UTF_8);

        assertThat(ttl).startsWith("@prefix rdf: <" + RDF.getURI() + "> .\n@prefix rdfs: <" + RDFS.getURI() + "> .")
                .contains("@prefix neg: <https://w3id.org/parley/ontology#> .")
                .contains("\n<" + SHARED_ACTOR + ">\n    a neg:Person ;\n    rdfs:label \"Sergei Lavrov\" ;\n")
                .contains("    neg:mentionedIn <" + iri("a1") + "> ,\n        <" + iri("a2") + "> .\n");
    }

    @Test
    void trigWritesTheDescriptionFirstThenEachGraphAsOneBlock() {
        String trig = new String(export(ExportFormat.TRIG, Optional.empty()), StandardCharsets.UTF_8);

        assertThat(trig).contains("\n{\n");
        assertThat(trig.indexOf("\n{\n")).isLessThan(trig.indexOf("<" + iri("a1") + "> {"));
        for (String graph : new String[] {iri("a1"), iri("a2"), NEG.ONTOLOGY_IRI}) {
            assertThat(trig.lines().filter(line -> line.startsWith("<" + graph + "> {"))).hasSize(1);
        }
    }

    @Test
    void jsonLdHasAContextWithTheDumpPrefixes() {
        String json = new String(export(ExportFormat.JSONLD, Optional.empty()), StandardCharsets.UTF_8);

        assertThat(json).startsWith("{\n  \"@context\": {\n    \"rdf\": \"" + RDF.getURI() + "\",")
                .contains("\"neg\": \"https://w3id.org/parley/ontology#\"")
                .contains("\"@type\": [\"neg:Person\"]");
    }

    // ---- errors and files

    @Test
    void anUnknownGraphIsAClearError() {
        assertThatThrownBy(() -> export(ExportFormat.TTL, Optional.of(iri("missing"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(iri("missing"));
    }

    @Test
    void aGzFileIsGzipAndParses() throws Exception {
        Path file = dir.resolve("dumps/all.nq.gz");

        Exporter.writeToFile(store.dataset(), ExportFormat.NQ, Optional.empty(), file);

        byte[] compressed = Files.readAllBytes(file);
        assertThat(compressed[0] & 0xff).isEqualTo(0x1f);
        assertThat(compressed[1] & 0xff).isEqualTo(0x8b);
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            assertThat(in.readAllBytes()).isEqualTo(export(ExportFormat.NQ, Optional.empty()));
        }
    }

    @Test
    void aPlainFileIsNotCompressed() throws Exception {
        Path file = dir.resolve("all.ttl");

        Exporter.writeToFile(store.dataset(), ExportFormat.TTL, Optional.empty(), file);

        assertThat(Files.readAllBytes(file)).isEqualTo(export(ExportFormat.TTL, Optional.empty()));
    }

    @Test
    void formatNamesParseIgnoringCaseAndRejectOthersClearly() {
        assertThat(ExportFormat.parse("TriG")).isEqualTo(ExportFormat.TRIG);
        assertThat(ExportFormat.parse("jsonld")).isEqualTo(ExportFormat.JSONLD);
        assertThatThrownBy(() -> ExportFormat.parse("rdfxml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rdfxml")
                .hasMessageContaining("ttl, trig, nt, nq, jsonld");
    }

    private byte[] export(ExportFormat format, Optional<String> graph) {
        return export(ExportOptions.of(format).withGraph(graph));
    }

    private byte[] export(ExportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.write(store.dataset(), options, out);
        return out.toByteArray();
    }

    private boolean isomorphicToTheStore(DatasetGraph parsed) {
        return Txn.calculateRead(store.dataset(),
                () -> IsoMatcher.isomorphic(store.dataset().asDatasetGraph(), parsed));
    }

    private static DatasetGraph parse(byte[] dump, ExportFormat format) {
        DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(dump)).lang(langOf(format)).parse(parsed);
        return parsed;
    }

    private static Lang langOf(ExportFormat format) {
        return switch (format) {
            case TTL -> Lang.TURTLE;
            case TRIG -> Lang.TRIG;
            case NT -> Lang.NTRIPLES;
            case NQ -> Lang.NQUADS;
            case JSONLD -> Lang.JSONLD;
        };
    }

    private static long integer(Graph graph, Node subject, String property) {
        List<Triple> values = graph.find(subject, node(property), Node.ANY).toList();
        assertThat(values).as("%s of %s", property, subject).hasSize(1);
        return Long.parseLong(values.get(0).getObject().getLiteralLexicalForm());
    }

    private static long entitiesOf(Graph description, String type) {
        List<Triple> partitions = description.find(Node.ANY, node(VOID + "class"), node(type)).toList();
        assertThat(partitions).as("class partition of %s", type).hasSize(1);
        return integer(description, partitions.get(0).getSubject(), VOID + "entities");
    }

    /** Built independently of the store: what its union graph must be. */
    private static Graph expectedUnion() {
        Graph union = GraphFactory.createDefaultGraph();
        for (String id : List.of("a1", "a2")) {
            article(id, "hash-" + id.charAt(1), "Sergei Lavrov").find().forEachRemaining(union::add);
        }
        union.add(node(SHARED_ACTOR), OWL.sameAs.asNode(), node(DumpPrefixes.WIKIDATA + "Q182788"));
        ArticleGraphs.ontology().find().forEachRemaining(union::add);
        return union;
    }
}
