package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.parley.corpus.Article;
import org.parley.corpus.CorpusReader;
import org.parley.extract.Extractor;
import org.parley.link.EntityLinker;
import org.parley.nlp.PipelineConfig;
import org.parley.nlp.SharedPipeline;
import org.parley.store.ArticleStore;
import org.parley.store.BuiltArticle;

/** The per-article function gives, on its own, the graph and fingerprint the local build stores for that article. */
class ArticleGraphsTest {

    @Test
    void anArticleBuiltAloneIsTheGraphTheCorpusBuildStored() {
        Article article = CorpusReader.scan(Path.of("corpus")).articles().stream()
                .min(Comparator.comparingInt(a -> a.text().length())).orElseThrow();
        ArticleGraphs graphs = new ArticleGraphs(Extractor.standard(), EntityLinker.offline(),
                PipelineConfig.standard());

        ArticleGraphs.Result result = graphs.build(SharedPipeline.get(), article);

        assertThat(result.error()).isNull();
        assertThat(result.tokens()).isPositive();
        try (ArticleStore store = ArticleStore.open(SeedStore.directory())) {
            BuiltArticle built = store.manifest().get(article.id());
            assertThat(built.contentHash()).isEqualTo(graphs.fingerprint(article));
            boolean same = Txn.calculateRead(store.dataset(), () -> result.graph()
                    .isIsomorphicWith(store.dataset().getNamedModel(built.graphIri()).getGraph()));
            assertThat(same).isTrue();
        }
    }
}
