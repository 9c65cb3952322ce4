package org.parley.cli;

import java.util.concurrent.Callable;
import org.parley.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "up", mixinStandardHelpOptions = true,
        description = {"Builds the store from the corpus, then serves it: the one command to get a SPARQL endpoint.",
                "Articles that fail are reported and the rest is still served."})
final class UpCommand implements Callable<Integer> {

    @Mixin
    StoreOption storeOption;

    @Mixin
    BuildOptions buildOptions;

    @Mixin
    ServeOptions serveOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        serveOptions.prepare(spec);
        try (ArticleStore store = ArticleStore.open(storeOption.store)) {
            int built = BuildCommand.run(spec, store, buildOptions);
            ServeCommand.serve(spec, store, serveOptions);
            return built;
        }
    }
}
