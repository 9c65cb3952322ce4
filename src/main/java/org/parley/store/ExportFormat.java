package org.parley.store;

import java.util.Locale;

/** The dump formats of {@code export}. Triple formats write one graph; quad formats keep the named graphs. */
public enum ExportFormat {
    TTL(false),
    TRIG(true),
    NT(false),
    NQ(true),
    JSONLD(false);

    private final boolean quads;

    ExportFormat(boolean quads) {
        this.quads = quads;
    }

    /** Parses "ttl", "trig", "nt", "nq" or "jsonld", ignoring case. */
    public static ExportFormat parse(String name) {
        return FormatNames.parse(ExportFormat.class, name, "export format");
    }

    /** True when the format keeps the named graphs (TriG, N-Quads). */
    public boolean writesQuads() {
        return quads;
    }

    /** The lower-case name users type, e.g. {@code "jsonld"}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
