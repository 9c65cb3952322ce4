package org.parley.ingest;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where a build's time went.
 *
 * @param modelLoad  loading CoreNLP's models (zero when nothing needed annotating or the models were already loaded)
 * @param annotating wall time from the first article handed to the threads to the last graph written
 * @param stages     time per stage summed over all threads (with N threads it can exceed {@code annotating})
 */
public record BuildTimings(Duration modelLoad, Duration annotating, Map<Stage, Duration> stages) {

    public static final BuildTimings NONE = new BuildTimings(Duration.ZERO, Duration.ZERO, Map.of());

    public BuildTimings {
        Map<Stage, Duration> all = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            all.put(stage, stages.getOrDefault(stage, Duration.ZERO));
        }
        stages = Map.copyOf(all);
    }

    public Duration of(Stage stage) {
        return stages.get(stage);
    }

    /** Parley's own work (every stage but CoreNLP) as a share of CoreNLP's time; NaN when CoreNLP did not run. */
    public double parleyShareOfCoreNlp() {
        long coreNlp = of(Stage.CORENLP).toNanos();
        long parley = stages.entrySet().stream().filter(e -> e.getKey().isParleys())
                .mapToLong(e -> e.getValue().toNanos()).sum();
        return coreNlp == 0 ? Double.NaN : (double) parley / coreNlp;
    }
}
