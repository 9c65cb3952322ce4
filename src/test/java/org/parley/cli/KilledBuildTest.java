package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.corpus.CorpusReader;
import org.parley.extract.Extractor;
import org.parley.ingest.BuildReport;
import org.parley.ingest.CorpusBuilder;
import org.parley.ingest.Progress;
import org.parley.link.EntityLinker;
import org.parley.nlp.LazyPipeline;
import org.parley.nlp.PipelineConfig;
import org.parley.nlp.SharedPipeline;
import org.parley.store.ArticleStore;

/**
 * A {@code parley build} killed with SIGKILL at a random moment after its first articles reached the store leaves a
 * store that validates, and the next build adds exactly the articles that were missing: nothing lost, nothing twice.
 */
class KilledBuildTest {

    private static final Path CORPUS = Path.of("corpus");

    @TempDir
    Path dir;

    @Test
    void aBuildKilledMidwayLeavesAValidStoreAndTheNextBuildAddsOnlyTheMissingArticles() throws Exception {
        Path store = dir.resolve("store");
        List<String> ids = CorpusReader.scan(CORPUS).articles().stream().map(a -> a.id()).toList();
        long seed = new Random().nextLong();
        long delayMillis = new Random(seed).nextInt(1_500);

        Process build = startBuild(store);
        try {
            String progress = awaitLine(build, "progress: ");
            Thread.sleep(delayMillis);
            assertThat(build.isAlive()).as("the build was still running %d ms after '%s' (seed %d)", delayMillis,
                    progress, seed).isTrue();
            build.destroyForcibly(); // SIGKILL: no hook, no finally, no commit
            assertThat(build.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            build.destroyForcibly();
        }

        int survived;
        try (ArticleStore opened = ArticleStore.open(store)) {
            survived = opened.manifest().size();
        }
        assertThat(survived).as("articles committed before the kill").isBetween(1, ids.size() - 1);
        CommandRun validate = CommandRun.of("validate", "--store", store.toString());
        assertThat(validate.exit()).as(validate.out()).isZero();

        try (ArticleStore opened = ArticleStore.open(store)) {
            BuildReport rebuild = sameBuildAsTheChild(opened);
            assertThat(rebuild.failures()).isEmpty();
            assertThat(rebuild.skipped()).isEqualTo(survived);
            assertThat(rebuild.added()).isEqualTo(ids.size() - survived);
            assertThat(rebuild.replaced() + rebuild.removed()).isZero();
            assertThat(opened.manifest()).containsOnlyKeys(ids);
            assertThat(articleNodesPerGraph(opened)).as("one article node in each article's graph")
                    .hasSize(ids.size()).allSatisfy(count -> assertThat(count).isEqualTo(1));

            BuildReport again = sameBuildAsTheChild(opened);
            assertThat(again.skipped()).isEqualTo(ids.size());
            assertThat(again.annotated()).isZero();
        }
        assertThat(CommandRun.of("validate", "--store", store.toString()).exit()).isZero();
    }

    /** {@code parley build --no-link --threads 1} in one JVM (a heap option is given: no second JVM). */
    private static Process startBuild(Path store) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // One thread: the articles reach the store in several groups, so a kill after the first finds work left.
        // The launcher's heap, and the JDK's XML reader, as the test JVM has: Hadoop's, on the test class path, makes
        // Jena log errors.
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx3g", "-XX:+UseParallelGC",
                "-Djavax.xml.stream.XMLInputFactory=com.sun.xml.internal.stream.XMLInputFactoryImpl", "-cp",
                System.getProperty("java.class.path"), Parley.class.getName(), "build", "--corpus", CORPUS.toString(),
                "--store", store.toString(), "--no-link", "--threads", "1");
        builder.environment().remove(Launcher.OPTIONS_VARIABLE);
        builder.redirectErrorStream(true);
        return builder.start();
    }

    /** The same fingerprints as the child's build: the standard pipeline, and no linking. */
    private static BuildReport sameBuildAsTheChild(ArticleStore store) {
        EntityLinker noLinks = new EntityLinker(List.of(), EntityLinker.DEFAULT_THRESHOLD);
        return new CorpusBuilder(store, LazyPipeline.of(PipelineConfig.standard(), SharedPipeline::get),
                Extractor.standard(), noLinks, 2, Progress.NONE).build(CORPUS);
    }

    private static List<Integer> articleNodesPerGraph(ArticleStore store) {
        String query = "PREFIX neg: <https://w3id.org/parley/ontology#> SELECT ?g (COUNT(?a) AS ?n) "
                + "WHERE { GRAPH ?g { ?a a neg:Article } } GROUP BY ?g";
        return Txn.calculateRead(store.dataset(), () -> {
            List<Integer> counts = new ArrayList<>();
            try (QueryExecution execution = QueryExecution.create(query, store.dataset())) {
                execution.execSelect().forEachRemaining((QuerySolution row) -> counts.add(row.getLiteral("n").getInt()));
            }
            return counts;
        });
    }

    /** The first line of the child's output that starts so; its other output is drained meanwhile. */
    private static String awaitLine(Process process, String start) throws Exception {
        CompletableFuture<String> found = new CompletableFuture<>();
        StringBuilder seen = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    synchronized (seen) {
                        seen.append(line).append('\n');
                    }
                    if (line.startsWith(start)) {
                        found.complete(line);
                    }
                }
            } catch (java.io.IOException e) {
                // The process was killed: its output ends here.
            }
            found.complete(null);
        }, "build-output");
        reader.setDaemon(true);
        reader.start();
        String line = found.get(Duration.ofMinutes(5).toSeconds(), TimeUnit.SECONDS);
        if (line == null) {
            synchronized (seen) {
                throw new AssertionError("the build ended without a line starting '" + start + "':\n" + seen);
            }
        }
        return line;
    }
}
