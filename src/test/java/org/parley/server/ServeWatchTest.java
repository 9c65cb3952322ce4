package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.BuildReport;
import org.parley.ingest.CorpusBuilder;
import org.parley.ingest.CorpusWatcher;
import org.parley.ingest.Progress;
import org.parley.corpus.ArticleError;
import org.parley.extract.Extractor;
import org.parley.link.EntityLinker;
import org.parley.nlp.LazyPipeline;
import org.parley.nlp.PipelineConfig;
import org.parley.nlp.SharedPipeline;
import org.parley.store.ArticleStore;

/**
 * {@code serve --watch}: the server answers from the start, an article dropped into the watched directory is
 * annotated with the loaded models and answers queries without a restart, and a bad file is reported by name while
 * everything else goes on.
 */
class ServeWatchTest {

    private static final String JSON = "application/sparql-results+json";
    private static final String ARTICLE = "https://w3id.org/parley/id/article/kenya-border-talks";
    private static final String ABOUT_THE_ARTICLE = """
            PREFIX neg: <https://w3id.org/parley/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?title ?country WHERE {
              <%s> dcterms:title ?title .
              ?c a neg:Country ; neg:mentionedIn <%s> ; rdfs:label ?country .
            }""".formatted(ARTICLE, ARTICLE);
    /** Long enough for CoreNLP to load on a busy machine when this test is the first to need it. */
    private static final Duration DEADLINE = Duration.ofMinutes(10);

    @TempDir
    Path dir;

    private final List<BuildReport> ingests = new CopyOnWriteArrayList<>();
    private final List<ArticleError> failures = new CopyOnWriteArrayList<>();
    private final List<RuntimeException> errors = new CopyOnWriteArrayList<>();

    @Test
    void anArticleDroppedIntoTheWatchedDirectoryIsAnsweredWithoutARestart() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        try (ArticleStore store = ArticleStore.open(dir.resolve("store"));
             ParleyServer server = ParleyServer.builder(store.dataset()).port(0).build().start();
             CorpusWatcher watcher = watcher(store, inbox).start()) {
            Http http = new Http(server.baseUrl());
            assertThat(http.query(ABOUT_THE_ARTICLE, JSON).body()).doesNotContain("Kenya");

            // A text without its sidecar has no date: reported by name; the watcher and the server go on.
            write(inbox.resolve("undated.txt"), "Kenya proposed talks.");
            awaitUntil(() -> !failures.isEmpty(), "the undated article to be reported");
            assertThat(failures).extracting(ArticleError::file).containsExactly("undated.txt");
            assertThat(http.query("ASK {}", JSON).statusCode()).isEqualTo(200);

            write(inbox.resolve("kenya-border-talks.txt"), """
                    Kenya hosts border talks

                    Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday to \
                    discuss the disputed border between Kenya and Ethiopia.

                    Ruto proposed a ceasefire along the border, according to a statement from his office.
                    """);
            write(inbox.resolve("kenya-border-talks.json"),
                    "{\"title\": \"Kenya hosts border talks\", \"date\": \"2025-06-10\"}");

            String answer = awaitAnswer(http, body -> body.contains("Kenya hosts border talks"));
            assertThat(answer).contains("\"Kenya\"").contains("\"Ethiopia\"");
            // The store answers as soon as the graph is committed, a moment before the watcher reports the ingest.
            awaitUntil(() -> ingests.stream().anyMatch(report -> report.added() == 1), "the ingest to be reported");
            assertThat(errors).isEmpty();
        }
    }

    private CorpusWatcher watcher(ArticleStore store, Path inbox) {
        CorpusBuilder builder = new CorpusBuilder(store, LazyPipeline.of(PipelineConfig.standard(),
                SharedPipeline::get), Extractor.standard(), EntityLinker.offline(), 2, Progress.NONE);
        return new CorpusWatcher(builder, inbox, Duration.ofMillis(200), new CorpusWatcher.Listener() {
            @Override
            public void ingested(BuildReport report) {
                ingests.add(report);
            }

            @Override
            public void failed(ArticleError failure) {
                failures.add(failure);
            }

            @Override
            public void error(RuntimeException e) {
                errors.add(e);
            }
        });
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String awaitAnswer(Http http, Predicate<String> wanted) throws InterruptedException {
        long end = System.nanoTime() + DEADLINE.toNanos();
        String body = "";
        while (System.nanoTime() < end) {
            HttpResponse<String> response = http.query(ABOUT_THE_ARTICLE, JSON);
            assertThat(response.statusCode()).as("the server keeps answering while it ingests").isEqualTo(200);
            body = response.body();
            if (wanted.test(body)) {
                return body;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no answer about the new article within " + DEADLINE + "; last answer: " + body);
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition, String what)
            throws InterruptedException {
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }
}
