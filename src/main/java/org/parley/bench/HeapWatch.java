package org.parley.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap this process used, from the collector's own reports: the most in use just before a collection (the peak)
 * and the most still in use just after a full collection (live data). After a young collection the old generation
 * still holds whatever died there since the last full one, so only full collections tell what was live.
 */
final class HeapWatch implements AutoCloseable {

    private final AtomicLong peakBefore = new AtomicLong();
    private final AtomicLong peakAfterFull = new AtomicLong();
    private final AtomicLong fullCollections = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::collected;

    HeapWatch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
    }

    private void collected(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        var collection = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        var info = collection.getGcInfo();
        peakBefore.accumulateAndGet(used(info.getMemoryUsageBeforeGc()), Math::max);
        if (collection.getGcAction().contains("major")) {
            fullCollections.incrementAndGet();
            peakAfterFull.accumulateAndGet(used(info.getMemoryUsageAfterGc()), Math::max);
        }
    }

    /** Heap pools only: the collector's reports also list metaspace and the code cache. */
    private static long used(Map<String, MemoryUsage> pools) {
        long used = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pools.containsKey(pool.getName())) {
                used += pools.get(pool.getName()).getUsed();
            }
        }
        return used;
    }

    /** The most heap in use at any moment seen (before a collection, or now). */
    long peakBytes() {
        long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return Math.max(peakBefore.get(), now);
    }

    /** The most heap still in use right after a full collection: the most live data seen; 0 without one. */
    long peakLiveBytes() {
        return peakAfterFull.get();
    }

    long fullCollections() {
        return fullCollections.get();
    }

    static long maxHeapBytes() {
        return Runtime.getRuntime().maxMemory();
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // already gone
            }
        }
    }
}
