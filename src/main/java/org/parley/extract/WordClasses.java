package org.parley.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The word classes that act patterns name as {@code @class}: a list of lemmas each, kept as data. Three sources:
 * <ul>
 * <li>{@code words/NAME.txt}: one lemma a line, for the classes the patterns need of their own (document nouns,
 * readiness adjectives, ...);</li>
 * <li>the act lexicon, as {@code proposal-verbs}, {@code meeting-nouns}, ... (single-word forms of each act and part
 * of speech), so a word added there reaches every pattern that names its class;</li>
 * <li>{@code speech-verbs} and {@code light-verbs}, the older lists of the same kind.</li>
 * </ul>
 */
final class WordClasses {

    private static final Pattern REFERENCE = Pattern.compile("@([a-z][a-z0-9-]*)");
    private static final String WORDS = "/org/parley/extract/words/";
    private final Map<String, Set<String>> classes;

    private WordClasses(Map<String, Set<String>> classes) {
        this.classes = classes;
    }

    static WordClasses load(ActLexicon acts, Lexicon speechVerbs, Lexicon lightVerbs) {
        Map<String, Set<String>> classes = new HashMap<>();
        for (ActType type : ActType.values()) {
            String act = type.name().toLowerCase(Locale.ROOT);
            classes.put(act + "-verbs", acts.forms(type, true));
            classes.put(act + "-nouns", acts.forms(type, false));
        }
        classes.put("speech-verbs", speechVerbs.entries());
        classes.put("light-verbs", lightVerbs.entries());
        return new WordClasses(classes);
    }

    Set<String> names() {
        return new TreeSet<>(classes.keySet());
    }

    /** A class's words; a class that is not derived is read from {@code words/NAME.txt} when first named. */
    synchronized Set<String> words(String name) {
        Set<String> words = classes.get(name);
        if (words == null) {
            if (WordClasses.class.getResource(WORDS + name + ".txt") == null) {
                throw new IllegalArgumentException("no word class @" + name + ": neither a file " + WORDS + name
                        + ".txt nor one of " + names());
            }
            words = Lexicon.load(WORDS + name + ".txt").entries();
            classes.put(name, words);
        }
        return words;
    }

    /** Where a class's words are kept, for the documentation. */
    String source(String name) {
        words(name);
        return WordClasses.class.getResource(WORDS + name + ".txt") != null ? "words/" + name + ".txt"
                : name.equals("speech-verbs") || name.equals("light-verbs") ? name + ".txt" : "act-lexicon.tsv";
    }

    /**
     * A pattern with each {@code @class} replaced by a Semgrex regular expression of its single-word lemmas:
     * {@code {lemma:@truce-nouns}} becomes {@code {lemma:/ceasefire|truce|.../}}. Several-word entries are for
     * patterns that spell out their phrase, and are left out.
     */
    String expand(String pattern) {
        Matcher m = REFERENCE.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String alternatives = words(m.group(1)).stream()
                    .filter(w -> !w.contains(" "))
                    .sorted()
                    .map(w -> w.replaceAll("([^a-z0-9' ])", "\\\\$1"))
                    .collect(Collectors.joining("|"));
            m.appendReplacement(out, Matcher.quoteReplacement("/" + alternatives + "/"));
        }
        m.appendTail(out);
        return out.toString();
    }
}
