package org.parley.corpus;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns the bytes of a file into article text, refusing what is not UTF-8 text with a reason a user can act on. */
final class Utf8Text {

    /**
     * Above this share of control bytes and invalid sequences a file is binary rather than text in a wrong
     * encoding: a Latin-1 article has a few percent of invalid bytes, random bytes have about a third or more.
     */
    private static final double MAX_NON_TEXT_SHARE = 0.3;

    private Utf8Text() {
    }

    /** The whole file as text: see {@link #decode(byte[], int, int, String)}. */
    static String decode(byte[] bytes, String file) throws InvalidArticleException {
        return decode(bytes, 0, bytes.length, file);
    }

    /**
     * Decodes {@code bytes[from, to)} as strict UTF-8, drops a leading byte order mark and normalises CRLF and CR
     * to LF. Byte offsets in error reasons count from the start of {@code bytes}, i.e. of the file.
     */
    static String decode(byte[] bytes, int from, int to, String file) throws InvalidArticleException {
        Decoded decoded = inspect(bytes, from, to, file);
        if (decoded.invalidSequences() > 0) {
            throw new InvalidArticleException(file, "invalid UTF-8 at byte offset " + decoded.firstInvalidOffset()
                    + " (" + decoded.invalidSequences() + " invalid byte sequence"
                    + (decoded.invalidSequences() == 1 ? "" : "s") + "); save the file as UTF-8");
        }
        return normaliseLineEnds(decoded.text());
    }

    /**
     * Refuses a file that is binary or in another encoding as a whole, while tolerating a few invalid UTF-8
     * sequences: a feed checks this once, then decodes line by line so that one bad line spoils only itself.
     */
    static void requireText(byte[] bytes, String file) throws InvalidArticleException {
        inspect(bytes, 0, bytes.length, file);
    }

    private static Decoded inspect(byte[] bytes, int from, int to, String file) throws InvalidArticleException {
        rejectUtf16And32(bytes, from, to, file);
        int start = hasUtf8Bom(bytes, from, to) ? from + 3 : from;
        int controlBytes = 0;
        for (int i = start; i < to; i++) {
            if (bytes[i] == 0) {
                throw new InvalidArticleException(file, "binary file, not text (NUL byte at byte offset " + i + ")");
            }
            if (isControlByte(bytes[i])) {
                controlBytes++;
            }
        }
        Decoded decoded = decodeUtf8(bytes, start, to);
        int length = to - start;
        if (length > 0 && (controlBytes + decoded.invalidSequences()) > MAX_NON_TEXT_SHARE * length) {
            throw new InvalidArticleException(file, "binary file, not text (mostly control bytes and invalid UTF-8)");
        }
        return decoded;
    }

    /** Drops a leading byte order mark and turns CRLF and lone CR into LF; nothing else changes. */
    static String normalise(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return normaliseLineEnds(withoutBom);
    }

    private static String normaliseLineEnds(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static boolean hasUtf8Bom(byte[] bytes, int from, int to) {
        return to - from >= 3 && (bytes[from] & 0xFF) == 0xEF && (bytes[from + 1] & 0xFF) == 0xBB
                && (bytes[from + 2] & 0xFF) == 0xBF;
    }

    private static void rejectUtf16And32(byte[] bytes, int from, int to, String file)
            throws InvalidArticleException {
        if (to - from < 2) {
            return;
        }
        int first = bytes[from] & 0xFF;
        int second = bytes[from + 1] & 0xFF;
        if ((first == 0xFF && second == 0xFE) || (first == 0xFE && second == 0xFF)) {
            throw new InvalidArticleException(file, "file is UTF-16 (or UTF-32), not UTF-8; save it as UTF-8");
        }
    }

    /** Control characters other than tab, line feed, form feed and carriage return: rare in any real text. */
    private static boolean isControlByte(byte b) {
        return (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r') || b == 0x7F;
    }

    private record Decoded(String text, int invalidSequences, int firstInvalidOffset) {
    }

    /** Decodes leniently but counts every malformed sequence, so the reason can say where the first one is. */
    private static Decoded decodeUtf8(byte[] bytes, int from, int to) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        // UTF-8 never yields more UTF-16 chars than it has bytes.
        CharBuffer out = CharBuffer.allocate(to - from);
        int invalid = 0;
        int firstInvalid = -1;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                break;
            }
            if (result.isError()) {
                if (invalid == 0) {
                    firstInvalid = in.position();
                }
                invalid++;
                in.position(in.position() + result.length());
            } else {
                throw new IllegalStateException("UTF-8 decoding overflowed a buffer sized to its input: " + result);
            }
        }
        decoder.flush(out);
        out.flip();
        return new Decoded(out.toString(), invalid, firstInvalid);
    }
}
