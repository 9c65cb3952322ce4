package org.parley.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * When each article of a run finished, so that the run can be cut into slices: the throughput of the first hundred
 * articles beside the last hundred shows whether the cost per article grows with the store.
 */
final class Completions {

    private final long startNanos = System.nanoTime();
    private final List<long[]> done = new ArrayList<>();

    /** One article done, with its tokens (or, for writes, its triples). */
    synchronized void add(long units) {
        done.add(new long[] {System.nanoTime(), units});
    }

    synchronized int count() {
        return done.size();
    }

    /** The run cut into {@code slices} consecutive slices of about equal numbers of articles. */
    synchronized List<Throughput> slices(int slices) {
        List<Throughput> result = new ArrayList<>();
        int n = done.size();
        int parts = Math.max(1, Math.min(slices, n));
        long sliceStart = startNanos;
        int from = 0;
        for (int part = 1; part <= parts; part++) {
            int to = (int) ((long) n * part / parts);
            long units = 0;
            for (int i = from; i < to; i++) {
                units += done.get(i)[1];
            }
            long end = to == 0 ? sliceStart : done.get(to - 1)[0];
            result.add(new Throughput(to - from, units, Duration.ofNanos(end - sliceStart)));
            sliceStart = end;
            from = to;
        }
        return result;
    }
}
