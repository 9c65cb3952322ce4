package org.parley.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.nlp.Sentence;

/**
 * What the {@code subj-warning} role scheme and threats need beyond patterns ({@code role-schemes.txt}): whether a
 * warning commits the warner's own side to act (only then is it a threat), who must meet a threat's condition, and
 * whom a threat is against when no object says it. These weigh sides and coreference, which Semgrex cannot.
 */
final class Warnings {

    private static final Set<String> POSSESSIVE_PRONOUNS = Lexicon.wordClass("possessive-pronouns");

    private final ActorResolver actors;
    private final ActScope actScope;

    Warnings(ActorResolver actors, ActScope actScope) {
        this.actors = actors;
        this.actScope = actScope;
    }

    /**
     * The clause of "warn" that commits the warner's own side to a future act: "warned that it would retaliate",
     * "warned that China would impose tariffs" (said by a Chinese minister). A pronoun subject stands for the
     * warner, its default antecedent, unless coreference says otherwise.
     */
    Optional<Integer> ownSideCommitment(ArticleContext context, Sentence sentence, int verb, List<EntityKey> agents) {
        for (int clause : sentence.dependents(verb, "ccomp")) {
            if (!Tree.hasModal(sentence, clause) && !Tree.hasFutureAux(sentence, clause)) {
                continue;
            }
            for (int subject : sentence.dependents(clause, "nsubj")) {
                // The possessor first: coreference may chain "his country" to a country it does not mean.
                Optional<EntityKey> actor = actors.resolveActor(context, sentence, subject);
                boolean ownSide = ownedByWarner(context, sentence, subject, agents)
                        || actor.map(a -> agents.stream().anyMatch(g -> context.sameSide(g, a)))
                        .orElse(ActorResolver.SUBJECT_PRONOUNS.contains(Tree.lower(sentence, subject)));
                if (ownSide && !agents.isEmpty()) {
                    return Optional.of(clause);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "warned that his forces would continue", "that our army will respond": forces whose possessor is the warner's
     * side, or a possessive pronoun coreference leaves to its default antecedent, the warner.
     */
    private boolean ownedByWarner(ArticleContext context, Sentence sentence, int subject, List<EntityKey> agents) {
        for (int owner : sentence.dependents(subject, "nmod:poss")) {
            Optional<EntityKey> actor = actors.resolveActor(context, sentence, owner);
            if (actor.isPresent() ? agents.stream().anyMatch(g -> context.sameSide(g, actor.get()))
                    : POSSESSIVE_PRONOUNS.contains(Tree.lower(sentence, owner))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whom a threat is against, when no object says it: who must meet its condition ("threatened to impose tariffs if
     * Beijing retaliated"), else the party the threatened act is done to ("warned that Israel would keep striking
     * Hezbollah targets").
     */
    List<EntityKey> threatened(ArticleContext context, Sentence sentence, int verb, List<EntityKey> agents) {
        List<EntityKey> found = new ArrayList<>(conditionSubjects(context, sentence, verb));
        if (found.isEmpty()) {
            List<Integer> clauses = new ArrayList<>(sentence.dependents(verb, "xcomp"));
            clauses.addAll(sentence.dependents(verb, "ccomp"));
            for (int i = 0; i < clauses.size(); i++) {
                int clause = clauses.get(i);
                clauses.addAll(sentence.dependents(clause, "xcomp")); // "would keep striking"
                for (int object : sentence.dependents(clause, "obj")) {
                    found.addAll(actors.namedIn(context, sentence, Tree.subtree(sentence, object)));
                }
            }
        }
        return found.stream().filter(a -> agents.stream().noneMatch(g -> context.sameSide(g, a))).distinct().toList();
    }

    /**
     * Who must meet a condition: the actors subject of an "if"/"unless" clause within a clause ("if Iran refused"),
     * wherever the parser hung it.
     */
    List<EntityKey> conditionSubjects(ArticleContext context, Sentence sentence, int clause) {
        List<EntityKey> found = new ArrayList<>();
        BitSet within = Tree.subtree(sentence, clause);
        for (int t = within.nextSetBit(0); t >= 0; t = within.nextSetBit(t + 1)) {
            if (actScope.isHypothetical(sentence, t)) {
                found.addAll(actors.parties(context, sentence, t, "nsubj"));
            }
        }
        return found;
    }
}
