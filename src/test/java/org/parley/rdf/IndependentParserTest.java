package org.parley.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.ingest.SeedStore;
import org.parley.store.ArticleStore;
import org.parley.store.ExportFormat;
import org.parley.store.ExportOptions;
import org.parley.store.Exporter;
import org.parley.store.dump.SortedDump;

/**
 * The ontology, the shapes and every dump must be plain, portable RDF, not RDF that only Jena accepts: Raptor's
 * {@code rapper} (a C parser sharing no code with Jena) parses the Turtle, TriG, N-Triples and N-Quads and reads the
 * same statements from them as Jena; Python's rdflib does the same for the JSON-LD. The tests fail, rather than
 * skip, when a parser is missing: an unchecked file would pass silently.
 */
class IndependentParserTest {

    private static final String RAPPER_HINT =
            "Raptor's `rapper` is not installed; install the Debian/Ubuntu package raptor2-utils "
                    + "(apt-get install raptor2-utils)";
    private static final String RDFLIB_HINT =
            "Python's rdflib is not installed; install the Debian/Ubuntu package python3-rdflib "
                    + "(apt-get install python3-rdflib)";
    /** Debian's Python, where python3-rdflib goes (another python3 may come first on the PATH). */
    private static final String PYTHON =
            Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    /** The exit code of the script below when rdflib is missing. */
    private static final int RDFLIB_MISSING = 3;
    /** Reads the JSON-LD file named by its argument with rdflib and prints its triples as N-Triples. */
    private static final String RDFLIB_JSONLD_TO_NT = String.join("\n",
            "import sys",
            "try:",
            "    import rdflib",
            "except ImportError:",
            "    sys.exit(" + RDFLIB_MISSING + ")",
            "graph = rdflib.Graph()",
            "graph.parse(sys.argv[1], format='json-ld')",
            "out = graph.serialize(format='nt')",
            "sys.stdout.write(out.decode('utf-8') if isinstance(out, bytes) else out)");
    private static final Pattern TRIPLE_COUNT = Pattern.compile("Parsing returned (\\d+) triples?");

    /** What one run of a parser gave: its exit code, its stdout (the statements, if asked for) and its messages. */
    private record ParserRun(int exitCode, String output, String messages) {
    }

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ontology/negotiation.ttl", "ontology/shapes.ttl"})
    void rapperParsesTheFileWithoutErrorOrWarningAndCountsAsManyTriplesAsJena(String file) throws Exception {
        ParserRun run = rapper("-i", "turtle", "-c", file);

        assertThat(run.exitCode()).as("rapper's exit code on %s; it said:%n%s", file, run.messages()).isZero();
        assertThat(run.messages()).as("rapper's messages on %s", file).doesNotContain("Error", "Warning");
        long rapperCount = tripleCount(run.messages());
        assertThat(rapperCount).as("triples rapper read from %s", file)
                .isGreaterThan(200)
                .isEqualTo(jenaGraph(Path.of(file)).size());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ontology/negotiation.ttl", "ontology/shapes.ttl"})
    void rapperReadsTheSameGraphAsJena(String file) throws Exception {
        ParserRun run = rapper("-q", "-i", "turtle", "-o", "ntriples", file);
        assertThat(run.exitCode()).as("rapper's exit code on %s; it said:%n%s", file, run.messages()).isZero();

        Graph fromRapper = RDFParser.fromString(run.output(), Lang.NTRIPLES).toGraph();
        assertThat(fromRapper.isIsomorphicWith(jenaGraph(Path.of(file))))
                .as("rapper's and Jena's reading of %s are the same graph", file)
                .isTrue();
    }

    /**
     * A dump of the seed store (real articles, and the ontology with its blank-node lists) read by a parser that
     * shares no code with Jena: as many statements as the store holds plus its description, and the same ones.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(ExportFormat.class)
    void anIndependentParserReadsEachDumpOfTheSeedStoreAsJenaDoes(ExportFormat format) throws Exception {
        Path dump = temp.resolve("seed." + format.label());
        SortedDump.Report report;
        long expected;
        try (ArticleStore store = ArticleStore.open(SeedStore.directory())) {
            report = Exporter.writeToFile(store.dataset(), ExportOptions.of(format), dump);
            long storeStatements = format.writesQuads() ? store.tripleCount() : Txn.calculateRead(store.dataset(),
                    () -> (long) store.dataset().asDatasetGraph().getUnionGraph().size());
            expected = storeStatements + report.descriptionTriples();
        }
        assertThat(report.descriptionTriples()).as("triples of the VoID description").isGreaterThan(20);
        DatasetGraph byJena = RDFParser.source(dump).lang(langOf(format)).toDatasetGraph();

        DatasetGraph independent;
        if (format == ExportFormat.JSONLD) {
            ParserRun run = run(RDFLIB_HINT, PYTHON, "-c", RDFLIB_JSONLD_TO_NT, dump.toString());
            assertThat(run.exitCode()).as("rdflib on %s; it said:%n%s", dump, run.messages()).isZero();
            independent = RDFParser.fromString(run.output(), Lang.NTRIPLES).toDatasetGraph();
        } else {
            ParserRun run = rapper("-i", rapperSyntax(format), "-o", "nquads", dump.toString());
            assertThat(run.exitCode()).as("rapper on %s; it said:%n%s", dump, run.messages()).isZero();
            assertThat(run.messages()).as("rapper's messages on %s", dump).doesNotContain("Error", "Warning");
            assertThat(tripleCount(run.messages())).as("statements rapper counted").isEqualTo(expected);
            independent = RDFParser.fromString(run.output(), Lang.NQUADS).toDatasetGraph();
        }
        assertThat(Iter.count(independent.find())).as("statements the independent parser read").isEqualTo(expected);
        assertThat(Iter.count(byJena.find())).as("statements Jena read").isEqualTo(expected);
        assertThat(IsoMatcher.isomorphic(independent, byJena))
                .as("the independent parser and Jena read the same %s dump", format.label()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ExportFormat.class)
    void twoDumpsOfTheSeedStoreAreByteIdentical(ExportFormat format) throws Exception {
        try (ArticleStore store = ArticleStore.open(SeedStore.directory())) {
            Exporter.writeToFile(store.dataset(), format, Optional.empty(), temp.resolve("first"));
            Exporter.writeToFile(store.dataset(), format, Optional.empty(), temp.resolve("second"));
        }
        assertThat(Files.size(temp.resolve("first"))).isGreaterThan(10_000);
        assertThat(Files.mismatch(temp.resolve("first"), temp.resolve("second"))).isEqualTo(-1L);
    }

    @Test
    void rapperReportsABrokenFileAsAFailure() throws Exception {
        Path broken = temp.resolve("broken.ttl");
        Files.writeString(broken, """
                @prefix neg: <https://w3id.org/parley/ontology#> .
                neg:Meeting a neg:Class ;
                    neg:label "meeting"
                """);

        ParserRun run = rapper("-i", "turtle", "-c", broken.toString());

        assertThat(run.exitCode()).as("rapper's exit code on a file missing its final dot").isNotZero();
        assertThat(run.messages()).contains("Error");
    }

    @Test
    void rdflibReportsABrokenJsonLdFileAsAFailure() throws Exception {
        Path broken = temp.resolve("broken.jsonld");
        Files.writeString(broken, "{\"@context\": {\"neg\": \"https://w3id.org/parley/ontology#\"}, \"@graph\": [");

        ParserRun run = run(RDFLIB_HINT, PYTHON, "-c", RDFLIB_JSONLD_TO_NT, broken.toString());

        assertThat(run.exitCode()).as("rdflib's exit code on JSON cut short").isNotZero();
    }

    private ParserRun rapper(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("rapper");
        command.addAll(List.of(arguments));
        return run(RAPPER_HINT, command.toArray(String[]::new));
    }

    /** Runs a parser, failing with {@code installHint} when it cannot be started. */
    private ParserRun run(String installHint, String... command) throws IOException, InterruptedException {
        Path messages = Files.createTempFile(temp, "parser", ".err");
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(messages.toFile()).start();
        } catch (IOException e) {
            return fail(installHint + " (" + e.getMessage() + ")", e);
        }
        process.getOutputStream().close();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("the parser did not finish within 60 s: " + List.of(command));
        }
        if (installHint.equals(RDFLIB_HINT) && process.exitValue() == RDFLIB_MISSING) {
            fail(RDFLIB_HINT);
        }
        return new ParserRun(process.exitValue(), output, Files.readString(messages, StandardCharsets.UTF_8));
    }

    private static String rapperSyntax(ExportFormat format) {
        return switch (format) {
            case TTL -> "turtle";
            case TRIG -> "trig";
            case NT -> "ntriples";
            case NQ -> "nquads";
            case JSONLD -> throw new IllegalArgumentException("rapper does not read JSON-LD");
        };
    }

    private static long tripleCount(String messages) {
        Matcher matcher = TRIPLE_COUNT.matcher(messages);
        assertThat(matcher.find()).as("rapper reports a triple count; it said:%n%s", messages).isTrue();
        return Long.parseLong(matcher.group(1));
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

    private static Graph jenaGraph(Path file) {
        return RDFParser.source(file).lang(Lang.TURTLE).toGraph();
    }
}
