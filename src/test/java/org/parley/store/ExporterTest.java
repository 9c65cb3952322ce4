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
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parley.rdf.NEG;

class ExporterTest {

    private static final String SHARED_ACTOR = ArticleGraphs.BASE + "actor/Sergei_Lavrov";

    @TempDir
    Path dir;

    private ArticleStore store;

    @BeforeEach
    void fillStore() {
        store = ArticleStore.open(dir.resolve("store"));
        // The same actor, labelled the same, in both articles: the union graph must state it once.
        store.replaceArticle(iri("a1"), article("a1", "hash-1", "Sergei Lavrov"));
        store.replaceArticle(iri("a2"), article("a2", "hash-2", "Sergei Lavrov"));
        store.replaceGraph(NEG.ONTOLOGY_IRI, ArticleGraphs.ontology());
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void everyFormatParsesBackWithRiot(ExportFormat format) {
        byte[] dump = export(format, Optional.empty());

        DatasetGraph parsed = parse(dump, format);

        if (format.writesQuads()) {
            assertThat(parsed.getDefaultGraph().isEmpty()).isTrue();
            assertThat(parsed.size()).isEqualTo(3);
            assertThat(countQuads(parsed)).isEqualTo(store.tripleCount());
        } else {
            assertThat(parsed.size()).isZero();
            assertThat(IsoMatcher.isomorphic(parsed.getDefaultGraph(), expectedUnion())).isTrue();
        }
    }

    @Test
    void theUnionGraphStatesATripleOfTwoArticlesOnce() {
        String nt = new String(export(ExportFormat.NT, Optional.empty()), StandardCharsets.UTF_8);

        String labelLine = "<" + SHARED_ACTOR + "> <" + RDFS.label.getURI() + "> \"Sergei Lavrov\" .";
        assertThat(nt.lines().filter(labelLine::equals)).hasSize(1);
    }

    @Test
    void trigParsesBackIntoADatasetIsomorphicToTheStore() {
        DatasetGraph parsed = parse(export(ExportFormat.TRIG, Optional.empty()), ExportFormat.TRIG);

        boolean isomorphic = Txn.calculateRead(store.dataset(),
                () -> IsoMatcher.isomorphic(store.dataset().asDatasetGraph(), parsed));
        assertThat(isomorphic).isTrue();
    }

    @Test
    void trigWritesEachGraphAsOneBlock() {
        String trig = new String(export(ExportFormat.TRIG, Optional.empty()), StandardCharsets.UTF_8);

        for (String graph : new String[] {iri("a1"), iri("a2"), NEG.ONTOLOGY_IRI}) {
            assertThat(trig.lines().filter(line -> line.startsWith("<" + graph + "> {"))).hasSize(1);
        }
    }

    @Test
    void turtleUsesTheStandardPrefixes() {
        String ttl = new String(export(ExportFormat.TTL, Optional.empty()), StandardCharsets.UTF_8);

        assertThat(ttl).containsPattern("(?i)prefix neg: +<https://w3id.org/parley/ontology#>")
                .contains("neg:Article");
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aNamedGraphExportHoldsOnlyThatGraph(ExportFormat format) {
        DatasetGraph parsed = parse(export(format, Optional.of(iri("a1"))), format);

        Graph expected = article("a1", "hash-1", "Sergei Lavrov");
        Graph written = format.writesQuads() ? parsed.getGraph(node(iri("a1"))) : parsed.getDefaultGraph();
        assertThat(IsoMatcher.isomorphic(written, expected)).isTrue();
        if (format.writesQuads()) {
            assertThat(parsed.size()).isEqualTo(1);
        }
    }

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
            DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
            RDFParser.source(in).lang(Lang.NQUADS).parse(parsed);
            assertThat(countQuads(parsed)).isEqualTo(store.tripleCount());
        }
    }

    @Test
    void aPlainFileIsNotCompressed() throws Exception {
        Path file = dir.resolve("all.ttl");

        Exporter.writeToFile(store.dataset(), ExportFormat.TTL, Optional.empty(), file);

        DatasetGraph parsed = parse(Files.readAllBytes(file), ExportFormat.TTL);
        assertThat(IsoMatcher.isomorphic(parsed.getDefaultGraph(), expectedUnion())).isTrue();
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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.write(store.dataset(), format, graph, out);
        return out.toByteArray();
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

    private static long countQuads(DatasetGraph dsg) {
        return dsg.stream().count();
    }

    /** Built independently of the store: what its union graph must be. */
    private static Graph expectedUnion() {
        Graph union = GraphFactory.createDefaultGraph();
        article("a1", "hash-1", "Sergei Lavrov").find().forEachRemaining(union::add);
        article("a2", "hash-2", "Sergei Lavrov").find().forEachRemaining(union::add);
        ArticleGraphs.ontology().find().forEachRemaining(union::add);
        return union;
    }
}
