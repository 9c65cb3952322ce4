package org.parley.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.extract.RoleScheme.Field;
import org.parley.extract.RoleScheme.Place;
import org.parley.nlp.DependencyPattern;

/**
 * Reads the role schemes ({@code role-schemes.txt}): for each scheme the act lexicon names, the Semgrex patterns that
 * lead from an act word to its addressee or participants. Blocks of {@code field: value} lines as in
 * {@code act-patterns.txt}, except that a role field may repeat, one place a line:
 * <pre>
 * scheme: subj-to-addressee
 * agent: subject(act)
 * addressee: {}=act >/obl:to/ {}=addressee
 * addressee: {}=act >iobj {}=addressee
 * note: "offered a ceasefire to Russia", "offered Kyiv a deal"
 * </pre>
 * Every error is reported with the file and line when Parley starts, and every scheme of {@link ActLexicon.Pattern}
 * must be there.
 */
final class RoleSchemes {

    static final String RESOURCE = "/org/parley/extract/role-schemes.txt";
    private static final Set<String> FIELDS = Set.of("scheme", "agent", "addressee", "participants", "during",
            "carrier", "java", "note");
    private static final Pattern NODE_NAME = Pattern.compile("=([A-Za-z][A-Za-z0-9_]*)");

    private final Map<ActLexicon.Pattern, RoleScheme> schemes;

    private RoleSchemes(Map<ActLexicon.Pattern, RoleScheme> schemes) {
        this.schemes = Map.copyOf(schemes);
    }

    RoleScheme of(ActLexicon.Pattern pattern) {
        return schemes.get(pattern);
    }

    static RoleSchemes load(WordClasses words) {
        return parse(RESOURCE, ClasspathText.read(RESOURCE, "role scheme file"), words);
    }

    static RoleSchemes parse(String fileName, String text, WordClasses words) {
        Map<ActLexicon.Pattern, RoleScheme> schemes = new LinkedHashMap<>();
        List<Line> block = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i].stripTrailing() : "";
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isBlank()) {
                if (!block.isEmpty()) {
                    RoleScheme scheme = build(fileName, block, words);
                    String where = fileName + ":" + block.get(0).number();
                    if (schemes.put(key(where, scheme.name()), scheme) != null) {
                        throw new IllegalStateException(where + ": a second scheme " + scheme.name());
                    }
                    block.clear();
                }
                continue;
            }
            if (Character.isWhitespace(line.charAt(0)) && !block.isEmpty()) {
                Line last = block.remove(block.size() - 1);
                block.add(new Line(last.field(), last.value() + " " + line.strip(), last.number()));
                continue;
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? "" : line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            if (!FIELDS.contains(field)) {
                throw new IllegalStateException(fileName + ":" + (i + 1) + ": expected one of " + FIELDS
                        + " followed by ':', found: " + line);
            }
            block.add(new Line(field, line.substring(colon + 1).strip(), i + 1));
        }
        for (ActLexicon.Pattern pattern : ActLexicon.Pattern.values()) {
            if (!schemes.containsKey(pattern)) {
                throw new IllegalStateException(fileName + ": no scheme " + name(pattern) + ", which the act lexicon"
                        + " may name");
            }
        }
        return new RoleSchemes(schemes);
    }

    /** The lexicon's spelling of a scheme: SUBJ_TO_ADDRESSEE is "subj-to-addressee". */
    static String name(ActLexicon.Pattern pattern) {
        return pattern.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static ActLexicon.Pattern key(String where, String name) {
        try {
            return ActLexicon.Pattern.parse(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": '" + name + "' is no scheme the act lexicon knows", e);
        }
    }

    private static RoleScheme build(String fileName, List<Line> block, WordClasses words) {
        String name = null;
        String java = "";
        String note = "";
        Map<Field, List<Place>> places = new EnumMap<>(Field.class);
        Set<String> single = new HashSet<>();
        for (Line line : block) {
            String where = fileName + ":" + line.number();
            if (List.of("scheme", "java", "note").contains(line.field()) && !single.add(line.field())) {
                throw new IllegalStateException(where + ": field '" + line.field() + "' given twice");
            }
            switch (line.field()) {
                case "scheme" -> name = line.value();
                case "java" -> java = line.value();
                case "note" -> note = line.value();
                default -> {
                    Field field = Arrays.stream(Field.values()).filter(f -> f.field.equals(line.field()))
                            .findFirst().orElseThrow();
                    places.computeIfAbsent(field, f -> new ArrayList<>()).add(place(where, field, line.value(), words));
                }
            }
        }
        if (name == null || name.isBlank()) {
            throw new IllegalStateException(fileName + ":" + block.get(0).number()
                    + ": the block needs a 'scheme' field");
        }
        return new RoleScheme(name, places, java, note);
    }

    private static Place place(String where, Field field, String source, WordClasses words) {
        boolean agent = field == Field.AGENT && source.equals("subject(act)")
                || field == Field.PARTICIPANTS && source.equals("agent");
        if (agent) {
            return new Place(source, null, field.node, List.of());
        }
        DependencyPattern pattern;
        try {
            pattern = DependencyPattern.compile(words.expand(source));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": " + e.getMessage(), e);
        }
        List<String> order = new ArrayList<>();
        Matcher m = NODE_NAME.matcher(source);
        while (m.find()) {
            if (!order.contains(m.group(1))) {
                order.add(m.group(1));
            }
        }
        if (!order.remove(ActPattern.ACT_NODE) || !order.contains(field.node)) {
            throw new IllegalStateException(where + ": the pattern must join the act word '=" + ActPattern.ACT_NODE
                    + "' and a node named '=" + field.node + "': " + source);
        }
        return new Place(source, pattern, field.node, order);
    }

    /** One 'field: value' line of the file, with its continuation lines, and where it starts. */
    private record Line(String field, String value, int number) {
    }
}
