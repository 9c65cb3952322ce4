package org.parley.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.nlp.CorefChain;
import org.parley.nlp.Dependency;
import org.parley.nlp.Mention;
import org.parley.nlp.MentionKind;
import org.parley.nlp.Sentence;
import org.parley.nlp.Span;
import org.parley.nlp.Token;

/**
 * Who the words of an act stand for: the subject of a verb (through passives, participles, relative and adverbial
 * clauses, controlled infinitives), a name, a title, an unnamed group of a named side ("U.S. officials"), a pair just
 * named ("the two leaders"), the parties of the last joint act ("the two sides"), the reporter of a clause ("he said
 * he would"). Coreference repairs that patterns cannot say live here, shared by the lexicon's acts and the patterns'.
 */
final class ActorResolver {

    static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us", "my", "our");
    /** Subject pronouns of a reported clause, which by default stand for the one who reports it. */
    static final Set<String> SUBJECT_PRONOUNS = Set.of("it", "they", "he", "she", "we", "i");
    /** Prepositions before a gerund that takes its subject from the clause it modifies: "after visiting". */
    private static final Set<String> GERUND_MARKS = Lexicon.wordClass("gerund-marks");
    /** Pronouns that may stand for a coordination of parties: "Kenya and Sudan ... as they signed". */
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "their");
    /** Pronouns that open a relative clause as its subject. */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who", "that");
    /** Nouns for groups that act for a state or body: "U.S. officials", "the Trump administration". */
    private static final Set<String> SIDE_NOUNS = Lexicon.wordClass("side-nouns");
    /** Side nouns that are a state's or body's institutions: "his government" is the state its leader represents. */
    private static final Set<String> INSTITUTIONS = Lexicon.wordClass("institution-nouns");
    /** Plural nouns that, with "two" or "both", name two people named just before: "the two leaders". */
    private static final Set<String> PAIR_OF_PEOPLE = Lexicon.wordClass("pair-nouns");
    /** Nouns that name a negotiation's parties together: "the two sides", "the parties". */
    private static final Set<String> COLLECTIVE_NOUNS = Lexicon.wordClass("collective-nouns");
    /** Nouns that name the parties only when counted as a pair: "the two countries", "both nations". */
    private static final Set<String> COUNTED_COLLECTIVE_NOUNS = Lexicon.wordClass("counted-collective-nouns");
    /** Verbs of what parties do together, beyond the act lexicon's: "the parties exchanged drafts". */
    private static final Set<String> JOINT_VERBS = Lexicon.wordClass("joint-verbs");

    private final ActLexicon lexicon;
    private final Lexicon speechVerbs;
    private final Gazetteer gazetteer;

    ActorResolver(ActLexicon lexicon, Lexicon speechVerbs, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.speechVerbs = speechVerbs;
        this.gazetteer = gazetteer;
    }

    /** The agents of a verb: its subjects (and their conjuncts), the "by" phrase of a passive, or the subject of the
     *  clause it depends on ("Washington aims to persuade", "Trump is set to speak"). */
    List<EntityKey> agents(ArticleContext context, Sentence sentence, int verb) {
        int clause = verb;
        for (int level = 0; level < 3; level++) {
            int head = clause;
            // An active subject acts; a passive one ("Ukraine was accused") undergoes the act.
            List<Integer> subjects = new ArrayList<>(sentence.dependents(head).stream()
                    .filter(d -> d.relation().startsWith("nsubj") && !d.relation().contains("pass"))
                    .map(Dependency::dependent).toList());
            subjects.addAll(sentence.dependents(clause, "obl:agent"));
            subjects.addAll(sentence.dependents(clause, "nmod:agent"));
            if (subjects.isEmpty() && level == 0) {
                subjects.addAll(invertedSpeaker(sentence, clause));
                subjects.addAll(pronounHeadingItsClause(sentence, clause));
                subjects.addAll(subjectsTakenForObjects(sentence, clause));
            }
            boolean passiveParticiple = isPassiveParticiple(sentence, clause);
            if (passiveParticiple) {
                subjects.addAll(sentence.dependents(clause, "obl:by"));
            }
            Set<EntityKey> found = new LinkedHashSet<>();
            for (int subject : subjects) {
                for (int s : Tree.withConjuncts(sentence, subject)) {
                    found.addAll(resolveActors(context, sentence, s));
                }
            }
            // A subject the enhanced graph copied down from a governing clause (nsubj:xsubj) is not the clause's own.
            boolean ownSubject = sentence.dependents(head).stream().anyMatch(d -> d.relation().equals("nsubj")
                    || d.relation().equals("nsubj:pass") || d.is("obl:agent") || passiveParticiple && d.is("obl:by"));
            if (found.isEmpty() && level == 0) {
                List<EntityKey> speaker = speakerOfMisjoinedConjunct(context, sentence, verb, subjects);
                if (!speaker.isEmpty()) {
                    return speaker;
                }
            }
            if (!found.isEmpty() || ownSubject) {
                return List.copyOf(found);
            }
            // "expected a deal to be unveiled": what a passive infinitive would borrow is what undergoes the act.
            if (!sentence.dependents(clause, "aux:pass").isEmpty()) {
                return List.of();
            }
            // Only a clause without a subject of its own borrows one: from the clause it completes ("aims to
            // persuade", "has yet to commit, stating ..."), or from the noun it modifies ("Trump, set to speak";
            // "announced plans to converse" borrows from "announced").
            Optional<Integer> upper = upperClause(sentence, clause);
            if (upper.isEmpty()) {
                upper = freeAdjunctHost(sentence, clause);
            }
            if (upper.isEmpty()) {
                Optional<Integer> noun = modifiedNoun(sentence, clause);
                if (noun.isEmpty()) {
                    return absoluteSubject(context, sentence, clause).map(List::of).orElse(List.of());
                }
                // "both leaders suggesting that ...": the noun may stand for several parties.
                List<EntityKey> actors = resolveActors(context, sentence, noun.get());
                if (!actors.isEmpty()) {
                    return actors;
                }
                upper = sentence.governors(noun.get()).stream()
                        .filter(d -> d.governor() >= 0 && (d.is("obj") || d.is("nsubj:pass") || d.is("obl")))
                        .map(Dependency::governor).findFirst();
                if (upper.isEmpty()) {
                    break;
                }
            }
            // "persuade both sides to agree": with an object, the object does what the infinitive says.
            int infinitive = clause;
            List<Integer> controllers = sentence.dependents(upper.get(), "obj").stream()
                    .filter(o -> o < infinitive).toList();
            // "announced plans to visit Chad" (plans parsed as the object): only a party controls the infinitive.
            boolean partyControls = controllers.stream().anyMatch(o -> couldBeAnActor(sentence, o));
            if (partyControls && sentence.dependents(upper.get(), "xcomp").contains(clause)) {
                return controllers.stream().map(o -> resolveActor(context, sentence, o))
                        .flatMap(Optional::stream).toList();
            }
            clause = upper.get();
        }
        return List.of();
    }

    /**
     * A second verb the parser joined to the wrong clause, with that clause's subject copied onto it:
     * <ul>
     * <li>"X said the talks had been good and called for a truce": joined to the predicate of what X said, with
     * "talks" as subject. A thing does not call for anything: when the copied subject is no actor, no pronoun, no name
     * and no title of a person, the verb is the speaker's own second act;</li>
     * <li>"X called on both sides to respect the border and proposed talks": joined to the infinitive of X's appeal.
     * A finite verb cannot continue an infinitive, so it is X's own act.</li>
     * </ul>
     */
    private List<EntityKey> speakerOfMisjoinedConjunct(ArticleContext context, Sentence sentence, int verb,
                                                       List<Integer> subjects) {
        for (Dependency conjunct : sentence.governors(verb)) {
            int first = conjunct.governor();
            if (first < 0 || !conjunct.relation().startsWith("conj")) {
                continue;
            }
            if (isFinite(sentence, verb) && isInfinitive(sentence, first)) {
                for (Dependency appeal : sentence.governors(first)) {
                    if (appeal.governor() >= 0 && (appeal.is("xcomp") || appeal.relation().startsWith("advcl"))
                            && sentence.token(appeal.governor()).isVerb()) {
                        return agents(context, sentence, appeal.governor());
                    }
                }
            }
            boolean sharedThing = !subjects.isEmpty() && subjects.stream().noneMatch(s -> couldBeAnActor(sentence, s))
                    && sentence.dependents(first).stream()
                            .anyMatch(d -> d.relation().equals("nsubj") && subjects.contains(d.dependent()));
            if (!sharedThing) {
                continue;
            }
            for (Dependency said : sentence.governors(first)) {
                if (said.governor() >= 0 && said.is("ccomp")
                        && speechVerbs.contains(Tree.lemma(sentence, said.governor()))) {
                    return agents(context, sentence, said.governor());
                }
            }
        }
        return List.of();
    }

    private static boolean isFinite(Sentence sentence, int verb) {
        return Set.of("VBD", "VBZ", "VBP").contains(sentence.token(verb).pos());
    }

    private static boolean isInfinitive(Sentence sentence, int verb) {
        return sentence.token(verb).pos().equals("VB") && sentence.dependents(verb, "mark").stream()
                .anyMatch(m -> Tree.lower(sentence, m).equals("to"));
    }

    /**
     * "“...,” said Trump, adding ...": the parser often takes the speaker after an inverted speech verb for its object.
     * A speech verb without a subject whose object's phrase follows it at once ("said the US trade envoy") is said by
     * that object.
     */
    private List<Integer> invertedSpeaker(Sentence sentence, int verb) {
        // Only after what was said ("“...,” said Trump"); in "told ABC News that" the object is the one told.
        boolean afterWords = verb > 0 && (Tree.lower(sentence, verb - 1).matches("[,\u201d\"']+")
                || sentence.dependents(verb, "ccomp").stream().anyMatch(c -> c < verb));
        if (!speechVerbs.contains(Tree.lemma(sentence, verb)) || !afterWords) {
            return List.of();
        }
        return sentence.dependents(verb, "obj").stream()
                .filter(o -> o > verb && Tree.subtree(sentence, o).nextSetBit(0) == verb + 1
                        && couldBeAnActor(sentence, o)).toList();
    }

    /**
     * "said Russia, Saudi Arabia and India were resisting the text", parsed with the listed parties as objects of
     * "said" and the verb hung on it as a mere {@code dep}: the objects before the verb are its subjects.
     */
    private List<Integer> subjectsTakenForObjects(Sentence sentence, int verb) {
        List<Integer> found = new ArrayList<>();
        for (Dependency up : sentence.governors(verb)) {
            if (up.is("dep") && up.governor() >= 0 && up.governor() < verb
                    && speechVerbs.contains(Tree.lemma(sentence, up.governor()))) {
                sentence.dependents(up.governor(), "obj").stream()
                        .filter(o -> o > up.governor() && o < verb && couldBeAnActor(sentence, o))
                        .forEach(found::add);
            }
        }
        return found;
    }

    /** A pronoun, a name or a person's title ("officials", "the negotiators") may act; "the talks" cannot. */
    private boolean couldBeAnActor(Sentence sentence, int word) {
        Token token = sentence.token(word);
        return token.pos().startsWith("PRP") || token.pos().startsWith("NNP") || !"O".equals(token.ner())
                || gazetteer.isTitle(token.lemma().toLowerCase(Locale.ROOT))
                || gazetteer.isTitle(token.word().toLowerCase(Locale.ROOT));
    }

    /** The clause a subjectless verb completes: xcomp, conj, or a participle clause without a conjunction. */
    private static Optional<Integer> upperClause(Sentence sentence, int verb) {
        // "After visiting Pristina, Lajcak said": a gerund after a preposition of time or manner has the subject of
        // the clause it modifies, as a bare participle has.
        boolean participle = sentence.token(verb).pos().matches("VBG|VBN")
                && sentence.dependents(verb, "mark").isEmpty()
                || sentence.token(verb).pos().equals("VBG") && sentence.dependents(verb, "mark").stream()
                .allMatch(m -> GERUND_MARKS.contains(Tree.lower(sentence, m)));
        boolean infinitive = sentence.dependents(verb, "mark").stream()
                .anyMatch(m -> Tree.lower(sentence, m).equals("to"));
        return sentence.governors(verb).stream()
                .filter(d -> d.governor() >= 0 && (d.is("xcomp") || d.is("conj")
                        || (d.is("advcl") || d.is("dep")) && participle
                        || d.is("ccomp") && infinitive))
                .map(Dependency::governor).findFirst();
    }

    /**
     * "with Trump set to speak to Putin": in an absolute construction the parser often leaves the verb hanging, with
     * its subject just before it.
     */
    private Optional<EntityKey> absoluteSubject(ArticleContext context, Sentence sentence, int verb) {
        boolean hanging = sentence.governors(verb).stream().anyMatch(d -> d.is("dep") || d.relation().equals("acl"));
        if (!hanging || verb == 0) {
            return Optional.empty();
        }
        return resolveActor(context, sentence, verb - 1);
    }

    /**
     * "a compromise put forward by Cairo": a past participle modifying a noun, or one with a passive auxiliary, is
     * passive even where the parser labels its "by" phrase an ordinary oblique; that phrase names the agent.
     */
    private static boolean isPassiveParticiple(Sentence sentence, int verb) {
        return sentence.token(verb).pos().equals("VBN") && (!sentence.dependents(verb, "aux:pass").isEmpty()
                || sentence.governors(verb).stream().anyMatch(d -> d.relation().equals("acl")));
    }

    /**
     * The verb whose event a participle after a comma belongs to: the one it hangs from ("suspended the talks,
     * accusing ..."), or, when the parser hung it on a noun, the sentence's main verb.
     */
    static Optional<Integer> participleHost(Sentence sentence, int verb) {
        boolean participle = sentence.token(verb).pos().equals("VBG");
        boolean afterComma = verb > 0 && sentence.token(verb - 1).word().equals(",");
        if (!participle || !afterComma) {
            return Optional.empty();
        }
        return sentence.governors(verb).stream()
                .filter(d -> d.governor() >= 0 && d.governor() < verb && sentence.token(d.governor()).isVerb()
                        && (d.is("dep") || d.relation().startsWith("advcl") || d.is("xcomp")))
                .map(Dependency::governor).findFirst()
                .or(() -> freeAdjunctHost(sentence, verb));
    }

    private static Optional<Integer> freeAdjunctHost(Sentence sentence, int verb) {
        boolean participle = sentence.token(verb).pos().equals("VBG");
        boolean afterComma = verb > 0 && sentence.token(verb - 1).word().equals(",");
        boolean onNoun = modifiedNoun(sentence, verb).isPresent();
        if (!participle || !afterComma || !onNoun) {
            return Optional.empty();
        }
        return sentence.dependencies().stream().filter(d -> d.governor() < 0 && d.dependent() != verb)
                .map(Dependency::dependent).findFirst();
    }

    /** The noun a verb modifies as a reduced clause: "Trump, set to speak", "plans to converse". */
    private static Optional<Integer> modifiedNoun(Sentence sentence, int verb) {
        return sentence.governors(verb).stream()
                .filter(d -> d.governor() >= 0 && d.relation().equals("acl"))
                .map(Dependency::governor).findFirst();
    }

    /** The actors named in part of a sentence, each once, in the order of their words. */
    List<EntityKey> namedIn(ArticleContext context, Sentence sentence, java.util.BitSet scope) {
        List<EntityKey> found = new ArrayList<>();
        for (int t = scope.nextSetBit(0); t >= 0; t = scope.nextSetBit(t + 1)) {
            context.entities().at(sentence.index(), t).map(gazetteer::actorOf).filter(EntityKey::isActor)
                    .filter(k -> !found.contains(k)).ifPresent(found::add);
        }
        return found;
    }

    /**
     * Whose a thing is: the parties of its possessive ("Kenya's offer"), of its "between" or "with" ("the accord
     * between Chad and Niger", "talks with the rebels") or named before it ("the Chad-Niger accord"), on the word
     * itself or, when it names none, on another mention of the same thing ("the accord" after "a border accord between
     * Chad and Niger").
     */
    List<EntityKey> owners(ArticleContext context, Sentence sentence, int noun) {
        if (namedActor(context, sentence, noun).isPresent()) {
            return List.of(); // "released hostage Jane Roe": a party is answered as itself, by the role scheme
        }
        List<EntityKey> found = ownersAt(context, sentence, noun);
        if (!found.isEmpty()) {
            return found;
        }
        for (CorefChain chain : context.doc().chains()) {
            boolean here = chain.mentions().stream().anyMatch(m -> m.span().sentence() == sentence.index()
                    && m.span().head() == noun);
            if (!here) {
                continue;
            }
            for (var mention : chain.mentions()) {
                Sentence other = context.doc().sentence(mention.span().sentence());
                found = ownersAt(context, other, mention.span().head());
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    private List<EntityKey> ownersAt(ArticleContext context, Sentence sentence, int noun) {
        List<EntityKey> found = new ArrayList<>(parties(context, sentence, noun, "nmod:poss"));
        found.addAll(parties(context, sentence, noun, "nmod:between"));
        found.addAll(parties(context, sentence, noun, "nmod:with")); // "refused talks with the rebels"
        // "the EU-Mercosur agreement", "the U.S. plan": names before it (the parser hangs a hyphened pair's first
        // name from the second).
        for (int compound : sentence.dependents(noun, "compound")) {
            namedActor(context, sentence, compound).ifPresent(found::add);
            sentence.dependents(compound, "compound")
                    .forEach(inner -> namedActor(context, sentence, inner).ifPresent(found::add));
        }
        return found.stream().distinct().toList();
    }

    /** The parties along one relation of a word, with their conjuncts. */
    List<EntityKey> parties(ArticleContext context, Sentence sentence, int head, String relation) {
        List<EntityKey> found = new ArrayList<>();
        for (int dependent : sentence.dependents(head, relation)) {
            for (int t : Tree.withConjuncts(sentence, dependent)) {
                found.addAll(resolveActors(context, sentence, t));
            }
        }
        return found;
    }

    /**
     * The actor a token stands for: its entity (a capital standing for its state: "Moscow dismissed"); inside a
     * quotation "we" and "I" are the speaker; a group noun stands for the state or person modifying it ("U.S.
     * officials", "the Trump administration").
     */
    Optional<EntityKey> resolveActor(ArticleContext context, Sentence sentence, int token) {
        return namedActor(context, sentence, token)
                .or(() -> sidesOfUnnamed(context, sentence, token).stream().findFirst());
    }

    /** The actors a token stands for: one, or every side an unnamed group names ("Armenian and Azerbaijani ministers"). */
    List<EntityKey> resolveActors(ArticleContext context, Sentence sentence, int token) {
        List<EntityKey> listed = listAntecedent(context, sentence, token);
        if (listed.size() >= 2) {
            return listed;
        }
        return namedActor(context, sentence, token).map(List::of)
                .orElseGet(() -> {
                    List<EntityKey> sides = sidesOfUnnamed(context, sentence, token);
                    List<EntityKey> pair = sides.isEmpty() ? thePair(context, sentence, token) : sides;
                    List<EntityKey> parties = pair.isEmpty() ? theParties(context, sentence, token) : pair;
                    if (!parties.isEmpty()) {
                        return parties;
                    }
                    List<EntityKey> speaker = reportingSpeaker(context, sentence, token);
                    if (!speaker.isEmpty()) {
                        return speaker;
                    }
                    Optional<Integer> antecedent = relativeAntecedent(sentence, token);
                    if (antecedent.isPresent()) {
                        return resolveActors(context, sentence, antecedent.get());
                    }
                    return appositionOf(context, sentence, token).or(() -> agedPerson(context, sentence, token))
                            .map(List::of).orElse(List.of());
                });
    }

    /**
     * "Ghana, which has accepted the plan": a relative pronoun stands for the noun its clause modifies. The enhanced
     * graph makes that noun the verb's subject itself when it reads the clause as a relative one; when the parser
     * hangs the clause on the noun as a mere {@code dep}, the pronoun is left as subject and is resolved here.
     */
    static Optional<Integer> relativeAntecedent(Sentence sentence, int token) {
        if (!RELATIVE_PRONOUNS.contains(Tree.lower(sentence, token))
                || !sentence.token(token).pos().startsWith("W")) {
            return Optional.empty();
        }
        // "including Ghana, which has accepted": a relative set off by a comma is about the noun just before it,
        // wherever the parser hung the clause.
        if (token >= 2 && Tree.lower(sentence, token - 1).equals(",") && sentence.token(token - 2).isNoun()) {
            return Optional.of(token - 2);
        }
        return sentence.governors(token).stream().filter(d -> d.relation().startsWith("nsubj"))
                .flatMap(d -> sentence.governors(d.governor()).stream())
                .filter(d -> (d.is("dep") || d.is("acl:relcl")) && d.governor() >= 0 && d.governor() < token
                        && sentence.token(d.governor()).isNoun())
                .map(Dependency::governor).findFirst();
    }

    /**
     * "Ghana, which offered to host the talks", parsed with the pronoun heading the clause and the verb hung on it as
     * a mere {@code dep}: the pronoun is the verb's subject.
     */
    private static List<Integer> pronounHeadingItsClause(Sentence sentence, int verb) {
        return sentence.governors(verb).stream()
                .filter(d -> d.is("dep") && d.governor() >= 0 && d.governor() < verb
                        && RELATIVE_PRONOUNS.contains(Tree.lower(sentence, d.governor()))
                        && sentence.token(d.governor()).pos().startsWith("W"))
                .map(Dependency::governor).toList();
    }

    /**
     * "The 61-year-old said": news names a person again by age; it is the last person named before, in its sentence
     * or the two before.
     */
    private Optional<EntityKey> agedPerson(ArticleContext context, Sentence sentence, int token) {
        boolean aged = Tree.lower(sentence, token).equals("old") && token >= 2
                && (Tree.lower(sentence, token - 2).equals("year")
                || Tree.lower(sentence, token - 1).endsWith("year-"));
        if (!aged) {
            return Optional.empty();
        }
        for (int s = sentence.index(); s >= Math.max(0, sentence.index() - 2); s--) {
            Sentence earlier = context.doc().sentence(s);
            int from = s == sentence.index() ? token - 1 : earlier.size() - 1;
            for (int t = from; t >= 0; t--) {
                Optional<EntityKey> person = context.entities().at(s, t).map(gazetteer::actorOf)
                        .filter(k -> k.type() == EntityType.PERSON);
                if (person.isPresent()) {
                    return person;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "Chad — the only country refusing the plan —", "Chad, the only country refusing the plan": a common noun set
     * after a name by a dash or in apposition is that name's party.
     */
    private Optional<EntityKey> appositionOf(ArticleContext context, Sentence sentence, int token) {
        if (!sentence.token(token).pos().matches("NNS?")) {
            return Optional.empty();
        }
        Optional<EntityKey> apposed = sentence.governors(token).stream()
                .filter(d -> d.is("appos") && d.governor() >= 0)
                .map(d -> namedActor(context, sentence, d.governor())).flatMap(Optional::stream).findFirst();
        if (apposed.isPresent()) {
            return apposed;
        }
        int start = Tree.subtree(sentence, token).nextSetBit(0);
        boolean afterDash = start >= 2 && sentence.token(start - 1).word().matches("[—–-]|--");
        return afterDash ? namedActor(context, sentence, start - 2) : Optional.empty();
    }

    /**
     * "Kenya and Sudan hailed the deal as they signed it": "they" chained to a coordination stands for every party
     * in it, not for the first, which is all one token can be marked as.
     */
    private List<EntityKey> listAntecedent(ArticleContext context, Sentence sentence, int token) {
        if (!PLURAL_PRONOUNS.contains(Tree.lower(sentence, token))) {
            return List.of();
        }
        for (CorefChain chain : context.doc().chains()) {
            List<Mention> mentions = chain.mentions();
            for (int i = 0; i < mentions.size(); i++) {
                Span span = mentions.get(i).span();
                if (span.sentence() != sentence.index() || span.head() != token) {
                    continue;
                }
                for (int j = i - 1; j >= 0; j--) {
                    if (mentions.get(j).kind() == MentionKind.LIST) {
                        Span list = mentions.get(j).span();
                        Sentence listSentence = context.doc().sentence(list.sentence());
                        List<EntityKey> parties = new ArrayList<>();
                        for (int t = list.start(); t < list.end(); t++) {
                            namedActor(context, listSentence, t).ifPresent(parties::add);
                        }
                        return parties.stream().distinct().toList();
                    }
                }
                return List.of();
            }
        }
        return List.of();
    }

    /**
     * "Bessent stated that he would brief Trump", "the E3 said they hoped": a subject pronoun of a reported clause
     * that coreference left unresolved stands for whoever reports it, the default reading of reported speech; that of
     * an adverbial clause ("Kenya and Sudan met as they announced a deal") for the main clause's subject, when they
     * agree in number and kind.
     */
    private List<EntityKey> reportingSpeaker(ArticleContext context, Sentence sentence, int token) {
        String pronoun = Tree.lower(sentence, token);
        if (!SUBJECT_PRONOUNS.contains(pronoun) || FIRST_PERSON.contains(pronoun)
                || context.inQuote(sentence.token(token).begin())) {
            return List.of();
        }
        Optional<Integer> clause = sentence.governors(token).stream()
                .filter(d -> d.governor() >= 0 && d.relation().equals("nsubj")).map(Dependency::governor).findFirst();
        if (clause.isEmpty()) {
            return List.of();
        }
        boolean plural = Tree.lower(sentence, token).equals("they");
        for (Dependency up : sentence.governors(clause.get())) {
            if (up.governor() < 0) {
                continue;
            }
            // "issued a joint statement saying they had agreed": the clause of a statement noun is reported by
            // whoever issues the statement.
            Optional<Integer> issuer = up.is("ccomp") && sentence.token(up.governor()).isNoun()
                    && lexicon.noun(sentence, up.governor()).filter(e -> e.act() == ActType.STATEMENT)
                    .isPresent()
                    ? sentence.governors(up.governor()).stream().filter(d -> d.governor() >= 0 && d.is("obj"))
                    .map(Dependency::governor).findFirst()
                    : Optional.empty();
            if (issuer.isPresent()) {
                List<EntityKey> issuers = agents(context, sentence, issuer.get());
                if (!issuers.isEmpty()) {
                    return issuers;
                }
            }
            boolean reported = up.is("ccomp") && speechVerbs.contains(Tree.lemma(sentence, up.governor()));
            // "... as they announced a deal": the subject of an adverbial clause is, by default, the main clause's.
            boolean adverbial = up.relation().startsWith("advcl");
            if (up.governor() < 0 || !reported && !adverbial || up.governor() == token) {
                continue;
            }
            // The speaker of a participle ("issued a statement saying they had agreed") is its host's subject.
            List<EntityKey> found = agents(context, sentence, up.governor());
            if (found.isEmpty() && adverbial && !sentence.token(up.governor()).isVerb()) {
                // "hailed the day as historic as they announced a deal": the adverbial hangs from a word that has
                // no subject of its own; the clause it modifies has.
                found = sentence.governors(up.governor()).stream()
                        .filter(d -> d.governor() >= 0 && (d.relation().startsWith("advcl") || d.is("xcomp")))
                        .findFirst().map(d -> agents(context, sentence, d.governor())).orElse(List.of());
            }
            if (found.isEmpty() && reported && isJointVerb(sentence, clause.get())) {
                // "both parties announced they had settled": the collective reporter did together what they report.
                found = sentence.dependents(up.governor(), "nsubj").stream().findFirst()
                        .filter(subject -> isCollective(sentence, subject)).map(subject -> context.lastParties())
                        .orElse(List.of());
            }
            // "they" is several parties, "he" or "she" one person, "it" one state or body.
            boolean agrees = plural ? found.size() >= 2
                    : found.size() == 1 && (Tree.lower(sentence, token).equals("it")
                    ? found.get(0).type() != EntityType.PERSON : found.get(0).type() == EntityType.PERSON);
            // Reported speech: "the E3 said they hoped" speaks of the reporter, whatever the number.
            if (agrees || reported && !found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /**
     * "the two sides agreed", "the parties exchanged drafts", "participants agreed": a group named only as the
     * negotiation's parties is the parties of the latest act of the article that had two sides or more (the talks
     * they held, the deal they made). The words are a class ({@code words/collective-nouns.txt}); a plural, or "both"
     * or "two", makes them collective ("the country" is not). "Country" and "nation" need the count
     * ({@code words/counted-collective-nouns.txt}): "the two countries" are the parties, "all of the countries" are not.
     */
    private List<EntityKey> theParties(ArticleContext context, Sentence sentence, int token) {
        boolean collective = isCollective(sentence, token);
        // Only as the subject of what parties do together ("the sides agreed", "the parties exchanged drafts"):
        // those a mediator calls on ("urged both sides to protect civilians") are the sides of the conflict, which
        // the last joint act, perhaps the mediator's own call, does not tell.
        boolean jointSubject = sentence.governors(token).stream().anyMatch(d -> d.governor() >= 0
                && d.relation().startsWith("nsubj") && isJointVerb(sentence, d.governor()));
        return collective && jointSubject ? context.lastParties() : List.of();
    }

    /** "the two sides", "both delegations", "the parties": a group named only as the negotiation's parties. */
    private boolean isCollective(Sentence sentence, int token) {
        String lemma = Tree.lemma(sentence, token).toLowerCase(Locale.ROOT);
        boolean counted = sentence.dependents(token).stream()
                .anyMatch(d -> Set.of("both", "two").contains(Tree.lower(sentence, d.dependent())));
        // "summit leaders", "the conference delegates": the people of a meeting, named by the meeting.
        boolean ofAMeeting = sentence.token(token).pos().equals("NNS")
                && (COLLECTIVE_NOUNS.contains(lemma) || PAIR_OF_PEOPLE.contains(Tree.lower(sentence, token)))
                && sentence.dependents(token, "compound").stream().anyMatch(c -> lexicon.noun(sentence, c)
                        .filter(e -> e.act() == ActType.MEETING).isPresent());
        return ofAMeeting || COLLECTIVE_NOUNS.contains(lemma) && (sentence.token(token).pos().equals("NNS") || counted)
                || COUNTED_COLLECTIVE_NOUNS.contains(lemma) && counted;
    }

    private boolean isJointVerb(Sentence sentence, int verb) {
        String lemma = Tree.lemma(sentence, verb).toLowerCase(Locale.ROOT);
        return lexicon.verb(sentence, verb).filter(e -> e.act() != ActType.PROPOSAL && e.act() != ActType.DEMAND)
                .isPresent() || JOINT_VERBS.contains(lemma);
    }

    /**
     * "the two leaders refused to meet": the last two people of different sides named before the word in its sentence.
     * A pair named further back is never the last two names, or the two named most often (too often not the two
     * meant); "the two sides" and its kin are the parties of the latest two-sided act ({@link #theParties}).
     */
    private List<EntityKey> thePair(ArticleContext context, Sentence sentence, int token) {
        boolean pair = sentence.dependents(token).stream().anyMatch(d -> d.is("nummod")
                && Tree.lower(sentence, d.dependent()).equals("two")
                || d.is("det") && Tree.lower(sentence, d.dependent()).equals("both"));
        if (pair && COUNTED_COLLECTIVE_NOUNS.contains(Tree.lemma(sentence, token).toLowerCase(Locale.ROOT))) {
            // "plans to visit Chad and Niger after a treaty between the two nations": the last two states named.
            List<EntityKey> states = lastTwoStates(context, sentence, token);
            return states.size() == 2 ? states : List.of();
        }
        boolean definite = sentence.token(token).pos().equals("NNS") && sentence.dependents(token, "det").stream()
                .anyMatch(d -> Tree.lower(sentence, d).equals("the"));
        if (!pair && !definite || !PAIR_OF_PEOPLE.contains(Tree.lower(sentence, token))) {
            return List.of();
        }
        // Whoever addresses the pair is not one of it: "Lula urged both leaders".
        List<EntityKey> outside = new ArrayList<>();
        sentence.governors(token).stream().filter(d -> d.governor() >= 0)
                .forEach(d -> sentence.dependents(d.governor(), "nsubj")
                        .forEach(subject -> resolveActor(context, sentence, subject).ifPresent(outside::add)));
        // Two people of one side (an envoy and his president) are not the two leaders.
        List<EntityKey> people = lastTwoPeople(context, sentence, token, outside);
        if (people.isEmpty()) {
            // "Otieno hosted the leaders of Chad and Niger. ... Both leaders thanked her": with no one named
            // before them in their sentence, the leaders are the guests of the latest meeting.
            List<EntityKey> guests = context.lastGuests();
            return pair && guests.size() != 2 ? List.of() : guests;
        }
        return pair && people.size() == 2 && !context.sameSide(people.get(0), people.get(1)) ? people : List.of();
    }

    /** The last two distinct states named before a token in its sentence. */
    private List<EntityKey> lastTwoStates(ArticleContext context, Sentence sentence, int token) {
        List<EntityKey> found = new ArrayList<>();
        for (int t = token - 1; t >= 0 && found.size() < 2; t--) {
            // Named as states: a capital inside a name ("the Ankara Declaration") does not count.
            context.entities().at(sentence.index(), t)
                    .filter(k -> k.type() == EntityType.COUNTRY && !found.contains(k)).ifPresent(found::add);
        }
        return found;
    }

    /** The last two distinct people named before a token in its sentence, none on a side of {@code outside}. */
    private List<EntityKey> lastTwoPeople(ArticleContext context, Sentence sentence, int token, List<EntityKey> outside) {
        List<EntityKey> found = new ArrayList<>();
        for (int t = token - 1; t >= 0 && found.size() < 2; t--) {
            context.entities().at(sentence.index(), t).map(gazetteer::actorOf)
                    .filter(k -> k.type() == EntityType.PERSON && !found.contains(k)
                            && outside.stream().noneMatch(o -> context.sameSide(o, k)))
                    .ifPresent(found::add);
        }
        return found;
    }

    /** The token's own entity: "we" inside a quotation, an entity or name, or the person a title stands before. */
    private Optional<EntityKey> namedActor(ArticleContext context, Sentence sentence, int token) {
        // Inside a quotation "we" is the speaker, whatever coreference chained it to.
        Optional<EntityKey> key = FIRST_PERSON.contains(Tree.lower(sentence, token))
                ? context.speakerAt(sentence.token(token).begin()) : Optional.empty();
        if (key.isEmpty()) {
            key = context.entities().atOrNamed(sentence, token);
        }
        if (key.isEmpty() && sentence.token(token).ner().equals("TITLE")) {
            key = titledPerson(context, sentence, token);
        }
        return key.map(gazetteer::actorOf).filter(EntityKey::isActor);
    }

    /**
     * Whom an unnamed group or official acts for: the states, bodies or people modifying a group noun or a title
     * ("U.S. officials", "the Trump administration", "the Russian foreign minister", "Armenian and Azerbaijani foreign
     * ministers", "the leaders of Serbia and Kosovo", "his British, French and German counterparts"); empty for any
     * other word.
     */
    private List<EntityKey> sidesOfUnnamed(ArticleContext context, Sentence sentence, int token) {
        String word = Tree.lower(sentence, token);
        boolean sideNoun = SIDE_NOUNS.contains(word) || gazetteer.isTitle(word)
                || gazetteer.isTitle(Tree.lemma(sentence, token).toLowerCase(Locale.ROOT));
        if (!sideNoun) {
            return List.of();
        }
        List<EntityKey> sides = new ArrayList<>();
        for (Dependency d : sentence.dependents(token)) {
            // "the foreign ministers of Congo and Rwanda" as much as "Congolese and Rwandan foreign ministers"
            if (d.is("compound") || d.is("amod") || d.is("nmod:poss") || d.relation().equals("nmod:of")) {
                for (int modifier : Tree.withConjuncts(sentence, d.dependent())) {
                    context.entities().at(sentence.index(), modifier)
                            .or(() -> gazetteer.countryOfDemonym(sentence.token(modifier).word())
                                    .map(country -> new EntityKey(EntityType.COUNTRY, country)))
                            .map(gazetteer::actorOf).filter(EntityKey::isActor)
                            .map(key -> INSTITUTIONS.contains(word) && context.sides().containsKey(key)
                                    ? context.sides().get(key) : key)
                            .ifPresent(sides::add);
                }
            }
        }
        return sides.stream().distinct().toList();
    }

    /**
     * The person a title word stands before: "with Sharif and External Affairs Minister Subrahmanyam Jaishankar",
     * where the parser makes the title, not the name, the conjunct.
     */
    private static Optional<EntityKey> titledPerson(ArticleContext context, Sentence sentence, int title) {
        for (int t = title + 1; t < Math.min(sentence.size(), title + 5); t++) {
            Token token = sentence.token(t);
            if (token.ner().equals("PERSON")) {
                return context.entities().at(sentence.index(), t).filter(k -> k.type() == EntityType.PERSON);
            }
            if (!token.ner().equals("TITLE") && !token.pos().startsWith("NNP")) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * "visited Belgrade", "his visit to Pristina": a capital one visits or meets in stands for the state whose
     * government sits there (a meeting's participant); another place stays a place.
     */
    Optional<EntityKey> capitalsState(ArticleContext context, Sentence sentence, int token) {
        return context.entities().at(sentence.index(), token)
                .filter(key -> key.type() == EntityType.PLACE)
                .flatMap(key -> gazetteer.countryOfCapital(key.name()))
                .map(country -> new EntityKey(EntityType.COUNTRY, country));
    }
}
