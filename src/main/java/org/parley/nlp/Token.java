package org.parley.nlp;

/**
 * One token of a sentence.
 *
 * @param index         position in its sentence, from 0
 * @param word          the token as written in the article
 * @param lemma         dictionary form ("said" → "say")
 * @param pos           Penn Treebank part of speech
 * @param ner           fine-grained named-entity tag ("PERSON", "COUNTRY", "TITLE", "DATE", "O", ...)
 * @param normalizedNer normalised value of a NUMBER/DATE/DURATION token (SUTime: "2025-03-18", "P30D"), else null
 * @param begin         character offset of the token in the article text
 * @param end           character offset just after the token
 */
public record Token(int index, String word, String lemma, String pos, String ner, String normalizedNer, int begin, int end) {

    public boolean isNamed() {
        return !"O".equals(ner);
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isPronoun() {
        return pos.startsWith("PRP");
    }
}
