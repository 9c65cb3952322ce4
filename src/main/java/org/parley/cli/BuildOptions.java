package org.parley.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import org.parley.corpus.ArticleSizeLimit;
import org.parley.link.CandidateSource;
import org.parley.link.DumpIndex;
import org.parley.link.EntityLinker;
import org.parley.link.OnlineWikidata;
import org.parley.link.QidTable;
import org.parley.link.WikiDictIndex;
import org.parley.link.WikipediaPages;
import org.parley.nlp.LazyPipeline;
import org.parley.nlp.PipelineConfig;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Options of {@code build} that {@code up} shares. */
final class BuildOptions {

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus",
            description = "The directory of articles: .txt with an optional .json sidecar, or news-please .json/.jsonl (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--threads", paramLabel = "N",
            description = "Articles annotated at once (default: the number of cores, here ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--pipeline", paramLabel = "NAME",
            description = "CoreNLP's annotators: statistical, fastneural, neural, no-coref or bare (default: "
                    + "${DEFAULT-VALUE}; their speed and extraction scores are in BENCHMARKS.md). Changing it rebuilds "
                    + "every article.")
    String pipeline = PipelineConfig.standard().name();

    @Option(names = "--max-article-chars", paramLabel = "N",
            description = "Articles longer than N characters are reported by name and not annotated: CoreNLP's time "
                    + "and memory grow faster than the text (default: ${DEFAULT-VALUE}; a long news article has "
                    + "20,000-40,000).")
    int maxArticleChars = ArticleSizeLimit.DEFAULT_MAX_CHARS;

    @Option(names = "--no-link", description = "Do not link actors and places to Wikidata.")
    boolean noLink;

    @Option(names = "--wikidata-index", paramLabel = "DIR", defaultValue = "data/wikidata-index",
            description = "An index built by `parley wikidata-index`, used when present (default: ${DEFAULT-VALUE}).")
    Path wikidataIndex;

    @Option(names = "--online",
            description = "Also ask the Wikidata API for entities the offline tables lack (cached in --wikidata-cache; never needed).")
    boolean online;

    @Option(names = "--wikidata-cache", paramLabel = "DIR", defaultValue = "data/wikidata-cache",
            description = "Where --online keeps Wikidata's answers, so a rerun asks nothing (default: ${DEFAULT-VALUE}).")
    Path wikidataCache;

    /** The size limit these options ask for; bad usage (exit 2) unless it is at least 1. */
    ArticleSizeLimit sizeLimit(CommandSpec spec) {
        if (maxArticleChars < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--max-article-chars must be at least 1: " + maxArticleChars);
        }
        return new ArticleSizeLimit(maxArticleChars);
    }

    /** The CoreNLP pipeline these options ask for, not loaded yet. */
    LazyPipeline pipeline() {
        return LazyPipeline.loading(PipelineConfig.named(pipeline));
    }

    /** The linker these options ask for: the verified table, then Wikidata online if asked. */
    EntityLinker linker() {
        if (noLink) {
            return new EntityLinker(List.of(), EntityLinker.DEFAULT_THRESHOLD);
        }
        return standardLinker(wikidataIndex, online ? Optional.of(wikidataCache) : Optional.empty());
    }

    /**
     * The linker of a default build: the verified table, the Wikidata dump index when there is one, Wikipedia pages
     * from WikiDict, and the Wikidata API when {@code onlineCache} is given.
     */
    static EntityLinker standardLinker(Path wikidataIndex, Optional<Path> onlineCache) {
        List<CandidateSource> sources = new ArrayList<>(List.of(QidTable.shipped()));
        if (Files.isDirectory(wikidataIndex)) {
            try {
                sources.add(DumpIndex.open(wikidataIndex));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the Wikidata index " + wikidataIndex + ": " + e.getMessage(), e);
            }
        }
        onlineCache.ifPresent(cache -> sources.add(OnlineWikidata.withCache(cache)));
        return new EntityLinker(sources, EntityLinker.DEFAULT_THRESHOLD, wikipediaPages());
    }

    /** CoreNLP's WikiDict, indexed once into the user's cache (about 45 s and 370 MB the first time). */
    private static Optional<WikipediaPages> wikipediaPages() {
        Path cache = WikiDictIndex.defaultCacheDir();
        if (!Files.exists(cache.resolve(WikiDictIndex.FILE_NAME))) {
            System.err.println("Indexing CoreNLP's WikiDict once into " + cache + " (about a minute)...");
        }
        try {
            return Optional.of(new WikipediaPages(WikiDictIndex.openOrBuild(cache)));
        } catch (IOException | UncheckedIOException e) {
            LoggerFactory.getLogger(BuildOptions.class).warn("no Wikipedia pages for links: {}", e.getMessage());
            return Optional.empty();
        }
    }
}
