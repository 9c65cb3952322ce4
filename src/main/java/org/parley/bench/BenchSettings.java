package org.parley.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.parley.link.EntityLinker;
import org.parley.nlp.PipelineConfig;

/**
 * What one benchmark run measures.
 *
 * @param seedCorpus        real articles: the generated corpus is made of their paragraphs, and the extraction is
 *                          scored on them
 * @param corpus            a corpus to measure instead of generating one
 * @param articles          articles of the generated corpus
 * @param randomSeed        the generated corpus's seed: the same seed gives the same corpus
 * @param threads           each measured in turn, e.g. 1 and the number of cores
 * @param pipeline          the pipeline whose throughput, memory and build are measured
 * @param candidates        pipelines compared by speed and extraction score (none: skipped)
 * @param candidateArticles articles of the corpus each candidate annotates for its speed
 * @param warmupArticles    annotated untimed before the first measured pass, so the JIT has compiled the hot code
 * @param queries           the directory of .rq files to time
 * @param sparqlRuns        timed runs per query and way (0: skipped)
 * @param loadClients       client counts of the load test over HTTP, each in turn (none: skipped)
 * @param loadRequests      requests each client of the load test sends
 * @param evalKit           the evaluation kit's directory, if present
 * @param childArticles     articles of the build run in a separate process for its resident memory (0: skipped)
 * @param linker            the linker of a default build
 * @param launcherOptions   the JVM options the launcher gives a command, for the report
 * @param workDir           where the corpus and stores go
 */
public record BenchSettings(Path seedCorpus, Optional<Path> corpus, int articles, long randomSeed,
                            List<Integer> threads, PipelineConfig pipeline, List<PipelineConfig> candidates,
                            int candidateArticles, int warmupArticles, Path queries, int sparqlRuns,
                            List<Integer> loadClients, int loadRequests, Optional<Path> evalKit, int childArticles, EntityLinker linker,
                            String launcherOptions, Path workDir) {

    public BenchSettings {
        threads = List.copyOf(threads);
        candidates = List.copyOf(candidates);
        loadClients = List.copyOf(loadClients);
        if (loadClients.stream().anyMatch(c -> c < 1) || loadRequests < 1) {
            throw new IllegalArgumentException("the load test needs at least 1 client and 1 request per client");
        }
        if (threads.isEmpty() || threads.stream().anyMatch(t -> t < 1)) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        if (articles < 1) {
            throw new IllegalArgumentException("the generated corpus needs at least one article");
        }
    }

    /** The largest thread count: the one a default build uses. */
    int maxThreads() {
        return threads.stream().mapToInt(Integer::intValue).max().orElse(1);
    }
}
