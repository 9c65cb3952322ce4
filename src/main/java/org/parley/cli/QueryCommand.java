package org.parley.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.store.ArticleStore;
import org.parley.store.QueryRunner;
import org.parley.store.ResultFormat;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query against the store in-process and prints the result on stdout.",
                "The default graph is the union of the articles' graphs."})
final class QueryCommand implements Callable<Integer> {

    @Mixin
    StoreOption storeOption;

    static final class Source {
        @Option(names = "--query", paramLabel = "TEXT", description = "The query text.")
        String text;

        @Parameters(paramLabel = "FILE.rq", description = "A file holding the query.")
        Path file;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv, json, xml (SELECT/ASK) or ttl (CONSTRUCT/DESCRIBE); default: ${DEFAULT-VALUE}.")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ResultFormat resultFormat = ResultFormat.parse(format);
        String sparql = source.text != null ? source.text : read(source.file);
        try (ArticleStore store = ArticleStore.open(existing(storeOption.store))) {
            QueryRunner.run(store.dataset(), sparql, resultFormat, System.out);
        }
        System.out.flush();
        return 0;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read query file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reading commands refuse a store that does not exist rather than create an empty one. */
    static Path existing(Path store) {
        if (!Files.isDirectory(store)) {
            throw new IllegalArgumentException("no store at " + store + " (run `parley build` first, or pass --store)");
        }
        return store;
    }
}
