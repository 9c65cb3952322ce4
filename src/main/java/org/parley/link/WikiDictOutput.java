package org.parley.link;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A buffered byte sink that knows its position and writes the index's variable-length integers. Its own buffer, not a
 * BufferedOutputStream, whose synchronised single-byte writes cost a fifth of a build.
 */
final class WikiDictOutput implements Closeable {

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int buffered;
    private long position;

    WikiDictOutput(OutputStream out, long startPosition) {
        this.out = out;
        this.position = startPosition;
    }

    long position() {
        return position;
    }

    void write(byte[] bytes, int offset, int length) throws IOException {
        if (length > buffer.length - buffered) {
            flushBuffer();
        }
        if (length > buffer.length) {
            out.write(bytes, offset, length);
        } else {
            System.arraycopy(bytes, offset, buffer, buffered, length);
            buffered += length;
        }
        position += length;
    }

    void write(byte[] bytes) throws IOException {
        write(bytes, 0, bytes.length);
    }

    void writeByte(int value) throws IOException {
        if (buffered == buffer.length) {
            flushBuffer();
        }
        buffer[buffered++] = (byte) value;
        position++;
    }

    /** Seven bits a byte, low bits first, high bit set on every byte but the last (LEB128). */
    void writeVarint(int value) throws IOException {
        if (value < 0) {
            throw new IllegalArgumentException("negative varint: " + value);
        }
        while (value >= 0x80) {
            writeByte((value & 0x7f) | 0x80);
            value >>>= 7;
        }
        writeByte(value);
    }

    void writeInt(int value) throws IOException {
        writeByte(value >>> 24);
        writeByte(value >>> 16);
        writeByte(value >>> 8);
        writeByte(value);
    }

    void writeBytesWithLength(byte[] bytes) throws IOException {
        writeVarint(bytes.length);
        write(bytes);
    }

    void flush() throws IOException {
        flushBuffer();
        out.flush();
    }

    private void flushBuffer() throws IOException {
        out.write(buffer, 0, buffered);
        buffered = 0;
    }

    @Override
    public void close() throws IOException {
        try (out) {
            flushBuffer();
        }
    }
}
