package org.parley.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options of {@code build} that {@code up} shares. */
final class BuildOptions {

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus",
            description = "The directory of articles: .txt with an optional .json sidecar, or news-please .json/.jsonl (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--threads", paramLabel = "N",
            description = "Articles annotated at once (default: the number of cores, here ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();
}
