package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.ArticleStore;

/** The command line's contract: exit codes, --help, and what validate and query print. */
class CliTest {

    private static final String ARTICLE = "https://w3id.org/parley/id/article/a1";
    private static final String GOOD = """
            @prefix neg: <https://w3id.org/parley/ontology#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix prov: <http://www.w3.org/ns/prov#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            <https://w3id.org/parley/id/article/a1> a neg:Article ; dcterms:identifier "a1" ;
                dcterms:date "2025-06-10"^^xsd:date ; neg:contentHash "abc" .
            <https://w3id.org/parley/id/country/kenya> a neg:Country ; rdfs:label "Kenya" ;
                neg:mentionedIn <https://w3id.org/parley/id/article/a1> .
            <https://w3id.org/parley/id/act/a1/proposal-0> a neg:Proposal ;
                neg:agent <https://w3id.org/parley/id/country/kenya> ;
                prov:wasDerivedFrom <https://w3id.org/parley/id/article/a1> %s .
            """;

    @TempDir
    Path dir;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    private Path storeWith(String evidence) {
        Path storeDir = dir.resolve("store");
        Graph graph = RDFParser.fromString(GOOD.formatted(evidence), Lang.TURTLE).toGraph();
        try (ArticleStore store = ArticleStore.open(storeDir)) {
            store.replaceArticle(ARTICLE, graph);
        }
        return storeDir;
    }

    @Test
    void validateExitsZeroOnAConformingStore() {
        Path store = storeWith("; neg:evidence \"Kenya proposed a truce.\"");
        CommandRun run = run("validate", "--store", store.toString());
        assertThat(run.exit()).as(run.out()).isZero();
    }

    @Test
    void validateReportsTheBrokenActAndExitsOne() {
        Path store = storeWith("");
        CommandRun run = run("validate", "--store", store.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("proposal-0").contains("evidence");
        assertThat(run.err()).contains("violation");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"build", "serve", "up", "query", "export", "load", "validate", "bench"}) {
            CommandRun run = run(command, "--help");
            assertThat(run.exit()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: parley " + command);
        }
    }

    @Test
    void badUsageExitsTwoAndAFailedCommandExitsOneWithOneLine() {
        assertThat(run("build", "--no-such-option").exit()).isEqualTo(2);
        CommandRun missingStore = run("query", "--store", dir.resolve("absent").toString(), "--query", "ASK {}");
        assertThat(missingStore.exit()).isEqualTo(1);
        assertThat(missingStore.err().strip()).startsWith("parley: no store at").doesNotContain("\n");
    }

    @Test
    void buildReportsAnArticleOverTheSizeLimitByNameAndDoesNotAnnotateIt() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("dump.txt"), "Kenya proposed a truce to Ethiopia. ".repeat(20));
        Files.writeString(corpus.resolve("dump.json"), "{\"date\": \"2025-06-10\"}");
        String store = dir.resolve("store").toString();

        CommandRun build = run("build", "--corpus", corpus.toString(), "--store", store, "--no-link",
                "--max-article-chars", "500");

        assertThat(build.exit()).isEqualTo(1);
        assertThat(build.err()).contains("failed: dump.txt: too long to annotate: 720 characters, more than the"
                + " limit of 500").contains("0 added").contains("1 failed")
                // Nothing was left to annotate, so CoreNLP was never loaded.
                .doesNotContain("Loading CoreNLP");
        assertThat(run("build", "--corpus", corpus.toString(), "--store", store, "--max-article-chars", "0").exit())
                .isEqualTo(2);
        assertThat(run("build", "--help").out()).contains("--max-article-chars=N");
    }

    @Test
    void queryPrintsStandardJsonResultsAndNothingElse() {
        Path store = storeWith("; neg:evidence \"Kenya proposed a truce.\"");
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            CommandRun run = run("query", "--store", store.toString(), "--format", "json",
                    "--query", "PREFIX neg: <https://w3id.org/parley/ontology#> SELECT ?p WHERE { ?p a neg:Proposal }");
            assertThat(run.exit()).isZero();
        } finally {
            System.setOut(original);
        }
        String json = captured.toString(StandardCharsets.UTF_8).strip();
        assertThat(json).startsWith("{").endsWith("}").contains("proposal-0").contains("\"bindings\"");
    }

    @Test
    void exportWritesTheSameBytesTwiceAndSaysWhatItWrote() throws Exception {
        Path store = storeWith("; neg:evidence \"Kenya proposed a truce.\"");
        Path first = dir.resolve("first.ttl");
        Path second = dir.resolve("second.ttl");

        CommandRun run = run("export", "--store", store.toString(), "--format", "ttl", "--out", first.toString());
        run("export", "--store", store.toString(), "--format", "ttl", "--out", second.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().strip()).startsWith("Wrote ").contains("VoID description").contains("first.ttl")
                .doesNotContain("\n");
        assertThat(Files.mismatch(first, second)).isEqualTo(-1L);
        assertThat(Files.readString(first)).contains("void:Dataset");
    }

    @Test
    void exportWithoutVoidHoldsOnlyTheStore() throws Exception {
        Path store = storeWith("; neg:evidence \"Kenya proposed a truce.\"");
        Path file = dir.resolve("plain.nt");

        CommandRun run = run("export", "--store", store.toString(), "--format", "nt", "--no-void",
                "--out", file.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        Graph dumped = RDFParser.source(file).lang(Lang.NTRIPLES).toGraph();
        Graph stored = RDFParser.fromString(GOOD.formatted("; neg:evidence \"Kenya proposed a truce.\""), Lang.TURTLE)
                .toGraph();
        assertThat(dumped.isIsomorphicWith(stored)).isTrue();
    }

    @Test
    void exportWithAnUnknownFormatIsBadUsage() {
        Path store = storeWith("; neg:evidence \"Kenya proposed a truce.\"");

        CommandRun run = run("export", "--store", store.toString(), "--format", "rdfxml");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("rdfxml").contains("ttl, trig, nt, nq, jsonld");
    }

    @Test
    void aDumpLoadedIntoAnotherStoreValidatesAndLoadSaysWhatItDid() {
        Path store = storeWith("; neg:evidence \"Kenya proposed a truce.\"");
        Path dump = dir.resolve("job").resolve("dump.nq.gz");
        assertThat(run("export", "--store", store.toString(), "--format", "nq", "--out", dump.toString()).exit())
                .isZero();
        Path copy = dir.resolve("copy");

        CommandRun load = run("load", "--nquads", dump.getParent().toString(), "--store", copy.toString());

        assertThat(load.exit()).as(load.err()).isZero();
        // The dump's VoID description (its default graph) is computed on export, never stored: it is left out.
        assertThat(load.out()).startsWith("load: 1 files").contains("in 1 graphs (0 replaced)")
                .contains("outside named graphs left out");
        assertThat(run("validate", "--store", copy.toString()).exit()).isZero();
        assertThat(run("load", "--nquads", dump.toString(), "--store", copy.toString(), "--loader", "fast").exit())
                .isEqualTo(2);
    }
}
