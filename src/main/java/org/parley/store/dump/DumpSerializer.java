package org.parley.store.dump;

/**
 * Writes sorted records (see {@link Records}) in one RDF syntax. Records come grouped by graph, then subject, then
 * predicate, so a serializer only remembers the current graph, subject and predicate: its memory does not grow with
 * the dump.
 */
public interface DumpSerializer {

    /** Whether the syntax keeps named graphs (TriG, N-Quads): then records are quads. */
    boolean writesQuads();

    /** Before the first record: prefixes, an opening bracket. */
    void start();

    /** One record, in order. */
    void record(String record);

    /** After the last record; flushes, does not close the output. */
    void finish();
}
