package org.parley.extract;

import java.util.List;
import org.parley.nlp.AnnotatedDoc;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * The lines that open an article before its body: the headline and the deck under it. The body restates what they
 * say, and their grammar misleads the rules, so {@link ActFinder} and {@link StatementFinder} read neither acts nor
 * quotations from them.
 */
final class Headlines {

    private Headlines() {
    }

    /**
     * A headline ("Trump Announces Plans to Discuss Ukraine War with Putin"): capitalised words, or the text's first
     * line, and no closing stop.
     * The body restates what it says, and headline grammar — present tense for past events, no articles — misleads
     * the rules on tense and dates, so acts are read from the body.
     */
    static boolean isHeadline(Sentence sentence) {
        List<Token> words = sentence.tokens().stream().filter(t -> Character.isLetter(t.word().charAt(0))).toList();
        long capitalised = words.stream().filter(t -> Character.isUpperCase(t.word().charAt(0))).count();
        boolean noStop = !endsWithStop(sentence);
        // A sentence-case headline ("India rejects Pakistan's offer of a probe") opens the text without a stop.
        boolean opening = sentence.index() == 0 && words.size() >= 3;
        return noStop && (opening || words.size() >= 4 && capitalised * 10 >= words.size() * 6);
    }

    /**
     * The headline and the deck under it ("Zelenskyy reacts to the truce", then "Zelenskyy calls the truce a trick")
     * open the text as lines without a closing stop, before the first sentence that has one. The body restates them.
     */
    static boolean isLeadingLine(AnnotatedDoc doc, Sentence sentence) {
        for (Sentence s : doc.sentences()) {
            if (endsWithStop(s)) {
                return false;
            }
            if (s.index() == sentence.index()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A sentence ends with a stop, or with a quotation that does: a quotation the body gives closes on its speaker's
     * stop ("... for both nations.”), while a headline made of a quotation has none ("“We are close to a deal”").
     */
    private static boolean endsWithStop(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        int last = tokens.size() - 1;
        while (last > 0 && tokens.get(last).word().matches("[\u201D\"'\u2019]|''")) {
            last--;
        }
        return tokens.get(last).word().matches("[.!?]");
    }
}
