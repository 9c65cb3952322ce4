package org.parley.extract;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.nlp.Dependency;
import org.parley.nlp.Sentence;

/** Small questions about a sentence's dependency tree that several rules ask. */
final class Tree {

    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
    private static final Set<String> MODALS = Set.of("would", "could", "might", "may", "should");
    private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "\u2019ll");

    private Tree() {
    }

    /** The tokens below {@code head} (itself included), not descending into {@code excluded} tokens. */
    static BitSet subtree(Sentence sentence, int head, BitSet excluded) {
        BitSet seen = new BitSet();
        Deque<Integer> todo = new ArrayDeque<>(List.of(head));
        while (!todo.isEmpty()) {
            int t = todo.pop();
            if (seen.get(t) || excluded.get(t)) {
                continue;
            }
            seen.set(t);
            for (Dependency d : sentence.dependents(t)) {
                if (d.dependent() != t && !seen.get(d.dependent())) {
                    todo.push(d.dependent());
                }
            }
        }
        return seen;
    }

    static BitSet subtree(Sentence sentence, int head) {
        return subtree(sentence, head, new BitSet());
    }

    /** The words from the first to the last token of a token set, verbatim. */
    static String text(Sentence sentence, BitSet tokens) {
        if (tokens.isEmpty()) {
            return "";
        }
        return sentence.textOf(tokens.nextSetBit(0), tokens.length());
    }

    static boolean isNegated(Sentence sentence, int token) {
        return sentence.dependents(token).stream()
                .anyMatch(d -> (d.is("neg") || d.is("advmod") || d.is("det"))
                        && NEGATORS.contains(lower(sentence, d.dependent())));
    }

    static boolean hasModal(Sentence sentence, int verb) {
        return sentence.dependents(verb, "aux").stream().anyMatch(a -> MODALS.contains(lower(sentence, a)));
    }

    static boolean hasFutureAux(Sentence sentence, int verb) {
        return sentence.dependents(verb, "aux").stream().anyMatch(a -> FUTURE.contains(lower(sentence, a)));
    }

    /** A dependent and the tokens coordinated with it: "Ukraine and Russia". */
    static List<Integer> withConjuncts(Sentence sentence, int token) {
        List<Integer> all = new java.util.ArrayList<>(List.of(token));
        all.addAll(sentence.dependents(token, "conj"));
        return all;
    }

    /** The token that begins at a character offset of the article, or -1: how acts name their word. */
    static int tokenAt(Sentence sentence, int offset) {
        return sentence.tokens().stream().filter(tok -> tok.begin() == offset).mapToInt(tok -> tok.index())
                .findFirst().orElse(-1);
    }

    static String lower(Sentence sentence, int token) {
        return sentence.token(token).word().toLowerCase(Locale.ROOT);
    }

    static String lemma(Sentence sentence, int token) {
        String lemma = sentence.token(token).lemma();
        return (lemma == null ? sentence.token(token).word() : lemma).toLowerCase(Locale.ROOT);
    }

    /**
     * The hyphened word the tokenizer split ending at a token, lower case and with the last part's lemma: "sit - down"
     * reads "sit-down", "tete - a-tete" reads "tete-a-tete"; null when no hyphen joins the token to the word before.
     */
    static String hyphenedWord(Sentence sentence, int token) {
        int start = token;
        // The tagger marks a hyphen inside a word HYPH; a dash between words is punctuation of another kind.
        while (start >= 2 && sentence.token(start - 1).pos().equals("HYPH")) {
            start -= 2;
        }
        if (start == token) {
            return null;
        }
        StringBuilder word = new StringBuilder();
        for (int t = start; t < token; t++) {
            word.append(lower(sentence, t));
        }
        return word.append(lemma(sentence, token)).toString();
    }
}
