package org.parley.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.store.ArticleStore;
import org.parley.store.NQuadsLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Loads N-Quads (a cluster job's gzipped parts, or .nq/.nq.gz dumps) into the store with TDB2's "
                + "bulk loader; each named graph replaces the graph of that name loaded before.",
                "Every file is read through first: a bad file stops the load before the store is touched.",
                "The store must not be open elsewhere (stop `serve` first); `serve` publishes the result."})
final class LoadCommand implements Callable<Integer> {

    @Mixin
    StoreOption storeOption;

    @Spec
    CommandSpec spec;

    @Option(names = "--nquads", required = true, arity = "1..*", paramLabel = "DIR",
            description = "Directories (searched recursively) or files of N-Quads.")
    List<Path> inputs;

    @Option(names = "--loader", paramLabel = "PLAN", defaultValue = "parallel",
            description = "TDB2's loader: parallel (default; a thread per index), phased (a few threads, index by "
                    + "index) or sequential (one thread, fully transactional). See BENCHMARKS.md.")
    String loader;

    @Option(names = "--verbose", description = "Print TDB2's progress lines.")
    boolean verbose;

    @Override
    public Integer call() {
        NQuadsLoader.Plan plan;
        try {
            plan = NQuadsLoader.Plan.valueOf(loader.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--loader must be phased, parallel or sequential, not "
                    + loader);
        }
        List<Path> files = NQuadsLoader.files(inputs);
        if (files.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no N-Quads file (.nq, .nq.gz, part-*.gz) in " + inputs);
        }
        var err = spec.commandLine().getErr();
        try (ArticleStore store = ArticleStore.open(storeOption.store)) {
            NQuadsLoader.Report report = NQuadsLoader.load(store, files, plan, line -> {
                if (verbose) {
                    err.println("load: " + line);
                    err.flush();
                }
            });
            spec.commandLine().getOut().println("load: " + report.summary() + " into " + storeOption.store);
        }
        return 0;
    }
}
