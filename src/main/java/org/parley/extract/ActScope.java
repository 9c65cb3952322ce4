package org.parley.extract;

import java.util.Optional;
import java.util.Set;
import org.parley.nlp.Dependency;
import org.parley.nlp.Sentence;

/**
 * Whether the act a word names happened, as far as the sentence says: not negated, hedged, denied, asked of someone,
 * only supposed ("if", "whether"), offered ("ready to sign"), or a reference to an earlier act ("as agreed"). What
 * patterns cannot say about an act's scope, shared by the lexicon's acts and the patterns'.
 */
final class ActScope {

    /** Verbs whose infinitive did not happen: "declined to accept", "failed to agree". */
    private static final Set<String> NON_COMMITTAL = Lexicon.wordClass("non-committal-verbs");
    /** Adjectives of readiness, whose infinitive is offered, not done: "ready to sign". */
    private static final Set<String> READINESS = Lexicon.wordClass("readiness-adjectives");
    /** Verbs that say the event of their clause did not happen: "denied that it had made any concession". */
    private static final Set<String> DENIAL_VERBS = Lexicon.wordClass("denial-verbs");
    /** Conjunctions that make a clause hypothetical: what "if Iran refused" describes has not happened. */
    private static final Set<String> CONDITIONAL_MARKS = Lexicon.wordClass("conditional-marks");
    /** Words of fearing, hoping and expecting, whose "that" clause is supposed: "fear that they will concede". */
    private static final Set<String> SUPPOSING_WORDS = Lexicon.wordClass("supposing-words");
    /** Modals of obligation: a clause with one under a demand verb is what is demanded. */
    private static final Set<String> DEONTIC_MODALS = Lexicon.wordClass("deontic-modals");
    /** Verbs whose infinitive is striven for, not done: "aiming to agree", "tried to reach a deal". */
    private static final Set<String> ATTEMPTING_VERBS = Lexicon.wordClass("attempting-verbs");

    private final ActLexicon lexicon;

    ActScope(ActLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * "withdraw from the cities as agreed in Jeddah", "as promised": a participle introduced by "as" points to an
     * earlier act, whose parties it does not name.
     */
    static boolean isReferenceToEarlierAct(Sentence sentence, int verb) {
        return sentence.token(verb).pos().equals("VBN") && sentence.dependents(verb).stream()
                .anyMatch(d -> (d.is("case") || d.is("mark")) && Tree.lower(sentence, d.dependent()).equals("as"))
                && sentence.dependents(verb).stream().noneMatch(d -> d.relation().startsWith("nsubj"));
    }

    /** Whether a noun is what a proposal or demand verb asks for: "proposed talks", "demanded negotiations". */
    boolean isProposed(Sentence sentence, int noun) {
        return sentence.governors(noun).stream()
                .anyMatch(d -> d.governor() >= 0 && d.is("obj") && lexicon.verb(sentence, d.governor())
                        .filter(v -> v.act() == ActType.PROPOSAL || v.act() == ActType.DEMAND).isPresent());
    }

    /** Whether a word stands in an "if", "unless" or "whether" clause, a few steps up. */
    static boolean isInCondition(Sentence sentence, int word) {
        return isHypothetical(sentence, word)
                || anyEdgeAbove(sentence, word, 3, up -> isHypothetical(sentence, up.governor()));
    }

    /** Whether an act is the complement of readiness: "ready to sign", "willing to return", "prepared to meet". */
    static boolean isOffered(Sentence sentence, int verb) {
        return sentence.governors(verb).stream()
                .anyMatch(d -> d.governor() >= 0 && d.is("xcomp")
                        && READINESS.contains(Tree.lower(sentence, d.governor())));
    }

    /** "denied that it had made any concession": what a denial is about did not happen. */
    static boolean isDenied(Sentence sentence, int word) {
        return anyEdgeAbove(sentence, word, 4, up -> up.is("ccomp")
                && DENIAL_VERBS.contains(Tree.lemma(sentence, up.governor())));
    }

    /** Whether one of the first {@code steps} edges from a word up towards the root satisfies a test. */
    static boolean anyEdgeAbove(Sentence sentence, int word, int steps,
                                        java.util.function.Predicate<Dependency> test) {
        int current = word;
        for (int step = 0; step < steps; step++) {
            Optional<Dependency> up = sentence.governor(current);
            if (up.isEmpty() || up.get().governor() < 0) {
                return false;
            }
            if (test.test(up.get())) {
                return true;
            }
            current = up.get().governor();
        }
        return false;
    }

    /** "in principle" support is not acceptance. */
    static boolean isHedged(Sentence sentence, int verb) {
        return sentence.dependents(verb).stream()
                .anyMatch(d -> (d.is("obl") || d.is("advmod")) && Tree.lemma(sentence, d.dependent()).equals("principle"));
    }

    /** "has yet to commit", "declined to accept", "failed to agree": the act did not happen. */
    static boolean isNonCommittal(Sentence sentence, int verb) {
        // "has yet to agree" parsed with "yet" on the infinitive, under "has".
        boolean yetUnderHave = sentence.dependents(verb, "advmod").stream()
                .anyMatch(a -> Tree.lower(sentence, a).equals("yet"))
                && sentence.governors(verb).stream().anyMatch(d -> d.governor() >= 0
                && (d.is("xcomp") || d.is("ccomp")) && Tree.lemma(sentence, d.governor()).equals("have"));
        return yetUnderHave || sentence.governors(verb).stream()
                .filter(d -> d.governor() >= 0 && (d.is("xcomp") || d.is("ccomp") || d.is("obj")))
                .anyMatch(d -> NON_COMMITTAL.contains(Tree.lemma(sentence, d.governor()))
                        || sentence.dependents(d.governor(), "advmod").stream()
                        .anyMatch(a -> Tree.lower(sentence, a).equals("yet")));
    }

    /** "aiming to agree on a delay", "tried to reach a deal": the act is striven for and has not happened. */
    static boolean isAttempted(Sentence sentence, int verb) {
        return sentence.governors(verb).stream().anyMatch(d -> d.governor() >= 0 && d.is("xcomp")
                && ATTEMPTING_VERBS.contains(Tree.lemma(sentence, d.governor())));
    }

    /**
     * "urged Sudan to accept the truce", "called on the council to condemn": what one party asks of another has not
     * happened; the appeal is the act. The parser makes the infinitive an xcomp or, after "call on", an advcl.
     */
    boolean isAskedFor(Sentence sentence, int verb) {
        boolean infinitive = sentence.dependents(verb, "mark").stream()
                .anyMatch(m -> Tree.lower(sentence, m).equals("to"));
        return sentence.governors(verb).stream()
                .filter(d -> d.governor() >= 0 && (d.is("xcomp") || d.relation().equals("advcl:to") && infinitive
                        || d.is("ccomp") && isMandative(sentence, verb)))
                .anyMatch(d -> lexicon.verb(sentence, d.governor())
                        .filter(e -> e.act() == ActType.PROPOSAL || e.act() == ActType.DEMAND).isPresent());
    }

    /**
     * "demanded that Chad pull back its troops", "proposed that the talks should resume": a clause in the bare
     * subjunctive or with "should"/"must" says what is wanted, not what happened ("insisted that it had accepted"
     * reports an event and is not asked for).
     */
    private static boolean isMandative(Sentence sentence, int verb) {
        java.util.List<Integer> auxiliaries = sentence.dependents(verb, "aux");
        return auxiliaries.isEmpty() ? sentence.token(verb).pos().equals("VB")
                : auxiliaries.stream().anyMatch(a -> DEONTIC_MODALS.contains(Tree.lower(sentence, a)));
    }

    /** "urged Beijing to engage in dialogue with Taipei": the dialogue is asked for, not held. */
    boolean isInAskedForClause(Sentence sentence, int noun) {
        int word = noun;
        for (int step = 0; step < 3; step++) {
            Optional<Dependency> up = sentence.governor(word);
            if (up.isEmpty() || up.get().is("nsubj") || up.get().is("nsubj:pass")) {
                return false;
            }
            word = up.get().governor();
            if (sentence.token(word).isVerb()) {
                return isAskedFor(sentence, word);
            }
        }
        return false;
    }

    /** A verb in an "if", "unless" or "whether" clause: "if the EU refused", "whether Iran would accept". */
    static boolean isHypothetical(Sentence sentence, int verb) {
        return sentence.dependents(verb, "mark").stream()
                .anyMatch(m -> CONDITIONAL_MARKS.contains(Tree.lower(sentence, m)));
    }

    /**
     * Whether a word stands, a few steps down, in the "that" clause of fearing, hoping or expecting: "fear that the
     * rebels will give ground" reports a fear, not a concession.
     */
    static boolean isSupposed(Sentence sentence, int word) {
        return isSupposedClause(sentence, word)
                || anyEdgeAbove(sentence, word, 3, up -> isSupposedClause(sentence, up.governor()));
    }

    private static boolean isSupposedClause(Sentence sentence, int clause) {
        return sentence.governors(clause).stream().anyMatch(d -> d.governor() >= 0
                && (d.is("ccomp") || d.is("acl") || d.relation().startsWith("acl:"))
                && SUPPOSING_WORDS.contains(Tree.lemma(sentence, d.governor())));
    }
}
