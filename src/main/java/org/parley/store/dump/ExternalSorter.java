package org.parley.store.dump;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.stream.Stream;

/**
 * Sorts more lines than fit in memory and drops duplicates: lines are gathered up to a memory budget, sorted and
 * written to a temporary file (a run); the runs are then merged. Memory holds one budget of lines while gathering
 * and one line per run while merging. Lines must not contain line breaks.
 *
 * <p>Use: {@link #add} every line, then {@link #merge} once, then {@link #close} to delete the temporary files.
 */
final class ExternalSorter implements AutoCloseable {

    /** More runs than this are merged in groups first, to keep the open files few. */
    private static final int MAX_OPEN_RUNS = 64;
    /** What one held line costs beyond its characters: object headers, the array slot, the sort's buffer. */
    private static final int LINE_OVERHEAD = 64;

    private final Comparator<String> order;
    private final long budgetBytes;
    private final Path tempParent;
    private final List<String> held = new ArrayList<>();
    private final List<Path> runs = new ArrayList<>();
    private Path tempDir;
    private long heldBytes;
    private long added;

    /**
     * @param budgetBytes roughly how much heap the held lines may take before they are spilled to a run
     * @param tempParent where the temporary directory of runs is made
     */
    ExternalSorter(Comparator<String> order, long budgetBytes, Path tempParent) {
        this.order = order;
        this.budgetBytes = budgetBytes;
        this.tempParent = tempParent;
    }

    /** A budget suited to the JVM's maximum heap: an eighth of it, between 4 MB and 256 MB. */
    static long defaultBudget() {
        long eighth = Runtime.getRuntime().maxMemory() / 8;
        return Math.max(4L << 20, Math.min(256L << 20, eighth));
    }

    void add(String line) {
        held.add(line);
        added++;
        // Latin-1 strings take one byte a character, others two: count two to stay on the safe side.
        heldBytes += 2L * line.length() + LINE_OVERHEAD;
        if (heldBytes >= budgetBytes) {
            spill();
        }
    }

    /** How many lines were added, duplicates included. */
    long added() {
        return added;
    }

    /** How many runs were spilled to disk so far. */
    int spilledRuns() {
        return runs.size();
    }

    /**
     * The distinct lines added so far, merged with {@code extra} (which need not be sorted), in order. The returned
     * iterator must be closed. Lines may not be added any more.
     */
    Merge merge(List<String> extra) {
        held.addAll(extra);
        held.sort(order);
        List<String> inMemory = List.copyOf(held);
        held.clear();
        heldBytes = 0;
        reduceRuns();
        List<Run> sources = new ArrayList<>();
        sources.add(new MemoryRun(inMemory.iterator()));
        try {
            for (Path run : runs) {
                sources.add(new FileRun(Files.newBufferedReader(run, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            sources.forEach(Run::close);
            throw new UncheckedIOException("cannot read a sorted run: " + e.getMessage(), e);
        }
        return new Merge(order, sources);
    }

    @Override
    public void close() {
        held.clear();
        if (tempDir == null) {
            return;
        }
        try (Stream<Path> files = Files.list(tempDir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(tempDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the temporary files in " + tempDir, e);
        }
    }

    private void spill() {
        held.sort(order);
        Path run = newRunFile();
        try (Writer out = Files.newBufferedWriter(run, StandardCharsets.UTF_8)) {
            writeDistinct(held.iterator(), out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a sorted run to " + run + ": " + e.getMessage(), e);
        }
        runs.add(run);
        held.clear();
        heldBytes = 0;
    }

    /** Merges runs in groups until at most {@link #MAX_OPEN_RUNS} are left. */
    private void reduceRuns() {
        while (runs.size() > MAX_OPEN_RUNS) {
            List<Path> group = new ArrayList<>(runs.subList(0, MAX_OPEN_RUNS));
            Path merged = newRunFile();
            List<Run> sources = new ArrayList<>();
            try {
                for (Path run : group) {
                    sources.add(new FileRun(Files.newBufferedReader(run, StandardCharsets.UTF_8)));
                }
                try (Merge merge = new Merge(order, sources);
                     Writer out = Files.newBufferedWriter(merged, StandardCharsets.UTF_8)) {
                    writeDistinct(merge, out);
                }
                for (Path run : group) {
                    Files.delete(run);
                }
            } catch (IOException e) {
                sources.forEach(Run::close);
                throw new UncheckedIOException("cannot merge sorted runs: " + e.getMessage(), e);
            }
            runs.removeAll(group);
            runs.add(merged);
        }
    }

    private static void writeDistinct(Iterator<String> lines, Writer out) throws IOException {
        String previous = null;
        while (lines.hasNext()) {
            String line = lines.next();
            if (!line.equals(previous)) {
                out.write(line);
                out.write('\n');
                previous = line;
            }
        }
    }

    private Path newRunFile() {
        try {
            if (tempDir == null) {
                Files.createDirectories(tempParent);
                tempDir = Files.createTempDirectory(tempParent, "parley-sort-");
            }
            return Files.createTempFile(tempDir, "run-", ".txt");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary file in " + tempParent + ": " + e.getMessage(), e);
        }
    }

    /** One sorted source of lines. */
    private interface Run extends AutoCloseable {
        /** The next line, or null at the end. */
        String next();

        @Override
        void close();
    }

    private record MemoryRun(Iterator<String> lines) implements Run {
        @Override
        public String next() {
            return lines.hasNext() ? lines.next() : null;
        }

        @Override
        public void close() {
        }
    }

    private record FileRun(BufferedReader reader) implements Run {
        @Override
        public String next() {
            try {
                return reader.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read a sorted run: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close a sorted run: " + e.getMessage(), e);
            }
        }
    }

    /** The k-way merge of sorted runs, without duplicates. */
    static final class Merge implements Iterator<String>, AutoCloseable {

        private record Head(String line, Run run) {
        }

        private final List<Run> sources;
        private final PriorityQueue<Head> heads;
        private String previous;
        private String next;

        private Merge(Comparator<String> order, List<Run> sources) {
            this.sources = sources;
            this.heads = new PriorityQueue<>(Math.max(1, sources.size()),
                    Comparator.comparing(Head::line, order));
            for (Run run : sources) {
                advance(run);
            }
            next = pull();
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public String next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            String current = next;
            next = pull();
            return current;
        }

        private String pull() {
            while (!heads.isEmpty()) {
                Head head = heads.poll();
                advance(head.run());
                if (!head.line().equals(previous)) {
                    previous = head.line();
                    return previous;
                }
            }
            return null;
        }

        private void advance(Run run) {
            String line = run.next();
            if (line != null) {
                heads.add(new Head(line, run));
            }
        }

        @Override
        public void close() {
            sources.forEach(Run::close);
        }
    }
}
