package org.parley.nlp;

/**
 * A run of tokens in one sentence.
 *
 * @param sentence index of the sentence in its document
 * @param start    first token index
 * @param end      token index just after the span
 * @param head     index of the syntactic head token of the span
 */
public record Span(int sentence, int start, int end, int head) {

    public Span {
        if (start < 0 || end <= start || head < start || head >= end) {
            throw new IllegalArgumentException("bad span " + start + ".." + end + " head " + head);
        }
    }

    public boolean contains(int sentenceIndex, int token) {
        return sentence == sentenceIndex && token >= start && token < end;
    }

    public boolean overlaps(Span other) {
        return sentence == other.sentence && start < other.end && other.start < end;
    }

    public int length() {
        return end - start;
    }
}
