package org.parley.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.extract.Dates.Tense;
import org.parley.nlp.Dependency;
import org.parley.nlp.Sentence;

/**
 * When an act happened or is planned, from the words around its own: its tense, its time expression, or that of its
 * object, of a verb it shares a subject with, or of the report that reports it; and whether a meeting is planned or
 * held. Time is what patterns cannot say, so the lexicon's acts and the patterns' share this.
 */
final class ActTimes {

    /** Verbs whose infinitive is planned, not done: "plans to meet", "is set to sign". */
    private static final Set<String> PLANNING_VERBS = Lexicon.wordClass("planning-verbs");

    /** Conjunctions of a clause that happens when its host does: "as they signed", "while", "when". */
    private static final Set<String> SIMULTANEITY_MARKS = Lexicon.wordClass("simultaneity-marks");

    /** How a verb names the occasion it happens on: "in a statement", "during a call", "at the summit". */
    private static final Set<String> OCCASION_RELATIONS = Set.of("obl:in", "obl:during", "obl:at");

    private final Lexicon speechVerbs;

    ActTimes(Lexicon speechVerbs) {
        this.speechVerbs = speechVerbs;
    }

    /**
     * "Spain said on Monday that it had accepted the offer": a past act reported with a date and none of its own
     * happened by the day it was reported, which is the day the record can give it.
     */
    When reportDate(ArticleContext context, Sentence sentence, int verb) {
        // The report governs what it reports ("said on Friday that X agreed"; "X agreed ..., Salam said on Friday",
        // which the parser may also read as a clause fronted before "said"), or hangs from it as a parenthesis.
        java.util.stream.Stream<Integer> reports = java.util.stream.Stream.concat(
                sentence.governors(verb).stream().filter(d -> d.governor() >= 0
                                && (d.is("ccomp") || d.is("advcl") && d.governor() > verb))
                        .map(Dependency::governor),
                sentence.dependents(verb, "parataxis").stream());
        When said = reports.filter(report -> speechVerbs.contains(Tree.lemma(sentence, report)))
                .map(report -> Optional.ofNullable(date(context, sentence, report, tense(sentence, report)))
                        .orElseGet(() -> issuedDate(context, sentence, report)))
                .filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
        if (said != null) {
            return said;
        }
        // "issued a statement on Wednesday (saying) they had agreed": the clause of a noun is dated by its issuing.
        return sentence.governors(verb).stream()
                .filter(d -> d.governor() >= 0 && d.is("ccomp") && sentence.token(d.governor()).isNoun())
                .map(d -> issuingDate(context, sentence, d.governor()))
                .filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
    }

    /** The time of the verb that issues, makes or publishes a noun ("issued a statement on Wednesday"). */
    private When issuingDate(ArticleContext context, Sentence sentence, int noun) {
        return sentence.governors(noun).stream()
                .filter(d -> d.governor() >= 0 && d.is("obj") && sentence.token(d.governor()).isVerb())
                .map(d -> Optional.ofNullable(date(context, sentence, d.governor(), tense(sentence, d.governor())))
                        .orElseGet(() -> argumentTime(context, sentence, d.governor(), tense(sentence, d.governor()))))
                .filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
    }

    /**
     * "issued a joint statement on Wednesday saying they had agreed": a participle that says what a statement says
     * is dated by the verb that issues the statement.
     */
    private When issuedDate(ArticleContext context, Sentence sentence, int participle) {
        if (!sentence.token(participle).pos().equals("VBG")) {
            return null;
        }
        return sentence.governors(participle).stream()
                .filter(d -> d.governor() >= 0 && d.relation().startsWith("acl") && sentence.token(d.governor()).isNoun())
                .map(d -> issuingDate(context, sentence, d.governor()))
                .filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
    }

    Tense tense(Sentence sentence, int verb) {
        if (Tree.hasFutureAux(sentence, verb)) {
            return Tense.FUTURE;
        }
        for (Dependency up : sentence.governors(verb)) {
            if (up.governor() >= 0 && (up.is("xcomp") || up.is("acl") || up.is("advcl"))
                    && PLANNING_VERBS.contains(Tree.lemma(sentence, up.governor()))) {
                return Tense.FUTURE;
            }
        }
        return Dates.isPastTense(sentence, verb) ? Tense.PAST : Tense.UNKNOWN;
    }

    static String status(ActType type, Tense tense, When date, ArticleContext context) {
        if (type != ActType.MEETING) {
            return null;
        }
        if (tense == Tense.FUTURE || date != null && date.isAfter(context.doc().date())) {
            return "planned";
        }
        if (tense == Tense.PAST || date != null && date.isBefore(context.doc().date())) {
            return "held";
        }
        return null;
    }

    /**
     * The first of two verbs sharing a subject, whose time both share: "China protested on Thursday and threatened
     * sanctions".
     */
    static Optional<Integer> sharedTime(Sentence sentence, int verb) {
        List<Integer> subjects = sentence.dependents(verb, "nsubj");
        return sentence.governors(verb).stream()
                .filter(d -> d.governor() >= 0 && d.governor() < verb && d.relation().startsWith("conj")
                        && sentence.token(d.governor()).isVerb()
                        && (subjects.isEmpty() || subjects.equals(sentence.dependents(d.governor(), "nsubj"))))
                .map(Dependency::governor).findFirst();
    }

    /**
     * When a verb's act happened: its own time expression, one the parser hung on its object or subject, that of a verb
     * it shares a subject with ("protested on Thursday and threatened"), that of the verb a participle after a comma
     * goes with ("suspended the talks on Friday, accusing ..."), or, in the past, that of the report that reports it.
     */
    When ofVerb(ArticleContext context, Sentence sentence, int verb, Tense tense) {
        When when = Optional.ofNullable(date(context, sentence, verb, tense))
                .orElseGet(() -> argumentTime(context, sentence, verb, tense));
        if (when == null) {
            when = sharedTime(sentence, verb).map(first -> date(context, sentence, first, tense(sentence, first)))
                    .orElse(null);
        }
        if (when == null) {
            when = ActorResolver.participleHost(sentence, verb)
                    .map(host -> date(context, sentence, host, tense(sentence, host))).orElse(null);
        }
        if (when == null) {
            when = occasionTime(context, sentence, verb, tense);
        }
        if (when == null) {
            when = simultaneousHost(sentence, verb)
                    .map(host -> date(context, sentence, host, tense(sentence, host))).orElse(null);
        }
        if (when == null && tense == Tense.PAST) {
            when = reportDate(context, sentence, verb);
        }
        return when;
    }

    private static boolean isTimeWord(Sentence sentence, int word) {
        return Set.of("DATE", "TIME", "DURATION", "SET").contains(sentence.token(word).ner());
    }

    /**
     * The clause an "as", "while" or "when" clause happens at the same time as: "hailed the day as a turning point as they
     * announced a deal". The parser may hang the adverbial from a word without a time of its own ("historic"); the
     * clause that word belongs to is then the host.
     */
    static Optional<Integer> simultaneousHost(Sentence sentence, int verb) {
        boolean simultaneous = sentence.dependents(verb, "mark").stream()
                .anyMatch(m -> SIMULTANEITY_MARKS.contains(Tree.lower(sentence, m)));
        if (!simultaneous) {
            return Optional.empty();
        }
        Optional<Integer> host = sentence.governors(verb).stream()
                .filter(d -> d.governor() >= 0 && d.relation().startsWith("advcl")).map(Dependency::governor)
                .findFirst();
        if (host.isPresent() && !sentence.token(host.get()).isVerb()) {
            host = sentence.governors(host.get()).stream()
                    .filter(d -> d.governor() >= 0 && (d.relation().startsWith("advcl") || d.is("xcomp")))
                    .map(Dependency::governor).findFirst();
        }
        return host.filter(h -> sentence.token(h).isVerb());
    }

    /**
     * "signed a landmark agreement on Monday", "reached an agreement in Cairo on Tuesday", "Russia and the United
     * States on Tuesday agreed": the parser often hangs the verb's time on its object or its subject, where it still
     * says when the verb's event happened.
     */
    static When argumentTime(ArticleContext context, Sentence sentence, int verb, Tense tense) {
        // "Russia and the United States on Tuesday agreed": or on its subject.
        When direct = java.util.stream.Stream.concat(sentence.dependents(verb, "obj").stream(),
                        sentence.dependents(verb, "nsubj").stream().flatMap(subject ->
                                Tree.withConjuncts(sentence, subject).stream()))
                .map(object -> Dates.ofArgument(sentence, object, tense, context.doc().date()).orElse(null))
                .filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
        if (direct != null) {
            return direct;
        }
        // "started a procedure to restore penalties on Belarus over its border policy on Monday": a time at the end
        // of the verb's phrase may hang from the last noun of a chain of its complements.
        List<Integer> nouns = new java.util.ArrayList<>(sentence.dependents(verb).stream()
                .filter(d -> d.is("obj") || d.relation().startsWith("obl:") && !d.relation().equals("obl:tmod"))
                .map(Dependency::dependent).filter(n -> !isTimeWord(sentence, n)).toList());
        // "informed Rubio of their decision on Wednesday": the time may hang from the complement itself.
        for (int noun : nouns) {
            When when = Dates.ofArgument(sentence, noun, tense, context.doc().date()).orElse(null);
            if (when != null) {
                return when;
            }
        }
        for (int depth = 0; depth < 3 && !nouns.isEmpty(); depth++) {
            List<Integer> next = new java.util.ArrayList<>();
            for (int noun : nouns) {
                for (Dependency d : sentence.dependents(noun)) {
                    // Not into a time phrase of its own ("before the end of the year" is a deadline, not a date).
                    if (d.relation().startsWith("nmod:") && !d.relation().equals("nmod:poss")
                            && sentence.token(d.dependent()).isNoun() && !isTimeWord(sentence, d.dependent())) {
                        next.add(d.dependent());
                    }
                }
            }
            for (int noun : next) {
                When when = Dates.ofArgument(sentence, noun, tense, context.doc().date()).orElse(null);
                if (when != null) {
                    return when;
                }
            }
            nouns = next;
        }
        return null;
    }

    /** "replied in a letter on Friday", "agreed during a call on Sunday": the time of the occasion the verb names. */
    static When occasionTime(ArticleContext context, Sentence sentence, int verb, Tense tense) {
        return sentence.dependents(verb).stream()
                .filter(d -> OCCASION_RELATIONS.contains(d.relation()) && sentence.token(d.dependent()).isNoun())
                .map(d -> date(context, sentence, d.dependent(), tense))
                .filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
    }

    /** When a word's own time expression says: "spoke on Tuesday", "a call last Thursday", "met last week". */
    static When date(ArticleContext context, Sentence sentence, int head, Tense tense) {
        return Dates.ofHead(sentence, head, tense, context.doc().date()).orElse(null);
    }
}
