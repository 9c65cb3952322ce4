package org.parley.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class CorpusReaderTest {

    private static final String GOOD_TEXT = "Moscow said on Tuesday that talks would resume.\n";

    @TempDir
    Path corpus;

    // ---- the seed corpus -------------------------------------------------------------------------------------

    @Test
    void readsTheSeedCorpus() {
        CorpusScan scan = CorpusReader.scan(Path.of("corpus"));

        assertThat(scan.errors()).isEmpty();
        assertThat(scan.articles())
                .extracting(Article::id, Article::date)
                .containsExactly(
                        tuple("2025-03-16-trump-plans-putin-call", LocalDate.of(2025, 3, 16)),
                        tuple("2025-03-17-kremlin-confirms-call", LocalDate.of(2025, 3, 17)),
                        tuple("2025-03-17-russia-demands-neutral-ukraine", LocalDate.of(2025, 3, 17)),
                        tuple("2025-03-17-trump-dividing-up-assets", LocalDate.of(2025, 3, 17)),
                        tuple("2025-05-20-putin-memorandum-after-call", LocalDate.of(2025, 5, 20)));
        Article first = scan.articles().get(0);
        assertThat(first.title()).isEqualTo("Trump Announces Plans to Discuss Ukraine War with Putin on Tuesday");
        assertThat(first.url()).isNull();
        assertThat(first.text()).startsWith("Trump Announces Plans to Discuss Ukraine War with Putin on Tuesday |");
        assertThat(first.source()).isEqualTo(Path.of("corpus", "2025-03-16-trump-plans-putin-call.txt"));
        assertThat(scan.articles()).extracting(Article::title).doesNotContainNull();
        assertThat(scan.articles()).extracting(Article::contentHash)
                .allMatch(hash -> hash.matches("[0-9a-f]{64}"))
                .doesNotHaveDuplicates();
    }

    // ---- plain text with sidecar -----------------------------------------------------------------------------

    @Test
    void readsTextWithSidecar() throws IOException {
        write("talks.txt", GOOD_TEXT);
        write("talks.json", "{\"title\": \"Talks resume\", \"date\": \"2025-03-16\", \"url\": \"https://example.org/a\"}");

        CorpusScan scan = CorpusReader.scan(corpus);

        assertThat(scan.errors()).isEmpty();
        assertThat(scan.articles()).singleElement().satisfies(article -> {
            assertThat(article.id()).isEqualTo("talks");
            assertThat(article.title()).isEqualTo("Talks resume");
            assertThat(article.date()).isEqualTo(LocalDate.of(2025, 3, 16));
            assertThat(article.url()).isEqualTo("https://example.org/a");
            assertThat(article.text()).isEqualTo(GOOD_TEXT);
            assertThat(article.source()).isEqualTo(corpus.resolve("talks.txt"));
        });
    }

    @Test
    void readsSubdirectoriesAndSortsById() throws IOException {
        writeGood("b/zeta");
        writeGood("alpha");
        writeGood("a/deep/mid");

        CorpusScan scan = CorpusReader.scan(corpus);

        assertThat(scan.errors()).isEmpty();
        assertThat(scan.articles()).extracting(Article::id).containsExactly("alpha", "mid", "zeta");
    }

    @Test
    void ignoresOtherFilesAndHiddenOnes() throws IOException {
        writeGood("talks");
        write("README.md", "# notes");
        write("table.csv", "a,b\n");
        write(".draft.txt", "");
        write(".git/config.json", "not json");
        write(".hidden/secret.txt", GOOD_TEXT);

        CorpusScan scan = CorpusReader.scan(corpus);

        assertThat(scan.errors()).isEmpty();
        assertThat(scan.articles()).extracting(Article::id).containsExactly("talks");
    }

    @Test
    void keepsTheTextExceptForBomAndLineEnds() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "  First line.\r\nSecond\tline.\rThird line.\r\n\r\n".getBytes(StandardCharsets.UTF_8);
        writeBytes("talks.txt", concat(bom, body));
        write("talks.json", "{\"date\": \"2025-03-16\"}");

        Article article = single(CorpusReader.scan(corpus));

        assertThat(article.text()).isEqualTo("  First line.\nSecond\tline.\nThird line.\n\n");
        assertThat(article.title()).isNull();
    }

    // ---- content hash ----------------------------------------------------------------------------------------

    @Test
    void hashStaysTheSameForTheSameContent() throws IOException {
        writeGood("talks");
        String before = single(CorpusReader.scan(corpus)).contentHash();

        String again = single(CorpusReader.scan(corpus)).contentHash();
        write("talks.txt", GOOD_TEXT.replace("\n", "\r\n"));
        String withCrLf = single(CorpusReader.scan(corpus)).contentHash();
        write("talks.json", "{ \"date\" : \"2025-03-16\",\n  \"title\": \"Talks\" }");
        String reformattedSidecar = single(CorpusReader.scan(corpus)).contentHash();

        assertThat(again).isEqualTo(before);
        assertThat(withCrLf).isEqualTo(before);
        assertThat(reformattedSidecar).isEqualTo(before);
    }

    @Test
    void hashChangesWhenTextOrMetadataChanges() throws IOException {
        writeGood("talks");
        String original = single(CorpusReader.scan(corpus)).contentHash();

        write("talks.txt", GOOD_TEXT.replace("Tuesday", "Wednesday"));
        String newText = single(CorpusReader.scan(corpus)).contentHash();
        write("talks.txt", GOOD_TEXT);
        write("talks.json", "{\"title\": \"Talks\", \"date\": \"2025-03-17\"}");
        String newDate = single(CorpusReader.scan(corpus)).contentHash();
        write("talks.json", "{\"title\": \"Talks resume\", \"date\": \"2025-03-16\"}");
        String newTitle = single(CorpusReader.scan(corpus)).contentHash();
        write("talks.json", "{\"title\": \"Talks\", \"date\": \"2025-03-16\", \"url\": \"https://example.org\"}");
        String newUrl = single(CorpusReader.scan(corpus)).contentHash();

        assertThat(java.util.List.of(original, newText, newDate, newTitle, newUrl)).doesNotHaveDuplicates();
    }

    @Test
    void hashTellsFieldsApart() {
        LocalDate date = LocalDate.of(2025, 3, 16);
        assertThat(ContentHash.of("ab", date, "c", "text")).isNotEqualTo(ContentHash.of("a", date, "bc", "text"));
        assertThat(ContentHash.of(null, date, null, "text")).isNotEqualTo(ContentHash.of("", date, null, "text"));
        assertThat(ContentHash.of(null, date, "x", "text")).isNotEqualTo(ContentHash.of("x", date, null, "text"));
    }

    // ---- news-please -----------------------------------------------------------------------------------------

    @Test
    void readsNewsPleaseJson() throws IOException {
        write("feed/story.json", """
                {"title": "Talks resume", "maintext": "Line one.\\r\\nLine two.", "date_publish": "2025-03-16 10:22:01",
                 "url": "https://example.org/story", "language": "en", "date_download": "2025-03-18 00:00:00"}
                """);

        Article article = single(CorpusReader.scan(corpus));

        assertThat(article.id()).isEqualTo("story");
        assertThat(article.title()).isEqualTo("Talks resume");
        assertThat(article.date()).isEqualTo(LocalDate.of(2025, 3, 16));
        assertThat(article.url()).isEqualTo("https://example.org/story");
        assertThat(article.text()).isEqualTo("Line one.\nLine two.");
        assertThat(article.source()).isEqualTo(corpus.resolve("feed/story.json"));
    }

    @Test
    void readsNewsPleaseJsonlWithIdsFromLineNumbers() throws IOException {
        write("feed.jsonl", newsPlease("First", "2025-03-16") + "\n\n"
                + newsPlease("Second", "2025-03-17 08:00:00") + "\r\n");

        CorpusScan scan = CorpusReader.scan(corpus);

        assertThat(scan.errors()).isEmpty();
        assertThat(scan.articles())
                .extracting(Article::id, Article::title, Article::date, Article::source)
                .containsExactly(
                        tuple("feed-1", "First", LocalDate.of(2025, 3, 16), corpus.resolve("feed.jsonl")),
                        tuple("feed-3", "Second", LocalDate.of(2025, 3, 17), corpus.resolve("feed.jsonl")));
    }

    @Test
    void reportsOnlyTheBadLinesOfAJsonl() throws IOException {
        write("feed.jsonl", newsPlease("First", "2025-03-16") + "\n"
                + "{\"title\": \"Broken\", \"maintext\": \n"
                + "{\"title\": \"No text\", \"date_publish\": \"2025-03-16\"}\n"
                + "[1, 2]\n"
                + newsPlease("Fifth", "2025-03-18") + "\n");

        CorpusScan scan = CorpusReader.scan(corpus);

        assertThat(scan.articles()).extracting(Article::id).containsExactly("feed-1", "feed-5");
        assertThat(scan.errors()).extracting(ArticleError::file)
                .containsExactly("feed.jsonl:2", "feed.jsonl:3", "feed.jsonl:4");
        assertThat(scan.errors().get(0).reason()).startsWith("malformed JSON: ").contains("column");
        assertThat(scan.errors().get(1).reason()).contains("no \"maintext\"");
        assertThat(scan.errors().get(2).reason()).contains("not a JSON object");
    }

    @Test
    void reportsAnInvalidUtf8LineOfAJsonlAndReadsTheOthers() throws IOException {
        byte[] good = (newsPlease("First", "2025-03-16") + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = "{\"title\": \"caf\u00e9\", \"maintext\": \"x\", \"date_publish\": \"2025-03-16\"}\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        writeBytes("feed.jsonl", concat(good, bad));

        CorpusScan scan = CorpusReader.scan(corpus);

        assertThat(scan.articles()).extracting(Article::id).containsExactly("feed-1");
        assertThat(scan.errors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo("feed.jsonl:2");
            assertThat(error.reason()).contains("invalid UTF-8 at byte offset " + (good.length + 14));
        });
    }

    @Test
    void reportsABinaryJsonlOnceAsAWhole() throws IOException {
        writeGood("good");
        writeBytes("dump.jsonl", new byte[] {'{', '}', '\n', 0, 1, 2, '\n', '{', '}', '\n'});

        CorpusScan scan = CorpusReader.scan(corpus);

        assertOnlyGoodArticleRead(scan);
        assertThat(scan.errors()).singleElement().hasToString("dump.jsonl: binary file, not text (NUL byte at byte offset 3)");
    }

    @Test
    void reportsNewsPleaseJsonWithoutMaintext() throws IOException {
        writeGood("good");
        write("story.json", "{\"title\": \"Talks\", \"date_publish\": \"2025-03-16\"}");

        CorpusScan scan = CorpusReader.scan(corpus);

        assertOnlyGoodArticleRead(scan);
        assertThat(scan.errors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo("story.json");
            assertThat(error.reason()).contains("no \"maintext\"").contains("story.txt is missing");
        });
    }

    @Test
    void reportsNewsPleaseArticleWithoutDate() throws IOException {
        writeGood("good");
        write("story.json", "{\"title\": \"Talks\", \"maintext\": \"Text.\", \"date_publish\": null}");

        CorpusScan scan = CorpusReader.scan(corpus);

        assertOnlyGoodArticleRead(scan);
        assertThat(scan.errors()).singleElement().hasToString(
                "story.json: no date: add \"date_publish\": \"yyyy-mm-dd\"; the date anchors relative dates in the text");
    }

    @Test
    void reportsAJsonlBesideATextFile() throws IOException {
        writeGood("talks");
        write("talks.jsonl", newsPlease("First", "2025-03-16") + "\n");

        CorpusScan scan = CorpusReader.scan(corpus);

        assertThat(scan.articles()).extracting(Article::id).containsExactly("talks");
        assertThat(scan.errors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo("talks.jsonl");
            assertThat(error.reason()).contains("talks.txt stands beside it");
        });
    }

    // ---- bad input: every problem names its file and the other articles are still read -----------------------

    @Test
    void reportsAnEmptyFile() throws IOException {
        writeGood("good");
        writeWithSidecar("empty", "");

        CorpusScan scan = CorpusReader.scan(corpus);

        assertOnlyGoodArticleRead(scan);
        assertThat(scan.errors()).singleElement().hasToString("empty.txt: file is empty");
    }

    @Test
    void reportsAWhitespaceOnlyFile() throws IOException {
        writeGood("good");
        writeWithSidecar("blank", " \n\t\r\n ");

        CorpusScan scan = CorpusReader.scan(corpus);

        assertOnlyGoodArticleRead(scan);
        assertThat(scan.errors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo("blank.txt");
            assertThat(error.reason()).contains("only whitespace");
        });
    }

    @Test
    void reportsABinaryFileWithNulBytes() throws IOException {
        writeGood("good");
        writeBytes("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        write("image.json", "{\"date\": \"2025-03-16\"}");

        CorpusScan scan = CorpusReader.scan(corpus);

        assertOnlyGoodArticleRead(scan);
        assertThat(scan.errors()).singleElement().hasToString("image.txt: binary file, not text (NUL byte at byte offset 8)");
    }

    @Test
    void reportsAFileThatIsMostlyNotText() throws IOException {
        writeGood("good");
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            if (noise[i] == 0) {
                noise[i] = 1;
            }
        }
        writeBytes("noise.txt", noise);
        write("noise.json", "{\"date\": \"2025-03-16\"}");

        CorpusScan scan = CorpusReader.scan(corpus);

        assertOnlyGoodArticleRead(scan);
        assertThat(scan.errors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo("noise.txt");
            assertThat(error.reason()).startsWith("binary file, not text");
        });
    }

    @Test
    void reportsInvalidUtf8WithItsByteOffset() throws IOException {
        writeGood("good");
        writeBytes("latin1.txt", "The caf\u00e9 where they met.\n".getBytes(StandardCharsets.ISO_8859_1));
        write("latin1.json", "{\"date\": \"2025-03-16\"}");

        CorpusScan scan = CorpusReader.scan(corpus);

        assertOnlyGoodArticleRead(scan);
        assertThat(scan.errors()).singleElement().hasToString(
                "latin1.txt: invalid UTF-8 at byte offset 7 (1 invalid byte sequence); save the file as UTF-8");
    }

    @Test
    void reportsUtf16() throws IOException {
        writeGood("good");
        writeBytes("wide.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Talks".getBytes(StandardCharsets.UTF_16LE)));
        write("wide.json", "{\"date\": \"2025-03-16\"}");

        CorpusScan scan = CorpusReader.scan(corpus);

        assertOnlyGoodArticleRead(scan);
        assertThat(scan.errors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo("wide.txt");
            assertThat(error.reason()).contains("UTF-16").contains("save it as UTF-8");
        });
    }

    @Test
    void reportsAMalformedSidecarWithLineAndColumn() throws IOException {
        writeGood("good");
        write("sub/talks.txt", GOOD_TEXT);
        write("sub/talks.json", "{\n  \"title\": \"Talks\",\n  \"date\": 2025-03-16\n}");

        CorpusScan scan = CorpusReader.scan(corpus);

        assertOnlyGoodArticleRead(scan);
        assertThat(scan.errors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo("sub/talks.json");
            assertThat(error.reason()).startsWith("malformed JSON: ").contains("line 3, column");
        });
    }

    @Test
    void reportsTrailingContentInASidecar() throws IOException {
        writeGood("good");
        writeWithSidecar("talks", GOOD_TEXT, "{\"date\": \"2025-03-16\"} {\"date\": \"2025-03-17\"}");

        CorpusScan scan = CorpusReader.scan(corpus);

        assertOnlyGoodArticleRead(scan);
        assertThat(scan.errors()).singleElement().extracting(ArticleError::file).isEqualTo("talks.json");
    }

    @Test
    void reportsASidecarThatIsNotAnObject() throws IOException {
        writeGood("good");
        writeWithSidecar("talks", GOOD_TEXT, "[\"2025-03-16\"]");

        CorpusScan scan = CorpusReader.scan(corpus);

        assertOnlyGoodArticleRead(scan);
        assertThat(scan.errors()).singleElement().hasToString(
                "talks.json: not a JSON object: expected {...}, found an array");
    }

    @Test
    void reportsASidecarDateThatIsNotYearMonthDay() throws IOException {
        writeGood("good");
        writeWithSidecar("slashes", GOOD_TEXT, "{\"date\": \"16/03/2025\"}");
        writeWithSidecar("impossible", GOOD_TEXT, "{\"date\": \"2025-02-30\"}");
        writeWithSidecar("number", GOOD_TEXT, "{\"date\": 20250316}");

        CorpusScan scan = CorpusReader.scan(corpus);

        assertOnlyGoodArticleRead(scan);
        assertThat(scan.errors()).extracting(ArticleError::toString).containsExactly(
                "impossible.json: \"date\" is not a real date: \"2025-02-30\"",
                "number.json: \"date\" must be a date \"yyyy-mm-dd\", not the number 20250316",
                "slashes.json: \"date\" must be a date \"yyyy-mm-dd\", not \"16/03/2025\"");
    }

    @Test
    void reportsAnArticleWithoutSidecarAndSaysHowToAddTheDate() throws IOException {
        writeGood("good");
        write("undated.txt", GOOD_TEXT);

        CorpusScan scan = CorpusReader.scan(corpus);

        assertOnlyGoodArticleRead(scan);
        assertThat(scan.errors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo("undated.txt");
            assertThat(error.reason()).contains("no date").contains("undated.json").contains("\"date\": \"yyyy-mm-dd\"");
        });
    }

    @Test
    void reportsASidecarWithoutDateAndSaysHowToAddIt() throws IOException {
        writeGood("good");
        writeWithSidecar("undated", GOOD_TEXT, "{\"title\": \"Talks\"}");

        CorpusScan scan = CorpusReader.scan(corpus);

        assertOnlyGoodArticleRead(scan);
        assertThat(scan.errors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo("undated.json");
            assertThat(error.reason()).contains("no date").contains("add \"date\": \"yyyy-mm-dd\"");
        });
    }

    @Test
    void reportsProblemsInBothTheTextAndItsSidecar() throws IOException {
        writeWithSidecar("talks", "", "{\"date\": \"yesterday\"}");

        CorpusScan scan = CorpusReader.scan(corpus);

        assertThat(scan.articles()).isEmpty();
        assertThat(scan.errors()).extracting(ArticleError::file).containsExactly("talks.json", "talks.txt");
    }

    @Test
    void reportsAnUnreadableFile() throws IOException {
        writeGood("good");
        Path locked = writeWithSidecar("locked", GOOD_TEXT);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "permissions are not enforced for this user (root?)");

        CorpusScan scan = CorpusReader.scan(corpus);

        assertOnlyGoodArticleRead(scan);
        assertThat(scan.errors()).singleElement().hasToString("locked.txt: cannot read the file: permission denied");
    }

    @Test
    void reportsDuplicateIdsForEveryCopy() throws IOException {
        writeGood("good");
        writeGood("2025/talks");
        writeGood("2024/talks");
        write("news/talks.json", "{\"maintext\": \"Text.\", \"date_publish\": \"2025-03-16\"}");

        CorpusScan scan = CorpusReader.scan(corpus);

        assertOnlyGoodArticleRead(scan);
        assertThat(scan.errors()).extracting(ArticleError::file)
                .containsExactly("2024/talks.txt", "2025/talks.txt", "news/talks.json");
        assertThat(scan.errors().get(0).reason())
                .isEqualTo("duplicate article id 'talks', also in 2025/talks.txt, news/talks.json; rename one of them");
    }

    @Test
    void reportsAJsonlLineWhoseIdIsTaken() throws IOException {
        writeGood("feed-1");
        write("feeds/feed.jsonl", newsPlease("First", "2025-03-16") + "\n" + newsPlease("Second", "2025-03-16"));

        CorpusScan scan = CorpusReader.scan(corpus);

        assertThat(scan.articles()).extracting(Article::id).containsExactly("feed-2");
        assertThat(scan.errors()).extracting(ArticleError::file).containsExactly("feed-1.txt", "feeds/feed.jsonl:1");
    }

    // ---- usage failures ----------------------------------------------------------------------------------------

    // ---- the size limit ----------------------------------------------------------------------------------------

    @Test
    void theDefaultLimitAdmitsALongNewsArticleAndRefusesADumpSavedAsOne() throws IOException {
        writeWithSidecar("long-feature", GOOD_TEXT.repeat(150_000 / GOOD_TEXT.length()));
        writeWithSidecar("dump", GOOD_TEXT.repeat(4_200_000 / GOOD_TEXT.length()));

        CorpusScan scan = CorpusReader.scan(corpus);

        assertThat(scan.articles()).extracting(Article::id).containsExactly("long-feature");
        assertThat(scan.errors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo("dump.txt");
            assertThat(error.reason()).startsWith("too long to annotate: 4,200,000 characters")
                    .contains("limit of 200,000").contains("--max-article-chars");
        });
    }

    @Test
    void anArticleOverTheLimitIsReportedByNameInEveryFormatAndTheOthersAreRead() throws IOException {
        String longText = "Talks resumed. ".repeat(10);
        writeGood("good");
        writeWithSidecar("long", longText);
        write("long-news.json", "{\"maintext\": \"" + longText + "\", \"date_publish\": \"2025-03-16\"}");
        write("feed.jsonl", newsPlease("Short", "2025-03-16") + "\n"
                + "{\"maintext\": \"" + longText + "\", \"date_publish\": \"2025-03-16\"}\n");

        CorpusScan scan = CorpusReader.scan(corpus, new ArticleSizeLimit(100));

        assertThat(scan.articles()).extracting(Article::id).containsExactly("feed-1", "good");
        assertThat(scan.errors()).extracting(ArticleError::file)
                .containsExactlyInAnyOrder("long.txt", "long-news.json", "feed.jsonl:2");
        assertThat(scan.errors()).allSatisfy(error -> assertThat(error.reason())
                .startsWith("too long to annotate: 150 characters, more than the limit of 100"));
    }

    @Test
    void filesReadByAnotherSystemAndFieldsGetTheSameLimit() {
        String longText = "Talks resumed. ".repeat(10);
        CorpusScan scan = CorpusReader.read(java.util.Map.of(
                "in/long.txt", longText.getBytes(StandardCharsets.UTF_8),
                "in/long.json", "{\"date\": \"2025-03-16\"}".getBytes(StandardCharsets.UTF_8)),
                new ArticleSizeLimit(100));

        assertThat(scan.articles()).isEmpty();
        assertThat(scan.errors()).singleElement().satisfies(error -> assertThat(error.toString())
                .startsWith("in/long.txt: too long to annotate"));
        assertThatThrownBy(() -> CorpusReader.fromFields("row-1", null, LocalDate.of(2025, 3, 16), null, longText,
                Path.of("table.parquet"), new ArticleSizeLimit(100)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("too long to annotate");
        assertThatThrownBy(() -> new ArticleSizeLimit(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void failsWhenTheCorpusDirectoryIsMissing() {
        Path missing = corpus.resolve("no-such-dir");

        assertThatThrownBy(() -> CorpusReader.scan(missing))
                .isInstanceOf(CorpusException.class)
                .hasMessageContaining("not found")
                .hasMessageContaining(missing.toString());
    }

    @Test
    void failsWhenTheCorpusIsAFile() throws IOException {
        Path file = write("talks.txt", GOOD_TEXT);

        assertThatThrownBy(() -> CorpusReader.scan(file))
                .isInstanceOf(CorpusException.class)
                .hasMessageContaining("not a directory");
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static void assertOnlyGoodArticleRead(CorpusScan scan) {
        assertThat(scan.articles()).extracting(Article::id).containsExactly("good");
    }

    private static Article single(CorpusScan scan) {
        assertThat(scan.errors()).isEmpty();
        assertThat(scan.articles()).hasSize(1);
        return scan.articles().get(0);
    }

    private static String newsPlease(String title, String datePublish) {
        return "{\"title\": \"" + title + "\", \"maintext\": \"" + title + " text.\", \"date_publish\": \""
                + datePublish + "\", \"url\": null}";
    }

    private void writeGood(String base) throws IOException {
        writeWithSidecar(base, GOOD_TEXT, "{\"title\": \"Talks\", \"date\": \"2025-03-16\"}");
    }

    private Path writeWithSidecar(String base, String text) throws IOException {
        return writeWithSidecar(base, text, "{\"date\": \"2025-03-16\"}");
    }

    private Path writeWithSidecar(String base, String text, String sidecar) throws IOException {
        write(base + ".json", sidecar);
        return write(base + ".txt", text);
    }

    private Path write(String relative, String content) throws IOException {
        return writeBytes(relative, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path writeBytes(String relative, byte[] content) throws IOException {
        Path file = corpus.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
