package org.parley.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.concurrent.Callable;
import org.parley.build.CorpusWatcher;
import org.parley.nlp.LazyPipeline;
import org.parley.nlp.PipelineConfig;
import org.parley.server.ParleyServer;
import org.parley.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store over SPARQL until stopped (Ctrl-C):",
                "  /parley/sparql  SPARQL 1.1 query endpoint (GET and POST)",
                "  /parley/get     Graph Store Protocol, read-only",
                "  /               a page to write and run queries",
                "The default graph is the union of the articles' graphs. No updates are accepted."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOption storeOption;

    @Mixin
    ServeOptions serveOptions;

    @Mixin
    WatchOptions watchOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // Serving a store that does not exist would create an empty one and answer every query with nothing.
        Watching.requireDirectory(spec, watchOptions.watch);
        try (ArticleStore store = ArticleStore.open(QueryCommand.existing(storeOption.store))) {
            serve(spec, store, serveOptions, watchOptions.watch == null ? () -> null
                    : () -> Watching.start(spec, store, watchOptions.watch,
                            LazyPipeline.loading(PipelineConfig.standard()),
                            BuildOptions.standardLinker(Path.of("data/wikidata-index"), Optional.empty()),
                            Runtime.getRuntime().availableProcessors()));
        }
        return 0;
    }

    static void serve(CommandSpec spec, ArticleStore store, ServeOptions options) {
        serve(spec, store, options, () -> null);
    }

    /** Serves until stopped; {@code watcher} (which may give null) starts once the server answers. */
    static void serve(CommandSpec spec, ArticleStore store, ServeOptions options, Supplier<CorpusWatcher> watcher) {
        try (ParleyServer server = ParleyServer.builder(store.dataset())
                .host(options.host)
                .port(options.port)
                .queryTimeout(Duration.ofSeconds(options.timeoutSeconds))
                .build()
                .start()) {
            var out = spec.commandLine().getOut();
            out.println("Serving " + store.tripleCount() + " triples at " + server.baseUrl()
                    + " (SPARQL endpoint: " + server.baseUrl() + "parley/sparql). Ctrl-C stops.");
            out.flush();
            try (CorpusWatcher watching = watcher.get()) {
                server.join();
            }
        }
    }
}
