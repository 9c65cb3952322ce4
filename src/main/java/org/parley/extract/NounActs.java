package org.parley.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.extract.ActLexicon.Entry;
import org.parley.extract.Dates.Tense;
import org.parley.nlp.Dependency;
import org.parley.nlp.DependencyPattern.Graph;
import org.parley.nlp.Sentence;

/**
 * The act a noun of the act lexicon names ("Russia's demands", "a two-hour call with Putin"): its agents from the
 * noun's modifiers or from the verb that carries it ("held talks"), a meeting's participants, and its time, place and
 * topics, unless the noun is negated, asked for, denied or, for a meeting, only proposed or supposed. Also which verbs
 * only carry an act noun, so that the noun is read and the verb is not.
 */
final class NounActs {

    private static final Set<String> PLANNED_ADJECTIVES = Lexicon.wordClass("planned-adjectives");
    /** Verbs by which a party holds, hosts or organises a meeting: "organised talks in Vienna on 3 May". */
    private static final Set<String> HOSTING_VERBS = Lexicon.wordClass("hosting-verbs");
    /** What a meeting does as it runs its course: "the talks have ended". */
    private static final Set<String> CONCLUDING_MEETING_VERBS = Lexicon.wordClass("meeting-course-verbs");
    /** Nouns that count meetings: "two days of talks", "a round of negotiations". */
    private static final Set<String> MEASURE_NOUNS = Lexicon.wordClass("measure-nouns");
    /** Act nouns whose "to VERB" is an intention, not the act: "plans to converse with Putin". */
    private static final Set<String> INTENTION_NOUNS = Lexicon.wordClass("intention-nouns");

    private final ActLexicon lexicon;
    private final Lexicon speechVerbs;
    private final Lexicon lightVerbs;
    private final Gazetteer gazetteer;
    private final RoleSchemes schemes;
    private final ActorResolver actors;
    private final ActScope actScope;
    private final ActTimes times;
    private final ActParts parts;

    NounActs(ActLexicon lexicon, Lexicon speechVerbs, Lexicon lightVerbs, Gazetteer gazetteer, RoleSchemes schemes,
             ActorResolver actors, ActScope actScope, ActTimes times, ActParts parts) {
        this.lexicon = lexicon;
        this.speechVerbs = speechVerbs;
        this.lightVerbs = lightVerbs;
        this.gazetteer = gazetteer;
        this.schemes = schemes;
        this.actors = actors;
        this.actScope = actScope;
        this.times = times;
        this.parts = parts;
    }

    /**
     * Verbs that only carry an act noun: "put forward demands", "held talks", "made an offer". The noun is the act,
     * with the verb's subject as its agent.
     */
    Set<Integer> nounCarryingVerbs(Sentence sentence) {
        Set<Integer> light = new HashSet<>();
        for (Dependency d : sentence.dependencies()) {
            if (d.governor() >= 0 && d.is("obj") && sentence.token(d.governor()).isVerb()) {
                Optional<Entry> noun = lexicon.noun(sentence, d.dependent());
                Optional<Entry> verb = lexicon.verb(sentence, d.governor());
                boolean contentNoun = noun.filter(n -> n.act() == ActType.DEMAND || n.act() == ActType.PROPOSAL
                        || n.act() == ActType.MEETING).isPresent();
                boolean respondingVerb = verb.filter(v -> v.act() == ActType.ACCEPTANCE
                        || v.act() == ActType.REJECTION).isPresent();
                // "proposed a regional meeting", "demanded talks": asking for a meeting is the act, the meeting only
                // its object (which may never happen).
                boolean askingForMeeting = noun.filter(n -> n.act() == ActType.MEETING).isPresent()
                        && !lightVerbs.contains(Tree.lemma(sentence, d.governor()))
                        && verb.filter(v -> v.act() == ActType.PROPOSAL || v.act() == ActType.DEMAND).isPresent();
                if (contentNoun && !respondingVerb && !askingForMeeting) {
                    light.add(d.governor());
                }
            }
        }
        return light;
    }

    Optional<Act> act(ArticleContext context, Sentence sentence, Graph graph, int noun, Entry entry) {
        if (Tree.isNegated(sentence, noun) || actScope.isInAskedForClause(sentence, noun)
                || actScope.isDenied(sentence, noun) || ActScope.isSupposed(sentence, noun)) {
            return Optional.empty();
        }
        // "proposed direct negotiations", "if both sides wished to resume the talks": talks that are only proposed,
        // or only supposed, have not been held; the proposal is the act.
        if (entry.act() == ActType.MEETING
                && (actScope.isProposed(sentence, noun) || actScope.isInCondition(sentence, noun))) {
            return Optional.empty();
        }
        // "plans to converse with Putin": an intention, not a proposal; what is intended may be a meeting.
        // Other act nouns followed by "to" are acts of their own: "a refusal to negotiate", "an ultimatum to Peru".
        if (noun + 2 < sentence.size() && Tree.lower(sentence, noun + 1).equals("to")) {
            Optional<Act> intended = intendedMeeting(context, sentence, noun, noun + 2);
            if (intended.isPresent() || INTENTION_NOUNS.contains(Tree.lemma(sentence, noun).toLowerCase(Locale.ROOT))) {
                return intended;
            }
        }
        RoleScheme scheme = schemes.of(entry.pattern());
        List<EntityKey> agents = new ArrayList<>();
        EntityKey location = null;
        for (int modifier : scheme.nodes(RoleScheme.Field.AGENT, graph, noun)) {
            Optional<EntityKey> key = context.entities().at(sentence.index(), modifier);
            if (key.isPresent() && key.get().type() == EntityType.PLACE && entry.act() == ActType.MEETING
                    && !gazetteer.actorOf(key.get()).isActor()) {
                location = key.get(); // "the Jeddah talks"
            } else {
                agents.addAll(actors.resolveActors(context, sentence, modifier));
            }
        }
        Optional<Integer> carrier = parts.carrier(graph, noun);
        // "received a proposal from mediators": the source is named, if not as an actor; the receiver did not make it.
        boolean sourceNamed = !sentence.dependents(noun, "nmod:from").isEmpty()
                || !sentence.dependents(noun, "nmod:by").isEmpty();
        if (agents.isEmpty() && carrier.isPresent() && !sourceNamed) {
            int verb = carrier.get();
            Optional<Entry> verbEntry = lexicon.verb(sentence, verb);
            boolean responded = verbEntry.filter(v -> v.act() == ActType.ACCEPTANCE
                    || v.act() == ActType.REJECTION).isPresent();
            if (responded) {
                return Optional.empty(); // "endorsed the proposal": the proposal is someone else's
            }
            // "held talks", "put forward demands": the subject of a light verb owns the act; of "hijack" it does not,
            // nor of "discuss": talks are about the proposal they discuss, whoever made it.
            boolean discussed = verbEntry.filter(v -> v.act() == ActType.MEETING).isPresent()
                    && entry.act() != ActType.MEETING;
            // "confirmed ongoing dialogue with the rebels": who reports talks "with" a partner is the other party.
            boolean reportsOwnTalks = entry.act() == ActType.MEETING && speechVerbs.contains(Tree.lemma(sentence, verb))
                    && !sentence.dependents(noun, "nmod:with").isEmpty();
            if (lightVerbs.contains(Tree.lemma(sentence, verb)) || verbEntry.isPresent() && !discussed
                    || reportsOwnTalks) {
                agents.addAll(actors.agents(context, sentence, verb));
            }
        }
        // "spoke to reporters after talks with Putin": whoever acts around talks "with" someone took part in them;
        // "Ishiba and Lee agreed during a phone call": whoever acts during or in a meeting took part in it, then.
        // (A meeting verb, "speak in a phone call", makes the meeting itself.)
        Optional<Integer> within = scheme.nodes(RoleScheme.Field.DURING, graph, noun).stream()
                .filter(verb -> lexicon.verb(sentence, verb).filter(v -> v.act() == ActType.MEETING).isEmpty())
                .findFirst();
        if (agents.isEmpty() && carrier.isEmpty() && entry.act() == ActType.MEETING) {
            // "after three rounds of meetings with X", "after four rounds of talks, X and Y agreed": through a
            // measure of the meetings to the verb it hangs from.
            int measure = measureOf(sentence, noun);
            Optional<Integer> around = !sentence.dependents(noun, "nmod:with").isEmpty() || measure != noun
                    ? sentence.governors(measure).stream()
                    .filter(d -> d.governor() >= 0 && d.relation().startsWith("obl")
                            && sentence.token(d.governor()).isVerb())
                    .map(Dependency::governor).findFirst()
                    : within;
            // "pretended to take part in the talks": who only pretends, or hedges, took no part.
            around.filter(verb -> !actScope.isNonCommittal(sentence, verb) && !actScope.isHedged(sentence, verb))
                    .ifPresent(verb -> agents.addAll(actors.agents(context, sentence, verb)));
        }
        List<EntityKey> participants = new ArrayList<>();
        if (entry.act() == ActType.MEETING) {
            participants = parts.placed(context, sentence, graph, noun, scheme, RoleScheme.Field.PARTICIPANTS, agents)
                    .stream().distinct().collect(java.util.stream.Collectors.toCollection(ArrayList::new));
            if (participants.isEmpty()) {
                return Optional.empty();
            }
        } else if (agents.isEmpty()) {
            return Optional.empty();
        }
        List<EntityKey> addressees = parts.placed(context, sentence, graph, noun, scheme, RoleScheme.Field.ADDRESSEE,
                agents);
        addressees.removeAll(agents);
        Tense tense = carrier.or(() -> within)
                .map(verb -> times.tense(sentence, verb)).orElse(Tense.UNKNOWN);
        When date = times.date(context, sentence, noun, tense);
        boolean carriedByMeetingVerb = carrier.isPresent() && lexicon.verb(sentence, carrier.get())
                .filter(v -> v.act() == ActType.MEETING).isPresent();
        boolean hosted = carrier.isPresent() && entry.act() == ActType.MEETING
                && HOSTING_VERBS.contains(Tree.lemma(sentence, carrier.get()));
        if (date == null && carrier.isPresent()
                && (lightVerbs.contains(Tree.lemma(sentence, carrier.get())) || carriedByMeetingVerb || hosted)) {
            // "held talks on Monday", "will join the talks next week", "would convene a meeting in July": the
            // carrying verb's time is the event's.
            date = times.date(context, sentence, carrier.get(), tense);
        }
        if (date == null && within.isPresent() && entry.act() == ActType.MEETING) {
            date = times.date(context, sentence, within.get(), tense);
        }
        if (date == null && entry.act() == ActType.MEETING) {
            // "the talks ended on Monday", "talks resumed on Tuesday", "the second round of talks has concluded":
            // what the meeting itself (or the round it is counted in) did dates it.
            Optional<Integer> own = sentence.governors(measureOf(sentence, noun)).stream()
                    .filter(d -> d.governor() >= 0 && d.relation().startsWith("nsubj")
                            && sentence.token(d.governor()).isVerb())
                    .map(Dependency::governor).findFirst();
            if (own.isPresent()) {
                tense = times.tense(sentence, own.get());
                date = times.date(context, sentence, own.get(), tense);
                // "the talks have ended", "the second round has concluded": the news perfect reports what has just
                // happened, on the day of the report.
                boolean newsPerfect = sentence.token(own.get()).pos().equals("VBN")
                        && sentence.dependents(own.get(), "aux").stream()
                        .anyMatch(a -> Tree.lemma(sentence, a).equals("have"));
                if (date == null && newsPerfect && CONCLUDING_MEETING_VERBS.contains(Tree.lemma(sentence, own.get()))) {
                    date = When.day(context.doc().date());
                }
            }
        }
        String status = null;
        if (entry.act() == ActType.MEETING) {
            boolean plannedWord = sentence.dependents(noun, "amod").stream()
                    .anyMatch(a -> PLANNED_ADJECTIVES.contains(Tree.lemma(sentence, a))
                            || PLANNED_ADJECTIVES.contains(Tree.lower(sentence, a)));
            status = plannedWord ? "planned" : times.status(entry.act(), tense, date, context);
        }
        if (location == null) {
            location = ActParts.location(context, sentence, noun);
        }
        BitSet scope = Tree.subtree(sentence, noun);
        // "an immediate 30-day truce, a proposal that ...": the proposal is about what it stands in apposition to,
        // whether or not the parser saw the apposition.
        sentence.governors(noun).stream().filter(d -> d.is("appos") && d.governor() >= 0)
                .forEach(d -> scope.or(Tree.subtree(sentence, d.governor())));
        int first = scope.nextSetBit(0);
        if (first >= 2 && Tree.lower(sentence, first - 1).equals(",") && sentence.token(first - 2).isNoun()) {
            scope.set(first - 2);
        }
        return Optional.of(new Act(entry.act(), entry.act() == ActType.MEETING ? List.of() : agents, participants,
                addressees.stream().distinct().toList(), parts.topics(sentence, scope), null, date, location, status,
                null, null, sentence.text(), sentence.token(noun).begin(), entry.cameo(),
                ActParts.label(context, entry.act() == ActType.MEETING ? participants : agents, sentence, scope)));
    }

    /** The measure a noun is counted in ("two days of talks", "a round of talks"), or the noun itself. */
    private static int measureOf(Sentence sentence, int noun) {
        return sentence.governors(noun).stream()
                .filter(d -> d.governor() >= 0 && d.relation().equals("nmod:of") && d.governor() < noun
                        && MEASURE_NOUNS.contains(Tree.lemma(sentence, d.governor()).toLowerCase(Locale.ROOT)))
                .map(Dependency::governor).findFirst().orElse(noun);
    }

    /**
     * "announced plans to converse with Putin on Tuesday": a planned meeting, whose participants are the planner and
     * the partner named after either word (the parser often reads the intended verb as a noun).
     */
    private Optional<Act> intendedMeeting(ArticleContext context, Sentence sentence, int intentionNoun, int intended) {
        boolean meetingWord = lexicon.verb(sentence, intended).or(() -> lexicon.noun(sentence, intended))
                .filter(e -> e.act() == ActType.MEETING).isPresent();
        Optional<Integer> governor = sentence.governors(intentionNoun).stream()
                .filter(d -> d.governor() >= 0 && d.is("obj")).map(Dependency::governor).findFirst();
        if (!meetingWord || governor.isEmpty()) {
            return Optional.empty();
        }
        List<EntityKey> participants = new ArrayList<>(actors.agents(context, sentence, governor.get()));
        for (int head : List.of(intentionNoun, intended)) {
            participants.addAll(actors.parties(context, sentence, head, "nmod:with"));
            participants.addAll(actors.parties(context, sentence, head, "obl:with"));
        }
        participants = new ArrayList<>(participants.stream().distinct().toList());
        if (participants.size() < 2) {
            return Optional.empty();
        }
        When date = Optional.ofNullable(times.date(context, sentence, intentionNoun, Tense.FUTURE))
                .orElse(times.date(context, sentence, intended, Tense.FUTURE));
        BitSet scope = Tree.subtree(sentence, intentionNoun);
        scope.or(Tree.subtree(sentence, intended));
        Entry entry = lexicon.verb(sentence, intended).or(() -> lexicon.noun(sentence, intended)).get();
        return Optional.of(new Act(ActType.MEETING, List.of(participants.get(0)), participants, List.of(),
                parts.topics(sentence, scope), null, date, ActParts.location(context, sentence, intentionNoun),
                "planned", null, null, sentence.text(), sentence.token(intended).begin(), entry.cameo(),
                ActParts.label(context, participants, sentence, scope)));
    }
}
