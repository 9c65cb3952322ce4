package org.parley.cli;

import java.util.concurrent.Callable;
import org.parley.nlp.LazyPipeline;
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

    @Mixin
    WatchOptions watchOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        serveOptions.prepare(spec);
        Watching.requireDirectory(spec, watchOptions.watch);
        try (ArticleStore store = ArticleStore.open(storeOption.store)) {
            // One pipeline for the build and the watcher: the models load once.
            LazyPipeline pipeline = buildOptions.pipeline();
            int built = BuildCommand.run(spec, store, buildOptions, pipeline);
            ServeCommand.serve(spec, store, serveOptions, watchOptions.watch == null ? () -> null
                    : () -> Watching.start(spec, store, watchOptions.watch, pipeline, buildOptions.linker(),
                            buildOptions.threads, buildOptions.sizeLimit(spec)));
            return built;
        }
    }
}
