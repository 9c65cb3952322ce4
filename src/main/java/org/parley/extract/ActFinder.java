package org.parley.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * <p>
 * A verb's act is read by {@link VerbActs}, a noun's by {@link NounActs}, a pattern's by {@link PatternActs};
 * {@link Responses} then links answers to what they answer.
 */
final class ActFinder {

    private final ActLexicon lexicon;
    private final ActPatterns patterns;
    private final ReportedStatements reportedStatements;
    private final VerbActs verbActs;
    private final NounActs nounActs;
    private final PatternActs patternActs;

    ActFinder(ActLexicon lexicon, IssueLexicon issues, Lexicon speechVerbs, Lexicon lightVerbs, Gazetteer gazetteer,
              ActPatterns patterns, RoleSchemes schemes) {
        this.patterns = patterns;
        this.lexicon = lexicon;
        ActorResolver actors = new ActorResolver(lexicon, speechVerbs, gazetteer);
        ActScope actScope = new ActScope(lexicon);
        Warnings warnings = new Warnings(actors, actScope);
        ActTimes times = new ActTimes(speechVerbs);
        ActParts parts = new ActParts(issues, schemes, actors);
        this.reportedStatements = new ReportedStatements(lexicon, issues, speechVerbs, actors, actScope, times);
        this.verbActs = new VerbActs(lexicon, speechVerbs, schemes, actors, actScope, warnings, times, parts);
        this.nounActs = new NounActs(lexicon, speechVerbs, lightVerbs, gazetteer, schemes, actors, actScope, times,
                parts);
        this.patternActs = new PatternActs(actors, actScope, times, parts);
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
            if (Headlines.isHeadline(sentence) || Headlines.isLeadingLine(doc, sentence)) {
                continue;
            }
            Set<Integer> carriers = nounActs.nounCarryingVerbs(sentence);
            Graph graph = Graph.of(sentence);
            List<Act> found = new ArrayList<>();
            for (Token token : sentence.tokens()) {
                int t = token.index();
                Optional<Act> act = Optional.empty();
                if (Tree.lower(sentence, t).equals("according") && t + 1 < sentence.size()
                        && Tree.lower(sentence, t + 1).equals("to")) {
                    act = reportedStatements.accordingTo(context, sentence, t);
                } else if (token.isVerb() && !carriers.contains(t)) {
                    act = lexicon.verb(sentence, t).flatMap(entry -> verbActs.act(context, sentence, graph, t, entry))
                            .or(() -> reportedStatements.byVerb(context, sentence, t));
                } else if (token.isNoun()) {
                    act = lexicon.noun(sentence, t)
                            .filter(entry -> entry.act() != ActType.STATEMENT)
                            .flatMap(entry -> nounActs.act(context, sentence, graph, t, entry));
                }
                act.ifPresent(found::add);
            }
            acts.addAll(withPatternActs(context, sentence, graph, found));
        }
        return Responses.link(acts);
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
                Optional<Act> act = patternActs.act(context, sentence, graph, pattern, nodes);
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
}
