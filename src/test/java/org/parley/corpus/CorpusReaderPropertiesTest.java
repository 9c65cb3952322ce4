package org.parley.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever bytes a corpus file holds, reading it gives articles or errors that name the file with a reason; no input
 * makes the reader throw. The inputs are random bytes, good files cut off anywhere, and good files with one byte
 * changed: what a crashed download, a wrong encoding or a half-written feed leaves in a corpus.
 */
class CorpusReaderPropertiesTest {

    private static final String TEXT = "GENÈVE — Delegates said on Tuesday that the talks would resume.\r\n"
            + "“We are ready,” the envoy told reporters.\n";
    private static final String SIDECAR = "{\"title\": \"Talks – resumed\", \"date\": \"2025-03-16\","
            + " \"url\": \"https://example.org/a\"}";
    private static final String NEWS_PLEASE = "{\"title\": \"Talks\", \"maintext\": \"Delegates met in Doha.\\nThey"
            + " agreed.\", \"date_publish\": \"2025-03-16 10:22:01\", \"url\": null}";

    @Property
    void aTextAndItsSidecarGiveOneArticleOrErrorsThatNameThem(@ForAll("texts") byte[] text,
                                                               @ForAll("sidecars") byte[] sidecar) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("in/talks.txt", text);
        files.put("in/talks.json", sidecar);

        CorpusScan scan = CorpusReader.read(files, ArticleSizeLimit.DEFAULT);

        assertArticleOrNamedErrors(scan, Set.of("in/talks.txt", "in/talks.json"));
    }

    @Property
    void aNewsPleaseFileGivesOneArticleOrOneErrorThatNamesIt(@ForAll("newsPleaseFiles") byte[] json) {
        CorpusScan scan = CorpusReader.read(Map.of("in/story.json", json), ArticleSizeLimit.DEFAULT);

        assertArticleOrNamedErrors(scan, Set.of("in/story.json"));
        assertThat(scan.articles().size() + scan.errors().size()).isEqualTo(1);
    }

    @Property
    void eachLineOfAFeedIsAnArticleOrAnErrorThatNamesTheLine(@ForAll("feeds") byte[] feed) {
        CorpusScan scan = CorpusReader.read(Map.of("in/feed.jsonl", feed), ArticleSizeLimit.DEFAULT);

        assertThat(scan.articles().size() + scan.errors().size()).isPositive();
        assertThat(scan.articles()).allSatisfy(article -> assertThat(article.id()).matches("feed-\\d+"));
        assertThat(scan.errors()).allSatisfy(error -> {
            assertThat(error.file()).matches("in/feed\\.jsonl(:\\d+)?");
            assertThat(error.reason()).isNotBlank();
        });
        int lines = (int) (new String(feed, StandardCharsets.ISO_8859_1).chars().filter(c -> c == '\n').count() + 1);
        assertThat(scan.articles().size() + scan.errors().size()).isLessThanOrEqualTo(lines);
    }

    private static void assertArticleOrNamedErrors(CorpusScan scan, Set<String> names) {
        if (scan.errors().isEmpty()) {
            assertThat(scan.articles()).hasSize(1);
            assertThat(scan.articles().get(0).text()).isNotBlank();
            return;
        }
        assertThat(scan.articles()).isEmpty();
        assertThat(scan.errors()).allSatisfy(error -> {
            assertThat(names).contains(error.file());
            assertThat(error.reason()).isNotBlank();
        });
    }

    @Provide
    Arbitrary<byte[]> texts() {
        return damaged(TEXT);
    }

    @Provide
    Arbitrary<byte[]> sidecars() {
        return Arbitraries.oneOf(damaged(SIDECAR), Arbitraries.just(utf8(SIDECAR)));
    }

    @Provide
    Arbitrary<byte[]> newsPleaseFiles() {
        return Arbitraries.oneOf(damaged(NEWS_PLEASE), deeplyNested());
    }

    @Provide
    Arbitrary<byte[]> feeds() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.just(NEWS_PLEASE),
                Arbitraries.just(""),
                Arbitraries.integers().between(0, NEWS_PLEASE.length()).map(end -> NEWS_PLEASE.substring(0, end)),
                Arbitraries.strings().ofMaxLength(40));
        Arbitrary<byte[]> lines = line.list().ofMaxSize(6).map(list -> utf8(String.join("\n", list)));
        return Arbitraries.oneOf(lines, lines.flatMap(CorpusReaderPropertiesTest::cutOrChanged), randomBytes());
    }

    /** A good file cut off anywhere, with one byte changed, or replaced by random bytes. */
    private static Arbitrary<byte[]> damaged(String good) {
        return Arbitraries.oneOf(cutOrChanged(utf8(good)), randomBytes());
    }

    private static Arbitrary<byte[]> cutOrChanged(byte[] good) {
        Arbitrary<byte[]> cut = Arbitraries.integers().between(0, good.length).map(end -> Arrays.copyOf(good, end));
        Arbitrary<byte[]> changed = Combinators.combine(Arbitraries.integers().between(0, Math.max(0, good.length - 1)),
                Arbitraries.bytes()).as((at, value) -> {
                    byte[] copy = good.clone();
                    if (copy.length > 0) {
                        copy[at] = value;
                    }
                    return copy;
                });
        return Arbitraries.oneOf(cut, changed);
    }

    private static Arbitrary<byte[]> randomBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    }

    /** JSON nested past any parser's depth limit. */
    private static Arbitrary<byte[]> deeplyNested() {
        return Arbitraries.integers().between(1_000, 20_000)
                .map(depth -> utf8("{\"maintext\": " + "[".repeat(depth) + "]".repeat(depth) + "}"));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
