package org.parley.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store} option that every command touching the store shares. */
final class StoreOption {

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "data/store",
            description = "The TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path store;
}
