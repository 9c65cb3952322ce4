package org.parley.nlp;

import java.time.LocalDate;
import java.util.List;

/**
 * An article as CoreNLP read it, in plain immutable records, so that everything downstream is free of CoreNLP.
 *
 * @param id        the article identifier
 * @param date      the article's date, the anchor of relative dates
 * @param text      the article text exactly as given (offsets of tokens and sentences point into it)
 * @param sentences in order
 * @param chains    coreference chains with more than one mention
 * @param quotes    quotations in textual order
 */
public record AnnotatedDoc(String id, LocalDate date, String text, List<Sentence> sentences,
                           List<CorefChain> chains, List<Quote> quotes) {

    public AnnotatedDoc {
        sentences = List.copyOf(sentences);
        chains = List.copyOf(chains);
        quotes = List.copyOf(quotes);
    }

    public Sentence sentence(int i) {
        return sentences.get(i);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(Sentence::size).sum();
    }

    /** The text of sentences {@code first} to {@code last} inclusive, verbatim from the article. */
    public String textOfSentences(int first, int last) {
        return text.substring(sentences.get(first).begin(), sentences.get(last).end());
    }
}
