package org.parley.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The choices that shape the CoreNLP pipeline, typed, so that CoreNLP's untyped properties stay inside this package.
 *
 * @param coreference   run statistical coreference (two thirds of the cost, but it merges "he" with "Putin")
 * @param quotes        find quotations and attribute them to speakers (needs coreference for pronoun speakers)
 */
public record PipelineConfig(boolean coreference, boolean quotes) {

    /** Everything the extraction uses. */
    public static PipelineConfig full() {
        return new PipelineConfig(true, true);
    }

    public PipelineConfig {
        if (quotes && !coreference) {
            throw new IllegalArgumentException("quote attribution needs coreference");
        }
    }

    public List<String> annotators() {
        List<String> names = new ArrayList<>(List.of("tokenize", "ssplit", "pos", "lemma", "ner", "depparse"));
        if (coreference) {
            names.add("coref");
        }
        if (quotes) {
            names.add("quote");
        }
        return names;
    }

    Properties toProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", String.join(",", annotators()));
        // Our .txt files hold one paragraph per line; without this a headline merges with the first sentence.
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("ner.applyFineGrained", "true");
        // KBP-style relation mentions are not used; skipping them saves time.
        props.setProperty("ner.buildEntityMentions", "true");
        props.setProperty("coref.algorithm", "statistical");
        props.setProperty("coref.md.type", "dependency");
        props.setProperty("quote.attributeQuotes", "true");
        return props;
    }
}
