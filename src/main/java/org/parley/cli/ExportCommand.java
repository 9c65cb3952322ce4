package org.parley.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.store.ArticleStore;
import org.parley.store.ExportFormat;
import org.parley.store.ExportOptions;
import org.parley.store.Exporter;
import org.parley.store.dump.SortedDump;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes a dump of the store: ttl, nt and jsonld hold the union graph (or --graph),",
                "trig and nq every named graph. A FILE ending in .gz is compressed.",
                "The same store always gives the same bytes: statements are sorted, prefixes fixed.",
                "A dump of the whole store also holds its VoID description (in trig and nq: the default graph)."})
final class ExportCommand implements Callable<Integer> {

    @Mixin
    StoreOption storeOption;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "ttl, trig, nt, nq or jsonld.")
    String format;

    @Option(names = "--graph", paramLabel = "IRI", description = "Only this named graph (an article's IRI), "
            + "without the description.")
    String graph;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout.")
    Path out;

    @Option(names = "--no-void", description = "Leave out the VoID description.")
    boolean noVoid;

    @Option(names = "--temp-dir", paramLabel = "DIR",
            description = "Where the sort spills when the store does not fit in memory (default: the system's).")
    Path tempDir;

    @Override
    public Integer call() {
        ExportOptions options = options();
        long start = System.nanoTime();
        try (ArticleStore store = ArticleStore.open(QueryCommand.existing(storeOption.store))) {
            if (out == null) {
                OutputStream stdout = System.out;
                Exporter.write(store.dataset(), options, stdout);
                stdout.flush();
                return 0;
            }
            SortedDump.Report report = Exporter.writeToFile(store.dataset(), options, out);
            spec.commandLine().getOut().println(summary(report, (System.nanoTime() - start) / 1e9));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
        return 0;
    }

    private ExportOptions options() {
        ExportFormat exportFormat;
        try {
            exportFormat = ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        ExportOptions options = ExportOptions.of(exportFormat)
                .withGraph(Optional.ofNullable(graph))
                .withDescription(!noVoid);
        return tempDir == null ? options : options.withTempDir(tempDir);
    }

    private String summary(SortedDump.Report report, double seconds) {
        String what = ExportFormat.parse(format).writesQuads() ? "quads" : "triples";
        String description = report.descriptionTriples() > 0
                ? String.format(Locale.ROOT, " (%,d of them the VoID description)", report.descriptionTriples())
                : "";
        return String.format(Locale.ROOT, "Wrote %,d %s%s to %s in %.1f s.",
                report.statements(), what, description, out, seconds);
    }
}
