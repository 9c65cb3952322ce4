package org.parley.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.parley.nlp.Sentence;

/**
 * The issues under negotiation and the words that name them ({@code issues.tsv}): a pattern is a sequence of lemmas
 * that may have up to two other tokens between consecutive lemmas, so "join nato" also finds "joining the NATO".
 */
final class IssueLexicon {

    static final String RESOURCE = "/org/parley/extract/issues.tsv";
    private static final int MAX_GAP = 2;

    private record Pattern(Issue issue, List<String> lemmas) {
    }

    private final List<Pattern> patterns;

    private IssueLexicon(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    static IssueLexicon load() {
        List<Pattern> patterns = new ArrayList<>();
        for (String[] row : TsvResource.rows(RESOURCE, 3)) {
            Issue issue = new Issue(row[0], row[1]);
            for (String pattern : row[2].split("\\|")) {
                List<String> lemmas = Arrays.stream(pattern.strip().toLowerCase(Locale.ROOT).split("\\s+"))
                        .filter(w -> !w.isEmpty()).toList();
                if (!lemmas.isEmpty()) {
                    patterns.add(new Pattern(issue, lemmas));
                }
            }
        }
        return new IssueLexicon(patterns);
    }

    /** The issues named by tokens of the sentence that the filter lets through (a clause, or the whole sentence). */
    Set<Issue> find(Sentence sentence, IntPredicate inScope) {
        List<String> lemmas = sentence.tokens().stream()
                .map(t -> (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT)).toList();
        List<String> words = sentence.tokens().stream().map(t -> t.word().toLowerCase(Locale.ROOT)).toList();
        Set<Issue> found = new LinkedHashSet<>();
        for (Pattern pattern : patterns) {
            if (!found.contains(pattern.issue()) && matches(pattern.lemmas(), lemmas, words, inScope)) {
                found.add(pattern.issue());
            }
        }
        return found;
    }

    private static boolean matches(List<String> pattern, List<String> lemmas, List<String> words, IntPredicate inScope) {
        for (int start = 0; start < lemmas.size(); start++) {
            if (inScope.test(start) && same(pattern.get(0), lemmas, words, start)
                    && rest(pattern, 1, lemmas, words, start + 1, inScope)) {
                return true;
            }
        }
        return false;
    }

    private static boolean rest(List<String> pattern, int next, List<String> lemmas, List<String> words, int from,
                                IntPredicate inScope) {
        if (next == pattern.size()) {
            return true;
        }
        for (int i = from; i < Math.min(lemmas.size(), from + MAX_GAP + 1); i++) {
            if (inScope.test(i) && same(pattern.get(next), lemmas, words, i)
                    && rest(pattern, next + 1, lemmas, words, i + 1, inScope)) {
                return true;
            }
        }
        return false;
    }

    /** A pattern word matches a token's lemma or its word form (CoreNLP leaves some plurals and names as they are). */
    private static boolean same(String patternWord, List<String> lemmas, List<String> words, int i) {
        return patternWord.equals(lemmas.get(i)) || patternWord.equals(words.get(i));
    }
}
