package org.parley.link;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * An external sort of (key, value) pairs in bounded memory: pairs are gathered until they fill the memory budget,
 * sorted and written to a run file; at the end the runs are merged. Keys are compared as unsigned bytes, then
 * values; a pair added twice comes out once.
 */
final class DumpIndexSorter implements Closeable {

    /** What a receiver of the sorted pairs does with each. */
    @FunctionalInterface
    interface Sink {
        void accept(byte[] key, long value) throws IOException;
    }

    /** A key and the entry offset it points to. */
    private record Pair(byte[] key, long value) {
    }

    private static final Comparator<Pair> ORDER =
            Comparator.<Pair, byte[]>comparing(Pair::key, Arrays::compareUnsigned).thenComparingLong(Pair::value);

    /** Heap a pair costs beyond its key bytes: two objects, their headers, the list slot. */
    private static final int PAIR_OVERHEAD = 64;
    private static final int RUN_BUFFER = 64 * 1024;

    private final Path runDirectory;
    private final long memoryBudget;
    private final List<Pair> pending = new ArrayList<>();
    private final List<Path> runs = new ArrayList<>();
    private long pendingBytes;

    /**
     * @param runDirectory where run files go (created when needed, removed by {@link #close()})
     * @param memoryBudget roughly how many bytes of heap the gathered pairs may take
     */
    DumpIndexSorter(Path runDirectory, long memoryBudget) {
        this.runDirectory = runDirectory;
        this.memoryBudget = memoryBudget;
    }

    void add(byte[] key, long value) throws IOException {
        pending.add(new Pair(key, value));
        pendingBytes += key.length + PAIR_OVERHEAD;
        if (pendingBytes >= memoryBudget) {
            writeRun();
        }
    }

    /** How many run files were written so far: 0 while everything fits in memory. */
    int runCount() {
        return runs.size();
    }

    /** Hands every pair to the sink in order, without duplicates; then the sorter is spent. */
    void drainTo(Sink sink) throws IOException {
        if (runs.isEmpty()) {
            pending.sort(ORDER);
            Pair last = null;
            for (Pair pair : pending) {
                if (last == null || ORDER.compare(last, pair) != 0) {
                    sink.accept(pair.key(), pair.value());
                }
                last = pair;
            }
            pending.clear();
            return;
        }
        writeRun();
        merge(sink);
    }

    private void writeRun() throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        pending.sort(ORDER);
        Files.createDirectories(runDirectory);
        Path run = runDirectory.resolve("run-" + runs.size());
        try (DataOutputStream out = new DataOutputStream(
                new BufferedOutputStream(Files.newOutputStream(run), RUN_BUFFER))) {
            for (Pair pair : pending) {
                out.writeShort(pair.key().length);
                out.write(pair.key());
                out.writeLong(pair.value());
            }
        }
        runs.add(run);
        pending.clear();
        pendingBytes = 0;
    }

    private void merge(Sink sink) throws IOException {
        List<RunReader> readers = new ArrayList<>();
        try {
            PriorityQueue<RunReader> queue = new PriorityQueue<>(Comparator.comparing(r -> r.current, ORDER));
            for (Path run : runs) {
                RunReader reader = new RunReader(run);
                readers.add(reader);
                if (reader.advance()) {
                    queue.add(reader);
                }
            }
            Pair last = null;
            while (!queue.isEmpty()) {
                RunReader reader = queue.poll();
                Pair pair = reader.current;
                if (last == null || ORDER.compare(last, pair) != 0) {
                    sink.accept(pair.key(), pair.value());
                }
                last = pair;
                if (reader.advance()) {
                    queue.add(reader);
                }
            }
        } finally {
            for (RunReader reader : readers) {
                reader.close();
            }
        }
    }

    private static final class RunReader implements Closeable {
        private final DataInputStream in;
        private Pair current;

        RunReader(Path run) throws IOException {
            in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run), RUN_BUFFER));
        }

        boolean advance() throws IOException {
            int length;
            try {
                length = in.readUnsignedShort();
            } catch (EOFException end) {
                current = null;
                return false;
            }
            byte[] key = new byte[length];
            in.readFully(key);
            current = new Pair(key, in.readLong());
            return true;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Deletes the run files. */
    @Override
    public void close() throws IOException {
        for (Path run : runs) {
            Files.deleteIfExists(run);
        }
        runs.clear();
        if (Files.isDirectory(runDirectory)) {
            try (var left = Files.list(runDirectory)) {
                if (left.findAny().isEmpty()) {
                    Files.delete(runDirectory);
                }
            }
        }
    }
}
