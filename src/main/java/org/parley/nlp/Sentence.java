package org.parley.nlp;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One sentence: its tokens and the dependency edges between them.
 *
 * @param index        position in the document, from 0
 * @param begin        character offset of the sentence in the article text
 * @param end          character offset just after it
 * @param text         the sentence exactly as written in the article
 * @param tokens       the tokens, in order
 * @param dependencies every edge of the dependency graph
 */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens, List<Dependency> dependencies) {

    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    /** Edges whose governor is the given token. */
    public List<Dependency> dependents(int governor) {
        return dependencies.stream().filter(d -> d.governor() == governor).toList();
    }

    /** Indexes of the dependents of {@code governor} along a relation (or its base relation). */
    public List<Integer> dependents(int governor, String relation) {
        return dependencies.stream()
                .filter(d -> d.governor() == governor && d.is(relation))
                .map(Dependency::dependent)
                .toList();
    }

    /** The edges into a token (enhanced graphs may give a token more than one governor). */
    public List<Dependency> governors(int dependent) {
        return dependencies.stream().filter(d -> d.dependent() == dependent).toList();
    }

    /** The first governing edge of a token that is not the root edge. */
    public Optional<Dependency> governor(int dependent) {
        return dependencies.stream().filter(d -> d.dependent() == dependent && d.governor() >= 0).findFirst();
    }

    /** The words of tokens {@code start} (inclusive) to {@code end} (exclusive), as they stand in the text. */
    public String textOf(int start, int end) {
        int from = tokens.get(start).begin() - begin;
        int to = tokens.get(end - 1).end() - begin;
        return text.substring(from, to);
    }

    public String textOf(Span span) {
        return textOf(span.start(), span.end());
    }

    public String words() {
        return tokens.stream().map(Token::word).collect(Collectors.joining(" "));
    }
}
