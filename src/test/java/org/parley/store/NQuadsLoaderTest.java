package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parley.store.ArticleGraphs.article;
import static org.parley.store.ArticleGraphs.iri;
import static org.parley.store.ArticleGraphs.node;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading a cluster job's N-Quads parts: new graphs added, graphs loaded before replaced, bad files refused whole. */
class NQuadsLoaderTest {

    @TempDir
    Path dir;

    /** Writes the graphs as one gzipped N-Quads part, named as Spark names its text parts. */
    private Path part(String folder, String name, Map<String, Graph> graphs) throws IOException {
        Path file = dir.resolve(folder).resolve(name);
        Files.createDirectories(file.getParent());
        DatasetGraph data = DatasetGraphFactory.createGeneral();
        graphs.forEach((iri, graph) -> graph.find().forEachRemaining(t -> data.add(node(iri), t.getSubject(),
                t.getPredicate(), t.getObject())));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            RDFDataMgr.write(out, data, Lang.NQUADS);
        }
        return file;
    }

    private static Graph stored(ArticleStore store, String id) {
        return Txn.calculateRead(store.dataset(), () -> {
            Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            store.dataset().getNamedModel(iri(id)).getGraph().find().forEachRemaining(copy::add);
            return copy;
        });
    }

    private NQuadsLoader.Report load(ArticleStore store, String... folders) {
        List<Path> inputs = java.util.Arrays.stream(folders).map(dir::resolve).toList();
        return NQuadsLoader.load(store, NQuadsLoader.files(inputs), NQuadsLoader.Plan.PHASED, line -> { });
    }

    @Test
    void aJobsPartsLoadIntoAnEmptyStoreAsTheGraphsTheyName() throws IOException {
        Graph chad = article("chad", "h1", "Idriss Deby");
        Graph niger = article("niger", "h2", "Bakary Sangare");
        part("job", "part-00000.gz", Map.of(iri("chad"), chad));
        part("job", "part-00001.gz", Map.of(iri("niger"), niger));
        Files.writeString(dir.resolve("job/_SUCCESS"), "");

        try (ArticleStore store = ArticleStore.open(dir.resolve("store"))) {
            NQuadsLoader.Report report = load(store, "job");

            assertThat(report.files()).isEqualTo(2);
            assertThat(report.graphs()).isEqualTo(2);
            assertThat(report.replaced()).isZero();
            assertThat(store.manifest()).containsOnlyKeys("chad", "niger");
            assertThat(stored(store, "chad").isIsomorphicWith(chad)).isTrue();
            assertThat(stored(store, "niger").isIsomorphicWith(niger)).isTrue();
        }
    }

    @Test
    void aStoreMadeByLoadingAloneHoldsTheOntologyTheQueriesClimb() throws IOException {
        part("job", "part-00000.gz", Map.of(iri("chad"), article("chad", "h1", "Idriss Deby")));

        try (ArticleStore store = ArticleStore.open(dir.resolve("store"))) {
            load(store, "job");

            boolean demandIsAnAct = Txn.calculateRead(store.dataset(), () -> org.apache.jena.query.QueryExecution
                    .create("PREFIX neg: <https://w3id.org/parley/ontology#> "
                            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                            + "ASK { neg:Demand rdfs:subClassOf neg:NegotiationAct }", store.dataset()).execAsk());
            assertThat(demandIsAnAct).isTrue();
            assertThat(store.holdShippedOntology()).as("written once, then current").isFalse();
        }
    }

    @Test
    void aGraphLoadedAgainReplacesTheOldOneWholeAndLeavesTheOthersAlone() throws IOException {
        part("first", "part-00000.gz", Map.of(iri("chad"), article("chad", "h1", "Idriss Deby"),
                iri("niger"), article("niger", "h2", "Bakary Sangare")));
        Graph rebuilt = article("chad", "h3", "Mahamat Deby");
        part("second", "part-00000.gz", Map.of(iri("chad"), rebuilt));

        try (ArticleStore store = ArticleStore.open(dir.resolve("store"))) {
            load(store, "first");
            long before = store.tripleCount();
            NQuadsLoader.Report report = load(store, "second");

            assertThat(report.replaced()).isEqualTo(1);
            assertThat(stored(store, "chad").isIsomorphicWith(rebuilt)).isTrue();
            assertThat(store.manifest().get("chad").contentHash()).isEqualTo("h3");
            assertThat(store.manifest().get("niger").contentHash()).isEqualTo("h2");
            assertThat(store.tripleCount()).isEqualTo(before);
        }
    }

    @Test
    void aGraphInTwoRunsOfAJobIsTakenFromTheLaterRun() throws IOException {
        part("nquads/run=20250101T100000.000Z", "part-00000.txt.gz",
                Map.of(iri("chad"), article("chad", "h1", "Idriss Deby")));
        Graph rebuilt = article("chad", "h2", "Mahamat Deby");
        part("nquads/run=20250102T100000.000Z", "part-00000.txt.gz", Map.of(iri("chad"), rebuilt));

        try (ArticleStore store = ArticleStore.open(dir.resolve("store"))) {
            NQuadsLoader.Report report = load(store, "nquads");

            assertThat(report.graphs()).isEqualTo(1);
            assertThat(report.quads()).isEqualTo(rebuilt.size());
            assertThat(stored(store, "chad").isIsomorphicWith(rebuilt)).isTrue();
        }
    }

    @Test
    void aBrokenFileStopsTheLoadBeforeTheStoreIsTouched() throws IOException {
        part("job", "part-00000.gz", Map.of(iri("chad"), article("chad", "h1", "Idriss Deby")));
        Path broken = dir.resolve("job/part-00001.nq");
        Files.writeString(broken, "<https://example.org/s> <https://example.org/p> \"cut off",
                StandardCharsets.UTF_8);

        try (ArticleStore store = ArticleStore.open(dir.resolve("store"))) {
            assertThatThrownBy(() -> load(store, "job")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("part-00001.nq");
            assertThat(store.manifest()).isEmpty();
            assertThat(store.tripleCount()).isZero();
        }
    }

    @Test
    void statementsOutsideNamedGraphsAreLeftOutAndCounted() throws IOException {
        part("job", "part-00000.gz", Map.of(iri("chad"), article("chad", "h1", "Idriss Deby")));
        Files.writeString(dir.resolve("job/description.nq"),
                "<https://example.org/s> <https://example.org/p> <https://example.org/o> .\n");

        try (ArticleStore store = ArticleStore.open(dir.resolve("store"))) {
            NQuadsLoader.Report report = load(store, "job");

            assertThat(report.outsideGraphs()).isEqualTo(1);
            assertThat(report.summary()).contains("1 statements outside named graphs left out");
            assertThat(store.manifest()).containsOnlyKeys("chad");
            boolean defaultGraphEmpty = Txn.calculateRead(store.dataset(),
                    () -> store.dataset().asDatasetGraph().getDefaultGraph().isEmpty());
            assertThat(defaultGraphEmpty).isTrue();
        }
    }
}
