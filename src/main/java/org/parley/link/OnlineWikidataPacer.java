package org.parley.link;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Spaces requests at least {@code minInterval} apart, whichever thread makes them, and holds all of them back while
 * the server has asked to be left alone (Retry-After).
 */
final class OnlineWikidataPacer {

    private final long intervalNanos;
    private long nextSlot; // guarded by this

    OnlineWikidataPacer(Duration minInterval) {
        this.intervalNanos = minInterval.toNanos();
        this.nextSlot = System.nanoTime();
    }

    /** Waits until this thread may send a request. */
    void awaitTurn() throws InterruptedException {
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long slot = Math.max(now, nextSlot);
            nextSlot = slot + intervalNanos;
            wait = slot - now;
        }
        // Sleep outside the lock: the slot is reserved, and other threads can reserve the ones after it.
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    /** No request is sent before {@code pause} from now has passed. */
    synchronized void pauseAll(Duration pause) {
        nextSlot = Math.max(nextSlot, System.nanoTime() + pause.toNanos());
    }
}
