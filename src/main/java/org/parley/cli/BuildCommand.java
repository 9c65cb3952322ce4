package org.parley.cli;

import java.util.concurrent.Callable;
import org.parley.ingest.BuildReport;
import org.parley.ingest.CorpusBuilder;
import org.parley.corpus.ArticleError;
import org.parley.extract.Extractor;
import org.parley.nlp.LazyPipeline;
import org.parley.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Annotates every article of the corpus and writes its graph into the store.",
                "Incremental: unchanged articles are skipped, changed ones replaced, removed ones dropped.",
                "Exit code 1 when any article failed (each is named on stderr); the others are still built."})
final class BuildCommand implements Callable<Integer> {

    @Mixin
    StoreOption storeOption;

    @Mixin
    BuildOptions buildOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (ArticleStore store = ArticleStore.open(storeOption.store)) {
            return run(spec, store, buildOptions, buildOptions.pipeline());
        }
    }

    /**
     * Builds and prints the failures and the summary line; shared with {@code up}, which keeps {@code pipeline}
     * loaded for {@code --watch}.
     */
    static int run(CommandSpec spec, ArticleStore store, BuildOptions options, LazyPipeline pipeline) {
        var err = spec.commandLine().getErr();
        CorpusBuilder builder = new CorpusBuilder(store, pipeline, Extractor.standard(), options.linker(),
                options.threads, new ConsoleProgress(err, System.console() != null), options.sizeLimit(spec));
        BuildReport report = builder.build(options.corpus);
        for (ArticleError failure : report.failures()) {
            err.println("failed: " + failure);
        }
        err.println("build: " + report.summary());
        err.flush();
        return report.failed() ? 1 : 0;
    }
}
