package org.parley.bench;

import java.time.Duration;

/**
 * How much a run got through in how long.
 *
 * @param articles articles done
 * @param units    what was counted: tokens when annotating, triples when writing
 * @param elapsed  wall time
 */
public record Throughput(int articles, long units, Duration elapsed) {

    /** Tokens (or triples) per second. */
    public double perSecond() {
        return units / seconds();
    }

    public double articlesPerMinute() {
        return articles * 60 / seconds();
    }

    public double seconds() {
        return Math.max(1e-9, elapsed.toNanos() / 1e9);
    }
}
