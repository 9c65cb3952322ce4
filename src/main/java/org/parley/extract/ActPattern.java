package org.parley.extract;

import java.util.List;
import java.util.Map;
import org.parley.nlp.DependencyPattern;

/**
 * One declarative rule of {@code act-patterns.txt}: a Semgrex pattern over the dependency graph, the act it finds,
 * and where the act's parties and topic are among the pattern's named nodes.
 *
 * @param name     a unique name, used in the documentation and in test reports
 * @param act      the class of act
 * @param cameo    the CAMEO code the pattern justifies (under the class's root codes)
 * @param source   the pattern as written, with its {@code @word-class} references
 * @param compiled the pattern with the word classes spelled out
 * @param roles    where each role is found; every pattern has an {@code act} node, the word that expresses the act
 * @param required the roles that must resolve to an actor for the act to be made ("hoped that Iran would": a wish
 *                 of another party's act, never of one's own)
 * @param example  a sentence the pattern must match (written for the test, not taken from any article)
 * @param nearMiss a sentence close to the example that it must not match
 * @param note     why the pattern holds, in a line or two (may be empty)
 */
record ActPattern(String name, ActType act, String cameo, String source, DependencyPattern compiled,
                  Map<Role, List<Binding>> roles, java.util.Set<Role> required, String example, String nearMiss,
                  String note) {

    /** The named node that every pattern binds: the word whose position names the act. */
    static final String ACT_NODE = "act";

    ActPattern {
        roles = Map.copyOf(roles);
        required = java.util.Set.copyOf(required);
    }

    List<Binding> bindings(Role role) {
        return roles.getOrDefault(role, List.of());
    }

    /** The parts of an act a pattern fills. */
    enum Role {
        AGENT("agent"), ADDRESSEE("addressee"), PARTICIPANTS("participants"), TOPIC("topic"), CONDITION("condition");

        final String field;

        Role(String field) {
            this.field = field;
        }
    }

    /**
     * Where a role is found: the named node itself ({@code addressee: to}), or the subject of a named node as the
     * rules resolve it ({@code agent: subject(act)}), which follows passives, relative clauses, participles,
     * coreference and the other repairs patterns cannot say.
     */
    record Binding(String node, boolean subjectOf) {

        static Binding parse(String cell) {
            String text = cell.strip();
            if (text.startsWith("subject(") && text.endsWith(")")) {
                return new Binding(text.substring("subject(".length(), text.length() - 1).strip(), true);
            }
            return new Binding(text, false);
        }

        @Override
        public String toString() {
            return subjectOf ? "subject(" + node + ")" : node;
        }
    }
}
