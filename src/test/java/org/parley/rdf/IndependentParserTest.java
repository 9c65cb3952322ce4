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
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ontology and the shapes must be plain, portable Turtle, not Turtle that only Jena accepts: Raptor's
 * {@code rapper} (a C parser sharing no code with Jena) parses both files and reads the same triples from them.
 * The test fails, rather than skips, when {@code rapper} is missing: an unchecked file would pass silently.
 */
class IndependentParserTest {

    private static final String INSTALL_HINT =
            "Raptor's `rapper` is not installed; install the Debian/Ubuntu package raptor2-utils "
                    + "(apt-get install raptor2-utils)";
    private static final Pattern TRIPLE_COUNT = Pattern.compile("Parsing returned (\\d+) triples");

    /** What one run of rapper gave: its exit code, its stdout (the triples, if asked for) and its messages. */
    private record RapperRun(int exitCode, String output, String messages) {
    }

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ontology/negotiation.ttl", "ontology/shapes.ttl"})
    void rapperParsesTheFileWithoutErrorOrWarningAndCountsAsManyTriplesAsJena(String file) throws Exception {
        RapperRun run = rapper("-i", "turtle", "-c", file);

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
        RapperRun run = rapper("-q", "-i", "turtle", "-o", "ntriples", file);
        assertThat(run.exitCode()).as("rapper's exit code on %s; it said:%n%s", file, run.messages()).isZero();

        Graph fromRapper = RDFParser.fromString(run.output(), Lang.NTRIPLES).toGraph();
        assertThat(fromRapper.isIsomorphicWith(jenaGraph(Path.of(file))))
                .as("rapper's and Jena's reading of %s are the same graph", file)
                .isTrue();
    }

    @Test
    void rapperReportsABrokenFileAsAFailure() throws Exception {
        Path broken = temp.resolve("broken.ttl");
        Files.writeString(broken, """
                @prefix neg: <https://w3id.org/parley/ontology#> .
                neg:Meeting a neg:Class ;
                    neg:label "meeting"
                """);

        RapperRun run = rapper("-i", "turtle", "-c", broken.toString());

        assertThat(run.exitCode()).as("rapper's exit code on a file missing its final dot").isNotZero();
        assertThat(run.messages()).contains("Error");
    }

    private RapperRun rapper(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("rapper");
        command.addAll(List.of(arguments));
        Path messages = Files.createTempFile(temp, "rapper", ".err");
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(messages.toFile()).start();
        } catch (IOException e) {
            return fail(INSTALL_HINT + " (" + e.getMessage() + ")", e);
        }
        process.getOutputStream().close();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("rapper did not finish within 60 s: " + command);
        }
        return new RapperRun(process.exitValue(), output, Files.readString(messages, StandardCharsets.UTF_8));
    }

    private static long tripleCount(String messages) {
        Matcher matcher = TRIPLE_COUNT.matcher(messages);
        assertThat(matcher.find()).as("rapper reports a triple count; it said:%n%s", messages).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private static Graph jenaGraph(Path file) {
        return RDFParser.source(file).lang(Lang.TURTLE).toGraph();
    }
}
