package org.parley.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark's report as Markdown: headings, tables and lines, ready to paste into BENCHMARKS.md. */
final class Markdown {

    private final StringBuilder text = new StringBuilder();
    private List<String[]> table;

    Markdown heading(String title) {
        endTable();
        text.append(text.length() == 0 ? "" : "\n").append("### ").append(title).append("\n\n");
        return this;
    }

    Markdown line(String line) {
        endTable();
        text.append(line).append("\n");
        return this;
    }

    Markdown table(String... headers) {
        endTable();
        table = new ArrayList<>();
        table.add(headers);
        return this;
    }

    Markdown row(Object... cells) {
        String[] strings = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            strings[i] = String.valueOf(cells[i]);
        }
        table.add(strings);
        return this;
    }

    private void endTable() {
        if (table == null) {
            return;
        }
        text.append("| ").append(String.join(" | ", table.get(0))).append(" |\n");
        text.append("|").append("---|".repeat(table.get(0).length)).append("\n");
        for (String[] row : table.subList(1, table.size())) {
            text.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        text.append("\n");
        table = null;
    }

    @Override
    public String toString() {
        endTable();
        return text.toString();
    }

    static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    static String gb(long bytes) {
        return f("%.2f GB", bytes / (1024.0 * 1024 * 1024));
    }

    static String seconds(double seconds) {
        return seconds < 10 ? f("%.2f s", seconds) : f("%.1f s", seconds);
    }

    static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : f("%.1f%%", share * 100);
    }
}
