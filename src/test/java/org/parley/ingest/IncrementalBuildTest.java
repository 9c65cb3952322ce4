package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.extract.Extractor;
import org.parley.link.EntityLinker;
import org.parley.nlp.NlpPipeline;
import org.parley.nlp.SharedPipeline;
import org.parley.rdf.Iris;
import org.parley.store.ArticleStore;

/** Rebuilding a store does only the work the corpus's changes call for. */
class IncrementalBuildTest {

    private static final String SHORT = "2025-03-17-russia-demands-neutral-ukraine";
    private static final String OTHER = "2025-03-17-trump-dividing-up-assets";

    @TempDir
    Path corpus;

    @Test
    void unchangedArticlesAreSkippedWithoutLoadingCoreNlpAndAChangedOneIsReplacedAlone() throws IOException {
        copySeeds(corpus, SHORT, OTHER);
        // The seed store was built from all five articles; start from a copy of it so no article is annotated twice.
        Path storeDir = copyOf(SeedStore.directory());
        AtomicInteger loads = new AtomicInteger();
        Supplier<NlpPipeline> counting = () -> {
            loads.incrementAndGet();
            return SharedPipeline.get();
        };
        try (ArticleStore store = ArticleStore.open(storeDir)) {
            CorpusBuilder builder = new CorpusBuilder(store, counting, Extractor.standard(), EntityLinker.offline(), 2,
                    Progress.NONE);

            BuildReport first = builder.build(corpus);
            assertThat(first.skipped()).isEqualTo(2);
            assertThat(first.removed()).isEqualTo(3);
            assertThat(loads).hasValue(0);
            assertThat(store.manifest()).containsOnlyKeys(SHORT, OTHER);

            BuildReport noop = builder.build(corpus);
            assertThat(noop.skipped()).isEqualTo(2);
            assertThat(noop.added() + noop.replaced() + noop.removed()).isZero();
            assertThat(loads).hasValue(0);

            Graph otherBefore = graphOf(store, OTHER);
            Path text = corpus.resolve(SHORT + ".txt");
            Files.writeString(text, Files.readString(text)
                    + "\nUkrainian President Volodymyr Zelensky said on Monday that \"peace must be just.\"\n");
            BuildReport changed = builder.build(corpus);
            assertThat(changed.replaced()).isEqualTo(1);
            assertThat(changed.skipped()).isEqualTo(1);
            assertThat(loads).hasValue(1);
            assertThat(graphOf(store, OTHER).isIsomorphicWith(otherBefore)).isTrue();
            assertThat(graphOf(store, SHORT).toString()).contains("peace must be just.");
        }
    }

    @Test
    void badFilesAreReportedByNameWhileTheGoodArticleIsBuilt() throws IOException {
        copySeeds(corpus, SHORT);
        Files.writeString(corpus.resolve("empty.txt"), "");
        Files.write(corpus.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0});
        Files.write(corpus.resolve("latin1.txt"), "Caf\u00e9 talks in Gen\u00e8ve.".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(corpus.resolve("latin1.json"), "{\"date\": \"2025-03-17\"}");
        Files.writeString(corpus.resolve("broken-meta.txt"), "Talks resumed in Geneva on Monday.");
        Files.writeString(corpus.resolve("broken-meta.json"), "{\"date\": \"2025-03-17\",");
        Files.writeString(corpus.resolve("undated.txt"), "Talks resumed in Geneva on Monday.");
        Path storeDir = Files.createTempDirectory("parley-bad-input");
        try (ArticleStore store = ArticleStore.open(storeDir)) {
            BuildReport report = new CorpusBuilder(store, SharedPipeline::get, Extractor.standard(),
                    EntityLinker.offline(), 2, Progress.NONE)
                    .build(corpus);
            assertThat(report.failed()).isTrue();
            assertThat(report.added()).isEqualTo(1);
            assertThat(store.manifest()).containsOnlyKeys(SHORT);
            assertThat(report.failures()).extracting(f -> f.toString())
                    .anySatisfy(f -> assertThat(f).startsWith("empty.txt").containsIgnoringCase("empty"))
                    .anySatisfy(f -> assertThat(f).startsWith("binary.txt").containsIgnoringCase("binary"))
                    .anySatisfy(f -> assertThat(f).startsWith("latin1.txt").containsIgnoringCase("UTF-8"))
                    .anySatisfy(f -> assertThat(f).startsWith("broken-meta.json"))
                    .anySatisfy(f -> assertThat(f).startsWith("undated.txt").containsIgnoringCase("date"));
            assertThat(report.summary()).contains("5 failed");
        }
    }

    private static Graph graphOf(ArticleStore store, String id) {
        return Txn.calculateRead(store.dataset(), () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            store.dataset().getNamedModel(Iris.article(id)).getGraph().find().forEachRemaining(copy::add);
            return copy;
        });
    }

    static void copySeeds(Path corpus, String... ids) throws IOException {
        for (String id : ids) {
            for (String ext : new String[] {".txt", ".json"}) {
                Files.copy(Path.of("corpus", id + ext), corpus.resolve(id + ext));
            }
        }
    }

    private static Path copyOf(Path dir) throws IOException {
        Path copy = Files.createTempDirectory("parley-store-copy");
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = copy.resolve(dir.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return copy;
    }
}
