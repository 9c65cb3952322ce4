package org.parley.link;

import java.io.IOException;
import java.util.Arrays;

/**
 * Writes byte strings as front-coded blocks: the first entry of each block whole, every other one as the length it
 * shares with its predecessor plus the remaining bytes. Sorted neighbours ("putin", "putin's") then cost only their
 * differing tail, and a reader reaches any entry by jumping to its block and decoding at most a block's worth.
 */
final class WikiDictBlockWriter {

    private final WikiDictOutput out;
    private final int blockSize;
    private int[] blockOffsets = new int[1024];
    private int count;
    private byte[] previous = new byte[0];

    WikiDictBlockWriter(WikiDictOutput out, int blockSize) {
        this.out = out;
        this.blockSize = blockSize;
    }

    /** Writes the entry; the caller may write its payload right after. */
    void add(byte[] entry) throws IOException {
        int shared = 0;
        if (count % blockSize == 0) {
            recordBlockStart(WikiDictBuilder.checkedPosition(out.position()));
        } else {
            shared = Arrays.mismatch(previous, entry);
            shared = shared < 0 ? entry.length : Math.min(shared, entry.length);
        }
        out.writeVarint(shared);
        out.writeVarint(entry.length - shared);
        out.write(entry, shared, entry.length - shared);
        previous = entry;
        count++;
    }

    int count() {
        return count;
    }

    /** Writes the file position of every block, as the index's table of blocks. */
    void writeBlockOffsets() throws IOException {
        for (int i = 0; i < (count + blockSize - 1) / blockSize; i++) {
            out.writeInt(blockOffsets[i]);
        }
    }

    private void recordBlockStart(int position) {
        int block = count / blockSize;
        if (block == blockOffsets.length) {
            blockOffsets = Arrays.copyOf(blockOffsets, blockOffsets.length * 2);
        }
        blockOffsets[block] = position;
    }
}
