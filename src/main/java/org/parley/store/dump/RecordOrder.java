package org.parley.store.dump;

import java.util.Comparator;
import org.apache.jena.vocabulary.RDF;

/**
 * The order of a dump: by graph (the default graph first), then subject, then predicate with {@code rdf:type}
 * first, then object, each term compared by its N-Triples text, character by character.
 *
 * <p>It compares the lines of {@link Records} without parsing them: every term but the object is an IRI or a blank
 * node label, neither of which holds a space, so the terms before the object end at the first spaces.
 */
final class RecordOrder implements Comparator<String> {

    private static final String TYPE = "<" + RDF.type.getURI() + ">";

    /** Triples: subject, predicate, object. */
    static final RecordOrder TRIPLES = new RecordOrder(false);
    /** Quads: graph, subject, predicate, object. */
    static final RecordOrder QUADS = new RecordOrder(true);

    private final int termsBeforePredicate;

    private RecordOrder(boolean quads) {
        this.termsBeforePredicate = quads ? 2 : 1;
    }

    @Override
    public int compare(String a, String b) {
        int startA = 0;
        int startB = 0;
        for (int term = 0; term <= termsBeforePredicate; term++) {
            int endA = a.indexOf(' ', startA);
            int endB = b.indexOf(' ', startB);
            int order = term == termsBeforePredicate
                    ? comparePredicates(a, startA, endA, b, startB, endB)
                    : compareRegions(a, startA, endA, b, startB, endB);
            if (order != 0) {
                return order;
            }
            startA = endA + 1;
            startB = endB + 1;
        }
        return compareRegions(a, startA, a.length(), b, startB, b.length());
    }

    private static int comparePredicates(String a, int startA, int endA, String b, int startB, int endB) {
        boolean typeA = isType(a, startA, endA);
        boolean typeB = isType(b, startB, endB);
        if (typeA != typeB) {
            return typeA ? -1 : 1;
        }
        return compareRegions(a, startA, endA, b, startB, endB);
    }

    private static boolean isType(String s, int start, int end) {
        return end - start == TYPE.length() && s.startsWith(TYPE, start);
    }

    private static int compareRegions(String a, int startA, int endA, String b, int startB, int endB) {
        int lengthA = endA - startA;
        int lengthB = endB - startB;
        int common = Math.min(lengthA, lengthB);
        for (int i = 0; i < common; i++) {
            char ca = a.charAt(startA + i);
            char cb = b.charAt(startB + i);
            if (ca != cb) {
                return ca - cb;
            }
        }
        return lengthA - lengthB;
    }
}
