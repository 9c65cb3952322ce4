package org.parley.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.extract.Extractor;
import org.parley.link.EntityLinker;
import org.parley.nlp.SharedPipeline;
import org.parley.store.ArticleStore;

/**
 * The seed corpus built once per test run into a temporary store, with the shared CoreNLP pipeline: tests that only
 * read the seed graph share it instead of annotating the corpus again.
 */
public final class SeedStore {

    private static Path directory;
    private static BuildReport report;

    private SeedStore() {
    }

    public static synchronized Path directory() {
        if (directory == null) {
            try {
                directory = Files.createTempDirectory("parley-seed-store");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try (ArticleStore store = ArticleStore.open(directory)) {
                report = new CorpusBuilder(store, SharedPipeline::get, Extractor.standard(),
                    EntityLinker.offline(), 2, Progress.NONE)
                        .build(Path.of("corpus"));
            }
        }
        return directory;
    }

    public static synchronized BuildReport report() {
        directory();
        return report;
    }
}
