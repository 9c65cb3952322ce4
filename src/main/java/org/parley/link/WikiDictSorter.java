package org.parley.link;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.Stream;

/**
 * Sorts WikiDict entries by lookup key with bounded memory: entries are collected up to a memory budget, sorted,
 * spilled to a run file, and the runs are merged at the end. WikiDict is ordered by title, not by surface form, so the
 * full dictionary (15 million entries kept) needs this to build within a small heap.
 */
final class WikiDictSorter implements Closeable {

    static final String DIRECTORY_PREFIX = "wikidict-sort-";

    /** One surface form as written, the title it links to and P(title | that form) in 1/10000. */
    record Entry(byte[] key, byte[] caseMask, int titleId, int probability) {

        /** A rough count of the heap one entry takes, to keep a chunk within the budget. */
        long heapBytes() {
            return 96L + key.length + caseMask.length;
        }
    }

    /** Receives the entries of one key; the list is reused for the next key. */
    interface GroupConsumer {
        void accept(byte[] key, List<Entry> entries) throws IOException;
    }

    private static final Comparator<Entry> BY_KEY = (a, b) -> Arrays.compareUnsigned(a.key(), b.key());

    private final Path parentDirectory;
    private final long memoryBudget;
    private final List<Entry> chunk = new ArrayList<>();
    private final List<Run> runs = new ArrayList<>();
    private long chunkBytes;
    private Path runDirectory;

    private record Run(Path file, int entries) {
    }

    WikiDictSorter(Path parentDirectory, long memoryBudget) {
        this.parentDirectory = parentDirectory;
        this.memoryBudget = memoryBudget;
    }

    void add(Entry entry) throws IOException {
        chunk.add(entry);
        chunkBytes += entry.heapBytes();
        if (chunkBytes >= memoryBudget) {
            spill();
        }
    }

    int runCount() {
        return runs.size();
    }

    /** Hands every key to {@code consumer} once, in unsigned byte order, with all its entries. */
    void forEachGroup(GroupConsumer consumer) throws IOException {
        if (runs.isEmpty()) {
            chunk.sort(BY_KEY);
            groupAndSend(chunk.iterator()::next, chunk.size(), consumer);
            return;
        }
        if (!chunk.isEmpty()) {
            spill();
        }
        List<RunReader> readers = new ArrayList<>();
        try {
            PriorityQueue<RunReader> queue =
                    new PriorityQueue<>(Comparator.comparing(RunReader::current, BY_KEY));
            long total = 0;
            for (Run run : runs) {
                RunReader reader = new RunReader(run);
                readers.add(reader);
                total += run.entries();
                if (reader.advance()) {
                    queue.add(reader);
                }
            }
            groupAndSend(() -> {
                RunReader reader = queue.remove();
                Entry entry = reader.current();
                if (reader.advance()) {
                    queue.add(reader);
                }
                return entry;
            }, total, consumer);
        } finally {
            for (RunReader reader : readers) {
                reader.close();
            }
        }
    }

    private interface EntrySupplier {
        Entry next() throws IOException;
    }

    private static void groupAndSend(EntrySupplier sorted, long count, GroupConsumer consumer) throws IOException {
        List<Entry> group = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            Entry entry = sorted.next();
            if (!group.isEmpty() && !Arrays.equals(group.get(0).key(), entry.key())) {
                consumer.accept(group.get(0).key(), group);
                group.clear();
            }
            group.add(entry);
        }
        if (!group.isEmpty()) {
            consumer.accept(group.get(0).key(), group);
        }
    }

    private void spill() throws IOException {
        if (runDirectory == null) {
            runDirectory = Files.createTempDirectory(parentDirectory, DIRECTORY_PREFIX);
        }
        chunk.sort(BY_KEY);
        Path file = runDirectory.resolve("run-" + runs.size());
        try (WikiDictOutput out = new WikiDictOutput(Files.newOutputStream(file), 0)) {
            for (Entry entry : chunk) {
                out.writeBytesWithLength(entry.key());
                out.writeBytesWithLength(entry.caseMask());
                out.writeVarint(entry.titleId());
                out.writeVarint(entry.probability());
            }
        }
        runs.add(new Run(file, chunk.size()));
        chunk.clear();
        chunkBytes = 0;
    }

    /** Deletes the run files. */
    @Override
    public void close() throws IOException {
        chunk.clear();
        if (runDirectory != null) {
            try (Stream<Path> files = Files.list(runDirectory)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(runDirectory);
        }
    }

    /** Reads a run back through its own buffer (a BufferedInputStream synchronises every single-byte read). */
    private static final class RunReader implements Closeable {
        private final InputStream in;
        private final byte[] buffer = new byte[1 << 16];
        private int buffered;
        private int next;
        private int remaining;
        private Entry current;

        RunReader(Run run) throws IOException {
            this.in = Files.newInputStream(run.file());
            this.remaining = run.entries();
        }

        Entry current() {
            return current;
        }

        boolean advance() throws IOException {
            if (remaining == 0) {
                current = null;
                return false;
            }
            remaining--;
            current = new Entry(readBytes(), readBytes(), readVarint(), readVarint());
            return true;
        }

        private int readByte() throws IOException {
            if (next == buffered) {
                buffered = in.readNBytes(buffer, 0, buffer.length);
                next = 0;
                if (buffered == 0) {
                    throw new EOFException("WikiDict sort run ends early");
                }
            }
            return buffer[next++] & 0xff;
        }

        private byte[] readBytes() throws IOException {
            byte[] bytes = new byte[readVarint()];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) readByte();
            }
            return bytes;
        }

        private int readVarint() throws IOException {
            int value = 0;
            for (int shift = 0; shift < 32; shift += 7) {
                int b = readByte();
                value |= (b & 0x7f) << shift;
                if (b < 0x80) {
                    return value;
                }
            }
            throw new IOException("corrupt WikiDict sort run: varint too long");
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
