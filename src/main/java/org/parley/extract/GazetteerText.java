package org.parley.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/** The forms in which the gazetteer compares names and titles. */
final class GazetteerText {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:the|The|THE) ");
    private static final Pattern SPACED_HYPHEN = Pattern.compile(" ?- ?");

    private GazetteerText() {
    }

    /** One space between words, straight apostrophes: how a name is written in the data and in lookups. */
    static String normalize(String surface) {
        String straight = surface
                .replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .replace('\u02BC', '\'')
                .replace('\u2032', '\'');
        return WHITESPACE.matcher(straight).replaceAll(" ").strip();
    }

    /** Whether a normalised name begins with the article "the" followed by more words. */
    static boolean hasLeadingArticle(String normalized) {
        return LEADING_ARTICLE.matcher(normalized).lookingAt() && normalized.length() > 4;
    }

    /** The key a normalised name is stored under: without a leading "the" ("the White House" = "White House"). */
    static String key(String normalized) {
        return hasLeadingArticle(normalized) ? normalized.substring(4) : normalized;
    }

    /**
     * A name with no spaces, so that a name matches a token sequence however the tokenizer split it:
     * ["Guinea", "-", "Bissau"] and ["Guinea-Bissau"] both read "Guinea-Bissau", ["Washington", ",", "D.C."]
     * reads "Washington,D.C.".
     */
    static String compact(String text) {
        return WHITESPACE.matcher(normalize(text)).replaceAll("");
    }

    /** A title phrase in lower case, with "secretary - general" and "secretary-general" alike. */
    static String titleKey(String phrase) {
        return SPACED_HYPHEN.matcher(normalize(phrase).toLowerCase(Locale.ROOT)).replaceAll("-");
    }
}
