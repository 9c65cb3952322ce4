package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.extract.EntityType;
import org.parley.link.DumpIndex;
import org.parley.link.WikidataEntry;

/** {@code parley wikidata-index}, end to end through the command line. */
class WikidataIndexCommandTest {

    @TempDir
    Path dir;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    private Path gzippedDump() throws IOException {
        Path dump = dir.resolve("latest-all.json.gz");
        try (InputStream in = getClass().getResourceAsStream("/wikidata/dump.json");
             OutputStream out = new GZIPOutputStream(Files.newOutputStream(dump))) {
            in.transferTo(out);
        }
        return dump;
    }

    @Test
    void buildsAnIndexTheLinkerCanAskAndEndsWithOneSummaryLine() throws IOException {
        Path out = dir.resolve("wikidata-index");

        CommandRun run = run("wikidata-index", "--dump", gzippedDump().toString(), "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip().lines()).singleElement().asString()
                .startsWith("wikidata-index: 15 entities read")
                .contains("11 kept (person 3, country 3, organization 2, place 3)")
                .contains("1 malformed line skipped");
        assertThat(DumpIndex.open(out).candidates("washington")).extracting(WikidataEntry::type)
                .containsExactlyInAnyOrder(EntityType.PERSON, EntityType.PLACE);
    }

    @Test
    void aMissingDumpFailsWithOneLineAndAMissingOptionIsBadUsage() {
        CommandRun missing = run("wikidata-index", "--dump", dir.resolve("absent.json.gz").toString(),
                "--out", dir.resolve("index").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err().strip()).startsWith("parley: no Wikidata dump at").doesNotContain("\n");
        assertThat(dir.resolve("index")).doesNotExist();

        assertThat(run("wikidata-index").exit()).isEqualTo(2);
        assertThat(run("wikidata-index", "--dump", dir.toString(), "--threads", "0").exit())
                .as("no dump, but bad usage first").isEqualTo(2);
    }

    @Test
    void hasHelp() {
        CommandRun help = run("wikidata-index", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Usage: parley wikidata-index").contains("--dump").contains("--out");
    }
}
