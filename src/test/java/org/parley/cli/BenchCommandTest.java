package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parley bench --quick} runs every measurement on the seed corpus and prints every figure's line. Speeds are
 * not asserted: they belong in BENCHMARKS.md, measured on a quiet machine.
 */
class BenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void aQuickRunPrintsEveryFigure() throws Exception {
        Path report = dir.resolve("report.md");
        CommandRun run = CommandRun.of("bench", "--quick", "--threads", "1,2", "--child-articles", "1",
                "--work", dir.resolve("work").toString(), "--out", report.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        String out = run.out();
        assertThat(out).contains("### Machine", "cores", "max heap", "### Corpus", "5 articles");
        assertThat(out).contains("### Throughput: raw CoreNLP and the whole build", "| 1 | ", "| 2 | ",
                "build ÷ raw", "speed-up build");
        assertThat(out).contains("CoreNLP", "conversion", "extraction", "linking", "RDF", "TDB2 write",
                "Parley's own work ÷ CoreNLP");
        assertThat(out).contains("### How the cost grows with the corpus");
        String pipeline = org.parley.nlp.PipelineConfig.standard().name();
        assertThat(out).contains("model load (" + pipeline + ")", "peak heap in use", "peak resident memory");
        assertThat(out).contains("### TDB2 writes alone");
        for (int perTransaction : new int[] {1, 5, 50}) {
            assertThat(out).containsPattern("\\| " + perTransaction + " \\| [0-9,]+ \\| [0-9.]+ s \\| \\*\\*[0-9,]+\\*\\* \\|");
        }
        assertThat(out).containsPattern("in this process .*: [0-9.]+ s — 0 added, 0 replaced, 5 skipped");
        assertThat(out).containsPattern("as a user runs it .*wall, peak resident memory [0-9.]+ GB, exit 0");
        assertThat(out).contains("### SPARQL latency");
        for (String query : new String[] {"most-mentioned.rq", "people-and-sides.rq", "timeline.rq"}) {
            assertThat(out).containsPattern("\\| " + query.replace(".", "\\.") + " \\| \\d+ \\| [0-9.]+ \\| [0-9.]+ \\| "
                    + "[0-9.]+ \\| [0-9.]+ \\|");
        }
        assertThat(out).containsPattern("federated-actor-facts\\.rq \\| – \\| federated .*not timed");
        assertThat(out).contains("### SPARQL under load");
        for (int clients : new int[] {1, 8, 32}) {
            assertThat(out).containsPattern("\\| " + clients + " \\| " + clients * 50
                    + " \\| 0 \\| [0-9]+ \\| [0-9.]+ \\| [0-9.]+ \\|");
        }
        assertThat(out).contains("### A first build of 1 articles as a user runs it");
        assertThat(out).containsPattern("\\| the launcher's defaults \\| \\*\\*[0-9.]+ s\\*\\* \\| \\*\\*[0-9.]+ GB\\*\\* \\| 0 \\|");
        assertThat(out).containsPattern("\\| the JVM's defaults .* \\| \\*\\*[0-9.]+ s\\*\\* \\| \\*\\*[0-9.]+ GB\\*\\* \\| 0 \\|");
        assertThat(out).contains("### Candidate pipelines", "| " + pipeline + " | ");
        if (Files.isDirectory(Path.of("../shared/eval"))) {
            assertThat(out).containsPattern("\\| " + pipeline + " \\| [a-z,]+ \\| [0-9.]+ s \\| \\d+ \\| [0-9.]+ \\|");
        }
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).isEqualTo(out);
        assertThat(run.err()).contains("bench: ").doesNotContain("Exception");
    }

    @Test
    void scaleGrowsStoresFromArticleGraphsAndTimesEveryQueryAsWrittenAndNarrowed() throws Exception {
        String id = "https://w3id.org/parley/id/";
        Path source = dir.resolve("job/part-00000.nq");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                <%1$sarticle/b1> <http://purl.org/dc/terms/identifier> "b1" <%1$sarticle/b1> .
                <%1$sarticle/b1> <http://purl.org/dc/terms/date> "2025-03-12"^^<http://www.w3.org/2001/XMLSchema#date> <%1$sarticle/b1> .
                <%1$sact/b1/demand-3> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/parley/ontology#Demand> <%1$sarticle/b1> .
                <%1$sact/b1/demand-3> <https://w3id.org/parley/ontology#agent> <%1$sperson/ines-vidal> <%1$sarticle/b1> .
                <%1$sperson/ines-vidal> <http://www.w3.org/2000/01/rdf-schema#label> "Ines Vidal" <%1$sarticle/b1> .
                """.formatted(id));

        CommandRun run = CommandRun.of("bench", "--scale", "10,50", "--scale-from", source.getParent().toString(),
                "--sparql-runs", "1", "--work", dir.resolve("work").toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("### Research queries by store size", "1 article graphs, 5 quads")
                .containsPattern("### [0-9,]+ quads \\(2 articles\\)").containsPattern("### [0-9,]+ quads \\(10 articles\\)")
                // Copies are 3 days apart: of the ten copies, those of 12 and 15 March are in the narrowing's week.
                .containsPattern("\\| demands-by-party-and-issue\\.rq \\| 10 \\| [0-9.]+ \\|")
                .containsPattern("\\| demands-by-party-and-issue\\.rq, narrowed \\| 2 \\| [0-9.]+ \\|")
                // The explore queries are narrowed as the page narrows them to that week.
                .containsPattern("\\| explore-actors\\.rq, narrowed \\| \\d+ \\| [0-9.]+ \\|");
    }

    @Test
    void writeCorpusOnlyWritesTheSameArticlesForTheSameSeed() throws Exception {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        CommandRun run = CommandRun.of("bench", "--write-corpus", first.toString(), "--articles", "3");
        CommandRun again = CommandRun.of("bench", "--write-corpus", second.toString(), "--articles", "3");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("3 articles generated");
        for (String name : new String[] {"gen-0001.txt", "gen-0001.json", "gen-0003.txt", "gen-0003.json"}) {
            assertThat(Files.readString(second.resolve(name))).isEqualTo(Files.readString(first.resolve(name)));
        }
        try (var files = Files.list(first)) {
            assertThat(files.count()).isEqualTo(6);
        }
        CommandRun refused = CommandRun.of("bench", "--write-corpus", first.toString(), "--articles", "3");
        assertThat(refused.exit()).isNotZero();
        assertThat(refused.err()).contains("is not empty");
    }
}
