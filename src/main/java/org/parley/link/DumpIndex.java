package org.parley.link;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The full offline Wikidata index that {@code parley wikidata-index} builds from a dump ({@link DumpIndexFormat}).
 * Its files are memory-mapped, not loaded: opening takes milliseconds and the heap holds nothing of them, whatever
 * their size; a lookup is a binary search over the sorted names. Safe for concurrent lookups. There is nothing to
 * close: the mappings go when the index is no longer referenced (Java 17 cannot unmap a file on demand).
 */
public final class DumpIndex implements CandidateSource {

    private final DumpIndexFile entries;
    private final DumpIndexFile names;
    private final DumpIndexFile nameOffsets;
    private final DumpIndexFormat.Manifest manifest;

    private DumpIndex(DumpIndexFile entries, DumpIndexFile names, DumpIndexFile nameOffsets,
                      DumpIndexFormat.Manifest manifest) {
        this.entries = entries;
        this.names = names;
        this.nameOffsets = nameOffsets;
        this.manifest = manifest;
    }

    /**
     * Opens the index in {@code directory}.
     *
     * @throws IOException when there is no complete index there, or its files do not match its manifest
     */
    public static DumpIndex open(Path directory) throws IOException {
        return open(directory, DumpIndexFile.WINDOW_BITS);
    }

    /** With the files mapped in windows of {@code 2^windowBits} bytes (see {@link DumpIndexFile}). */
    static DumpIndex open(Path directory, int windowBits) throws IOException {
        DumpIndexFormat.Manifest manifest = DumpIndexFormat.Manifest.read(directory);
        DumpIndexFile entries = DumpIndexFile.map(directory.resolve(DumpIndexFormat.ENTRIES), windowBits);
        DumpIndexFile names = DumpIndexFile.map(directory.resolve(DumpIndexFormat.NAMES), windowBits);
        DumpIndexFile nameOffsets = DumpIndexFile.map(directory.resolve(DumpIndexFormat.NAME_OFFSETS), windowBits);
        if (entries.size() != manifest.entriesBytes() || names.size() != manifest.namesBytes()
                || nameOffsets.size() != manifest.names() * Long.BYTES) {
            throw new IOException("the Wikidata index in " + directory
                    + " is damaged: its files do not match its manifest; rebuild it");
        }
        return new DumpIndex(entries, names, nameOffsets, manifest);
    }

    /** Number of entries (Wikidata items) in the index. */
    public long entryCount() {
        return manifest.entries();
    }

    /** Number of (name, entry) pairs the index answers. */
    public long nameCount() {
        return manifest.names();
    }

    /** File name of the dump the index was built from. */
    public String source() {
        return manifest.source();
    }

    /** The entries named so, best known first (most Wikipedia editions), then by item number. */
    @Override
    public String signature() {
        return "DumpIndex(" + source() + ", " + entryCount() + " entries)";
    }

    @Override
    public List<WikidataEntry> candidates(String name) {
        byte[] key = LinkNames.normalise(name).getBytes(StandardCharsets.UTF_8);
        if (key.length == 0) {
            return List.of();
        }
        List<WikidataEntry> found = new ArrayList<>();
        for (long i = firstAtLeast(key); i < manifest.names(); i++) {
            long record = nameOffsets.getLong(i * Long.BYTES);
            int length = names.getUnsignedShort(record);
            if (names.compare(record + 2, length, key) != 0) {
                break;
            }
            found.add(entryAt(names.getLong(record + 2 + length)));
        }
        found.sort(Comparator.comparingInt(WikidataEntry::sitelinks).reversed()
                .thenComparingLong(e -> Long.parseLong(e.qid().substring(1))));
        return List.copyOf(found);
    }

    /** Index of the first name record not below {@code key}. */
    private long firstAtLeast(byte[] key) {
        long low = 0;
        long high = manifest.names();
        while (low < high) {
            long middle = (low + high) >>> 1;
            long record = nameOffsets.getLong(middle * Long.BYTES);
            int length = names.getUnsignedShort(record);
            if (names.compare(record + 2, length, key) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private WikidataEntry entryAt(long offset) {
        int length = entries.getInt(offset);
        return DumpIndexEntryCodec.decode(ByteBuffer.wrap(entries.bytes(offset + 4, length)));
    }
}
