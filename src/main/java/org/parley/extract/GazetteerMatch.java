package org.parley.extract;

import java.util.Objects;

/**
 * A known name found in a token sequence.
 *
 * @param start index of the first token of the name (a leading "the" is not part of it)
 * @param end   index just after the last token
 * @param entry what the name denotes
 */
public record GazetteerMatch(int start, int end, GazetteerEntry entry) {

    public GazetteerMatch {
        Objects.requireNonNull(entry, "entry");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty or negative span " + start + ".." + end);
        }
    }
}
