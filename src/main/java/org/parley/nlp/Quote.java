package org.parley.nlp;

import java.util.Optional;

/**
 * A quotation in the article and who said it, according to quote attribution.
 *
 * @param begin           character offset of the opening quotation mark
 * @param end             character offset just after the closing mark
 * @param text            the quoted words, without the quotation marks
 * @param firstSentence   index of the sentence the quotation starts in
 * @param lastSentence    index of the sentence it ends in
 * @param speakerMention  the words that name the speaker where attribution found them in the text ("he", "Trump")
 * @param canonicalSpeaker the fullest name attribution gives the speaker ("Donald Trump"), if any
 */
public record Quote(int begin, int end, String text, int firstSentence, int lastSentence,
                   Optional<Span> speakerMention, Optional<String> canonicalSpeaker) {
}
