package org.parley.link;

/** Told how a dump index build advances, every so many entities. */
@FunctionalInterface
public interface DumpIndexProgress {

    DumpIndexProgress NONE = (read, kept, fraction) -> { };

    /**
     * @param entitiesRead entities read so far
     * @param kept         of them, entries written to the index
     * @param fractionRead how much of the dump file was read, 0 to 1; NaN when unknown (a pipe)
     */
    void update(long entitiesRead, long kept, double fractionRead);
}
