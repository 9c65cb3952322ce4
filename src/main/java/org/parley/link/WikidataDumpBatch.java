package org.parley.link;

import java.util.Arrays;

/**
 * Consecutive entity lines of a dump, copied out of the reader's buffer so that another thread can parse them while
 * the next ones are read.
 */
final class WikidataDumpBatch {

    private byte[] bytes;
    private int used;
    private int[] starts = new int[64];
    private int[] lengths = new int[64];
    private long[] lineNumbers = new long[64];
    private int size;

    WikidataDumpBatch(int initialBytes) {
        bytes = new byte[initialBytes];
    }

    /** Adds a line; {@code length} -1 marks a line too long to keep. */
    void add(byte[] line, int length, long lineNumber) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            lengths = Arrays.copyOf(lengths, size * 2);
            lineNumbers = Arrays.copyOf(lineNumbers, size * 2);
        }
        int kept = Math.max(0, length);
        if (used + kept > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + kept));
        }
        System.arraycopy(line, 0, bytes, used, kept);
        starts[size] = used;
        lengths[size] = length;
        lineNumbers[size] = lineNumber;
        used += kept;
        size++;
    }

    int size() {
        return size;
    }

    /** Bytes of all lines together. */
    int byteCount() {
        return used;
    }

    byte[] bytes() {
        return bytes;
    }

    int start(int line) {
        return starts[line];
    }

    /** The line's length, or -1 when it was too long to keep. */
    int length(int line) {
        return lengths[line];
    }

    long lineNumber(int line) {
        return lineNumbers[line];
    }
}
