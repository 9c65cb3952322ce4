package org.parley.nlp;

import java.util.List;

/**
 * Mentions that refer to the same thing ("Russian President Vladimir Putin" … "the Russian leader" … "he").
 *
 * @param mentions       in textual order
 * @param representative index into {@code mentions} of the most informative mention
 */
public record CorefChain(List<Mention> mentions, int representative) {

    public CorefChain {
        mentions = List.copyOf(mentions);
        if (representative < 0 || representative >= mentions.size()) {
            throw new IllegalArgumentException("representative out of range");
        }
    }

    public Mention representativeMention() {
        return mentions.get(representative);
    }
}
