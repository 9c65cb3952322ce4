package org.parley.link;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.FileInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * The entity lines of a Wikidata JSON dump ({@code latest-all.json.gz}, {@code .bz2} or uncompressed): a JSON array
 * written one entity per line, each line but the last ending in a comma, between a line {@code [} and a line
 * {@code ]}. Lines are handed out in batches, as UTF-8 bytes without the comma. The compression is recognised by the
 * file's first bytes, not its name.
 */
final class WikidataDumpLines implements Closeable {

    /** A longer line is skipped as malformed rather than buffered: the largest Wikidata entities are a few MB. */
    static final int MAX_LINE_BYTES = 32 << 20;

    private static final int CHUNK = 1 << 20;

    private final InputStream in;
    private final CountingInputStream counted;
    private final long compressedSize;
    private final byte[] chunk = new byte[CHUNK];
    private int chunkEnd;
    private int chunkPos;
    private byte[] line = new byte[1 << 16];
    private int length;
    private boolean tooLong;
    private long lineNumber;

    private WikidataDumpLines(InputStream in, CountingInputStream counted, long compressedSize) {
        this.in = in;
        this.counted = counted;
        this.compressedSize = compressedSize;
    }

    /** Opens a dump, gzip, bzip2 or plain; a named pipe works too (then the fraction read is unknown). */
    static WikidataDumpLines open(Path dump) throws IOException {
        long size = Files.isRegularFile(dump) ? Files.size(dump) : 0;
        // A FileInputStream, not Files.newInputStream: the latter's available() seeks, which a named pipe refuses.
        CountingInputStream counted = new CountingInputStream(new FileInputStream(dump.toFile()));
        InputStream buffered = new BufferedInputStream(counted, CHUNK);
        try {
            return new WikidataDumpLines(decompressed(buffered), counted, size);
        } catch (IOException e) {
            buffered.close();
            throw e;
        }
    }

    private static InputStream decompressed(InputStream buffered) throws IOException {
        buffered.mark(3);
        byte[] magic = buffered.readNBytes(3);
        buffered.reset();
        if (magic.length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
            return new GZIPInputStream(buffered, CHUNK);
        }
        if (magic.length == 3 && magic[0] == 'B' && magic[1] == 'Z' && magic[2] == 'h') {
            // The dumps are written by parallel compressors: several bzip2 streams one after the other.
            return new BZip2CompressorInputStream(buffered, true);
        }
        return buffered;
    }

    /** Moves to the next entity line, skipping the array's brackets and blank lines; false at the end. */
    private boolean next() throws IOException {
        while (readLine()) {
            if (tooLong) {
                return true;
            }
            trim();
            if (length == 0 || (length == 1 && (line[0] == '[' || line[0] == ']'))) {
                continue;
            }
            return true;
        }
        return false;
    }

    /**
     * The next lines, about {@code targetBytes} of them (at least one line, however long).
     *
     * @return null at the end of the dump
     */
    WikidataDumpBatch nextBatch(int targetBytes) throws IOException {
        WikidataDumpBatch batch = null;
        while ((batch == null || batch.byteCount() < targetBytes) && next()) {
            if (batch == null) {
                batch = new WikidataDumpBatch(targetBytes + targetBytes / 8);
            }
            batch.add(line, tooLong ? -1 : length, lineNumber);
        }
        return batch;
    }

    /** How much of the dump file has been read, 0 to 1; NaN when its size is unknown (a pipe). */
    double fractionRead() {
        return compressedSize <= 0 ? Double.NaN : Math.min(1.0, (double) counted.count / compressedSize);
    }

    private boolean readLine() throws IOException {
        length = 0;
        tooLong = false;
        boolean any = false;
        while (true) {
            if (chunkPos == chunkEnd && !fill()) {
                if (any) {
                    lineNumber++;
                }
                return any;
            }
            any = true;
            int start = chunkPos;
            int end = start;
            while (end < chunkEnd && chunk[end] != '\n') {
                end++;
            }
            append(start, end - start);
            chunkPos = end;
            if (end < chunkEnd) {
                chunkPos++; // past the newline
                lineNumber++;
                return true;
            }
        }
    }

    private boolean fill() throws IOException {
        int n = in.read(chunk, 0, CHUNK);
        if (n <= 0) {
            return false;
        }
        chunkPos = 0;
        chunkEnd = n;
        return true;
    }

    private void append(int from, int count) {
        if (tooLong || count == 0) {
            return;
        }
        if ((long) length + count > MAX_LINE_BYTES) {
            tooLong = true;
            length = 0;
            return;
        }
        if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.min(MAX_LINE_BYTES, Math.max(line.length * 2, length + count)));
        }
        System.arraycopy(chunk, from, line, length, count);
        length += count;
    }

    /** Drops trailing white space (a CR too) and the comma that separates array elements. */
    private void trim() {
        while (length > 0 && isSpace(line[length - 1])) {
            length--;
        }
        if (length > 0 && line[length - 1] == ',') {
            length--;
        }
        while (length > 0 && isSpace(line[length - 1])) {
            length--;
        }
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Counts the bytes read from the file, before decompression: how far through the dump we are. */
    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
