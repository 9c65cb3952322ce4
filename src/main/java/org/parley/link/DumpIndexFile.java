package org.parley.link;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A read-only file of the index, memory-mapped: the operating system pages it in as lookups touch it, so an index of
 * many gigabytes costs the Java heap nothing. A single mapping cannot exceed 2 GB, so the file is mapped in 1 GiB
 * windows that overlap by {@link #OVERLAP} bytes: a record shorter than that, starting anywhere, lies whole in the
 * window of its first byte. Reads use absolute positions only, so one instance serves many threads.
 */
final class DumpIndexFile {

    /** Longer than any record of the index (entries are capped at {@link DumpIndexEntryCodec#MAX_BYTES}). */
    static final int OVERLAP = 128 * 1024;

    /** 1 GiB windows. */
    static final int WINDOW_BITS = 30;

    private final ByteBuffer[] windows;
    private final int windowBits;
    private final long size;

    private DumpIndexFile(ByteBuffer[] windows, int windowBits, long size) {
        this.windows = windows;
        this.windowBits = windowBits;
        this.size = size;
    }

    static DumpIndexFile map(Path file) throws IOException {
        return map(file, WINDOW_BITS);
    }

    /** With windows of {@code 2^windowBits} bytes: small ones let a test cross window boundaries in small files. */
    static DumpIndexFile map(Path file, int windowBits) throws IOException {
        long window = 1L << windowBits;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            int count = (int) Math.max(1, (size + window - 1) / window);
            ByteBuffer[] windows = new ByteBuffer[count];
            for (int i = 0; i < count; i++) {
                long start = i * window;
                long length = Math.max(0, Math.min(size - start, window + OVERLAP));
                windows[i] = channel.map(FileChannel.MapMode.READ_ONLY, start, length);
            }
            return new DumpIndexFile(windows, windowBits, size);
        }
    }

    long size() {
        return size;
    }

    long getLong(long position) {
        return window(position).getLong(offset(position));
    }

    int getUnsignedShort(long position) {
        return Short.toUnsignedInt(window(position).getShort(offset(position)));
    }

    int getInt(long position) {
        return window(position).getInt(offset(position));
    }

    /** {@code length} bytes from {@code position}; the caller keeps {@code length} below {@link #OVERLAP}. */
    byte[] bytes(long position, int length) {
        checkRange(position, length);
        byte[] bytes = new byte[length];
        window(position).get(offset(position), bytes);
        return bytes;
    }

    /**
     * Compares {@code length} bytes at {@code position} with {@code key} as unsigned bytes, the order the index is
     * sorted in (for UTF-8 it is the order of code points).
     */
    int compare(long position, int length, byte[] key) {
        checkRange(position, length);
        ByteBuffer window = window(position);
        int start = offset(position);
        int common = Math.min(length, key.length);
        for (int i = 0; i < common; i++) {
            int difference = Byte.toUnsignedInt(window.get(start + i)) - Byte.toUnsignedInt(key[i]);
            if (difference != 0) {
                return difference;
            }
        }
        return Integer.compare(length, key.length);
    }

    private void checkRange(long position, int length) {
        if (length < 0 || length > OVERLAP || position < 0 || position + length > size) {
            throw new IllegalStateException("corrupt index: a record of " + length + " bytes at " + position
                    + " in a file of " + size);
        }
    }

    private ByteBuffer window(long position) {
        return windows[(int) (position >>> windowBits)];
    }

    private int offset(long position) {
        return (int) (position & ((1L << windowBits) - 1));
    }
}
