package org.parley.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A gazetteer data file: UTF-8, tab-separated, a header line, "#" lines are comments, "|" separates
 * alternatives within a field. Every row must have exactly the header's columns; a malformed row fails the
 * load with its file and line number rather than silently losing a name.
 */
final class TsvTable {

    /** One data row: its fields in header order and where it came from. */
    record Row(String source, int lineNumber, List<String> fields) {

        String field(int column) {
            return fields.get(column);
        }

        /** The alternatives of a field, normalised; empty for an empty field. */
        List<String> alternatives(int column) {
            String value = fields.get(column);
            if (value.isBlank()) {
                return List.of();
            }
            List<String> values = new ArrayList<>();
            for (String alternative : value.split("\\|", -1)) {
                String normalized = GazetteerText.normalize(alternative);
                if (normalized.isEmpty()) {
                    throw new GazetteerDataException(where() + ": empty alternative in \"" + value + "\"");
                }
                values.add(normalized);
            }
            return values;
        }

        /** A field of ";"-separated groups of "|"-separated alternatives: several cities, each with its spellings. */
        List<List<String>> groups(int column) {
            String value = fields.get(column);
            if (value.isBlank()) {
                return List.of();
            }
            List<List<String>> groups = new ArrayList<>();
            for (String group : value.split(";", -1)) {
                groups.add(new Row(source, lineNumber, List.of(group)).alternatives(0));
                if (groups.get(groups.size() - 1).isEmpty()) {
                    throw new GazetteerDataException(where() + ": empty group in \"" + value + "\"");
                }
            }
            return groups;
        }

        /** A field that holds one value or nothing. */
        String optional(int column) {
            return fields.get(column).isBlank() ? "" : required(column);
        }

        /** A field that must hold exactly one non-empty value. */
        String required(int column) {
            String value = GazetteerText.normalize(fields.get(column));
            if (value.isEmpty() || value.contains("|") || value.contains(";")) {
                throw new GazetteerDataException(where() + ": column " + (column + 1) + " must hold one value, not \""
                        + fields.get(column) + "\"");
            }
            return value;
        }

        String where() {
            return source + " line " + lineNumber;
        }
    }

    private TsvTable() {
    }

    /** Reads a classpath resource next to this class and turns each row into a record. */
    static <T> List<T> readResource(String name, List<String> header, Function<Row, T> toRecord) {
        try (InputStream in = TsvTable.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new GazetteerDataException("missing gazetteer resource " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(name, reader.lines().toList(), header).stream().map(toRecord).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer resource " + name, e);
        }
    }

    /** The data rows of a file's lines, after checking the header and each row's column count. */
    static List<Row> parse(String source, List<String> lines, List<String> header) {
        Objects.requireNonNull(header, "header");
        List<Row> rows = new ArrayList<>();
        boolean headerSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = stripBom(lines.get(i), i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = Arrays.asList(line.split("\t", -1));
            if (!headerSeen) {
                if (!fields.equals(header)) {
                    throw new GazetteerDataException(source + " line " + (i + 1) + ": expected header " + header
                            + " but found " + fields);
                }
                headerSeen = true;
                continue;
            }
            if (fields.size() != header.size()) {
                throw new GazetteerDataException(source + " line " + (i + 1) + ": expected " + header.size()
                        + " tab-separated columns but found " + fields.size() + ": " + line);
            }
            rows.add(new Row(source, i + 1, List.copyOf(fields)));
        }
        if (!headerSeen) {
            throw new GazetteerDataException(source + ": no header line " + header);
        }
        return rows;
    }

    private static String stripBom(String line, int index) {
        return index == 0 && line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
