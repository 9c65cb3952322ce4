package org.parley.link;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Writes an index in {@link DumpIndexFormat}: entries are appended as they come, their names go through an external
 * sort, and at {@link #finish} the sorted names are written and the files take their final names, the manifest last.
 * Everything is written under ".partial" names first, so an older index in the same directory stays usable for the
 * hours a full build takes, and stays there when the build fails; it is never half-replaced (its manifest goes
 * before its files are replaced).
 */
final class DumpIndexWriter implements Closeable {

    /** Longer normalised names are not looked up (Wikidata caps names at 250 characters). */
    static final int MAX_KEY_BYTES = 4000;

    private static final String PARTIAL = ".partial";
    private static final int BUFFER = 1 << 20;

    private final Path directory;
    private final DataOutputStream entries;
    private final DumpIndexSorter names;
    private final ByteBuffer scratch = DumpIndexEntryCodec.newBuffer();
    private long entriesBytes;
    private long entryCount;
    private boolean finished;

    private DumpIndexWriter(Path directory, DataOutputStream entries, DumpIndexSorter names) {
        this.directory = directory;
        this.entries = entries;
        this.names = names;
    }

    /**
     * @param sortMemory bytes of heap the name sort may fill before it spills a run to disk
     */
    static DumpIndexWriter create(Path directory, long sortMemory) throws IOException {
        Files.createDirectories(directory);
        DataOutputStream entries = new DataOutputStream(new BufferedOutputStream(
                Files.newOutputStream(partial(directory, DumpIndexFormat.ENTRIES)), BUFFER));
        return new DumpIndexWriter(directory, entries,
                new DumpIndexSorter(directory.resolve("sort-runs" + PARTIAL), sortMemory));
    }

    /** Adds an entry under each of its names (its aliases, the label among them). */
    void add(WikidataEntry entry) throws IOException {
        long offset = entriesBytes;
        ByteBuffer encoded = DumpIndexEntryCodec.encode(entry, scratch);
        int length = encoded.remaining();
        entries.writeInt(length);
        entries.write(encoded.array(), 0, length);
        entriesBytes += 4 + length;
        entryCount++;
        Set<String> keys = new LinkedHashSet<>();
        keys.add(LinkNames.normalise(entry.label()));
        for (String alias : entry.aliases()) {
            keys.add(LinkNames.normalise(alias));
        }
        for (String key : keys) {
            byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
            if (bytes.length > 0 && bytes.length <= MAX_KEY_BYTES) {
                names.add(bytes, offset);
            }
        }
    }

    /** Writes the sorted names and the manifest; the index can be opened from then on. */
    DumpIndexFormat.Manifest finish(String source) throws IOException {
        entries.close();
        NameRecords records = new NameRecords(open(DumpIndexFormat.NAMES), open(DumpIndexFormat.NAME_OFFSETS));
        try (records) {
            names.drainTo(records);
        }
        names.close();
        Files.deleteIfExists(directory.resolve(DumpIndexFormat.MANIFEST));
        for (String file : new String[] {DumpIndexFormat.ENTRIES, DumpIndexFormat.NAMES, DumpIndexFormat.NAME_OFFSETS}) {
            move(partial(directory, file), directory.resolve(file));
        }
        DumpIndexFormat.Manifest manifest =
                new DumpIndexFormat.Manifest(entryCount, records.count, entriesBytes, records.bytes, source);
        manifest.write(directory);
        finished = true;
        return manifest;
    }

    /** Writes each sorted name record to names.bin and its position to names.offsets. */
    private static final class NameRecords implements DumpIndexSorter.Sink, Closeable {
        private final DataOutputStream records;
        private final DataOutputStream offsets;
        long count;
        long bytes;

        NameRecords(DataOutputStream records, DataOutputStream offsets) {
            this.records = records;
            this.offsets = offsets;
        }

        @Override
        public void accept(byte[] key, long entryOffset) throws IOException {
            offsets.writeLong(bytes);
            records.writeShort(key.length);
            records.write(key);
            records.writeLong(entryOffset);
            count++;
            bytes += 2 + key.length + 8;
        }

        @Override
        public void close() throws IOException {
            try (records) {
                offsets.close();
            }
        }
    }

    private DataOutputStream open(String file) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial(directory, file)), BUFFER));
    }

    private static Path partial(Path directory, String file) {
        return directory.resolve(file + PARTIAL);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** After a failure: removes what was written so far. */
    @Override
    public void close() throws IOException {
        if (finished) {
            return;
        }
        try {
            entries.close();
            names.close();
        } finally {
            for (String file : new String[] {DumpIndexFormat.ENTRIES, DumpIndexFormat.NAMES,
                    DumpIndexFormat.NAME_OFFSETS}) {
                Files.deleteIfExists(partial(directory, file));
            }
        }
    }
}
