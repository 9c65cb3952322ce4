package org.parley.extract;

import java.util.List;
import java.util.Optional;
import org.parley.nlp.AnnotatedDoc;
import org.parley.nlp.Quote;

/**
 * What the act rules need to know about the whole article: its reading, its entities, the quotation statements
 * found first, whom each person represents, and the acts found so far, sentence by sentence.
 */
record ArticleContext(AnnotatedDoc doc, DocEntities entities, List<Act> statements,
                      java.util.Map<EntityKey, EntityKey> sides, List<Act> earlier) {

    /**
     * The parties of the latest act of the article, before this sentence, that had at least two sides: a meeting's
     * participants, or the joint agents of an act ("Russia and Ukraine agreed ...").
     */
    List<EntityKey> lastParties() {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Act act = earlier.get(i);
            List<EntityKey> parties = act.type() == ActType.MEETING ? act.participants() : act.agents();
            if (parties.size() >= 2 && parties.stream().anyMatch(p -> !sameSide(p, parties.get(0)))) {
                return parties;
            }
        }
        return List.of();
    }

    /**
     * The guests of the latest meeting before this sentence that had at least two: its participants but its host
     * (the agent who hosted it), when that leaves two sides or more ("Otieno hosted the leaders of Chad and
     * Niger ... both leaders").
     */
    List<EntityKey> lastGuests() {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Act act = earlier.get(i);
            if (act.type() != ActType.MEETING) {
                continue;
            }
            List<EntityKey> guests = act.participants().stream()
                    .filter(p -> act.agents().stream().noneMatch(host -> sameSide(host, p))).toList();
            if (guests.size() >= 2 && guests.stream().anyMatch(g -> !sameSide(g, guests.get(0)))) {
                return guests;
            }
        }
        return List.of();
    }

    /** Whether two actors are on one side: the same, or a person and the state or body they represent. */
    boolean sameSide(EntityKey a, EntityKey b) {
        return a.equals(b) || b.equals(sides.get(a)) || a.equals(sides.get(b))
                || sides.get(a) != null && sides.get(a).equals(sides.get(b));
    }

    /**
     * The speaker of the quotation a character offset falls in, if it falls in an attributed one. A quotation that
     * goes on after its speaker's verb ("“We landed at noon,” she said. “Then we drove on ...”") is attributed to the
     * same words as the part before it, which carries the statement.
     */
    Optional<EntityKey> speakerAt(int offset) {
        List<Quote> quotes = doc.quotes();
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            if (offset > q.begin() && offset < q.end()) {
                for (int j = i; j >= 0; j--) {
                    Quote part = quotes.get(j);
                    if (j < i && !continues(q, part)) {
                        break;
                    }
                    Optional<EntityKey> speaker = statements.stream().filter(s -> s.begin() == part.begin())
                            .map(s -> s.agents().get(0)).findFirst();
                    if (speaker.isPresent()) {
                        return speaker;
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a quotation goes on from one before it: it starts in the same sentence or the next, and attribution
     * gives it the same words for its speaker, or none and the same speaker's name.
     */
    private static boolean continues(Quote later, Quote earlier) {
        boolean adjacent = earlier.lastSentence() >= later.firstSentence() - 1;
        boolean sameMention = later.speakerMention().isPresent()
                && later.speakerMention().equals(earlier.speakerMention());
        boolean sameName = later.speakerMention().isEmpty() && later.canonicalSpeaker().isPresent()
                && later.canonicalSpeaker().equals(earlier.canonicalSpeaker());
        return adjacent && (sameMention || sameName);
    }

    boolean inQuote(int offset) {
        return doc.quotes().stream().anyMatch(q -> offset > q.begin() && offset < q.end());
    }
}
