package org.parley.nlp;

/**
 * Makes double quotation marks consistent before CoreNLP reads a text.
 *
 * <p>News mixes straight and curly marks (an article opens a quote with {@code "} and closes it with {@code ”}), and
 * then CoreNLP's quote annotator finds no quotation at all. Each double mark is replaced by the curly mark its position
 * calls for: an opening mark after a space or an opening bracket, a closing mark elsewhere. One character replaces one
 * character, so every offset into the normalised text is an offset into the original.
 */
final class QuoteMarks {

    private QuoteMarks() {
    }

    static String normalise(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (isDoubleQuote(chars[i])) {
                chars[i] = opensQuote(chars, i) ? '\u201C' : '\u201D';
            }
        }
        return new String(chars);
    }

    private static boolean isDoubleQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u201F';
    }

    private static boolean opensQuote(char[] chars, int i) {
        if (i == 0) {
            return true;
        }
        char before = chars[i - 1];
        return Character.isWhitespace(before) || "([{\u2014\u2013-/:".indexOf(before) >= 0;
    }
}
