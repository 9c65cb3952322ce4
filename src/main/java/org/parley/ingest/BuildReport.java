package org.parley.ingest;

import java.time.Duration;
import java.util.List;
import org.parley.corpus.ArticleError;

/** What a build did, for the one-line summary and the exit code; {@code timings} say where the time went. */
public record BuildReport(int added, int replaced, int skipped, int removed, List<ArticleError> failures,
                          long triples, long tokens, Duration elapsed, BuildTimings timings) {

    public BuildReport {
        failures = List.copyOf(failures);
    }

    /** Articles annotated and written by this build. */
    public int annotated() {
        return added + replaced;
    }

    public boolean failed() {
        return !failures.isEmpty();
    }

    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "%d added, %d replaced, %d skipped, %d removed, %d failed; %d triples in the store; %.1f s",
                added, replaced, skipped, removed, failures.size(), triples, elapsed.toMillis() / 1000.0);
    }
}
