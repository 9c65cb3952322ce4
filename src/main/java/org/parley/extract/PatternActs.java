package org.parley.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.extract.Dates.Tense;
import org.parley.nlp.Dependency;
import org.parley.nlp.DependencyPattern.Graph;
import org.parley.nlp.Sentence;

/**
 * The act a match of an act pattern ({@code act-patterns.txt}) describes: its parties from the nodes the pattern
 * names, its time, place, topics and condition as for a lexicon word, and the same checks that leave out negated,
 * hedged, asked-for, denied and merely supposed acts. An acceptance still to come or only offered is a proposal, a
 * refusal promised on a condition a threat. {@link ActFinder} decides which pattern acts replace the lexicon's.
 */
final class PatternActs {

    /** Verbs that make an agreement known ("will announce the deal"): the agreement itself is already made. */
    private static final Set<String> ANNOUNCING_VERBS = Lexicon.wordClass("announcing-verbs");

    private final ActorResolver actors;
    private final ActScope actScope;
    private final ActTimes times;
    private final ActParts parts;

    PatternActs(ActorResolver actors, ActScope actScope, ActTimes times, ActParts parts) {
        this.actors = actors;
        this.actScope = actScope;
        this.times = times;
        this.parts = parts;
    }

    /**
     * The act a pattern's match describes, unless the word is negated, hedged, asked for, denied or only supposed, or
     * is an agreement only striven for. Its parties come from the named nodes the pattern binds; "subject(node)" is
     * resolved like a lexicon word's.
     */
    Optional<Act> act(ArticleContext context, Sentence sentence, Graph graph, ActPattern pattern,
                      java.util.Map<String, Integer> nodes) {
        int word = nodes.get(ActPattern.ACT_NODE);
        boolean verb = sentence.token(word).isVerb();
        boolean blocked = Tree.isNegated(sentence, word) || actScope.isDenied(sentence, word)
                || ActScope.isSupposed(sentence, word) || (verb
                ? actScope.isNonCommittal(sentence, word) || actScope.isHedged(sentence, word)
                || actScope.isAskedFor(sentence, word) || actScope.isHypothetical(sentence, word)
                || actScope.isReferenceToEarlierAct(sentence, word)
                || pattern.act() == ActType.ACCEPTANCE && ActScope.isAttempted(sentence, word)
                : actScope.isInAskedForClause(sentence, word) || actScope.isInCondition(sentence, word));
        if (blocked) {
            return Optional.empty();
        }
        List<EntityKey> agents = bound(context, sentence, pattern, ActPattern.Role.AGENT, nodes);
        List<EntityKey> addressees = new ArrayList<>(bound(context, sentence, pattern, ActPattern.Role.ADDRESSEE,
                nodes));
        List<EntityKey> participants = new ArrayList<>();
        if (pattern.act() == ActType.MEETING) {
            participants.addAll(agents);
            participants.addAll(bound(context, sentence, pattern, ActPattern.Role.PARTICIPANTS, nodes));
            participants = new ArrayList<>(participants.stream().distinct().toList());
            if (participants.isEmpty()) {
                return Optional.empty();
            }
        } else if (agents.isEmpty()) {
            return Optional.empty();
        }
        if (addressees.isEmpty() && (pattern.act() == ActType.ACCEPTANCE || pattern.act() == ActType.REJECTION
                || pattern.act() == ActType.ACCUSATION)) {
            // "called the accord between Chad and Niger unacceptable": an answer goes to whose its topic is; "in
            // protest at the agency's silence", criticism to whose the thing criticised is.
            for (ActPattern.Binding topic : pattern.bindings(ActPattern.Role.TOPIC)) {
                Integer node = nodes.get(topic.node());
                if (node != null && sentence.token(node).isNoun()) {
                    addressees.addAll(actors.owners(context, sentence, node));
                }
            }
        }
        addressees.removeIf(a -> agents.stream().anyMatch(g -> context.sameSide(g, a)));
        if (pattern.required().contains(ActPattern.Role.ADDRESSEE) && addressees.isEmpty()) {
            return Optional.empty();
        }
        int timed = verb ? word : parts.carrier(graph, word)
                .or(() -> sentence.governor(word).map(Dependency::governor).filter(g -> g >= 0
                        && sentence.token(g).isVerb()))
                .orElse(word);
        Tense tense = sentence.token(timed).isVerb() ? times.tense(sentence, timed) : Tense.UNKNOWN;
        When date = times.date(context, sentence, word, tense);
        if (date == null && sentence.token(timed).isVerb()) {
            date = times.ofVerb(context, sentence, timed, tense);
        }
        BitSet scope = new BitSet();
        for (ActPattern.Binding topic : pattern.bindings(ActPattern.Role.TOPIC)) {
            Integer node = nodes.get(topic.node());
            if (node != null) {
                scope.or(Tree.subtree(sentence, node));
            }
        }
        if (scope.isEmpty()) {
            scope = verb ? Tree.subtree(sentence, word, ActParts.subjectTokens(sentence, word))
                    : Tree.subtree(sentence, word);
        }
        String condition = pattern.bindings(ActPattern.Role.CONDITION).stream()
                .map(b -> nodes.get(b.node())).filter(java.util.Objects::nonNull)
                .map(n -> Tree.text(sentence, Tree.subtree(sentence, n))).findFirst()
                .orElseGet(() -> ActParts.condition(sentence, word).orElse(null));
        List<EntityKey> who = pattern.act() == ActType.MEETING ? participants : agents;
        // The label says what was done with the topic: "released ten prisoners", not "ten prisoners".
        BitSet labelled = (BitSet) scope.clone();
        if (verb) {
            labelled.set(word);
        }
        // "will release the hostages", "would sign the accord": a concession still to come is promised, an
        // expressed intent to yield (CAMEO 035), not yet made.
        ActType type = pattern.act();
        String cameo = pattern.cameo();
        boolean toCome = tense == Tense.FUTURE || Tree.hasModal(sentence, timed);
        if ((type == ActType.ACCEPTANCE || type == ActType.MEETING) && actScope.isOffered(sentence, word)) {
            // "ready to sign the accord": readiness offers the act (CAMEO 030, 036 to meet), as for a lexicon word.
            cameo = type == ActType.MEETING ? "036" : "030";
            type = ActType.PROPOSAL;
        } else if (type == ActType.ACCEPTANCE && toCome && !ANNOUNCING_VERBS.contains(Tree.lemma(sentence, word))) {
            // ("will announce the accord on Friday": what is still to come is the announcement, not the agreement.)
            type = ActType.PROPOSAL;
            cameo = "035";
        } else if (type == ActType.REJECTION && toCome && condition != null) {
            // "would suspend its participation if Pristina continued": a refusal promised on a condition the other
            // side controls is a threat (CAMEO 13), with that condition.
            type = ActType.THREAT;
            cameo = ActType.THREAT.cameoRootCode();
        }
        return Optional.of(new Act(type, type == ActType.MEETING ? List.of() : agents,
                participants, addressees.stream().distinct().toList(), parts.topics(sentence, scope), null, date,
                ActParts.location(context, sentence, word), times.status(type, tense, date, context), condition, null,
                sentence.text(), sentence.token(word).begin(), cameo,
                ActParts.label(context, who, sentence, labelled)));
    }

    /** The actors a pattern binds to a role: each named node (with its conjuncts), or the subject of one. */
    private List<EntityKey> bound(ArticleContext context, Sentence sentence, ActPattern pattern, ActPattern.Role role,
                                  java.util.Map<String, Integer> nodes) {
        Set<EntityKey> found = new LinkedHashSet<>();
        for (ActPattern.Binding binding : pattern.bindings(role)) {
            Integer node = nodes.get(binding.node());
            if (node == null) {
                continue;
            }
            if (binding.subjectOf()) {
                found.addAll(actors.agents(context, sentence, node));
            } else {
                for (int conjunct : Tree.withConjuncts(sentence, node)) {
                    List<EntityKey> named = actors.resolveActors(context, sentence, conjunct);
                    found.addAll(named.isEmpty() && role == ActPattern.Role.PARTICIPANTS
                            ? actors.capitalsState(context, sentence, conjunct).stream().toList() : named);
                }
            }
        }
        return List.copyOf(found);
    }
}
