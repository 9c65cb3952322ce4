package org.parley.link;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.parley.extract.EntityType;

/**
 * What a dump index build did.
 *
 * @param entitiesRead    well-formed entities read from the dump (items, properties, ...)
 * @param keptByType      entries written to the index, by type
 * @param names           distinct (name, entry) pairs the index answers
 * @param malformedLines  lines that were not an entity in JSON and were skipped
 * @param seconds         wall-clock time of the build
 */
public record DumpIndexReport(long entitiesRead, Map<EntityType, Long> keptByType, long names, long malformedLines,
                              double seconds) {

    public DumpIndexReport {
        EnumMap<EntityType, Long> complete = new EnumMap<>(EntityType.class);
        for (EntityType type : EntityType.values()) {
            complete.put(type, keptByType.getOrDefault(type, 0L));
        }
        keptByType = Map.copyOf(complete);
    }

    public long kept() {
        return keptByType.values().stream().mapToLong(Long::longValue).sum();
    }

    /** One line: "200000 entities read in 12.3 s (16260/s), 61234 kept (person 30000, ...), 61500 names, ...". */
    public String summary() {
        String byType = java.util.Arrays.stream(EntityType.values())
                .map(t -> t.name().toLowerCase(Locale.ROOT) + " " + keptByType.get(t))
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "%d entities read in %.1f s (%.0f/s), %d kept (%s), %d names, "
                        + "%d malformed line%s skipped", entitiesRead, seconds, entitiesRead / Math.max(seconds, 1e-3),
                kept(), byType, names, malformedLines, malformedLines == 1 ? "" : "s");
    }
}
