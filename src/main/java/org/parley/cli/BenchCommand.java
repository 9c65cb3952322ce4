package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.parley.bench.BenchSettings;
import org.parley.bench.Benchmark;
import org.parley.bench.GeneratedCorpus;
import org.parley.bench.ScaleBenchmark;
import org.parley.corpus.Article;
import org.parley.corpus.CorpusReader;
import org.parley.nlp.PipelineConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures Parley's speed and memory and prints a Markdown report for BENCHMARKS.md: raw "
                + "CoreNLP beside the whole build with each thread count, where a build's time goes, model load, heap "
                + "and resident memory, TDB2 writes, the no-op rebuild, SPARQL latency in-process and over HTTP and "
                + "under the load of 1, 8 and 32 clients, a first "
                + "build as a user runs it, and each candidate pipeline's speed and extraction score. By default on a "
                + "generated corpus of 500 articles made of the seed articles' paragraphs: about 30 minutes on 2 free "
                + "cores. --quick runs every step on the seed corpus in a few minutes.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Measure these articles instead of a generated corpus.")
    Path corpus;

    @Option(names = "--seed-corpus", paramLabel = "DIR", defaultValue = "corpus",
            description = "Real articles: the generated corpus is made of their paragraphs, and the extraction is "
                    + "scored on them (default: ${DEFAULT-VALUE}).")
    Path seedCorpus;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "500",
            description = "Articles of the generated corpus (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--random-seed", paramLabel = "N", defaultValue = "7",
            description = "The generated corpus's seed; the same seed gives the same corpus (default: ${DEFAULT-VALUE}).")
    long randomSeed;

    @Option(names = "--threads", paramLabel = "N", split = ",",
            description = "Thread counts to measure, each in turn (default: 1 and the number of cores, here ${DEFAULT-VALUE}).")
    List<Integer> threads = defaultThreads();

    @Option(names = "--pipeline", paramLabel = "NAME",
            description = "The pipeline measured (default: ${DEFAULT-VALUE}).")
    String pipeline = PipelineConfig.standard().name();

    @Option(names = "--candidates", paramLabel = "NAME", split = ",",
            description = "Pipelines compared by speed and extraction score (default: all, ${DEFAULT-VALUE}).")
    List<String> candidates = PipelineConfig.candidates().stream().map(PipelineConfig::name).toList();

    @Option(names = "--skip-candidates", description = "Do not compare pipelines.")
    boolean skipCandidates;

    @Option(names = "--candidate-articles", paramLabel = "N", defaultValue = "40",
            description = "Articles each candidate annotates for its speed (default: ${DEFAULT-VALUE}).")
    int candidateArticles;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "20",
            description = "Articles annotated untimed first, so the JIT has compiled the hot code (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries",
            description = "The queries to time (default: ${DEFAULT-VALUE}).")
    Path queries;

    @Option(names = "--sparql-runs", paramLabel = "N", defaultValue = "20",
            description = "Timed runs of each query, in-process and over HTTP (default: ${DEFAULT-VALUE}).")
    int sparqlRuns;

    @Option(names = "--skip-sparql", description = "Do not time the queries, alone or under load.")
    boolean skipSparql;

    @Option(names = "--load-clients", paramLabel = "N", split = ",", defaultValue = "1,8,32",
            description = "Client counts of the load test: that many clients query the endpoint at once over "
                    + "loopback HTTP, each count in turn (default: ${DEFAULT-VALUE}).")
    List<Integer> loadClients;

    @Option(names = "--load-requests", paramLabel = "N", defaultValue = "50",
            description = "Requests each client of the load test sends (default: ${DEFAULT-VALUE}).")
    int loadRequests;

    @Option(names = "--eval", paramLabel = "DIR", defaultValue = "../shared/eval",
            description = "The evaluation kit that scores each candidate (default: ${DEFAULT-VALUE}; skipped when absent).")
    Path eval;

    @Option(names = "--child-articles", paramLabel = "N", defaultValue = "50",
            description = "Articles of the first build run as a user runs it, in a new process (default: ${DEFAULT-VALUE}).")
    int childArticles;

    @Option(names = "--skip-child", description = "Do not run builds in new processes (first build and no-op rebuild).")
    boolean skipChild;

    @Option(names = "--quick", description = "A smoke run of a few minutes: the seed corpus, only the measured "
            + "pipeline as candidate, few runs (options given explicitly still apply). Every figure is printed; none "
            + "is worth comparing.")
    boolean quick;

    @Option(names = "--work", paramLabel = "DIR",
            description = "An empty directory for the corpus and stores, kept afterwards (default: a temporary "
                    + "directory, deleted afterwards).")
    Path work;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the report to FILE.")
    Path out;

    @Option(names = "--write-corpus", paramLabel = "DIR",
            description = "Only write the generated corpus (--articles, --random-seed, --seed-corpus) into DIR and "
                    + "stop: the same articles for another tool, or another version of Parley, to build.")
    Path writeCorpus;

    @Option(names = "--scale", paramLabel = "QUADS", split = ",",
            description = "Only time the research queries on stores of these sizes in quads (k and M allowed, e.g. "
                    + "100k,1M,10M), grown from --scale-from's article graphs and bulk-loaded one size after the other, "
                    + "then stop. 10M needs about 3.6 GB of disk in --work and half an hour.")
    List<String> scale;

    @Option(names = "--scale-from", paramLabel = "PATH", split = ",",
            description = "Real article graphs the --scale stores are grown from: N-Quads files or folders (a Spark "
                    + "job's OUT/nquads, `parley export --format nq`), or a store (default: ${DEFAULT-VALUE}).",
            defaultValue = "data/store")
    List<Path> scaleFrom;

    @Option(names = "--scale-patience", paramLabel = "SECONDS", defaultValue = "60",
            description = "With --scale, a query whose first answer takes longer is reported, not timed further "
                    + "(default: ${DEFAULT-VALUE}).")
    int scalePatience;

    @Spec
    CommandSpec spec;

    private static List<Integer> defaultThreads() {
        int cores = Runtime.getRuntime().availableProcessors();
        return cores > 1 ? List.of(1, cores) : List.of(1);
    }

    @Override
    public Integer call() throws IOException {
        PipelineConfig measured = PipelineConfig.named(pipeline);
        if (threads.stream().anyMatch(t -> t < 1) || articles < 1 || sparqlRuns < 0 || candidateArticles < 1
                || loadClients.stream().anyMatch(c -> c < 1) || loadRequests < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads, --articles, "
                    + "--candidate-articles, --load-clients and --load-requests must be at least 1, --sparql-runs at "
                    + "least 0");
        }
        if (writeCorpus != null) {
            return writeCorpusOnly();
        }
        if (scale != null) {
            return scaleOnly();
        }
        if (quick) {
            quickDefaults();
        }
        List<PipelineConfig> compared = skipCandidates ? List.of()
                : candidates.stream().map(PipelineConfig::named).distinct().sorted(measuredFirst(measured)).toList();
        Path workDir = emptyWorkDir();
        PrintWriter err = spec.commandLine().getErr();
        try {
            BenchSettings settings = new BenchSettings(seedCorpus, Optional.ofNullable(corpus), articles, randomSeed,
                    threads, measured, compared, candidateArticles, warmup, queries, skipSparql ? 0 : sparqlRuns,
                    skipSparql ? List.of() : loadClients, loadRequests, Optional.of(eval).filter(Files::isDirectory),
                    skipChild ? 0 : childArticles,
                    BuildOptions.standardLinker(Path.of("data/wikidata-index"), Optional.empty()),
                    System.getenv().getOrDefault(Launcher.OPTIONS_VARIABLE, Launcher.DEFAULT_OPTIONS), workDir);
            String report;
            try {
                report = Benchmark.run(settings, line -> {
                    err.println("bench: " + line);
                    err.flush();
                });
            } catch (Benchmark.Stopped stopped) {
                print(stopped.partialReport());
                throw stopped;
            }
            print(report);
        } finally {
            if (work == null) {
                deleteRecursively(workDir);
            }
        }
        return 0;
    }

    /** --work, or a temporary directory; never one with stores of an earlier run in it. */
    private Path emptyWorkDir() throws IOException {
        if (work != null && Files.isDirectory(work) && !isEmpty(work)) {
            // Stores left by an earlier run would turn the measured builds into no-op rebuilds.
            throw new CommandLine.ParameterException(spec.commandLine(), "--work: " + work + " is not empty");
        }
        return work != null ? Files.createDirectories(work) : Files.createTempDirectory("parley-bench");
    }

    private int writeCorpusOnly() throws IOException {
        if (Files.isDirectory(writeCorpus) && !isEmpty(writeCorpus)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--write-corpus: " + writeCorpus
                    + " is not empty");
        }
        List<Article> seeds = CorpusReader.scan(seedCorpus).articles();
        GeneratedCorpus.write(seeds, articles, randomSeed, writeCorpus);
        spec.commandLine().getErr().printf("bench: %d articles generated from the paragraphs of %d articles of %s "
                + "(random seed %d) into %s%n", articles, seeds.size(), seedCorpus, randomSeed, writeCorpus);
        return 0;
    }

    private int scaleOnly() throws IOException {
        List<Long> sizes = scale.stream().map(this::quads).toList();
        if (!spec.commandLine().getParseResult().hasMatchedOption("--sparql-runs")) {
            sparqlRuns = 10;
        }
        Path workDir = emptyWorkDir();
        PrintWriter err = spec.commandLine().getErr();
        try {
            print(ScaleBenchmark.run(new ScaleBenchmark.Settings(scaleFrom, sizes, queries, Math.max(1, sparqlRuns),
                    Duration.ofSeconds(scalePatience), workDir), line -> {
                        err.println("bench: " + line);
                        err.flush();
                    }));
        } finally {
            if (work == null) {
                deleteRecursively(workDir);
            }
        }
        return 0;
    }

    /** A store size: digits with an optional k (thousand) or M (million). */
    private long quads(String size) {
        String s = size.strip();
        long unit = s.endsWith("k") || s.endsWith("K") ? 1_000 : s.endsWith("M") || s.endsWith("m") ? 1_000_000 : 1;
        try {
            long value = Long.parseLong(unit == 1 ? s : s.substring(0, s.length() - 1)) * unit;
            if (value < 1) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--scale: '" + size + "' is not a number "
                    + "of quads such as 100k, 1M or 2500000");
        }
    }

    /** The report on stdout, and in --out when given. */
    private void print(String report) throws IOException {
        var stdout = spec.commandLine().getOut();
        stdout.print(report);
        stdout.flush();
        if (out != null) {
            Files.writeString(out, report, StandardCharsets.UTF_8);
            spec.commandLine().getErr().println("bench: report written to " + out);
        }
    }

    /** --quick changes the defaults; an option given explicitly still wins. */
    private void quickDefaults() {
        var given = spec.commandLine().getParseResult();
        if (!given.hasMatchedOption("--corpus")) {
            corpus = seedCorpus;
        }
        if (!given.hasMatchedOption("--candidates")) {
            candidates = List.of(pipeline);
        }
        if (!given.hasMatchedOption("--candidate-articles")) {
            candidateArticles = 5;
        }
        if (!given.hasMatchedOption("--warmup")) {
            warmup = 2;
        }
        if (!given.hasMatchedOption("--sparql-runs")) {
            sparqlRuns = 3;
        }
        if (!given.hasMatchedOption("--child-articles")) {
            childArticles = 5;
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** The measured pipeline first: it is loaded already. */
    private static Comparator<PipelineConfig> measuredFirst(PipelineConfig measured) {
        return Comparator.comparing(config -> !config.equals(measured));
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }
}
