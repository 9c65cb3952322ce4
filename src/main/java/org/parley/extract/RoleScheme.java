package org.parley.extract;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parley.nlp.DependencyPattern;

/**
 * One scheme of {@code role-schemes.txt}: where the parties of an act word stand, as the act lexicon's
 * {@code pattern} column names it ("subj-to-addressee").
 *
 * @param name   the scheme's name, as the lexicon writes it
 * @param places for each field, the places to look, in order
 * @param java   what the scheme needs beyond its places, done in {@link VerbActs} and {@link NounActs} (may be empty)
 * @param note   why the scheme holds
 */
record RoleScheme(String name, Map<Field, List<Place>> places, String java, String note) {

    RoleScheme {
        places = places.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    }

    List<Place> places(Field field) {
        return places.getOrDefault(field, List.of());
    }

    /** The tokens the patterns of a field find for an act word, line by line (an agent line finds none). */
    List<Integer> nodes(Field field, DependencyPattern.Graph graph, int act) {
        return places(field).stream().filter(p -> !p.isAgent()).flatMap(p -> p.nodes(graph, act).stream()).toList();
    }

    /** The fields of a scheme that say where to look, each with the node its patterns name. */
    enum Field {
        /** The agent: {@code subject(act)}, or for a noun the words around it that name its owner. */
        AGENT("agent", "agent"),
        ADDRESSEE("addressee", "addressee"),
        /** A meeting's parties: {@code agent} (whoever the agent is), or the words that name them. */
        PARTICIPANTS("participants", "participants"),
        /** For a meeting noun, the verb of what is done during or at the meeting: "agreed during a call". */
        DURING("during", "verb"),
        /** For a noun, the verb that carries it: "held talks", "put forward demands". */
        CARRIER("carrier", "verb");

        final String field;
        final String node;

        Field(String field, String node) {
            this.field = field;
            this.node = node;
        }
    }

    /**
     * One line of a field: the act's agent ({@code agent}, {@code subject(act)}: {@code pattern} is null), or a
     * Semgrex pattern that joins the act word to the field's node.
     *
     * @param source  the line as written
     * @param pattern the compiled pattern, or null for the agent
     * @param node    the named node this place finds
     * @param order   the named nodes other than the act word, in the order the pattern names them: its matches are
     *                taken in the sentence order of these nodes
     */
    record Place(String source, DependencyPattern pattern, String node, List<String> order) {

        Place {
            order = List.copyOf(order);
        }

        boolean isAgent() {
            return pattern == null;
        }

        /** The tokens this place finds for an act word, in the order the scheme file promises. */
        List<Integer> nodes(DependencyPattern.Graph graph, int act) {
            Comparator<Map<String, Integer>> byPosition = (a, b) -> {
                for (String name : order) {
                    // A node a pattern leaves optional ("?>") may be missing from a match: it counts as first.
                    int c = Integer.compare(a.getOrDefault(name, -1), b.getOrDefault(name, -1));
                    if (c != 0) {
                        return c;
                    }
                }
                return 0;
            };
            return pattern.matches(graph).stream()
                    .filter(m -> m.get(ActPattern.ACT_NODE) == act)
                    .sorted(byPosition)
                    .map(m -> m.get(node))
                    .toList();
        }
    }
}
