package org.parley.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.concurrent.Callable;
import org.parley.corpus.ArticleSizeLimit;
import org.parley.ingest.CorpusWatcher;
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
                "  /               a page to pick, write and run queries",
                "  /.well-known/void  the store's VoID description (Turtle, N-Triples or JSON-LD)",
                "  /id/...         our IRIs (https://w3id.org/parley/id/...) resolved: Turtle, JSON-LD or HTML",
                "The default graph is the union of the articles' graphs.",
                "Safe defaults for a public address: SERVICE may call only Wikidata (--service-allow,",
                "--no-federation), redirects are never followed, queries stop after --timeout and return",
                "at most --max-rows rows, any web page may read results (CORS, no credentials), and",
                "nothing writes unless --allow-update is given with a --password-file."})
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
        serveOptions.prepare(spec);
        Watching.requireDirectory(spec, watchOptions.watch);
        // Serving a store that does not exist would create an empty one and answer every query with nothing.
        try (ArticleStore store = ArticleStore.open(QueryCommand.existing(storeOption.store))) {
            serve(spec, store, serveOptions, watchOptions.watch == null ? () -> null
                    : () -> Watching.start(spec, store, watchOptions.watch,
                            LazyPipeline.loading(PipelineConfig.standard()),
                            BuildOptions.standardLinker(Path.of("data/wikidata-index"), Optional.empty()),
                            Runtime.getRuntime().availableProcessors(), ArticleSizeLimit.DEFAULT));
        }
        return 0;
    }

    /** Serves until stopped; {@link ServeOptions#prepare} first. */
    static void serve(CommandSpec spec, ArticleStore store, ServeOptions options) {
        serve(spec, store, options, () -> null);
    }

    /** Serves until stopped; {@code watcher} (which may give null) starts once the server answers. */
    static void serve(CommandSpec spec, ArticleStore store, ServeOptions options, Supplier<CorpusWatcher> watcher) {
        try (ParleyServer server = options.applyTo(ParleyServer.builder(store.dataset()))
                .build()
                .start()) {
            var out = spec.commandLine().getOut();
            out.println("Serving " + store.tripleCount() + " triples at " + server.baseUrl()
                    + " (SPARQL endpoint: " + server.baseUrl() + "parley/sparql)."
                    + options.writesNote(server.baseUrl()) + " Ctrl-C stops.");
            out.flush();
            try (CorpusWatcher watching = watcher.get()) {
                server.join();
            }
        }
    }
}
