package org.parley.nlp;

/**
 * A typed dependency between two tokens of one sentence (Universal Dependencies, enhanced++ where CoreNLP gives it).
 *
 * @param governor  index of the head token, or -1 for the root
 * @param dependent index of the dependent token
 * @param relation  the relation with its subtype, e.g. "nsubj", "obl:on", "nmod:poss"
 */
public record Dependency(int governor, int dependent, String relation) {

    public static final int ROOT = -1;

    /** The relation without its subtype: "obl:on" → "obl". */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }

    public boolean is(String rel) {
        return relation.equals(rel) || baseRelation().equals(rel);
    }
}
