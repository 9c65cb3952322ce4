package org.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Writes docs/act-patterns.md: every act pattern with its example and near miss, and the word classes they name. */
final class ActPatternTable {

    private static final Pattern CLASS_REFERENCE = Pattern.compile("@([a-z][a-z0-9-]*)");

    private ActPatternTable() {
    }

    static String markdown(ActPatterns patterns, WordClasses words) {
        StringBuilder out = new StringBuilder();
        out.append("# Act patterns\n\n")
                .append("Generated from `src/main/resources/org/parley/extract/act-patterns.txt` by `ActPatternsTest` ")
                .append("(`mvn -q test -Dtest=ActPatternsTest -Dparley.updateDocs=true`); do not edit by hand.\n\n")
                .append("Each pattern is a [Semgrex](https://nlp.stanford.edu/software/tregex.shtml) pattern over ")
                .append("CoreNLP's enhanced++ Universal Dependencies. `=act` names the word that expresses the act; ")
                .append("`@class` is a word class (below). The test parses each example with the real pipeline and ")
                .append("checks the pattern matches it and not its near miss. Negation, modality, conditions, ")
                .append("denial, time and the resolution of nodes to actors are the same Java for every pattern ")
                .append("(`PatternActs`, `ActScope`).\n\n")
                .append("| pattern | act | CAMEO | match | parties and topic | example | near miss |\n")
                .append("|---|---|---|---|---|---|---|\n");
        Set<String> named = new TreeSet<>();
        for (ActPattern p : patterns.all()) {
            List<String> roles = new ArrayList<>();
            for (ActPattern.Role role : ActPattern.Role.values()) {
                List<ActPattern.Binding> bindings = p.bindings(role);
                if (!bindings.isEmpty()) {
                    roles.add(role.field + ": " + bindings.stream().map(ActPattern.Binding::toString)
                            .collect(Collectors.joining(", ")));
                }
            }
            Matcher m = CLASS_REFERENCE.matcher(p.source());
            while (m.find()) {
                named.add(m.group(1));
            }
            out.append("| ").append(p.name())
                    .append(" | ").append(p.act().className())
                    .append(" | ").append(p.cameo())
                    .append(" | `").append(cell(p.source())).append('`')
                    .append(" | ").append(cell(String.join("; ", roles)))
                    .append(" | ").append(cell(p.example()))
                    .append(" | ").append(cell(p.nearMiss()))
                    .append(" |\n");
        }
        out.append("\n## Word classes\n\n")
                .append("Files under `src/main/resources/org/parley/extract/`; the `*-verbs` and `*-nouns` classes of ")
                .append("each act are the single-word forms of `act-lexicon.tsv`.\n\n")
                .append("| class | kept in | words |\n|---|---|---|\n");
        for (String name : named) {
            out.append("| @").append(name)
                    .append(" | ").append(words.source(name))
                    .append(" | ").append(cell(String.join(", ", new TreeSet<>(words.words(name)))))
                    .append(" |\n");
        }
        out.append("\n## Why the patterns hold\n\n");
        for (ActPattern p : patterns.all()) {
            if (!p.note().isBlank()) {
                out.append("- **").append(p.name()).append("**: ").append(p.note()).append('\n');
            }
        }
        return out.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
