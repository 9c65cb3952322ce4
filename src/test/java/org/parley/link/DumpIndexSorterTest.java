package org.parley.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The external sort behind the index's names: same order and no duplicates, in memory or spilled to disk. */
class DumpIndexSorterTest {

    @TempDir
    Path dir;

    @Test
    void spilledRunsMergeIntoTheSameOrderAsAnInMemorySortWithoutDuplicates() throws IOException {
        List<String> inMemory = sorted(Long.MAX_VALUE, 0);
        List<String> spilled = sorted(2_000, 1);

        assertThat(spilled).isEqualTo(inMemory);
        assertThat(inMemory).doesNotHaveDuplicates().hasSize(1_000 + 2);
        assertThat(inMemory).extracting(pair -> pair.substring(0, pair.indexOf('|'))).isSorted();
        assertThat(inMemory).containsSubsequence("name 7|0", "name 7|1");
        assertThat(dir.resolve("runs")).doesNotExist();
    }

    @Test
    void keysCompareAsUnsignedBytesSoNonAsciiNamesSortAfterAscii() throws IOException {
        List<String> order = new ArrayList<>();
        try (DumpIndexSorter sorter = new DumpIndexSorter(dir.resolve("runs"), 1)) {
            for (String key : List.of("ödön", "zagreb", "amsterdam", "łódź")) {
                sorter.add(key.getBytes(StandardCharsets.UTF_8), 0);
            }
            sorter.drainTo((key, value) -> order.add(new String(key, StandardCharsets.UTF_8)));
        }
        assertThat(order).containsExactly("amsterdam", "zagreb", "ödön", "łódź");
    }

    /** 1,000 distinct keys (and one with two values) added twice each, in random order. */
    private List<String> sorted(long memoryBudget, int minimumRuns) throws IOException {
        Random random = new Random(3);
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            pairs.add("name " + random.nextInt(1_000_000) + "|" + i);
        }
        pairs.add("name 7|1");
        pairs.add("name 7|0");
        List<String> twice = new ArrayList<>(pairs);
        twice.addAll(pairs);
        Collections.shuffle(twice, random);
        List<String> out = new ArrayList<>();
        try (DumpIndexSorter sorter = new DumpIndexSorter(dir.resolve("runs"), memoryBudget)) {
            for (String pair : twice) {
                String[] parts = pair.split("\\|");
                sorter.add(parts[0].getBytes(StandardCharsets.UTF_8), Long.parseLong(parts[1]));
            }
            assertThat(sorter.runCount()).isGreaterThanOrEqualTo(minimumRuns);
            sorter.drainTo((key, value) -> out.add(new String(key, StandardCharsets.UTF_8) + "|" + value));
        }
        assertThat(Files.exists(dir.resolve("runs"))).isFalse();
        return out;
    }
}
