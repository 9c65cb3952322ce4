package org.parley.nlp;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexParseException;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A pattern over a sentence's dependency graph, in CoreNLP's Semgrex language ("{lemma:offer}=act >obj {}=topic").
 * Semgrex works on CoreNLP's own graph type, so this class (in the one package that may import CoreNLP) rebuilds that
 * graph from a {@link Sentence} record and hands the named nodes of each match back as token indexes: the rules that
 * use the matches stay testable on hand-built sentences, with no model loaded.
 */
public final class DependencyPattern {

    private final String source;
    private final SemgrexPattern pattern;

    private DependencyPattern(String source, SemgrexPattern pattern) {
        this.source = source;
        this.pattern = pattern;
    }

    /** @throws IllegalArgumentException with Semgrex's own message when the text is not a valid pattern */
    public static DependencyPattern compile(String source) {
        try {
            return new DependencyPattern(source, SemgrexPattern.compile(source));
        } catch (SemgrexParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a Semgrex pattern: " + source + " (" + e.getMessage() + ")", e);
        }
    }

    public String source() {
        return source;
    }

    /** Every match in the sentence: for each, its named nodes ("act", "agent", ...) and their token indexes. */
    public List<Map<String, Integer>> matches(Graph graph) {
        SemgrexMatcher matcher = pattern.matcher(graph.semanticGraph);
        Set<Map<String, Integer>> found = new LinkedHashSet<>();
        while (matcher.find()) {
            Map<String, Integer> nodes = new LinkedHashMap<>();
            for (String name : matcher.getNodeNames()) {
                IndexedWord node = matcher.getNode(name);
                if (node != null) {
                    nodes.put(name, node.index() - 1);
                }
            }
            found.add(Map.copyOf(nodes));
        }
        return new ArrayList<>(found);
    }

    public List<Map<String, Integer>> matches(Sentence sentence) {
        return matches(Graph.of(sentence));
    }

    /** A sentence's dependency graph in the form Semgrex reads; build it once and run every pattern on it. */
    public static final class Graph {

        private final SemanticGraph semanticGraph;

        private Graph(SemanticGraph semanticGraph) {
            this.semanticGraph = semanticGraph;
        }

        public static Graph of(Sentence sentence) {
            SemanticGraph graph = new SemanticGraph();
            List<IndexedWord> nodes = new ArrayList<>();
            for (Token token : sentence.tokens()) {
                CoreLabel label = new CoreLabel();
                label.setWord(token.word());
                label.setValue(token.word());
                label.setOriginalText(token.word());
                label.setLemma(token.lemma());
                label.setTag(token.pos());
                label.setNER(token.ner());
                label.setIndex(token.index() + 1); // CoreNLP counts a sentence's words from 1
                label.setSentIndex(sentence.index());
                label.setBeginPosition(token.begin());
                label.setEndPosition(token.end());
                IndexedWord node = new IndexedWord(label);
                nodes.add(node);
                graph.addVertex(node);
            }
            for (Dependency edge : sentence.dependencies()) {
                IndexedWord dependent = nodes.get(edge.dependent());
                if (edge.governor() == Dependency.ROOT) {
                    graph.addRoot(dependent);
                } else {
                    GrammaticalRelation relation = GrammaticalRelation.valueOf(Language.UniversalEnglish,
                            edge.relation());
                    graph.addEdge(nodes.get(edge.governor()), dependent, relation, 1.0, false);
                }
            }
            return new Graph(graph);
        }
    }
}
