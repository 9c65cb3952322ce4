package org.parley.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
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
                "  /.well-known/void  the store's VoID description (Turtle, N-Triples or JSON-LD)",
                "The default graph is the union of the articles' graphs. No updates are accepted."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOption storeOption;

    @Mixin
    ServeOptions serveOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // Serving a store that does not exist would create an empty one and answer every query with nothing.
        try (ArticleStore store = ArticleStore.open(QueryCommand.existing(storeOption.store))) {
            serve(spec, store, serveOptions);
        }
        return 0;
    }

    static void serve(CommandSpec spec, ArticleStore store, ServeOptions options) {
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
            server.join();
        }
    }
}
