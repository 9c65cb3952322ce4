package org.parley.nlp;

/** What kind of words a coreference mention is. */
public enum MentionKind {
    /** a name: "Vladimir Putin" */
    PROPER,
    /** a common noun phrase: "the Russian leader" */
    NOMINAL,
    /** a pronoun: "he", "they" */
    PRONOMINAL,
    /** a coordination: "Ukraine and Russia" */
    LIST
}
