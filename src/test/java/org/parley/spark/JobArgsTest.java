package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.parley.corpus.ArticleSizeLimit;

/** The job takes the article size limit of {@code build}, with the same default. */
class JobArgsTest {

    @Test
    void theSizeLimitIsBuildsDefaultUnlessGiven() {
        assertThat(JobArgs.parse("in", "out").sizeLimit()).isEqualTo(ArticleSizeLimit.DEFAULT);
        JobArgs args = JobArgs.parse("in", "out", "--max-article-chars", "50000", "--offline-links");
        assertThat(args.sizeLimit().maxChars()).isEqualTo(50_000);
        assertThat(args.settings().offlineLinks()).isTrue();
        assertThat(args.inputs()).containsExactly("in");
    }

    @Test
    void aSizeLimitThatIsNoPositiveNumberIsRefused() {
        assertThatThrownBy(() -> JobArgs.parse("in", "out", "--max-article-chars"))
                .hasMessageContaining("--max-article-chars needs a number");
        assertThatThrownBy(() -> JobArgs.parse("in", "out", "--max-article-chars", "many"))
                .hasMessageContaining("--max-article-chars needs a number");
        assertThatThrownBy(() -> JobArgs.parse("in", "out", "--max-article-chars", "0"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
