package org.parley.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ends a news dateline ("DUBAI, Aug 27 (Reuters) -", "KYIV, Ukraine (AP) —", "GENEVA —") with a line break before
 * CoreNLP reads a text, so that the dateline is a sentence of its own.
 *
 * <p>Run into the first sentence, a dateline misleads the parser: in "DUBAI, Aug 27 (Reuters) - Iran's Supreme Leader
 * Ali Khamenei ruled out talks" it makes "DUBAI" the subject of "ruled out" and the leader an apposition of the city.
 * Each dash of the dateline becomes a line break, one character for one character, so every offset into the result is
 * an offset into the original.
 */
final class Datelines {

    /**
     * At the start of a paragraph: a place in capitals, then optionally a region or country, a date and a news agency
     * in brackets, then a dash. The capitals must hold three letters, so that "A - B" is no dateline.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "(?m)^[ \\t]*(?=[A-Z .'-]*[A-Z]{3})[A-Z][A-Z .'-]*[A-Z.]"  // place: "NEW DELHI", "ST. PETERSBURG"
                    + "(?:, [A-Z][\\p{L}.]*(?: [A-Z][\\p{L}.]*){0,3})?"     // region: ", Ukraine", ", South Korea"
                    + "(?:, [A-Z][a-z]{2,8}\\.? \\d{1,2})?"                // date: ", Aug 27", ", Jan. 9"
                    + "(?: ?\\([^()\\n]{1,40}\\))?"                        // agency: "(Reuters)", "(AP)"
                    + "[ \\t]*([-\u2013\u2014]{1,2})[ \\t]");

    private Datelines() {
    }

    static String separate(String text) {
        Matcher matcher = DATELINE.matcher(text);
        char[] chars = null;
        while (matcher.find()) {
            if (chars == null) {
                chars = text.toCharArray();
            }
            for (int i = matcher.start(1); i < matcher.end(1); i++) {
                chars[i] = '\n';
            }
        }
        return chars == null ? text : new String(chars);
    }
}
