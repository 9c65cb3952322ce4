package org.parley.store.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalSorterTest {

    @TempDir
    Path temp;

    @Test
    void linesThatFitInMemoryComeOutSortedWithoutDuplicatesAndWithoutTemporaryFiles() {
        try (ExternalSorter sorter = new ExternalSorter(Comparator.naturalOrder(), 1 << 20, temp)) {
            List.of("c", "a", "b", "a").forEach(sorter::add);

            assertThat(drain(sorter, List.of("d", "b"))).containsExactly("a", "b", "c", "d");
            assertThat(sorter.spilledRuns()).isZero();
        }
        assertThat(temp).isEmptyDirectory();
    }

    @Test
    void moreLinesThanTheBudgetAreSpilledMergedInGroupsAndComeOutAsFromAnInMemorySort() {
        Random random = new Random(42);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            // Few distinct values, so that duplicates fall in different runs.
            lines.add("line " + random.nextInt(5_000) + " é" + random.nextInt(3));
        }
        List<String> sorted;
        int runs;
        try (ExternalSorter sorter = new ExternalSorter(Comparator.naturalOrder(), 4_000, temp)) {
            lines.forEach(sorter::add);
            runs = sorter.spilledRuns();
            sorted = drain(sorter, List.of());
        }

        // About 40 lines a run: hundreds of runs, more than are ever open at once.
        assertThat(runs).isGreaterThan(200);
        assertThat(sorted).isEqualTo(new ArrayList<>(new TreeSet<>(lines)));
        assertThat(temp).isEmptyDirectory();
    }

    @Test
    void theGivenOrderDecides() {
        try (ExternalSorter sorter = new ExternalSorter(Comparator.<String>reverseOrder(), 100, temp)) {
            Stream.of("a", "c", "b", "e", "d").forEach(sorter::add);

            assertThat(drain(sorter, List.of())).containsExactly("e", "d", "c", "b", "a");
        }
    }

    private static List<String> drain(ExternalSorter sorter, List<String> extra) {
        List<String> out = new ArrayList<>();
        try (ExternalSorter.Merge merge = sorter.merge(extra)) {
            merge.forEachRemaining(out::add);
        }
        return out;
    }

    @Test
    void closingDeletesTheRunsEvenUnread() throws Exception {
        ExternalSorter sorter = new ExternalSorter(Comparator.naturalOrder(), 100, temp);
        for (int i = 0; i < 100; i++) {
            sorter.add("line " + i);
        }
        try (Stream<Path> made = Files.list(temp)) {
            assertThat(made).isNotEmpty();
        }
        sorter.close();

        assertThat(temp).isEmptyDirectory();
    }
}
