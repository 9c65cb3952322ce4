package org.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Links each acceptance and rejection to the proposal or demand it answers, and addresses an answer that names no
 * addressee to whoever made what it answers.
 */
final class Responses {

    private static final Set<String> RESPONSE_OBJECTS = Lexicon.wordClass("response-objects");

    private Responses() {
    }

    /** Acceptances and rejections point to the nearest proposal or demand they answer: by shared topic, else by the
     *  word they take as object ("endorsed the proposal"). */
    static List<Act> link(List<Act> acts) {
        List<Act> linked = new ArrayList<>();
        for (Act act : acts) {
            if (act.type() != ActType.ACCEPTANCE && act.type() != ActType.REJECTION) {
                linked.add(act);
                continue;
            }
            Act answered = null;
            int distance = Integer.MAX_VALUE;
            for (Act other : acts) {
                // An answer follows what it answers (or shares its sentence: "When Trump proposed a ceasefire, an
                // idea with which Ukraine agreed").
                boolean answerable = (other.type() == ActType.PROPOSAL || other.type() == ActType.DEMAND)
                        && (other.begin() < act.begin() || other.evidence().equals(act.evidence()));
                boolean shared = other.topics().stream().anyMatch(act.topics()::contains);
                boolean mentioned = RESPONSE_OBJECTS.stream().anyMatch(w -> act.label().toLowerCase().contains(w));
                int d = Math.abs(other.begin() - act.begin());
                if (answerable && (shared || mentioned) && d < distance) {
                    answered = other;
                    distance = d;
                }
            }
            if (answered == null) {
                linked.add(act);
                continue;
            }
            // "Vucic rejected the demand": an answer is addressed to whoever made the proposal or demand.
            List<EntityKey> askers = answered.agents().stream().filter(a -> !act.agents().contains(a)).toList();
            Act answer = act.addressees().isEmpty() && !askers.isEmpty() ? act.withAddressees(askers) : act;
            linked.add(answer.withRespondsTo(answered.ref()));
        }
        return linked;
    }
}
