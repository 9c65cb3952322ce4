package org.parley.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.extract.ActLexicon.Entry;
import org.parley.extract.ActLexicon.Pattern;
import org.parley.extract.Dates.Tense;
import org.parley.nlp.Dependency;
import org.parley.nlp.DependencyPattern.Graph;
import org.parley.nlp.Sentence;

/**
 * The act a verb of the act lexicon expresses ("Russia rejected the plan"): its parties where the verb's role scheme
 * places them, its time, place and topics, unless the verb is negated, hedged, asked for, denied or only supposed. A
 * refusal to accept or to meet ("will not agree to", "declined to meet") is a rejection, readiness to do either an
 * offer, and "would agree only if X" a demand for X.
 */
final class VerbActs {

    /** Verbs by which a body meets as its members: "the council convened". */
    private static final Set<String> ASSEMBLING_VERBS = Lexicon.wordClass("assembling-verbs");

    private final ActLexicon lexicon;
    private final Lexicon speechVerbs;
    private final RoleSchemes schemes;
    private final ActorResolver actors;
    private final ActScope actScope;
    private final Warnings warnings;
    private final ActTimes times;
    private final ActParts parts;

    VerbActs(ActLexicon lexicon, Lexicon speechVerbs, RoleSchemes schemes, ActorResolver actors, ActScope actScope,
             Warnings warnings, ActTimes times, ActParts parts) {
        this.lexicon = lexicon;
        this.speechVerbs = speechVerbs;
        this.schemes = schemes;
        this.actors = actors;
        this.actScope = actScope;
        this.warnings = warnings;
        this.times = times;
        this.parts = parts;
    }

    Optional<Act> act(ArticleContext context, Sentence sentence, Graph graph, int verb, Entry entry) {
        Optional<Entry> refusal = refusal(sentence, verb, entry);
        if (refusal.isPresent()) {
            entry = refusal.get();
        } else if (Tree.isNegated(sentence, verb) || actScope.isNonCommittal(sentence, verb)) {
            return Optional.empty();
        }
        if (actScope.isHedged(sentence, verb) || actScope.isAskedFor(sentence, verb)
                || actScope.isHypothetical(sentence, verb) || ActScope.isSupposed(sentence, verb)
                || actScope.isDenied(sentence, verb) || actScope.isReferenceToEarlierAct(sentence, verb)) {
            return Optional.empty();
        }
        // "aiming to agree on a delay", "trying to reach a deal": an agreement striven for is not reached. (Other acts
        // go on while striven for: "aims to persuade both sides" is already urging them.)
        if (entry.act() == ActType.ACCEPTANCE && ActScope.isAttempted(sentence, verb)) {
            return Optional.empty();
        }
        // "said it was ready to sign a ceasefire", "remained willing to return to the table": readiness to accept or
        // to meet is an offer (CAMEO 03, express intent to cooperate; 036 to meet or negotiate), not the act itself.
        if ((entry.act() == ActType.ACCEPTANCE || entry.act() == ActType.MEETING)
                && actScope.isOffered(sentence, verb)) {
            entry = new Entry(entry.form(), ActType.PROPOSAL, entry.act() == ActType.MEETING ? "036" : "030",
                    Pattern.SUBJ);
        }
        // "seeking to end the conflict" proposes nothing unless what is sought is itself an act; "offered to
        // mediate" and "promised to withdraw" do.
        if (entry.act() == ActType.PROPOSAL && Tree.lemma(sentence, verb).equals("seek")
                && sentence.dependents(verb, "obj").isEmpty() && sentence.dependents(verb, "xcomp").stream()
                .anyMatch(x -> lexicon.verb(sentence, x).isEmpty())) {
            return Optional.empty();
        }
        // "declined to comment" rejects nothing.
        if (entry.act() == ActType.REJECTION && sentence.dependents(verb, "xcomp").stream()
                .anyMatch(x -> speechVerbs.contains(Tree.lemma(sentence, x)))) {
            return Optional.empty();
        }
        ActType type = entry.act();
        String cameo = entry.cameo();
        String condition = null;
        if (type == ActType.ACCEPTANCE && Tree.hasModal(sentence, verb)) {
            // "would agree only if ..." is not an acceptance; what it asks for is a demand. A reported "would" with
            // no condition ("said it would accept the plan") is the reported "will": the acceptance stands.
            Optional<String> conditionText = ActParts.condition(sentence, verb);
            if (conditionText.isPresent()) {
                type = ActType.DEMAND;
                cameo = ActType.DEMAND.cameoRootCode();
                condition = conditionText.get();
            } else if (!isReportedWill(sentence, verb)) {
                return Optional.empty();
            }
        }
        List<EntityKey> agents = actors.agents(context, sentence, verb);
        RoleScheme scheme = schemes.of(entry.pattern());
        List<EntityKey> addressees = parts.placed(context, sentence, graph, verb, scheme, RoleScheme.Field.ADDRESSEE,
                agents);
        List<EntityKey> participants = parts.placed(context, sentence, graph, verb, scheme,
                RoleScheme.Field.PARTICIPANTS, agents);
        if (entry.pattern() == Pattern.SUBJ_WARNING) {
            Optional<Integer> warned = warnings.ownSideCommitment(context, sentence, verb, agents);
            if (warned.isEmpty()) {
                return Optional.empty(); // a warning about the world, not a threat: a statement
            }
            // The parser hangs the condition on either verb: "warned that it would act if Iran refused".
            addressees.addAll(warnings.conditionSubjects(context, sentence, warned.get()));
            addressees.addAll(warnings.conditionSubjects(context, sentence, verb));
            addressees.removeIf(a -> agents.stream().anyMatch(g -> context.sameSide(g, a)));
            condition = ActParts.condition(sentence, warned.get()).or(() -> ActParts.condition(sentence, verb))
                    .orElse(null);
        }
        if (addressees.isEmpty() && (type == ActType.DEMAND || type == ActType.PROPOSAL)) {
            // "demanded that China lift the ban": who is to act is the addressee.
            for (int clause : sentence.dependents(verb, "ccomp")) {
                actors.parties(context, sentence, clause, "nsubj").stream()
                        .filter(a -> agents.stream().noneMatch(g -> context.sameSide(g, a)))
                        .forEach(addressees::add);
            }
        }
        if (type == ActType.THREAT && addressees.isEmpty()) {
            addressees.addAll(warnings.threatened(context, sentence, verb, agents));
        }
        if (addressees.isEmpty() && (type == ActType.ACCEPTANCE || type == ActType.REJECTION)) {
            // "welcomed Kenya's offer", "rejected the accord between Chad and Niger": an answer goes to whose the
            // answered thing is.
            for (int object : sentence.dependents(verb, "obj")) {
                actors.owners(context, sentence, object).stream()
                        .filter(a -> agents.stream().noneMatch(g -> context.sameSide(g, a)))
                        .forEach(addressees::add);
            }
        }
        if (addressees.isEmpty() && type == ActType.ACCEPTANCE) {
            // "agreed to keep supporting Ukraine": a commitment is made to whom the promised act is done.
            addressees.addAll(promisedTo(context, sentence, verb, agents));
        }
        addressees.removeAll(agents);
        if (type == ActType.MEETING) {
            // "much has been discussed by both parties" reports a topic, not a meeting.
            if (!sentence.dependents(verb, "aux:pass").isEmpty()) {
                return Optional.empty();
            }
            List<EntityKey> distinct = participants.stream().distinct().toList();
            // "Mercosur is meeting in Montevideo": a body meets as its members; one person or state does not.
            boolean bodyMeets = distinct.size() == 1 && distinct.get(0).type() == EntityType.ORGANIZATION
                    && ASSEMBLING_VERBS.contains(Tree.lemma(sentence, verb));
            // "Speaking in Ankara, eastern Turkey, the president said": a person and their own state are one party;
            // two people of one government ("would brief the president") still meet.
            boolean twoPeople = distinct.stream().filter(p -> p.type() == EntityType.PERSON).count() >= 2;
            boolean twoSides = twoPeople || distinct.stream().anyMatch(p -> !context.sameSide(p, distinct.get(0)));
            if (!twoSides && !bodyMeets) {
                return Optional.empty();
            }
            participants = new ArrayList<>(distinct);
        } else if (agents.isEmpty()) {
            return Optional.empty();
        }
        Tense tense = times.tense(sentence, verb);
        When date = times.ofVerb(context, sentence, verb, tense);
        // "speak in a phone call on Tuesday": the meeting noun beside the verb says what kind of meeting, and when.
        if (type == ActType.MEETING) {
            for (Dependency d : sentence.dependents(verb)) {
                Optional<Entry> noun = lexicon.noun(sentence, d.dependent())
                        .filter(n -> n.act() == ActType.MEETING);
                if (d.is("obl") && noun.isPresent()) {
                    cameo = noun.get().cameo().length() >= cameo.length() && !noun.get().cameo().endsWith("0")
                            ? noun.get().cameo() : cameo;
                    if (date == null) {
                        date = times.date(context, sentence, d.dependent(), tense);
                    }
                }
            }
        }
        BitSet scope = Tree.subtree(sentence, verb, ActParts.subjectTokens(sentence, verb));
        return Optional.of(new Act(type, agents, participants, addressees.stream().distinct().toList(),
                parts.topics(sentence, scope), null, date, ActParts.location(context, sentence, verb),
                times.status(type, tense, date, context),
                condition, null, sentence.text(), sentence.token(verb).begin(), cameo,
                ActParts.label(context, agents.isEmpty() ? participants : agents, sentence, scope)));
    }

    /**
     * An acceptance or meeting someone says will not happen is a rejection: "would not accept any role for the UAE",
     * "will not agree to", "won't negotiate", "would not discuss its weapons" (CAMEO 125, rejecting talks), "declined
     * to meet". What merely has not happened yet ("has not accepted", "has yet to agree") or did not happen ("did not
     * meet") rejects nothing.
     */
    private Optional<Entry> refusal(Sentence sentence, int verb, Entry entry) {
        if (entry.act() != ActType.ACCEPTANCE && entry.act() != ActType.MEETING) {
            return Optional.empty();
        }
        boolean notYet = sentence.dependents(verb, "advmod").stream()
                .anyMatch(a -> Tree.lower(sentence, a).equals("yet"));
        boolean willNot = Tree.isNegated(sentence, verb) && !notYet
                && (Tree.hasFutureAux(sentence, verb) || Tree.hasModal(sentence, verb)
                || entry.act() == ActType.ACCEPTANCE && Set.of("VBP", "VBZ").contains(
                        sentence.dependents(verb, "aux").stream().map(a -> sentence.token(a).pos())
                                .findFirst().orElse("")));
        boolean declined = sentence.governors(verb).stream()
                .anyMatch(d -> d.governor() >= 0 && (d.is("xcomp") || d.relation().startsWith("advcl:to"))
                        && Tree.lemma(sentence, d.governor()).equals("decline")
                        && !Tree.isNegated(sentence, d.governor()));
        if (!willNot && !declined) {
            return Optional.empty();
        }
        String cameo = entry.act() == ActType.MEETING ? "125" : ActType.REJECTION.cameoRootCode();
        return Optional.of(new Entry(entry.form(), ActType.REJECTION, cameo, Pattern.SUBJ));
    }

    /**
     * "Peru said it would accept the plan": in a clause reported by a speech verb, "would" is the reported "will"
     * (the sequence of tenses), so the act is said as surely as "will accept" is; "could", "might" or "should" are
     * not, nor a "would" outside reported speech ("it would accept if ...").
     */
    private boolean isReportedWill(Sentence sentence, int verb) {
        boolean onlyWould = sentence.dependents(verb, "aux").stream().map(a -> Tree.lower(sentence, a))
                .filter(w -> Set.of("could", "might", "may", "should", "must").contains(w)).findAny().isEmpty();
        return onlyWould && sentence.governors(verb).stream()
                .anyMatch(d -> d.governor() >= 0 && d.is("ccomp")
                        && speechVerbs.contains(Tree.lemma(sentence, d.governor())));
    }

    /** The parties that are objects of the clauses a verb commits its subject to: "agreed to continue supporting X". */
    private List<EntityKey> promisedTo(ArticleContext context, Sentence sentence, int verb, List<EntityKey> agents) {
        List<EntityKey> found = new ArrayList<>();
        List<Integer> clauses = sentence.dependents(verb, "xcomp");
        for (int depth = 0; depth < 3 && !clauses.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int clause : clauses) {
                actors.parties(context, sentence, clause, "obj").stream()
                        .filter(a -> agents.stream().noneMatch(g -> context.sameSide(g, a)))
                        .forEach(found::add);
                next.addAll(sentence.dependents(clause, "xcomp"));
            }
            clauses = next;
        }
        return found;
    }
}
