package org.parley.ingest;

/** The steps one article goes through in a build, timed separately so the cost of each can be compared with CoreNLP's. */
public enum Stage {
    /** CoreNLP's annotators. */
    CORENLP("CoreNLP"),
    /** CoreNLP's annotation into Parley's records. */
    CONVERT("conversion"),
    /** Entities, roles and negotiation acts. */
    EXTRACT("extraction"),
    /** Wikidata links. */
    LINK("linking"),
    /** The article's RDF graph, in memory. */
    RDF("RDF"),
    /** Replacing the article's graph in TDB2 (one write transaction). */
    WRITE("TDB2 write");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Everything that is Parley's own work, not CoreNLP's. */
    public boolean isParleys() {
        return this != CORENLP;
    }
}
