package org.parley.link;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads front-coded entries and their fields from the mapped index. Each lookup uses its own cursor over its own
 * duplicate of the mapped buffer, which is what makes concurrent lookups safe.
 */
final class WikiDictCursor {

    private final ByteBuffer file;
    private int position;
    private byte[] entry = new byte[64];
    private int entryLength;

    WikiDictCursor(ByteBuffer file) {
        this.file = file;
    }

    /** Moves to the start of a block, whose first entry is whole. */
    void moveTo(int blockStart) {
        position = blockStart;
        entryLength = 0;
    }

    /** Reads the next front-coded entry: the length it shares with the previous one, then the rest of its bytes. */
    void nextEntry() {
        int shared = readVarint();
        int rest = readVarint();
        if (shared > entryLength) {
            throw new IllegalStateException("corrupt WikiDict index: entry shares more than its predecessor has");
        }
        if (entry.length < shared + rest) {
            entry = Arrays.copyOf(entry, Math.max(shared + rest, entry.length * 2));
        }
        file.get(position, entry, shared, rest);
        position += rest;
        entryLength = shared + rest;
    }

    /** Compares the current entry with {@code key}, bytes unsigned, as the builder sorted them. */
    int compareEntryTo(byte[] key) {
        return Arrays.compareUnsigned(entry, 0, entryLength, key, 0, key.length);
    }

    String entryAsString() {
        return new String(entry, 0, entryLength, StandardCharsets.UTF_8);
    }

    int readVarint() {
        int value = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = file.get(position++);
            value |= (b & 0x7f) << shift;
            if (b >= 0) {
                return value;
            }
            if (shift > 21) {
                throw new IllegalStateException("corrupt WikiDict index: varint too long");
            }
        }
    }

    byte[] readBytesWithLength() {
        byte[] bytes = new byte[readVarint()];
        file.get(position, bytes);
        position += bytes.length;
        return bytes;
    }

    void skipBytesWithLength() {
        int length = readVarint(); // read first: "position += readVarint()" would drop the varint's own bytes
        position += length;
    }
}
