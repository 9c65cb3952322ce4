package org.parley.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.extract.ActLexicon.Pattern;
import org.parley.nlp.DependencyPattern.Graph;
import org.parley.nlp.Sentence;

/**
 * The parts of an act that {@link VerbActs}, {@link NounActs} and {@link PatternActs} read alike: its topics, the
 * actors a role scheme places, the verb that carries an act noun, its condition, its place and its label, and the
 * subject to leave out of a verb's words. {@link ReportedStatements} labels its statements the same way.
 */
final class ActParts {

    /** Conjunctions that open an act's condition: "only if", "unless". */
    private static final Set<String> CONDITION_MARKS = Lexicon.wordClass("condition-marks");

    private final IssueLexicon issues;
    private final RoleSchemes schemes;
    private final ActorResolver actors;

    ActParts(IssueLexicon issues, RoleSchemes schemes, ActorResolver actors) {
        this.issues = issues;
        this.schemes = schemes;
        this.actors = actors;
    }

    List<Issue> topics(Sentence sentence, BitSet scope) {
        return List.copyOf(issues.find(sentence, scope::get));
    }

    /**
     * The actors a role scheme places in a role of an act word: its lines in order, each node with its conjuncts;
     * an {@code agent} line is the agents already found.
     */
    List<EntityKey> placed(ArticleContext context, Sentence sentence, Graph graph, int word, RoleScheme scheme,
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

    /**
     * The verb an act noun is the object (or passive subject) of, directly or through a measure of it: the noun
     * scheme's 'carrier' lines.
     */
    Optional<Integer> carrier(Graph graph, int noun) {
        return schemes.of(Pattern.NOUN).nodes(RoleScheme.Field.CARRIER, graph, noun).stream().findFirst();
    }

    /** The "if"/"unless" clause of a verb: "only if it led to long-term peace". */
    static Optional<String> condition(Sentence sentence, int verb) {
        for (int clause : sentence.dependents(verb, "advcl")) {
            boolean conditional = sentence.dependents(clause, "mark").stream()
                    .anyMatch(m -> CONDITION_MARKS.contains(Tree.lower(sentence, m)));
            if (conditional) {
                return Optional.of(Tree.text(sentence, Tree.subtree(sentence, clause)));
            }
        }
        return Optional.empty();
    }

    static EntityKey location(ArticleContext context, Sentence sentence, int head) {
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
}
