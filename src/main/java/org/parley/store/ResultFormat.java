package org.parley.store;

import java.util.Locale;

/** The output formats of {@code query}. */
public enum ResultFormat {
    TABLE,
    CSV,
    TSV,
    JSON,
    XML,
    TTL;

    /** Parses "table", "csv", "tsv", "json", "xml" or "ttl", ignoring case. */
    public static ResultFormat parse(String name) {
        return FormatNames.parse(ResultFormat.class, name, "result format");
    }

    /** The lower-case name users type, e.g. {@code "csv"}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
