package org.parley.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.store.ArticleStore;
import org.parley.store.ExportFormat;
import org.parley.store.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes a dump of the store: ttl, nt and jsonld hold the union graph (or --graph),",
                "trig and nq every named graph. A FILE ending in .gz is compressed."})
final class ExportCommand implements Callable<Integer> {

    @Mixin
    StoreOption storeOption;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "ttl, trig, nt, nq or jsonld.")
    String format;

    @Option(names = "--graph", paramLabel = "IRI", description = "Only this named graph (an article's IRI).")
    String graph;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout.")
    Path out;

    @Override
    public Integer call() {
        ExportFormat exportFormat = ExportFormat.parse(format);
        try (ArticleStore store = ArticleStore.open(QueryCommand.existing(storeOption.store))) {
            if (out != null) {
                Exporter.writeToFile(store.dataset(), exportFormat, Optional.ofNullable(graph), out);
            } else {
                OutputStream stdout = System.out;
                Exporter.write(store.dataset(), exportFormat, Optional.ofNullable(graph), stdout);
                stdout.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
        return 0;
    }
}
