package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.link.DumpIndexBuilder;
import org.parley.link.DumpIndexProgress;
import org.parley.link.DumpIndexReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "wikidata-index", mixinStandardHelpOptions = true,
        description = {"Builds the full offline Wikidata index from a Wikidata JSON dump: latest-all.json.gz",
                "(fastest), latest-all.json.bz2 or uncompressed. Java reads bzip2 at only about 15 MB/s: for a",
                "full .bz2 dump, decompress it in parallel into a named pipe and read that:",
                "  mkfifo dump; lbzip2 -dc latest-all.json.bz2 > dump & parley wikidata-index --dump dump",
                "Keeps the people, countries, organisations and places of the classes listed in",
                "wikidata-classes.tsv. Streams the dump: 1 GB of heap (-Xmx1g) is enough for a full one.",
                "Ends with a one-line summary: entities read, kept by type, malformed lines skipped, seconds."})
final class WikidataIndexCommand implements Callable<Integer> {

    @Option(names = "--dump", required = true, paramLabel = "FILE", description = "The Wikidata JSON dump.")
    Path dump;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "data/wikidata-index",
            description = "Where the index goes (default: ${DEFAULT-VALUE}); an index there is replaced.")
    Path out;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads parsing the dump, besides the one decompressing it (default: the number of cores "
                    + "but one, here ${DEFAULT-VALUE}).")
    int threads = DumpIndexBuilder.defaultThreads();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        if (!Files.exists(dump) || Files.isDirectory(dump)) {
            throw new IllegalArgumentException("no Wikidata dump at " + dump);
        }
        PrintWriter err = spec.commandLine().getErr();
        boolean interactive = System.console() != null;
        DumpIndexReport report;
        try {
            DumpIndexProgress progress = interactive ? progressLine(err) : DumpIndexProgress.NONE;
            report = DumpIndexBuilder.standard().withThreads(threads).build(dump, out, progress);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the Wikidata index from " + dump + " into " + out + ": "
                    + e.getMessage(), e);
        }
        if (interactive) {
            err.println();
        }
        err.println("wikidata-index: " + report.summary() + "; index in " + out);
        err.flush();
        return 0;
    }

    /** One line on stderr, redrawn in place. */
    private static DumpIndexProgress progressLine(PrintWriter err) {
        long start = System.nanoTime();
        return (read, kept, fraction) -> {
            double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
            String done = Double.isNaN(fraction) ? "" : String.format(Locale.ROOT, "%5.1f%% ", fraction * 100);
            err.print(String.format(Locale.ROOT, "\r%s%,d entities read, %,d kept, %,.0f entities/s\u001B[K", done,
                    read, kept, read / seconds));
            err.flush();
        };
    }
}
