package org.parley.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.extract.ActLexicon.Entry;
import org.parley.extract.ActLexicon.Pattern;
import org.parley.extract.Dates.Tense;
import org.parley.nlp.AnnotatedDoc;
import org.parley.nlp.Dependency;
import org.parley.nlp.DependencyPattern.Graph;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * Finds proposals, demands, acceptances, rejections, meetings, accusations and threats, expressed by a verb ("Russia
 * rejected the plan") or a noun ("Russia's demands", "a two-hour call with Putin"), and reported statements without
 * quotation marks ("Trump indicated that ...", read by {@link ReportedStatements}). Each act word comes from the act
 * lexicon, its roles from the role scheme the lexicon names ({@code role-schemes.txt}); the act patterns
 * ({@code act-patterns.txt}) then add the acts that need more than one word to say ("announced a truce", "handed over
 * a memorandum"). Who a word stands for is {@link ActorResolver}'s, whether its act happened {@link ActScope}'s, when
 * {@link ActTimes}'s. Negated, hedged and merely hypothetical acts are left out, except that "would agree only if X"
 * is read as a demand for X.
 */
final class ActFinder {

    private static final Set<String> PLANNED_ADJECTIVES = Lexicon.wordClass("planned-adjectives");
    private static final Set<String> RESPONSE_OBJECTS = Lexicon.wordClass("response-objects");
    /** Verbs by which a party holds, hosts or organises a meeting: "organised talks in Vienna on 3 May". */
    private static final Set<String> HOSTING_VERBS = Lexicon.wordClass("hosting-verbs");
    /** Verbs by which a body meets as its members: "the council convened". */
    private static final Set<String> ASSEMBLING_VERBS = Lexicon.wordClass("assembling-verbs");
    /** What a meeting does as it runs its course: "the talks have ended". */
    private static final Set<String> CONCLUDING_MEETING_VERBS = Lexicon.wordClass("meeting-course-verbs");
    /** Nouns that count meetings: "two days of talks", "a round of negotiations". */
    private static final Set<String> MEASURE_NOUNS = Lexicon.wordClass("measure-nouns");
    /** Act nouns whose "to VERB" is an intention, not the act: "plans to converse with Putin". */
    private static final Set<String> INTENTION_NOUNS = Lexicon.wordClass("intention-nouns");
    /** Conjunctions that open an act's condition: "only if", "unless". */
    private static final Set<String> CONDITION_MARKS = Lexicon.wordClass("condition-marks");
    /** Verbs that make an agreement known ("will announce the deal"): the agreement itself is already made. */
    private static final Set<String> ANNOUNCING_VERBS = Lexicon.wordClass("announcing-verbs");

    private final ActLexicon lexicon;
    private final IssueLexicon issues;
    private final Lexicon speechVerbs;
    private final Lexicon lightVerbs;
    private final Gazetteer gazetteer;
    private final ActPatterns patterns;
    private final RoleSchemes schemes;
    private final ActorResolver actors;
    private final Warnings warnings;
    private final ReportedStatements reportedStatements;
    private final ActScope actScope;
    private final ActTimes times;

    ActFinder(ActLexicon lexicon, IssueLexicon issues, Lexicon speechVerbs, Lexicon lightVerbs, Gazetteer gazetteer,
              ActPatterns patterns, RoleSchemes schemes) {
        this.patterns = patterns;
        this.schemes = schemes;
        this.lexicon = lexicon;
        this.issues = issues;
        this.speechVerbs = speechVerbs;
        this.lightVerbs = lightVerbs;
        this.gazetteer = gazetteer;
        this.actors = new ActorResolver(lexicon, speechVerbs, gazetteer);
        this.actScope = new ActScope(lexicon);
        this.warnings = new Warnings(actors, actScope);
        this.times = new ActTimes(speechVerbs);
        this.reportedStatements = new ReportedStatements(issues, speechVerbs, actors, actScope, times);
    }

    /**
     * @param statements the quotation statements already found: inside a quotation "we" is its speaker
     * @param sides whom each person of the article represents
     */
    List<Act> find(AnnotatedDoc doc, DocEntities entities, List<Act> statements,
                   java.util.Map<EntityKey, EntityKey> sides) {
        List<Act> acts = new ArrayList<>();
        ArticleContext context = new ArticleContext(doc, entities, statements, sides, acts);
        for (Sentence sentence : doc.sentences()) {
            if (isHeadline(sentence) || isLeadingLine(doc, sentence)) {
                continue;
            }
            Set<Integer> carriers = nounCarryingVerbs(sentence);
            Graph graph = Graph.of(sentence);
            List<Act> found = new ArrayList<>();
            for (Token token : sentence.tokens()) {
                int t = token.index();
                Optional<Act> act = Optional.empty();
                if (Tree.lower(sentence, t).equals("according") && t + 1 < sentence.size()
                        && Tree.lower(sentence, t + 1).equals("to")) {
                    act = reportedStatements.accordingTo(context, sentence, t);
                } else if (token.isVerb() && !carriers.contains(t)) {
                    act = lexicon.verb(sentence, t).flatMap(entry -> verbAct(context, sentence, graph, t, entry))
                            .or(() -> reportedStatements.byVerb(context, sentence, t));
                } else if (token.isNoun()) {
                    act = lexicon.noun(sentence, t)
                            .filter(entry -> entry.act() != ActType.STATEMENT)
                            .flatMap(entry -> nounAct(context, sentence, graph, t, entry));
                }
                act.ifPresent(found::add);
            }
            acts.addAll(withPatternActs(context, sentence, graph, found));
        }
        return linkResponses(acts);
    }

    /**
     * A headline ("Trump Announces Plans to Discuss Ukraine War with Putin"): capitalised words, or the text's first
     * line, and no closing stop.
     * The body restates what it says, and headline grammar — present tense for past events, no articles — misleads
     * the rules on tense and dates, so acts are read from the body.
     */
    static boolean isHeadline(Sentence sentence) {
        List<Token> words = sentence.tokens().stream().filter(t -> Character.isLetter(t.word().charAt(0))).toList();
        long capitalised = words.stream().filter(t -> Character.isUpperCase(t.word().charAt(0))).count();
        String last = sentence.tokens().get(sentence.size() - 1).word();
        boolean noStop = !last.matches("[.!?\u201D\"]");
        // A sentence-case headline ("India rejects Pakistan's offer of a probe") opens the text without a stop.
        boolean opening = sentence.index() == 0 && words.size() >= 3;
        return noStop && (opening || words.size() >= 4 && capitalised * 10 >= words.size() * 6);
    }

    /**
     * The acts of a sentence with those its act patterns find. A pattern is more specific than a single word: where
     * one finds an act of another class at the word the lexicon read ("announced a truce" read as a statement by
     * "announce"), the pattern's act replaces it; where the class is the same, the word's act stays. Patterns earlier
     * in the file win over later ones at the same word.
     */
    private List<Act> withPatternActs(ArticleContext context, Sentence sentence, Graph graph, List<Act> found) {
        List<Act> result = new ArrayList<>(found);
        Set<Integer> byPattern = new HashSet<>();
        for (ActPattern pattern : patterns.all()) {
            for (java.util.Map<String, Integer> nodes : pattern.compiled().matches(graph)) {
                Optional<Act> act = patternAct(context, sentence, graph, pattern, nodes);
                if (act.isEmpty() || !byPattern.add(act.get().begin())) {
                    continue;
                }
                Act made = act.get();
                // The same act read at another of the match's words: "held talks" is read at "talks" by the lexicon.
                Set<Integer> matched = nodes.values().stream().map(n -> sentence.token(n).begin())
                        .collect(java.util.stream.Collectors.toSet());
                // Or read at the word that governs it: "warned that it would retaliate if" is one threat.
                int word = nodes.get(ActPattern.ACT_NODE);
                java.util.function.Predicate<Act> same = a -> a.type() == made.type()
                        && (matched.contains(a.begin()) || governs(sentence, Tree.tokenAt(sentence, a.begin()), word));
                boolean sameAct = result.stream().anyMatch(same);
                if (!sameAct) {
                    result.removeIf(a -> a.begin() == made.begin());
                    result.add(made);
                } else if (made.type() == ActType.MEETING) {
                    // "Oslo hosted talks attended by ...": each pattern may name other parties of the one meeting.
                    result.replaceAll(a -> same.test(a) ? a.withParticipants(java.util.stream.Stream.concat(
                            a.participants().stream(), made.participants().stream()).distinct().toList()) : a);
                }
                if (made.type() == ActType.REJECTION) {
                    // "suspended the talks", "withdrew from the deal": what is rejected is not also an act of theirs.
                    Set<Integer> rejected = pattern.bindings(ActPattern.Role.TOPIC).stream()
                            .map(b -> nodes.get(b.node())).filter(java.util.Objects::nonNull)
                            .map(n -> sentence.token(n).begin()).collect(java.util.stream.Collectors.toSet());
                    result.removeIf(a -> a != made && rejected.contains(a.begin()));
                }
            }
        }
        result.sort(java.util.Comparator.comparingInt(Act::begin));
        return result;
    }

    /**
     * The act a pattern's match describes, unless the word is negated, hedged, asked for, denied or only supposed.
     * Its parties come from the named nodes the pattern binds; "subject(node)" is resolved like a lexicon word's.
     */
    private Optional<Act> patternAct(ArticleContext context, Sentence sentence, Graph graph, ActPattern pattern,
                                     java.util.Map<String, Integer> nodes) {
        int word = nodes.get(ActPattern.ACT_NODE);
        boolean verb = sentence.token(word).isVerb();
        boolean blocked = Tree.isNegated(sentence, word) || actScope.isDenied(sentence, word) || (verb
                ? actScope.isNonCommittal(sentence, word) || actScope.isHedged(sentence, word)
                || actScope.isAskedFor(sentence, word) || actScope.isHypothetical(sentence, word)
                || actScope.isReferenceToEarlierAct(sentence, word)
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
        if (addressees.isEmpty() && (pattern.act() == ActType.ACCEPTANCE || pattern.act() == ActType.REJECTION)) {
            // "called the accord between Chad and Niger unacceptable": an answer goes to whose its topic is.
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
        int timed = verb ? word : carrier(graph, word)
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
            scope = verb ? Tree.subtree(sentence, word, subjectTokens(sentence, word)) : Tree.subtree(sentence, word);
        }
        String condition = pattern.bindings(ActPattern.Role.CONDITION).stream()
                .map(b -> nodes.get(b.node())).filter(java.util.Objects::nonNull)
                .map(n -> Tree.text(sentence, Tree.subtree(sentence, n))).findFirst()
                .orElseGet(() -> condition(sentence, word).orElse(null));
        List<EntityKey> who = pattern.act() == ActType.MEETING ? participants : agents;
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
                participants, addressees.stream().distinct().toList(), topics(sentence, scope), null, date,
                location(context, sentence, word), times.status(type, tense, date, context), condition, null,
                sentence.text(), sentence.token(word).begin(), cameo, label(context, who, sentence, scope)));
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

    /** Whether a word governs another directly or through one word between them. */
    private static boolean governs(Sentence sentence, int head, int word) {
        if (head < 0) {
            return false;
        }
        for (Dependency up : sentence.governors(word)) {
            if (up.governor() == head || up.governor() >= 0 && sentence.governors(up.governor()).stream()
                    .anyMatch(d -> d.governor() == head)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The actors a role scheme places in a role of an act word: its lines in order, each node with its conjuncts;
     * an {@code agent} line is the agents already found.
     */
    private List<EntityKey> placed(ArticleContext context, Sentence sentence, Graph graph, int word, RoleScheme scheme,
                                   RoleScheme.Field role, List<EntityKey> agents) {
        List<EntityKey> found = new ArrayList<>();
        for (RoleScheme.Place place : scheme.places(role)) {
            if (place.isAgent()) {
                found.addAll(agents);
                continue;
            }
            for (int node : place.nodes(graph, word)) {
                for (int conjunct : Tree.withConjuncts(sentence, node)) {
                    found.addAll(actors.resolveActors(context, sentence, conjunct));
                }
            }
        }
        return found;
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

    /**
     * The headline and the deck under it ("Zelenskyy reacts to the truce", then "Zelenskyy calls the truce a trick")
     * open the text as lines without a closing stop, before the first sentence that has one. The body restates them.
     */
    static boolean isLeadingLine(AnnotatedDoc doc, Sentence sentence) {
        for (Sentence s : doc.sentences()) {
            if (endsWithStop(s)) {
                return false;
            }
            if (s.index() == sentence.index()) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithStop(Sentence sentence) {
        return sentence.tokens().get(sentence.size() - 1).word().matches("[.!?\u201D\"]");
    }


    /**
     * Verbs that only carry an act noun: "put forward demands", "held talks", "made an offer". The noun is the act,
     * with the verb's subject as its agent.
     */
    private Set<Integer> nounCarryingVerbs(Sentence sentence) {
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

    private Optional<Act> verbAct(ArticleContext context, Sentence sentence, Graph graph, int verb, Entry entry) {
        Optional<Entry> refusal = refusal(sentence, verb, entry);
        if (refusal.isPresent()) {
            entry = refusal.get();
        } else if (Tree.isNegated(sentence, verb) || actScope.isNonCommittal(sentence, verb)) {
            return Optional.empty();
        }
        if (actScope.isHedged(sentence, verb) || actScope.isAskedFor(sentence, verb)
                || actScope.isHypothetical(sentence, verb)
                || actScope.isDenied(sentence, verb) || actScope.isReferenceToEarlierAct(sentence, verb)) {
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
            Optional<String> conditionText = condition(sentence, verb);
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
        List<EntityKey> addressees = placed(context, sentence, graph, verb, scheme, RoleScheme.Field.ADDRESSEE, agents);
        List<EntityKey> participants = placed(context, sentence, graph, verb, scheme, RoleScheme.Field.PARTICIPANTS,
                agents);
        if (entry.pattern() == Pattern.SUBJ_WARNING) {
            Optional<Integer> warned = warnings.ownSideCommitment(context, sentence, verb, agents);
            if (warned.isEmpty()) {
                return Optional.empty(); // a warning about the world, not a threat: a statement
            }
            // The parser hangs the condition on either verb: "warned that it would act if Iran refused".
            addressees.addAll(warnings.conditionSubjects(context, sentence, warned.get()));
            addressees.addAll(warnings.conditionSubjects(context, sentence, verb));
            addressees.removeIf(a -> agents.stream().anyMatch(g -> context.sameSide(g, a)));
            condition = condition(sentence, warned.get()).or(() -> condition(sentence, verb)).orElse(null);
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
        BitSet scope = Tree.subtree(sentence, verb, subjectTokens(sentence, verb));
        return Optional.of(new Act(type, agents, participants, addressees.stream().distinct().toList(),
                topics(sentence, scope), null, date, location(context, sentence, verb),
                times.status(type, tense, date, context),
                condition, null, sentence.text(), sentence.token(verb).begin(), cameo,
                label(context, agents.isEmpty() ? participants : agents, sentence, scope)));
    }

    private Optional<Act> nounAct(ArticleContext context, Sentence sentence, Graph graph, int noun, Entry entry) {
        if (Tree.isNegated(sentence, noun) || actScope.isInAskedForClause(sentence, noun)
                || actScope.isDenied(sentence, noun)) {
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
        Optional<Integer> carrier = carrier(graph, noun);
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
            participants = placed(context, sentence, graph, noun, scheme, RoleScheme.Field.PARTICIPANTS, agents)
                    .stream().distinct().collect(java.util.stream.Collectors.toCollection(ArrayList::new));
            if (participants.isEmpty()) {
                return Optional.empty();
            }
        } else if (agents.isEmpty()) {
            return Optional.empty();
        }
        List<EntityKey> addressees = placed(context, sentence, graph, noun, scheme, RoleScheme.Field.ADDRESSEE, agents);
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
            location = location(context, sentence, noun);
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
                addressees.stream().distinct().toList(), topics(sentence, scope), null, date, location, status, null,
                null, sentence.text(), sentence.token(noun).begin(), entry.cameo(),
                label(context, entry.act() == ActType.MEETING ? participants : agents, sentence, scope)));
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
                topics(sentence, scope), null, date, location(context, sentence, intentionNoun), "planned", null, null,
                sentence.text(), sentence.token(intended).begin(), entry.cameo(),
                label(context, participants, sentence, scope)));
    }

    /**
     * "asked the court to halt a planned referendum, accusing Caracas of ...": a present participle set off by a
     * comma is a free adjunct, whose understood subject is the main clause's, wherever the parser attached it (here
     * to the nearest noun). Empty for any other verb.
     */
    static BitSet subjectTokens(Sentence sentence, int verb) {
        BitSet subjects = new BitSet();
        BitSet verbItself = new BitSet();
        verbItself.set(verb);
        // In enhanced graphs a relative clause's verb can sit below its own subject: "Witkoff, who met ...".
        for (int s : sentence.dependents(verb, "nsubj")) {
            subjects.or(Tree.subtree(sentence, s, verbItself));
        }
        return subjects;
    }

    private List<Issue> topics(Sentence sentence, BitSet scope) {
        return List.copyOf(issues.find(sentence, scope::get));
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
     * The verb an act noun is the object (or passive subject) of, directly or through a measure of it: the noun
     * scheme's 'carrier' lines.
     */
    private Optional<Integer> carrier(Graph graph, int noun) {
        return schemes.of(Pattern.NOUN).nodes(RoleScheme.Field.CARRIER, graph, noun).stream().findFirst();
    }

    /** The "if"/"unless" clause of a verb: "only if it led to long-term peace". */
    private static Optional<String> condition(Sentence sentence, int verb) {
        for (int clause : sentence.dependents(verb, "advcl")) {
            boolean conditional = sentence.dependents(clause, "mark").stream()
                    .anyMatch(m -> CONDITION_MARKS.contains(Tree.lower(sentence, m)));
            if (conditional) {
                return Optional.of(Tree.text(sentence, Tree.subtree(sentence, clause)));
            }
        }
        return Optional.empty();
    }

    private EntityKey location(ArticleContext context, Sentence sentence, int head) {
        for (String relation : List.of("obl:in", "obl:at", "nmod:in", "nmod:at")) {
            for (int t : sentence.dependents(head, relation)) {
                Optional<EntityKey> key = context.entities().at(sentence.index(), t);
                if (key.isPresent()
                        && (key.get().type() == EntityType.PLACE || key.get().type() == EntityType.COUNTRY)) {
                    return key.get();
                }
            }
        }
        return null;
    }

    /** An act's label: who, and the words it was read from. */
    static String label(ArticleContext context, List<EntityKey> who, Sentence sentence, BitSet scope) {
        String names = String.join(" and ", who.stream().map(k -> context.entities().label(k) == null
                ? k.name() : context.entities().label(k)).toList());
        // A phrase cut out of its sentence may begin with the comma that closed what came before: drop it.
        String words = Tree.text(sentence, scope).replaceAll("\\s+", " ").strip().replaceFirst("^[,;:)\\]]+\\s*", "");
        if (words.length() > 140) {
            words = words.substring(0, 137).strip() + "\u2026";
        }
        return names + ": " + words;
    }

    /** Acceptances and rejections point to the nearest proposal or demand they answer: by shared topic, else by the
     *  word they take as object ("endorsed the proposal"). */
    private static List<Act> linkResponses(List<Act> acts) {
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
