package org.parley.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.extract.EntityType;

/**
 * The full offline index, built from a small dump in the exact format of Wikidata's latest-all.json
 * ({@code src/test/resources/wikidata/dump.json}: 14 items, a property, a truncated line).
 */
class DumpIndexTest {

    private static final WikidataEntry PUTIN = new WikidataEntry("Q7747", "Vladimir Putin", EntityType.PERSON,
            List.of("Vladimir Putin", "Putin", "Vladimir Vladimirovich Putin"), "President of Russia since 2012",
            "Vladimir_Putin", 3);

    @TempDir
    static Path dir;

    private static Path dump;
    private static DumpIndexReport report;
    private static DumpIndex index;

    @BeforeAll
    static void buildFromThePlainDump() throws IOException {
        dump = dir.resolve("latest-all.json");
        try (InputStream in = DumpIndexTest.class.getResourceAsStream("/wikidata/dump.json")) {
            Files.copy(in, dump);
        }
        report = DumpIndexBuilder.standard().build(dump, dir.resolve("index"), DumpIndexProgress.NONE);
        index = DumpIndex.open(dir.resolve("index"));
    }

    @Test
    void answersAPersonWithEverythingTheLinkerUses() {
        assertThat(index.candidates("Vladimir Putin")).containsExactly(PUTIN);
        assertThat(index.candidates("Putin")).as("an alias").containsExactly(PUTIN);
    }

    @Test
    void typesCountriesOrganisationsAndPlacesByTheirClasses() {
        assertThat(index.candidates("Russian Federation")).singleElement()
                .satisfies(e -> assertThat(e.qid()).isEqualTo("Q159"))
                .satisfies(e -> assertThat(e.type()).isEqualTo(EntityType.COUNTRY));
        assertThat(index.candidates("NATO")).extracting(WikidataEntry::qid, WikidataEntry::type)
                .containsExactly(tuple("Q7184", EntityType.ORGANIZATION));
        assertThat(index.candidates("Kiev")).extracting(WikidataEntry::qid, WikidataEntry::type)
                .containsExactly(tuple("Q1899", EntityType.PLACE));
        assertThat(index.candidates("Reuters")).extracting(WikidataEntry::type)
                .as("a news agency, its empty maps written as []").containsExactly(EntityType.ORGANIZATION);
    }

    @Test
    void aPersonAndACityOfTheSameNameAreBothCandidatesTheBetterKnownFirst() {
        List<WikidataEntry> washington = index.candidates("Washington");

        assertThat(washington).extracting(WikidataEntry::qid, WikidataEntry::type).containsExactly(
                tuple("Q61", EntityType.PLACE),
                tuple("Q23", EntityType.PERSON));
        assertThat(washington.get(0).sitelinks()).isEqualTo(3);
        assertThat(washington.get(0).wikipediaTitle()).isEqualTo("Washington,_D.C.");
    }

    @Test
    void namesAreComparedIgnoringCaseSpacesAndCurlyApostrophes() {
        assertThat(index.candidates("  vladimir   PUTIN ")).containsExactly(PUTIN);
        assertThat(index.candidates("Cote d'Ivoire")).as("accents still count").isEmpty();
        assertThat(index.candidates("Côte d'Ivoire")).extracting(WikidataEntry::qid).containsExactly("Q1008");
        assertThat(index.candidates("Côte d’Ivoire")).extracting(WikidataEntry::qid).containsExactly("Q1008");
        assertThat(index.candidates("Vladimir Puti")).as("never a prefix match").isEmpty();
        assertThat(index.candidates("Vladimir Putin Jr")).isEmpty();
        assertThat(index.candidates("")).isEmpty();
    }

    @Test
    void anItemWithOnlyAMultilingualLabelIsKept() {
        assertThat(index.candidates("Scholz")).singleElement().satisfies(e -> {
            assertThat(e.label()).isEqualTo("Olaf Scholz");
            assertThat(e.type()).isEqualTo(EntityType.PERSON);
            assertThat(e.wikipediaTitle()).as("no English Wikipedia article").isNull();
            assertThat(e.description()).isEqualTo("Chancellor of Germany from 2021 to 2025");
        });
    }

    @Test
    void skipsPropertiesItemsWithoutEnglishNameUnlinkedOrDeprecatedClassesAndMalformedLines() {
        assertThat(index.candidates("instance of")).as("a property").isEmpty();
        assertThat(index.candidates("Kleinwalsertal-Dorf")).as("no English label").isEmpty();
        assertThat(index.candidates("Old Sandbox Town")).as("only a deprecated class").isEmpty();
        assertThat(index.candidates("The Shawshank Redemption")).as("a film").isEmpty();
        assertThat(index.candidates("Truncated")).isEmpty();

        assertThat(report.entitiesRead()).isEqualTo(15);
        assertThat(report.malformedLines()).isEqualTo(1);
        assertThat(report.keptByType()).containsEntry(EntityType.PERSON, 3L).containsEntry(EntityType.COUNTRY, 3L)
                .containsEntry(EntityType.ORGANIZATION, 2L).containsEntry(EntityType.PLACE, 3L);
        assertThat(index.entryCount()).isEqualTo(11);
        assertThat(report.summary()).contains("15 entities read").contains("11 kept")
                .contains("person 3, country 3, organization 2, place 3").contains("1 malformed line skipped");
    }

    @Test
    void gzipAndBzip2DumpsGiveTheSameIndex() throws IOException {
        Path gz = compress(dump, "latest-all.json.gz");
        Path bz2 = dir.resolve("latest-all.json.bz2");
        try (OutputStream out = new BZip2CompressorOutputStream(Files.newOutputStream(bz2))) {
            Files.copy(dump, out);
        }
        for (Path compressed : List.of(gz, bz2)) {
            Path out = dir.resolve("index-" + compressed.getFileName());
            DumpIndexReport fromCompressed = DumpIndexBuilder.standard().build(compressed, out, DumpIndexProgress.NONE);

            assertThat(fromCompressed.keptByType()).as(compressed.toString()).isEqualTo(report.keptByType());
            assertThat(fromCompressed.malformedLines()).isEqualTo(1);
            assertSameFiles(out, dir.resolve("index"));
            assertThat(DumpIndex.open(out).candidates("Putin")).containsExactly(PUTIN);
        }
    }

    @Test
    void aSortThatSpillsToDiskGivesTheSameIndex() throws IOException {
        Path out = dir.resolve("index-spilled");
        DumpIndexBuilder.standard().withSortMemory(1).build(dump, out, DumpIndexProgress.NONE);

        assertSameFiles(out, dir.resolve("index"));
        assertThat(out.resolve("sort-runs.partial")).as("the runs are removed").doesNotExist();
    }

    @Test
    void entriesAndNamesThatStraddleTwoMappedWindowsAreReadWhole() throws IOException {
        // 64-byte windows put window boundaries inside most records, as 1 GiB windows do in a full index.
        DumpIndex smallWindows = DumpIndex.open(dir.resolve("index"), 6);

        for (String name : List.of("Vladimir Putin", "Washington", "Côte d'Ivoire", "Scholz", "NATO", "Kyïv")) {
            assertThat(smallWindows.candidates(name)).as(name).isNotEmpty().isEqualTo(index.candidates(name));
        }
    }

    @Test
    void theIndexIsTheSameWhateverTheNumberOfParserThreads() throws IOException {
        for (int threads : new int[] {1, 3}) {
            Path out = dir.resolve("index-threads-" + threads);
            DumpIndexBuilder.standard().withThreads(threads).build(dump, out, DumpIndexProgress.NONE);
            assertSameFiles(out, dir.resolve("index"));
        }
    }

    @Test
    void rebuildingReplacesTheIndexAndAnInterruptedBuildIsNoIndex() throws IOException {
        Path out = dir.resolve("index-rebuilt");
        DumpIndexBuilder.standard().build(dump, out, DumpIndexProgress.NONE);
        Path smaller = dir.resolve("smaller.json");
        Files.writeString(smaller, "[\n" + Files.readAllLines(dump).get(1).replaceAll(",$", "") + "\n]\n");

        DumpIndexBuilder.standard().build(smaller, out, DumpIndexProgress.NONE);
        DumpIndex rebuilt = DumpIndex.open(out);
        assertThat(rebuilt.entryCount()).isEqualTo(1);
        assertThat(rebuilt.candidates("Washington")).isEmpty();
        assertThat(rebuilt.source()).isEqualTo("smaller.json");

        Files.delete(out.resolve(DumpIndexFormat.MANIFEST));
        assertThatThrownBy(() -> DumpIndex.open(out)).isInstanceOf(IOException.class)
                .hasMessageContaining("no Wikidata index in").hasMessageContaining("parley wikidata-index");
    }

    @Test
    void aBuildThatFailsLeavesThePreviousIndexUsableAndNoPartialFiles() throws IOException {
        Path out = dir.resolve("index-kept");
        DumpIndexBuilder.standard().build(dump, out, DumpIndexProgress.NONE);
        Path corrupt = dir.resolve("corrupt.json.gz");
        byte[] gzip = Files.readAllBytes(compress(dump, "for-corruption.json.gz"));
        Arrays.fill(gzip, 20, gzip.length, (byte) 0x5a);
        Files.write(corrupt, gzip);

        assertThatThrownBy(() -> DumpIndexBuilder.standard().build(corrupt, out, DumpIndexProgress.NONE))
                .isInstanceOf(IOException.class);

        assertThat(DumpIndex.open(out).candidates("Putin")).containsExactly(PUTIN);
        try (var files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(f -> f.contains("partial"));
        }
    }

    @Test
    void aLineTooLongToBeAnEntityIsSkippedAndTheNextOneIsRead() throws IOException {
        List<String> lines = Files.readAllLines(dump);
        Path withHugeLine = dir.resolve("huge-line.json");
        try (var out = Files.newBufferedWriter(withHugeLine)) {
            out.write("[\n" + lines.get(1) + "\n{\"type\":\"item\",\"id\":\"Q1\",\"labels\":\"");
            out.write("x".repeat(WikidataDumpLines.MAX_LINE_BYTES));
            out.write("\"},\n" + lines.get(2).replaceAll(",$", "") + "\n]\n");
        }
        Path out = dir.resolve("index-huge-line");

        DumpIndexReport huge = DumpIndexBuilder.standard().build(withHugeLine, out, DumpIndexProgress.NONE);

        assertThat(huge.entitiesRead()).isEqualTo(2);
        assertThat(huge.malformedLines()).isEqualTo(1);
        assertThat(DumpIndex.open(out).candidates("Russia")).extracting(WikidataEntry::qid).containsExactly("Q159");
    }

    @Test
    void progressIsReportedAsTheDumpIsRead() throws IOException {
        List<long[]> updates = new ArrayList<>();
        DumpIndexBuilder.standard().withProgressEvery(5)
                .build(dump, dir.resolve("index-progress"), (read, kept, fraction) -> updates.add(
                        new long[] {read, kept, Math.round(fraction * 100)}));

        // Every 5 lines of the 16 (one malformed), and once at the end.
        assertThat(updates).extracting(u -> u[0]).hasSize(4).isSorted().endsWith(15L);
        assertThat(updates.get(updates.size() - 1)).containsExactly(15, 11, 100);
    }

    private static Path compress(Path plain, String gzipName) throws IOException {
        Path gz = dir.resolve(gzipName);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(plain, out);
        }
        return gz;
    }

    private static void assertSameFiles(Path actual, Path expected) throws IOException {
        for (String file : List.of(DumpIndexFormat.ENTRIES, DumpIndexFormat.NAMES, DumpIndexFormat.NAME_OFFSETS)) {
            assertThat(Files.readAllBytes(actual.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(expected.resolve(file)));
        }
    }
}
