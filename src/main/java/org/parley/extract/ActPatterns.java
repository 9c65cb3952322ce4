package org.parley.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.extract.ActPattern.Binding;
import org.parley.extract.ActPattern.Role;
import org.parley.nlp.DependencyPattern;

/**
 * Reads the act patterns ({@code act-patterns.txt}). The file is a list of blocks separated by blank lines, each a
 * few {@code field: value} lines ('#' lines are comments; a line that starts with spaces continues the field above):
 * <pre>
 * pattern: announced-truce
 * act: PROPOSAL
 * cameo: 030
 * match: {lemma:@announcing-verbs}=act >obj {lemma:@truce-nouns}=topic
 * agent: subject(act)
 * topic: topic
 * example: The rebels announced a three-day truce on Sunday.
 * near miss: The rebels broke a three-day truce on Sunday.
 * requires: (optional) roles that must resolve to an actor, e.g. "addressee"
 * note: a unilateral truce is offered by whoever announces it
 * </pre>
 * Every error is reported with the file and line, when Parley starts, never halfway through a corpus.
 */
final class ActPatterns {

    static final String RESOURCE = "/org/parley/extract/act-patterns.txt";
    private static final Set<String> FIELDS = Set.of("pattern", "act", "cameo", "match", "agent", "addressee",
            "participants", "topic", "condition", "requires", "example", "near miss", "note");
    private static final Pattern NODE_NAME = Pattern.compile("=([A-Za-z][A-Za-z0-9_]*)");

    private final List<ActPattern> patterns;

    private ActPatterns(List<ActPattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    List<ActPattern> all() {
        return patterns;
    }

    static ActPatterns load(WordClasses words) {
        return parse(RESOURCE, ClasspathText.read(RESOURCE, "pattern file"), words);
    }

    static ActPatterns parse(String fileName, String text, WordClasses words) {
        List<ActPattern> patterns = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Map<String, String> block = new LinkedHashMap<>();
        int blockLine = 0;
        String lastField = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i].stripTrailing() : "";
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isBlank()) {
                if (!block.isEmpty()) {
                    ActPattern pattern = build(fileName + ":" + blockLine, block, words);
                    if (!names.add(pattern.name())) {
                        throw new IllegalStateException(fileName + ":" + blockLine + ": a second pattern named "
                                + pattern.name());
                    }
                    patterns.add(pattern);
                    block.clear();
                    lastField = null;
                }
                continue;
            }
            if (Character.isWhitespace(line.charAt(0)) && lastField != null) {
                block.put(lastField, block.get(lastField) + " " + line.strip());
                continue;
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? "" : line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            if (!FIELDS.contains(field)) {
                throw new IllegalStateException(fileName + ":" + (i + 1) + ": expected one of " + FIELDS
                        + " followed by ':', found: " + line);
            }
            if (block.isEmpty()) {
                blockLine = i + 1;
            }
            if (block.put(field, line.substring(colon + 1).strip()) != null) {
                throw new IllegalStateException(fileName + ":" + (i + 1) + ": field '" + field + "' given twice");
            }
            lastField = field;
        }
        return new ActPatterns(patterns);
    }

    private static ActPattern build(String where, Map<String, String> block, WordClasses words) {
        for (String required : List.of("pattern", "act", "cameo", "match", "example", "near miss")) {
            if (block.getOrDefault(required, "").isBlank()) {
                throw new IllegalStateException(where + ": the pattern needs a '" + required + "' field");
            }
        }
        String name = block.get("pattern");
        ActType act;
        try {
            act = ActType.valueOf(block.get("act").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": unknown act '" + block.get("act") + "'", e);
        }
        String source = block.get("match");
        DependencyPattern compiled;
        try {
            compiled = DependencyPattern.compile(words.expand(source));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + " (" + name + "): " + e.getMessage(), e);
        }
        Set<String> nodes = new HashSet<>();
        Matcher m = NODE_NAME.matcher(source);
        while (m.find()) {
            nodes.add(m.group(1));
        }
        if (!nodes.contains(ActPattern.ACT_NODE)) {
            throw new IllegalStateException(where + " (" + name + "): the pattern must name its act word =act");
        }
        Map<Role, List<Binding>> roles = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            String cell = block.get(role.field);
            if (cell == null && role == Role.AGENT && act != ActType.MEETING) {
                cell = "subject(act)";
            }
            if (cell == null || cell.isBlank()) {
                continue;
            }
            List<Binding> bindings = new ArrayList<>();
            for (String part : cell.split(",")) {
                Binding binding = Binding.parse(part);
                if (!nodes.contains(binding.node())) {
                    throw new IllegalStateException(where + " (" + name + "): " + role.field + " names node '"
                            + binding.node() + "', which the pattern does not name");
                }
                bindings.add(binding);
            }
            roles.put(role, bindings);
        }
        java.util.Set<Role> required = java.util.EnumSet.noneOf(Role.class);
        for (String field : block.getOrDefault("requires", "").split(",")) {
            if (field.isBlank()) {
                continue;
            }
            Role role = java.util.Arrays.stream(Role.values()).filter(r -> r.field.equals(field.strip())).findFirst()
                    .orElseThrow(() -> new IllegalStateException(where + " (" + name + "): 'requires' names '"
                            + field.strip() + "', which is not a role"));
            if (!roles.containsKey(role)) {
                throw new IllegalStateException(where + " (" + name + "): requires " + role.field
                        + " but does not bind it");
            }
            required.add(role);
        }
        if (act == ActType.MEETING && !roles.containsKey(Role.PARTICIPANTS)) {
            throw new IllegalStateException(where + " (" + name + "): a meeting pattern needs 'participants'");
        }
        return new ActPattern(name, act, block.get("cameo"), source, compiled, roles, required, block.get("example"),
                block.get("near miss"), block.getOrDefault("note", ""));
    }
}
