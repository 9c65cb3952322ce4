package org.parley.link;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * A surface form as the WikiDict index compares it. {@code lowerCase}: the form in NFC, curly apostrophes straightened,
 * white space trimmed and collapsed to single spaces, then lower-cased code point by code point (so it has as many
 * code points as the form as written); in UTF-8 it is the lookup {@code key}. {@code caseMask} records how the form
 * was written: bit i (little-endian, as {@link BitSet#toByteArray()}) is set when code point i is not lower case, so
 * an all-lower-case form has an empty mask. The mask lets a case-insensitive lookup still prefer the form written like
 * the query: "Moscow" and "MoSCow" share a key but not a meaning.
 *
 * <p>The arrays are shared, not copied: this type is internal to the index and its builder.
 */
record WikiDictSurface(String lowerCase, byte[] key, byte[] caseMask) {

    private static final byte[] NO_CAPITALS = new byte[0];

    static WikiDictSurface of(String text) {
        String written = collapse(text);
        StringBuilder lower = new StringBuilder(written.length());
        BitSet capitals = new BitSet();
        int index = 0;
        for (int i = 0; i < written.length(); index++) {
            int codePoint = written.codePointAt(i);
            i += Character.charCount(codePoint);
            int lowerCodePoint = Character.toLowerCase(codePoint);
            lower.appendCodePoint(lowerCodePoint);
            if (lowerCodePoint != codePoint) {
                capitals.set(index);
            }
        }
        String lowerCase = lower.toString();
        return new WikiDictSurface(lowerCase, lowerCase.getBytes(StandardCharsets.UTF_8), capitals.toByteArray());
    }

    boolean isEmpty() {
        return key.length == 0;
    }

    /**
     * Orders the case masks of forms sharing this key, for a lookup of this form: this very form first; then the
     * usual ways of writing a name (lower case, Capitalised, Every Word Capitalised, ALL CAPITALS); then any other
     * ("PuTin", "MoSCow": rare forms whose links say little about the name); within each, fewest letters in another
     * case first.
     */
    Comparator<byte[]> closestCaseFirst() {
        List<byte[]> usualMasks = usualCaseMasks();
        ToIntFunction<byte[]> tier = mask -> Arrays.equals(mask, caseMask) ? 0
                : usualMasks.stream().anyMatch(usual -> Arrays.equals(usual, mask)) ? 1 : 2;
        return Comparator.comparingInt(tier).thenComparingInt(mask -> caseDistance(caseMask, mask));
    }

    private List<byte[]> usualCaseMasks() {
        BitSet firstCapital = new BitSet();
        BitSet everyWord = new BitSet();
        BitSet capitals = new BitSet();
        boolean wordStart = true;
        int index = 0;
        for (int i = 0; i < lowerCase.length(); index++) {
            int codePoint = lowerCase.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.toUpperCase(codePoint) != codePoint) {
                capitals.set(index);
                if (wordStart) {
                    everyWord.set(index);
                }
                if (index == 0) {
                    firstCapital.set(index);
                }
            }
            wordStart = codePoint == ' ' || codePoint == '-';
        }
        return List.of(NO_CAPITALS, firstCapital.toByteArray(), everyWord.toByteArray(), capitals.toByteArray());
    }

    /** How many code points are written in a different case in the two masks (of forms sharing one key). */
    static int caseDistance(byte[] mask, byte[] other) {
        int distance = 0;
        for (int i = 0; i < Math.max(mask.length, other.length); i++) {
            int a = i < mask.length ? mask[i] & 0xff : 0;
            int b = i < other.length ? other[i] & 0xff : 0;
            distance += Integer.bitCount(a ^ b);
        }
        return distance;
    }

    private static String collapse(String text) {
        if (isTidyAscii(text)) {
            return text; // most of WikiDict: nothing to normalise
        }
        String composed = Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        boolean spacePending = false;
        for (int i = 0; i < composed.length(); ) {
            int codePoint = composed.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                spacePending = out.length() > 0;
                continue;
            }
            if (spacePending) {
                out.append(' ');
                spacePending = false;
            }
            out.appendCodePoint(isApostrophe(codePoint) ? '\'' : codePoint);
        }
        return out.toString();
    }

    /** Printable ASCII with single inner spaces: already in NFC, straight and collapsed. */
    private static boolean isTidyAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ';
            if (c > '~' || (c < ' ')
                    || (space && (i == 0 || i == text.length() - 1 || text.charAt(i - 1) == ' '))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isApostrophe(int codePoint) {
        return codePoint == '\u2019' || codePoint == '\u2018' || codePoint == '\u201B' || codePoint == '\u02BC'
                || codePoint == '\uFF07';
    }
}
