package org.parley.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;

/**
 * The research queries of {@code queries/} as tests use them: read, filled in the way /explore fills them (the
 * lines marked {@code # explore:NAME} replaced; see explore-query.js), and run in-process.
 */
public final class QueryFiles {

    private QueryFiles() {
    }

    /** The text of {@code queries/NAME.rq}. */
    public static String text(String name) {
        try {
            return Files.readString(Path.of("queries", name + ".rq"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with the line marked {@code # explore:NAME} replaced by {@code sparql}, for each entry. */
    public static String fill(String text, Map<String, String> lines) {
        String filled = text;
        for (var line : lines.entrySet()) {
            Matcher marked = Pattern.compile("(?m)^([ \\t]*).*# explore:" + line.getKey() + "[ \\t]*$").matcher(filled);
            if (!marked.find()) {
                throw new AssertionError("no line marked # explore:" + line.getKey());
            }
            String replacement = marked.group(1) + line.getValue() + "  # explore:" + line.getKey();
            filled = filled.substring(0, marked.start()) + replacement + filled.substring(marked.end());
        }
        return filled;
    }

    /** The lines explore-query.js writes into explore-acts.rq for a click on an edge: a row of explore-relations.rq. */
    public static Map<String, String> edgeSelection(Map<String, String> edge) {
        String roles = edge.get("relation").equals("met")
                ? "?act neg:participant <" + edge.get("from") + "> , <" + edge.get("to") + "> ."
                : "?act neg:agent <" + edge.get("from") + "> ; neg:addressee <" + edge.get("to") + "> .";
        return Map.of("edge", roles, "classes", "VALUES ?class { <" + edge.get("class") + "> }");
    }

    /** Runs a SELECT; each row maps variable names to the lexical form of a literal or an IRI's text. */
    public static List<Map<String, String>> select(Dataset dataset, String sparql) {
        return Txn.calculateRead(dataset, () -> {
            List<Map<String, String>> rows = new ArrayList<>();
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(sparql).build()) {
                ResultSet results = exec.execSelect();
                while (results.hasNext()) {
                    QuerySolution solution = results.next();
                    Map<String, String> row = new TreeMap<>();
                    solution.varNames().forEachRemaining(v -> row.put(v, solution.get(v).isLiteral()
                            ? solution.getLiteral(v).getLexicalForm() : solution.get(v).toString()));
                    rows.add(row);
                }
            }
            return rows;
        });
    }
}
