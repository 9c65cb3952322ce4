package org.parley.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whom an act is directed at when its sentence does not say: a party's counterpart in the article. News names the
 * other side once and then leaves it implied ("Kenya proposed a joint border force. Sudan accepted it on Monday";
 * "Sudan later rejected the plan"): a proposal, demand, acceptance, rejection or threat is made to someone, and that
 * is, by default, whom the party deals with in the article. The counterpart of a side is the side it deals with most
 * often in the article's acts (meetings, and acts with an addressee), and only when one side stands out.
 */
final class Counterparts {

    /** The acts that always have another party: what is proposed, demanded, accepted, rejected or threatened. */
    private static final Set<ActType> DIRECTED = Set.of(ActType.PROPOSAL, ActType.DEMAND, ActType.ACCEPTANCE,
            ActType.REJECTION, ActType.THREAT);

    private Counterparts() {
    }

    /**
     * The acts with the implied addressee filled where an act of a directed kind has none: for a joint act of several
     * sides, each side is the others' addressee; for an act of one side, its counterpart, where the article makes it
     * clear.
     *
     * @param sides whom each person represents
     */
    static List<Act> fill(List<Act> acts, Map<EntityKey, EntityKey> sides) {
        Map<EntityKey, Map<EntityKey, Integer>> dealings = dealings(acts, sides);
        List<Act> result = new ArrayList<>();
        for (Act act : acts) {
            List<EntityKey> agentSides = act.agents().stream().map(a -> sides.getOrDefault(a, a)).distinct().toList();
            if (act.type() == ActType.ACCEPTANCE && agentSides.size() >= 2) {
                // "Chad and Niger accepted the plan the mediators put to them": they also bind themselves to each
                // other, whoever else the acceptance answers.
                List<EntityKey> addressees = new ArrayList<>(act.addressees());
                act.agents().stream().filter(a -> !addressees.contains(a)).forEach(addressees::add);
                result.add(act.withAddressees(addressees));
                continue;
            }
            if (!DIRECTED.contains(act.type()) || !act.addressees().isEmpty()) {
                result.add(act);
                continue;
            }
            if (agentSides.size() >= 2) {
                // "Armenia and Azerbaijan signed a peace deal": a joint act is each side's to the other.
                result.add(act.withAddressees(act.agents()));
                continue;
            }
            EntityKey counterpart = counterpart(dealings.getOrDefault(agentSides.get(0), Map.of()));
            result.add(counterpart == null ? act : act.withAddressees(List.of(counterpart)));
        }
        return result;
    }

    /** How often each side deals with each other side: in a meeting together, or as agent and addressee. */
    private static Map<EntityKey, Map<EntityKey, Integer>> dealings(List<Act> acts, Map<EntityKey, EntityKey> sides) {
        Map<EntityKey, Map<EntityKey, Integer>> dealings = new HashMap<>();
        for (Act act : acts) {
            List<EntityKey> one = act.type() == ActType.MEETING ? act.participants() : act.agents();
            List<EntityKey> other = act.type() == ActType.MEETING ? act.participants() : act.addressees();
            for (EntityKey a : one.stream().map(x -> sides.getOrDefault(x, x)).distinct().toList()) {
                for (EntityKey b : other.stream().map(x -> sides.getOrDefault(x, x)).distinct().toList()) {
                    if (!a.equals(b)) {
                        dealings.computeIfAbsent(a, k -> new HashMap<>()).merge(b, 1, Integer::sum);
                        if (act.type() != ActType.MEETING) {
                            dealings.computeIfAbsent(b, k -> new HashMap<>()).merge(a, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        return dealings;
    }

    /** The side dealt with most often, when no other side is dealt with as often; else null. */
    private static EntityKey counterpart(Map<EntityKey, Integer> dealt) {
        EntityKey best = null;
        int most = 0;
        boolean tie = false;
        for (Map.Entry<EntityKey, Integer> e : dealt.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
                tie = false;
            } else if (e.getValue() == most) {
                tie = true;
            }
        }
        return tie ? null : best;
    }
}
