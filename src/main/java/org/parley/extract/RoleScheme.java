package org.parley.extract;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parley.extract.ActPattern.Role;
import org.parley.nlp.DependencyPattern;

/**
 * One scheme of {@code role-schemes.txt}: where the parties of an act word stand, as the act lexicon's
 * {@code pattern} column names it ("subj-to-addressee").
 *
 * @param name   the scheme's name, as the lexicon writes it
 * @param places for each role, the places to look, in order
 * @param java   what the scheme needs beyond its places, done in {@link ActFinder} (may be empty)
 * @param note   why the scheme holds
 */
record RoleScheme(String name, Map<Role, List<Place>> places, String java, String note) {

    RoleScheme {
        places = places.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    }

    List<Place> places(Role role) {
        return places.getOrDefault(role, List.of());
    }

    /**
     * One line of a role: the act's agent ({@code agent}, {@code subject(act)}: {@code pattern} is null), or a Semgrex
     * pattern from the act word to a node named after the role.
     *
     * @param source  the line as written
     * @param pattern the compiled pattern, or null for the agent
     * @param role    the node that holds the party
     * @param order   the named nodes other than the act word, in the order the pattern names them: its matches are
     *                taken in the sentence order of these nodes
     */
    record Place(String source, DependencyPattern pattern, String role, List<String> order) {

        Place {
            order = List.copyOf(order);
        }

        boolean isAgent() {
            return pattern == null;
        }

        /** The tokens this place finds for an act word, in the order the scheme file promises. */
        List<Integer> nodes(DependencyPattern.Graph graph, int act) {
            Comparator<Map<String, Integer>> byPosition = (a, b) -> {
                for (String node : order) {
                    int c = Integer.compare(a.get(node), b.get(node));
                    if (c != 0) {
                        return c;
                    }
                }
                return 0;
            };
            return pattern.matches(graph).stream()
                    .filter(m -> m.get(ActPattern.ACT_NODE) == act)
                    .sorted(byPosition)
                    .map(m -> m.get(role))
                    .toList();
        }
    }
}
