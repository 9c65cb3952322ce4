package org.parley.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WikiDictIndexTest {

    /** Lines in WikiDict's format, with what the real file has and what it might have: see {@link #sample()}. */
    private static final List<String> HAND_WRITTEN = List.of(
            "Putin\tVladimir_Putin\t0.93",
            "Putin\tPutin_(film)\t0.005",
            "putin\tPoutine\t0.75",
            "PuTin\tPuin_(brand)\t1.0",
            "Georgia\tGeorgia_(U.S._state)\t0.35",
            "Georgia\tGeorgia_(country)\t0.6",
            "Georgia\tGeorgia_(band)\t0.04",
            "Georgia\tGeorgia_(film)\t0.02",
            "Georgia\tGeorgia_(name)\t0.005",
            "Moscow\tMoscow\t0.96",
            "MoSCow\tMoSCoW_method\t1.0",
            "moscow\tMoscow\t0.85",
            "Kremlin\tMoscow_Kremlin\t0.58",
            "the Kremlin\tMoscow_Kremlin\t1.0",
            "Washington\tWashington,_D.C.\t0.64",
            "Washington\tWashington_(state)\t0.2",
            "NATO\tNATO\t0.98",
            "NATO\tNATO\t0.98",
            "en.wikipedia.org/wiki/NATO\tNATO\t1.0",
            "NATO - Wikipedia, the free encyclopedia\tNATO\t1.0",
            "http://www.nato.int\tNATO\t1.0",
            "Côte d\u2019Ivoire\tIvory_Coast\t0.97",
            "  Jeddah   Islamic\u00a0 Port \tJeddah_Islamic_Port\t0.9",
            "Zu\u0308rich\tZürich\t0.95",
            "Erdoğan\tRecep_Tayyip_Erdoğan\t0.94",
            "北京\tBeijing\t0.9",
            "\uD83C\uDDFA\uD83C\uDDE6\tUkraine\t0.3",
            "the Hague\tthe_Hague\t0.73",
            "Jeddah\tJeddah\t0.979717",
            "a name far too long to be the name of anything that a news article would mention, surely\tX\t1.0",
            "no tabs at all",
            "two\tfields",
            "Bad probability\tSomething\tmuch",
            "Too\tmany\t0.5\tfields",
            "Impossible\tSomething\t1.5",
            "\tEmpty_surface\t0.5",
            "Empty title\t \t0.5");

    private static final int PEOPLE = 300;

    @TempDir
    static Path directory;
    private static WikiDictIndex index;

    /** The hand-written lines and {@value #PEOPLE} generated ones, shuffled: WikiDict itself is sorted by title. */
    static List<String> sample() {
        List<String> lines = new ArrayList<>(HAND_WRITTEN);
        for (int i = 0; i < PEOPLE; i++) {
            lines.add(String.format("Person %03d\tPerson_%03d\t0.%02d", i, i, 10 + i % 90));
        }
        Collections.shuffle(lines, new Random(7));
        return lines;
    }

    static byte[] sampleBytes() {
        return (String.join("\n", sample()) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @BeforeAll
    static void buildIndex() throws IOException {
        Path file = directory.resolve("sample.idx");
        WikiDictIndex.build(new ByteArrayInputStream(sampleBytes()), "sample", file);
        index = WikiDictIndex.open(file);
    }

    @Test
    void findsTheMostProbableTitleFirst() {
        assertThat(index.titles("Putin")).first().isEqualTo(new WikiTitle("Vladimir_Putin", 0.93));
        assertThat(index.titles("Jeddah")).containsExactly(new WikiTitle("Jeddah", 0.9797));
        assertThat(index.titles("Washington")).extracting(WikiTitle::title)
                .containsExactly("Washington,_D.C.", "Washington_(state)");
    }

    @Test
    void keepsAtMostThreeTitlesAboveTheThreshold() {
        assertThat(index.titles("Georgia")).containsExactly(new WikiTitle("Georgia_(country)", 0.6),
                new WikiTitle("Georgia_(U.S._state)", 0.35), new WikiTitle("Georgia_(band)", 0.04));
        assertThat(index.titles("Putin")).extracting(WikiTitle::title).doesNotContain("Putin_(film)");
    }

    @Test
    void ignoresCaseButPrefersTheFormWrittenLikeTheQuery() {
        assertThat(index.titles("PUTIN")).first().extracting(WikiTitle::title).isEqualTo("Vladimir_Putin");
        assertThat(index.titles("putin")).first().extracting(WikiTitle::title).isEqualTo("Poutine");
        // "MoSCow" links to MoSCoW_method with probability 1.0, yet "Moscow" means the city.
        assertThat(index.titles("Moscow")).first().isEqualTo(new WikiTitle("Moscow", 0.96));
        assertThat(index.titles("MoSCow")).first().extracting(WikiTitle::title).isEqualTo("MoSCoW_method");
        // Rare odd casings come after the usual ones, whatever their probability.
        assertThat(index.titles("Putin")).extracting(WikiTitle::title)
                .containsExactly("Vladimir_Putin", "Poutine", "Puin_(brand)");
    }

    @Test
    void normalisesWhiteSpaceApostrophesAndUnicode() {
        assertThat(index.titles("Côte d'Ivoire")).containsExactly(new WikiTitle("Ivory_Coast", 0.97));
        assertThat(index.titles("côte  d\u2019ivoire ")).extracting(WikiTitle::title).containsExactly("Ivory_Coast");
        assertThat(index.titles("Jeddah Islamic Port")).extracting(WikiTitle::title)
                .containsExactly("Jeddah_Islamic_Port");
        assertThat(index.titles("Zürich")).extracting(WikiTitle::title).containsExactly("Zürich");
        assertThat(index.titles("erdoğan")).extracting(WikiTitle::title).containsExactly("Recep_Tayyip_Erdoğan");
        assertThat(index.titles("北京")).extracting(WikiTitle::title).containsExactly("Beijing");
        assertThat(index.titles("\uD83C\uDDFA\uD83C\uDDE6")).extracting(WikiTitle::title).containsExactly("Ukraine");
    }

    @Test
    void writesTitlesAsWikipediaDoes() {
        assertThat(index.titles("The Hague")).containsExactly(new WikiTitle("The_Hague", 0.73));
    }

    @Test
    void mergesDuplicateLines() {
        assertThat(index.titles("NATO")).containsExactly(new WikiTitle("NATO", 0.98));
    }

    @Test
    void answersNothingForUnknownOrDroppedSurfaces() {
        assertThat(index.titles("Zelensky")).isEmpty();
        assertThat(index.titles("Pu")).isEmpty();
        assertThat(index.titles("Putin's")).isEmpty();
        assertThat(index.titles("")).isEmpty();
        assertThat(index.titles("   ")).isEmpty();
        assertThat(index.titles("\uFFFF\uFFFF")).isEmpty();
        assertThat(index.titles("en.wikipedia.org/wiki/NATO")).isEmpty();
        assertThat(index.titles("NATO - Wikipedia, the free encyclopedia")).isEmpty();
        assertThat(index.titles("http://www.nato.int")).isEmpty();
        assertThat(index.titles("a name far too long to be the name of anything that a news article would mention,"
                + " surely")).isEmpty();
        assertThat(index.titles("Impossible")).isEmpty();
        assertThat(index.titles("Empty title")).isEmpty();
    }

    @Test
    void findsEveryGeneratedName() {
        for (int i = 0; i < PEOPLE; i++) {
            assertThat(index.titles(String.format("person %03d", i)))
                    .containsExactly(new WikiTitle(String.format("Person_%03d", i), (10 + i % 90) / 100.0));
        }
        assertThat(index.surfaceCount()).isEqualTo(PEOPLE + 15);
    }

    @Test
    void buildsTheSameIndexWhenTheSortSpillsToDiskAndFromGzip() throws IOException {
        Path spilled = directory.resolve("spilled.idx");
        WikiDictBuilder.Summary summary = new WikiDictBuilder(2_000)
                .build(new ByteArrayInputStream(gzip(sampleBytes())), "sample", spilled);
        assertThat(summary.sortRuns()).isGreaterThan(5);
        assertThat(summary.malformedLines()).isEqualTo(7);

        assertThat(Files.readAllBytes(spilled)).isEqualTo(Files.readAllBytes(index.file()));
        WikiDictIndex rebuilt = WikiDictIndex.open(spilled);
        for (String query : queries()) {
            assertThat(rebuilt.titles(query)).as(query).isEqualTo(index.titles(query));
        }
    }

    @Test
    void answersConcurrentLookupsAsSingleOnes() throws Exception {
        Map<String, List<WikiTitle>> expected = new LinkedHashMap<>();
        for (String query : queries()) {
            expected.put(query, index.titles(query));
        }
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Map<String, List<WikiTitle>>>> results = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                List<String> shuffled = new ArrayList<>(expected.keySet());
                Collections.shuffle(shuffled, new Random(thread));
                results.add(threads.submit(() -> {
                    Map<String, List<WikiTitle>> seen = new LinkedHashMap<>();
                    for (int round = 0; round < 20; round++) {
                        for (String query : shuffled) {
                            List<WikiTitle> titles = index.titles(query);
                            if (seen.containsKey(query) && !seen.get(query).equals(titles)) {
                                throw new AssertionError("lookup changed under load: " + query);
                            }
                            seen.put(query, titles);
                        }
                    }
                    return seen;
                }));
            }
            for (Future<Map<String, List<WikiTitle>>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** Every surface of the sample, as written and upper-cased, and a few absent ones. */
    private static List<String> queries() {
        List<String> queries = new ArrayList<>();
        for (String line : sample()) {
            String surface = line.split("\t", -1)[0];
            queries.add(surface);
            queries.add(surface.toUpperCase(java.util.Locale.ROOT));
        }
        queries.addAll(List.of("Zelensky", "", "zzz", "!"));
        return queries;
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    /** Gives {@code limit} bytes of {@code bytes}, then fails as a broken download or disk would. */
    static InputStream failingAfter(byte[] bytes, int limit) {
        return new InputStream() {
            private int position;

            @Override
            public int read() throws IOException {
                if (position == limit) {
                    throw new IOException("stream broken at byte " + limit);
                }
                return position < bytes.length ? bytes[position++] & 0xff : -1;
            }
        };
    }
}
