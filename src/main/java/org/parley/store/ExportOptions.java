package org.parley.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.parley.store.dump.SortedDump;

/**
 * What to export and how.
 *
 * @param format the syntax
 * @param graph one named graph only, or empty for the whole store
 * @param describe whether a whole-store dump holds the store's VoID description
 * @param tempDir where the sort spills its temporary files
 * @param sortBudgetBytes how much heap the sort may fill before it spills
 */
public record ExportOptions(ExportFormat format, Optional<String> graph, boolean describe, Path tempDir,
                            long sortBudgetBytes) {

    public ExportOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(tempDir, "tempDir");
        if (sortBudgetBytes < 1) {
            throw new IllegalArgumentException("sort budget must be positive: " + sortBudgetBytes);
        }
    }

    /** The whole store with its description, temporary files in {@code java.io.tmpdir}, the default sort budget. */
    public static ExportOptions of(ExportFormat format) {
        return new ExportOptions(format, Optional.empty(), true, Path.of(System.getProperty("java.io.tmpdir")),
                SortedDump.defaultSortBudget());
    }

    public ExportOptions withGraph(Optional<String> graphIri) {
        return new ExportOptions(format, graphIri, describe, tempDir, sortBudgetBytes);
    }

    public ExportOptions withDescription(boolean withDescription) {
        return new ExportOptions(format, graph, withDescription, tempDir, sortBudgetBytes);
    }

    public ExportOptions withTempDir(Path directory) {
        return new ExportOptions(format, graph, describe, directory, sortBudgetBytes);
    }

    public ExportOptions withSortBudget(long bytes) {
        return new ExportOptions(format, graph, describe, tempDir, bytes);
    }
}
