package org.parley.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.nlp.Dependency;
import org.parley.nlp.Quote;
import org.parley.nlp.Sentence;

/**
 * Statements reported without quotation marks: "Trump indicated that ...", "..., according to the Kremlin", and the
 * demands among them ("insisted that Russia withdraw"). Quotations are {@link StatementFinder}'s.
 */
final class ReportedStatements {

    /** Modals that say what someone must do: a clause with one, said of another party, is a demand. */
    private static final Set<String> DEONTIC_MODALS = Lexicon.wordClass("deontic-modals");
    /** Verbs of obligation with a "to" clause: "would have to be freed", "need to withdraw". */
    private static final Set<String> OBLIGATION_VERBS = Lexicon.wordClass("obligation-verbs");
    /** Nouns for what someone said, which a speech verb can take as its object: "denied the accusation". */
    private static final Set<String> SAID_CONTENT = Lexicon.wordClass("said-content-nouns");
    /** Verbs of obstructing or breaking a commitment: saying another party does so accuses it. */
    private static final Set<String> WRONGDOING_VERBS = Lexicon.wordClass("wrongdoing-verbs");
    /** Verbs whose active subject passes on another's words: "quoting an official", "citing sources". */
    private static final Set<String> RELAYING_VERBS = Lexicon.wordClass("relaying-verbs");

    private final ActLexicon lexicon;
    private final IssueLexicon issues;
    private final Lexicon speechVerbs;
    private final ActorResolver actors;
    private final ActScope actScope;
    private final ActTimes times;

    ReportedStatements(ActLexicon lexicon, IssueLexicon issues, Lexicon speechVerbs, ActorResolver actors,
                       ActScope actScope, ActTimes times) {
        this.lexicon = lexicon;
        this.issues = issues;
        this.speechVerbs = speechVerbs;
        this.actors = actors;
        this.actScope = actScope;
        this.times = times;
    }

    /**
     * "Trump indicated that topics would include territorial divisions": a speech verb with a clause, outside any
     * quotation (quotations are statements already).
     */
    Optional<Act> byVerb(ArticleContext context, Sentence sentence, int verb) {
        if (!speechVerbs.contains(Tree.lemma(sentence, verb)) || Tree.isNegated(sentence, verb)
                || actScope.isHypothetical(sentence, verb) || relays(sentence, verb)) {
            return Optional.empty();
        }
        List<Quote> quotes = context.doc().quotes().stream()
                .filter(q -> q.end() > sentence.begin() && q.begin() < sentence.end()).toList();
        boolean wholeQuote = quotes.stream().anyMatch(q -> !Discourse.isFragment(q.text()));
        List<Integer> clauses = new ArrayList<>(sentence.dependents(verb, "ccomp"));
        // "said the deal will be great": the parser may take a clause with a subject of its own for an xcomp.
        sentence.dependents(verb, "xcomp").stream()
                .filter(x -> !sentence.dependents(x, "nsubj").isEmpty()
                        || !sentence.dependents(x, "nsubj:pass").isEmpty())
                .forEach(clauses::add);
        // "Thailand and Cambodia agreed to a ceasefire, Anwar said": the parser may hang the report on what it
        // reports.
        boolean parenthetical = clauses.isEmpty() && !sentence.dependents(verb, "nsubj").isEmpty();
        Optional<Integer> reported = sentence.governors(verb).stream()
                .filter(d -> parenthetical && d.is("parataxis") && d.governor() >= 0 && d.governor() < verb
                        && sentence.token(d.governor()).isVerb())
                .map(Dependency::governor).findFirst();
        reported.ifPresent(clauses::add);
        // "rejected the invitation, saying the RSF must first withdraw": the parser may make the participle a marker
        // of what it reports; the speaker is then the subject of the verb that clause hangs from.
        Optional<Integer> host = Optional.empty();
        if (clauses.isEmpty() && sentence.token(verb).pos().equals("VBG")) {
            Optional<Dependency> marked = sentence.governors(verb).stream()
                    .filter(d -> d.is("mark") && d.governor() > verb).findFirst();
            marked.ifPresent(m -> clauses.add(m.governor()));
            host = marked.flatMap(m -> sentence.governors(m.governor()).stream()
                    .filter(d -> d.governor() >= 0 && d.relation().startsWith("advcl")
                            && sentence.token(d.governor()).isVerb())
                    .map(Dependency::governor).findFirst());
            if (host.isEmpty()) {
                clauses.clear();
            }
        }
        // "denied the accusation", "confirmed the reports": what is said is named by the object.
        if (clauses.isEmpty()) {
            sentence.dependents(verb, "obj").stream()
                    .filter(o -> SAID_CONTENT.contains(Tree.lemma(sentence, o).toLowerCase(Locale.ROOT)))
                    .findFirst().ifPresent(clauses::add);
        }
        // "denied giving military help": a denial takes what it denies as a gerund too.
        if (clauses.isEmpty() && Tree.lemma(sentence, verb).equals("deny")) {
            sentence.dependents(verb).stream()
                    .filter(d -> (d.is("xcomp") || d.is("ccomp") || d.is("obj"))
                            && sentence.token(d.dependent()).pos().equals("VBG"))
                    .map(Dependency::dependent).findFirst().ifPresent(clauses::add);
        }
        // "said Russia, Saudi Arabia and India were resisting the text": the parser may take the listed parties for
        // objects of "said" and hang the clause on it as a mere dep.
        if (clauses.isEmpty()) {
            sentence.dependents(verb, "dep").stream()
                    .filter(d -> d > verb && sentence.token(d).isVerb() && sentence.dependents(d).stream()
                            .noneMatch(x -> x.relation().startsWith("nsubj")))
                    .findFirst().ifPresent(clauses::add);
        }
        if (wholeQuote || clauses.isEmpty() || context.inQuote(sentence.token(verb).begin())) {
            return Optional.empty();
        }
        int speaking = host.orElse(verb);
        List<EntityKey> agents = actors.agents(context, sentence, speaking);
        if (agents.isEmpty()) {
            return Optional.empty();
        }
        BitSet scope = reported.isPresent()
                ? Tree.subtree(sentence, clauses.get(0), Tree.subtree(sentence, verb))
                : Tree.subtree(sentence, clauses.get(0));
        When date = times.ofVerb(context, sentence, speaking, times.tense(sentence, speaking));
        // "insisted that any agreement must include guarantees": saying what others must do is a demand, as in a
        // quotation.
        boolean deontic = clauses.stream().anyMatch(clause -> isDeontic(context, sentence, clause, agents));
        // "said Russia had violated the truce": saying that another party obstructs or breaks a commitment accuses it.
        List<EntityKey> blamed = deontic ? List.of() : clauses.stream()
                .filter(clause -> WRONGDOING_VERBS.contains(Tree.lemma(sentence, clause)))
                .flatMap(clause -> actors.agents(context, sentence, clause).stream())
                .filter(a -> agents.stream().noneMatch(g -> context.sameSide(g, a))).distinct().toList();
        boolean accusing = !blamed.isEmpty() && !Tree.lemma(sentence, verb).equals("deny");
        // A quotation is its speaker's statement already, and a few quoted words are a statement too, unless they are
        // part of a demand ("said Hezbollah must be disarmed “as soon as possible”") or an accusation, which then
        // takes them.
        if (!deontic && !accusing && !quotes.isEmpty()) {
            return Optional.empty();
        }
        // "denied the accusation", "denied that it had armed the rebels": denying a claim rejects it (CAMEO 120), as
        // a reader codes it; CAMEO's own 016 files it under statements, which this reading gives up on purpose.
        boolean denial = !deontic && Tree.lemma(sentence, verb).equals("deny");
        ActType type = deontic ? ActType.DEMAND : accusing ? ActType.ACCUSATION
                : denial ? ActType.REJECTION : ActType.STATEMENT;
        String cameo = accusing ? "112" : type.cameoRootCode();
        List<EntityKey> addressees = deontic ? demanded(context, sentence, clauses, scope, agents)
                : accusing ? blamed : List.of();
        return Optional.of(new Act(type, agents, List.of(), addressees, topics(sentence, scope), null,
                date, null, null, null, null, sentence.text(), sentence.token(verb).begin(),
                cameo, ActParts.label(context, agents, sentence, host.isPresent() ? withWord(scope, verb)
                        : Tree.subtree(sentence, firstSpeechConjunct(sentence, verb),
                        ActParts.subjectTokens(sentence, verb)))));
    }

    /**
     * Whether a verb passes on another's words with its subject as the relay ("the agency, quoting a diplomat"),
     * not the speaker ("X was quoted as saying").
     */
    static boolean relays(Sentence sentence, int verb) {
        return RELAYING_VERBS.contains(Tree.lemma(sentence, verb))
                && sentence.dependents(verb, "nsubj:pass").isEmpty() && sentence.dependents(verb, "aux:pass").isEmpty();
    }

    /**
     * "confirmed the postponement but said a new date was hard to set": a speech verb joined to another says one
     * thing with it; the statement is about both.
     */
    private int firstSpeechConjunct(Sentence sentence, int verb) {
        return sentence.governors(verb).stream()
                .filter(d -> d.relation().startsWith("conj") && d.governor() >= 0 && d.governor() < verb
                        && speechVerbs.contains(Tree.lemma(sentence, d.governor())))
                .map(Dependency::governor).findFirst().orElse(verb);
    }

    /**
     * A clause with "must" or "should", or in the subjunctive, whose subject is not the speaker's own side ("we must",
     * "Russia should", "insisted that Russia withdraw").
     */
    private boolean isDeontic(ArticleContext context, Sentence sentence, int clause, List<EntityKey> speakers) {
        boolean obligation = sentence.dependents(clause, "aux").stream()
                .anyMatch(aux -> DEONTIC_MODALS.contains(Tree.lower(sentence, aux)))
                || sentence.dependents(clause).stream().anyMatch(d -> isObligationClause(sentence, d));
        // "insisted that the United States treat China as an equal": a base-form verb with a subject and no
        // auxiliary is the mandative subjunctive, which says what someone is to do.
        boolean subjunctive = sentence.token(clause).pos().equals("VB")
                && sentence.dependents(clause, "aux").isEmpty() && sentence.dependents(clause, "aux:pass").isEmpty()
                && !sentence.dependents(clause, "nsubj").isEmpty()
                && sentence.dependents(clause, "mark").stream().noneMatch(m -> Tree.lower(sentence, m).equals("to"));
        if (!obligation && !subjunctive) {
            return false;
        }
        for (int subject : sentence.dependents(clause, "nsubj")) {
            Optional<EntityKey> actor = actors.resolveActor(context, sentence, subject);
            boolean ownSide = actor.isPresent() ? speakers.stream().anyMatch(g -> context.sameSide(g, actor.get()))
                    : ActorResolver.SUBJECT_PRONOUNS.contains(Tree.lower(sentence, subject))
                    || ActorResolver.FIRST_PERSON.contains(Tree.lower(sentence, subject));
            if (ownSide) {
                return false; // "said it must protect its citizens" commits the speaker
            }
        }
        return true;
    }

    /**
     * "would have to withdraw", "need to be freed": the "to" clause (an xcomp or ccomp) of an obligation verb, which
     * says what must be done, as "must" does.
     */
    static boolean isObligationClause(Sentence sentence, Dependency d) {
        return (d.is("xcomp") || d.is("ccomp")) && d.governor() >= 0
                && OBLIGATION_VERBS.contains(Tree.lemma(sentence, d.governor()))
                && sentence.dependents(d.dependent(), "mark").stream()
                .anyMatch(m -> Tree.lower(sentence, m).equals("to"));
    }

    private static BitSet withWord(BitSet scope, int word) {
        BitSet result = (BitSet) scope.clone();
        result.set(word);
        return result;
    }

    /**
     * Of whom a reported demand asks something: the subjects of its clauses ("insisted that the United States treat
     * China as an equal" asks it of the United States), else every other party it names.
     */
    private List<EntityKey> demanded(ArticleContext context, Sentence sentence, List<Integer> clauses, BitSet scope,
                                     List<EntityKey> agents) {
        List<EntityKey> subjects = new ArrayList<>();
        for (int clause : clauses) {
            subjects.addAll(actors.parties(context, sentence, clause, "nsubj"));
            subjects.addAll(actors.parties(context, sentence, clause, "nsubj:pass"));
        }
        // "said Peru must reopen the border" read with Peru as the object of "said": the clause's agents say who.
        if (subjects.isEmpty()) {
            clauses.forEach(clause -> subjects.addAll(actors.agents(context, sentence, clause)));
            subjects.removeIf(a -> agents.stream().anyMatch(g -> context.sameSide(g, a)));
        }
        List<EntityKey> found = subjects.isEmpty() ? actors.namedIn(context, sentence, scope) : subjects;
        return found.stream().filter(a -> agents.stream().noneMatch(g -> context.sameSide(g, a))).distinct().toList();
    }

    /**
     * "..., according to the Kremlin": the sentence is the source's statement. The source is the word "according"
     * hangs from (UD: case/fixed), or the first actor after "according to".
     */
    Optional<Act> accordingTo(ArticleContext context, Sentence sentence, int according) {
        boolean quoted = context.doc().quotes().stream()
                .anyMatch(q -> q.end() > sentence.begin() && q.begin() < sentence.end());
        if (quoted) {
            return Optional.empty(); // the quotation is the statement, its speaker found by StatementFinder
        }
        Optional<EntityKey> source = sentence.governors(according).stream()
                .filter(d -> d.governor() > according)
                .map(d -> actors.resolveActor(context, sentence, d.governor()))
                .flatMap(Optional::stream).findFirst();
        for (int t = according + 2; source.isEmpty() && t < Math.min(sentence.size(), according + 8); t++) {
            source = actors.resolveActor(context, sentence, t);
        }
        if (source.isEmpty()) {
            return Optional.empty();
        }
        BitSet scope = new BitSet();
        scope.set(0, sentence.size());
        // "According to Kenya, Ethiopia should withdraw its troops": what the source says others must do is a demand.
        List<EntityKey> sources = List.of(source.get());
        List<Integer> clauses = sentence.dependencies().stream()
                .filter(d -> d.relation().startsWith("obl:according") && d.governor() >= 0)
                .map(Dependency::governor).toList();
        boolean deontic = clauses.stream().anyMatch(clause -> isDeontic(context, sentence, clause, sources));
        // "According to the envoy, the second part covers prisoners": what is attributed describes a text or a
        // situation, not a party's stance; a statement is about a party or an act ("according to him, Russia will
        // consider every case", "talks will resume, according to Iran").
        boolean stance = clauses.stream().anyMatch(clause -> isAboutParties(context, sentence, clause));
        if (!deontic && !stance) {
            return Optional.empty();
        }
        ActType type = deontic ? ActType.DEMAND : ActType.STATEMENT;
        List<EntityKey> addressees = deontic ? demanded(context, sentence, clauses, scope, sources) : List.of();
        return Optional.of(new Act(type, sources, List.of(), addressees,
                topics(sentence, scope), null, null, null, null, null, null, sentence.text(),
                sentence.token(according).begin(), type.cameoRootCode(),
                ActParts.label(context, sources, sentence, scope)));
    }

    /** Whether a clause's subject is a party or a negotiation act: "Russia will consider", "talks will resume". */
    private boolean isAboutParties(ArticleContext context, Sentence sentence, int clause) {
        List<Integer> subjects = new ArrayList<>(sentence.dependents(clause, "nsubj"));
        subjects.addAll(sentence.dependents(clause, "nsubj:pass"));
        return subjects.stream().anyMatch(subject -> actors.resolveActor(context, sentence, subject).isPresent()
                || lexicon.noun(sentence, subject).isPresent());
    }

    private List<Issue> topics(Sentence sentence, BitSet scope) {
        return List.copyOf(issues.find(sentence, scope::get));
    }
}
