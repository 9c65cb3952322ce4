package org.parley.link;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The fixed-size header at the start of an index file: where each section starts and what the index was built from.
 * The builder writes it last, so a file whose magic is in place was written to the end.
 *
 * <p>File layout: header, title blocks, surface blocks, title block offsets, surface block offsets; all offsets are
 * file positions (the whole file stays under 2 GB so one memory map covers it).
 */
record WikiDictHeader(int formatVersion, long fileLength, String sourceId, int surfaceCount, int titleCount,
                      int blockSize, int titleDataOffset, int surfaceDataOffset, int titleIndexOffset,
                      int surfaceIndexOffset) {

    static final int SIZE = 1024;
    /** Raise when the layout or what the builder keeps changes: older caches are then rebuilt. */
    static final int FORMAT_VERSION = 1;
    private static final byte[] MAGIC = "PARLEYWD".getBytes(StandardCharsets.US_ASCII);

    int titleBlockCount() {
        return blocks(titleCount);
    }

    int surfaceBlockCount() {
        return blocks(surfaceCount);
    }

    private int blocks(int entries) {
        return (entries + blockSize - 1) / blockSize;
    }

    byte[] toBytes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(SIZE);
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(MAGIC);
        out.writeInt(formatVersion);
        out.writeLong(fileLength);
        out.writeInt(surfaceCount);
        out.writeInt(titleCount);
        out.writeInt(blockSize);
        out.writeInt(titleDataOffset);
        out.writeInt(surfaceDataOffset);
        out.writeInt(titleIndexOffset);
        out.writeInt(surfaceIndexOffset);
        out.writeUTF(sourceId);
        if (bytes.size() > SIZE) {
            throw new IllegalArgumentException("source id too long for the header: " + sourceId);
        }
        return Arrays.copyOf(bytes.toByteArray(), SIZE);
    }

    /** Reads and checks the header of a file of {@code actualLength} bytes. */
    static WikiDictHeader read(ByteBuffer file, long actualLength) throws WikiDictFormatException {
        if (actualLength < SIZE) {
            throw new WikiDictFormatException("too short for a WikiDict index: " + actualLength + " bytes");
        }
        byte[] bytes = new byte[SIZE];
        file.get(0, bytes);
        if (!Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new WikiDictFormatException("not a complete WikiDict index (no header)");
        }
        WikiDictHeader header;
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, MAGIC.length, SIZE));
            header = new WikiDictHeader(in.readInt(), in.readLong(), null, in.readInt(), in.readInt(), in.readInt(),
                    in.readInt(), in.readInt(), in.readInt(), in.readInt());
            header = header.withSourceId(in.readUTF());
        } catch (IOException e) {
            throw new WikiDictFormatException("unreadable WikiDict index header: " + e.getMessage());
        }
        header.check(actualLength);
        return header;
    }

    private WikiDictHeader withSourceId(String id) {
        return new WikiDictHeader(formatVersion, fileLength, id, surfaceCount, titleCount, blockSize,
                titleDataOffset, surfaceDataOffset, titleIndexOffset, surfaceIndexOffset);
    }

    private void check(long actualLength) throws WikiDictFormatException {
        if (formatVersion != FORMAT_VERSION) {
            throw new WikiDictFormatException("WikiDict index format " + formatVersion + ", expected " + FORMAT_VERSION);
        }
        if (fileLength != actualLength) {
            throw new WikiDictFormatException(
                    "WikiDict index is " + actualLength + " bytes, its header says " + fileLength);
        }
        boolean ordered = blockSize > 0 && surfaceCount >= 0 && titleCount >= 0
                && SIZE <= titleDataOffset && titleDataOffset <= surfaceDataOffset
                && surfaceDataOffset <= titleIndexOffset
                && (long) titleIndexOffset + 4L * titleBlockCount() == surfaceIndexOffset
                && (long) surfaceIndexOffset + 4L * surfaceBlockCount() == fileLength;
        if (!ordered) {
            throw new WikiDictFormatException("inconsistent WikiDict index header");
        }
    }
}
