package org.parley.ingest;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Adds up the time spent in each {@link Stage}, summed over the threads that work on articles. */
final class StageClock {

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

    StageClock() {
        for (Stage stage : Stage.values()) {
            nanos.put(stage, new LongAdder());
        }
    }

    /** Adds the time since {@code startNanos} to {@code stage} and returns now, the start of the next stage. */
    long lap(Stage stage, long startNanos) {
        long now = System.nanoTime();
        nanos.get(stage).add(now - startNanos);
        return now;
    }

    Map<Stage, Duration> totals() {
        Map<Stage, Duration> totals = new EnumMap<>(Stage.class);
        nanos.forEach((stage, sum) -> totals.put(stage, Duration.ofNanos(sum.sum())));
        return totals;
    }
}
