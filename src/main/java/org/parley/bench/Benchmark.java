package org.parley.bench;

import static org.parley.bench.Markdown.f;
import static org.parley.bench.Markdown.gb;
import static org.parley.bench.Markdown.percent;
import static org.parley.bench.Markdown.seconds;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.parley.ingest.BuildReport;
import org.parley.ingest.BuildTimings;
import org.parley.ingest.CorpusBuilder;
import org.parley.ingest.Progress;
import org.parley.ingest.Stage;
import org.parley.corpus.Article;
import org.parley.corpus.CorpusReader;
import org.parley.corpus.CorpusScan;
import org.parley.extract.Extractor;
import org.parley.nlp.LazyPipeline;
import org.parley.nlp.NlpPipeline;
import org.parley.nlp.PipelineConfig;
import org.parley.server.ParleyServer;
import org.parley.store.ArticleStore;

/**
 * One benchmark run: every figure of BENCHMARKS.md, measured in order in this process (and, for what a user sees,
 * in child processes started as a user starts them), written as one Markdown report.
 */
public final class Benchmark {

    private static final int SLICES = 5;

    private final BenchSettings settings;
    private final Consumer<String> log;
    private final Markdown report = new Markdown();
    private NlpPipeline loaded;
    private final List<String> failures = new ArrayList<>();

    private Benchmark(BenchSettings settings, Consumer<String> log) {
        this.settings = settings;
        long start = System.nanoTime();
        this.log = line -> log.accept(f("[%4.0f s] %s", (System.nanoTime() - start) / 1e9, line));
    }

    /** Runs every measurement and returns the report; {@code log} hears what is being done. */
    public static String run(BenchSettings settings, Consumer<String> log) {
        return new Benchmark(settings, log).run();
    }

    /** A run that stopped: what was measured until then, and why it stopped. */
    public static final class Stopped extends RuntimeException {
        private final String partialReport;

        Stopped(String partialReport, RuntimeException cause) {
            super(cause.getMessage(), cause);
            this.partialReport = partialReport;
        }

        public String partialReport() {
            return partialReport;
        }
    }

    private String run() {
        try {
            return measureAll();
        } catch (RuntimeException e) {
            report.line("").line("**The benchmark stopped here: " + e.getMessage() + "**");
            throw new Stopped(report.toString(), e);
        }
    }

    private String measureAll() {
        machine();
        List<Article> articles = corpus();
        Path storeDir;
        try (HeapWatch heap = new HeapWatch()) {
            loadPipeline(settings.pipeline());
            Duration load = loaded.loadTime();
            warmUp(articles);
            storeDir = throughput(articles);
            memory(heap, load);
        }
        try (ArticleStore store = ArticleStore.open(storeDir)) {
            tdb2Writes(store);
            noOpInProcess(store);
        }
        if (settings.childArticles() > 0) {
            noOpAsAUser(storeDir);
        }
        try (ArticleStore store = ArticleStore.open(storeDir)) {
            sparql(store);
            sparqlLoad(store);
        }
        if (settings.childArticles() > 0) {
            firstBuildAsAUser(articles);
        }
        candidates(articles);
        report.line("").line(f("Load average at the end: %.2f (other work on the machine shows here).",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        return report.toString();
    }

    private void machine() {
        Runtime runtime = Runtime.getRuntime();
        var os = ManagementFactory.getOperatingSystemMXBean();
        long ram = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() : -1;
        List<String> collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).toList();
        report.heading("Machine")
                .line(f("- %d cores, %s RAM, %s %s; Java %s (%s); load average %.2f at the start",
                        runtime.availableProcessors(), ram > 0 ? gb(ram) : "unknown", os.getName(), os.getVersion(),
                        System.getProperty("java.version"), System.getProperty("java.vm.name"),
                        os.getSystemLoadAverage()))
                .line(f("- JVM: max heap %s, collectors %s, options %s", gb(HeapWatch.maxHeapBytes()),
                        String.join(" + ", collectors),
                        String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments())))
                .line(f("- pipeline %s; threads %s", settings.pipeline().describe(), settings.threads()));
    }

    private Path generatedDir() {
        return settings.workDir().resolve("corpus");
    }

    /** The corpus measured: the one given, or the generated one. */
    private Path corpusDir() {
        return settings.corpus().orElse(generatedDir());
    }

    private List<Article> corpus() {
        Path dir;
        String origin;
        if (settings.corpus().isPresent()) {
            dir = settings.corpus().get();
            origin = "the articles of " + dir;
        } else {
            dir = generatedDir();
            List<Article> seeds = CorpusReader.scan(settings.seedCorpus()).articles();
            log.accept(f("Generating %d articles from the paragraphs of %d seed articles...", settings.articles(),
                    seeds.size()));
            GeneratedCorpus.write(seeds, settings.articles(), settings.randomSeed(), dir);
            origin = f("generated from the paragraphs of the %d articles of %s (random seed %d)", seeds.size(),
                    settings.seedCorpus(), settings.randomSeed());
        }
        CorpusScan scan = CorpusReader.scan(dir);
        if (scan.articles().isEmpty()) {
            throw new IllegalArgumentException("no article to benchmark in " + dir);
        }
        long chars = scan.articles().stream().mapToLong(a -> a.text().length()).sum();
        report.heading("Corpus")
                .line(f("- %d articles, %,d characters, %s", scan.articles().size(), chars, origin));
        return scan.articles();
    }

    private void loadPipeline(PipelineConfig config) {
        if (loaded != null && loaded.config().equals(config)) {
            return;
        }
        if (loaded != null) {
            loaded = null;
            NlpPipeline.releaseAllModels();
            System.gc();
        }
        log.accept("Loading CoreNLP: " + config.describe() + "...");
        loaded = NlpPipeline.load(config);
    }

    private void warmUp(List<Article> articles) {
        int count = Math.min(settings.warmupArticles(), articles.size());
        if (count > 0) {
            log.accept("Warming up on " + count + " articles (CoreNLP, conversion and extraction)...");
            RawCoreNlp.warmUp(loaded, Extractor.standard(), articles.subList(0, count), settings.maxThreads());
        }
    }

    /** What one thread count gave, raw and whole. */
    private record Pass(int threads, Throughput raw, Throughput build, BuildTimings timings, List<Throughput> slices,
                        Usage beforeRaw, Usage afterRaw, Usage afterBuild) {
    }

    /** Raw CoreNLP and the whole build with each thread count; returns the store of the last build. */
    private Path throughput(List<Article> articles) {
        List<Pass> passes = new ArrayList<>();
        Path lastStore = null;
        for (int threads : settings.threads()) {
            log.accept(f("Raw CoreNLP, %d thread(s), %d articles...", threads, articles.size()));
            Usage before = Usage.now();
            Throughput raw = RawCoreNlp.run(loaded, articles, threads, new Completions());
            Usage afterRaw = Usage.now();
            log.accept(f("  %.0f tokens/s. Whole build, %d thread(s)...", raw.perSecond(), threads));
            lastStore = settings.workDir().resolve("store-" + threads + "-threads");
            Completions completions = new Completions();
            BuildReport built = build(corpusDir(), lastStore, threads, completions);
            Usage afterBuild = Usage.now();
            // The whole build: scan, manifest and ontology check included; the models were loaded before.
            Throughput build = new Throughput(built.annotated(), built.tokens(),
                    built.elapsed().minus(built.timings().modelLoad()));
            log.accept(f("  %.0f tokens/s (%s)", build.perSecond(), built.summary()));
            built.failures().forEach(failure -> failures.add(threads + " thread(s): " + failure));
            passes.add(new Pass(threads, raw, build, built.timings(), completions.slices(SLICES), before, afterRaw,
                    afterBuild));
        }
        throughputTable(passes);
        failures.forEach(failure -> report.line("- **failed** in the build with " + failure));
        stageTable(passes);
        growthTable(passes.get(passes.size() - 1));
        return lastStore;
    }

    private BuildReport build(Path corpus, Path storeDir, int threads, Completions completions) {
        NlpPipeline nlp = loaded;
        try (ArticleStore store = ArticleStore.open(storeDir)) {
            Progress progress = new Progress() {
                @Override
                public void articleDone(String articleId, int tokens) {
                    completions.add(tokens);
                }
            };
            return new CorpusBuilder(store, LazyPipeline.of(nlp.config(), () -> nlp), Extractor.standard(),
                    settings.linker(), threads, progress).build(corpus);
        }
    }

    private void throughputTable(List<Pass> passes) {
        Pass first = passes.get(0);
        report.heading("Throughput: raw CoreNLP and the whole build")
                .table("threads", "raw CoreNLP tokens/s", "build tokens/s", "build ÷ raw", "build articles/min",
                        "speed-up raw", "speed-up build", "CPU ms per 1000 tokens raw / build",
                        "cores busy raw / build", "GC raw / build");
        for (Pass pass : passes) {
            report.row(pass.threads(), f("%.0f", pass.raw().perSecond()), f("%.0f", pass.build().perSecond()),
                    f("%.3f", pass.build().perSecond() / pass.raw().perSecond()),
                    f("%.1f", pass.build().articlesPerMinute()),
                    f("%.2f×", pass.raw().perSecond() / first.raw().perSecond()),
                    f("%.2f×", pass.build().perSecond() / first.build().perSecond()),
                    f("%.0f / %.0f", pass.beforeRaw().cpuMillisPer1000(pass.afterRaw(), pass.raw().units()),
                            pass.afterRaw().cpuMillisPer1000(pass.afterBuild(), pass.build().units())),
                    f("%.2f / %.2f", pass.beforeRaw().coresBusy(pass.afterRaw()),
                            pass.afterRaw().coresBusy(pass.afterBuild())),
                    percent(pass.beforeRaw().gcShare(pass.afterRaw())) + " / "
                            + percent(pass.afterRaw().gcShare(pass.afterBuild())));
        }
        report.line(f("Tokens: %,d in %d articles. Build = scan, CoreNLP, conversion, extraction, linking, RDF and "
                        + "TDB2 writes into a fresh store, models already loaded. CPU ms per 1000 tokens: this "
                        + "process's CPU time (all threads, collector and compiler included) per 1000 tokens; equal "
                        + "figures at 1 and N threads mean the threads do not get in each other's way, and a speed-up "
                        + "below N then means the cores were not free (cores busy: CPU time ÷ wall). GC: collector "
                        + "time ÷ wall.", first.raw().units(), first.raw().articles()));
    }

    private void stageTable(List<Pass> passes) {
        report.heading("Where a build's time goes (summed over threads)")
                .table(header(passes));
        for (Stage stage : Stage.values()) {
            List<Object> row = new ArrayList<>(List.of(stage.label()));
            for (Pass pass : passes) {
                Duration time = pass.timings().of(stage);
                double share = (double) time.toNanos() / pass.timings().of(Stage.CORENLP).toNanos();
                row.add(seconds(time.toNanos() / 1e9) + (stage.isParleys() ? " (" + percent(share) + ")" : ""));
            }
            report.row(row.toArray());
        }
        List<Object> total = new ArrayList<>(List.of("**Parley's own work ÷ CoreNLP**"));
        passes.forEach(pass -> total.add("**" + percent(pass.timings().parleyShareOfCoreNlp()) + "**"));
        report.row(total.toArray());
    }

    private static String[] header(List<Pass> passes) {
        List<String> header = new ArrayList<>(List.of("stage"));
        passes.forEach(pass -> header.add(pass.threads() + " thread(s)"));
        return header.toArray(String[]::new);
    }

    private void growthTable(Pass pass) {
        report.heading(f("How the cost grows with the corpus (build, %d thread(s), in order of completion)",
                        pass.threads()))
                .table("articles", "tokens/s", "articles/min");
        int done = 0;
        for (Throughput slice : pass.slices()) {
            report.row(f("%d–%d", done + 1, done + slice.articles()), f("%.0f", slice.perSecond()),
                    f("%.1f", slice.articlesPerMinute()));
            done += slice.articles();
        }
        report.line("Articles go longest first, so later slices hold shorter articles: compare tokens/s, not "
                + "articles/min, across slices.");
    }

    private void memory(HeapWatch heap, Duration load) {
        report.heading("Model load and memory (this process)")
                .table("figure", "value")
                .row("model load (" + settings.pipeline().name() + ")", seconds(load.toNanos() / 1e9))
                .row("peak heap in use", gb(heap.peakBytes()))
                .row("most heap live after a full collection (" + heap.fullCollections() + " full collections)",
                        heap.fullCollections() == 0 ? "– (none)" : gb(heap.peakLiveBytes()))
                .row("max heap (-Xmx)", gb(HeapWatch.maxHeapBytes()))
                .row("peak resident memory (VmHWM) so far", rss(ResidentMemory.peakOfThisProcess()));
    }

    private static String rss(OptionalLong bytes) {
        return bytes.isPresent() ? gb(bytes.getAsLong()) : "n/a (no /proc)";
    }

    private void tdb2Writes(ArticleStore store) {
        log.accept("TDB2 writes...");
        Map<String, org.apache.jena.graph.Graph> graphs = WriteThroughput.graphsOf(store);
        report.heading("TDB2 writes alone")
                .table("articles per write transaction", "triples", "time", "triples/s", "articles/s",
                        "triples/s by slice as the store grows");
        for (int perTransaction : new int[] {1, 5, 50}) {
            WriteThroughput.Result writes = WriteThroughput.measure(graphs, perTransaction,
                    settings.workDir().resolve("store-writes-" + perTransaction), SLICES);
            report.row(perTransaction, f("%,d", writes.triples()), seconds(writes.all().seconds()),
                    f("**%,.0f**", writes.all().perSecond()), f("%.1f", writes.all().articles() / writes.all().seconds()),
                    String.join(", ", writes.slices().stream().map(s -> f("%,.0f", s.perSecond())).toList()));
        }
        report.line(f("The %d article graphs of the build, held in memory, written into fresh stores. A transaction "
                + "costs tens of milliseconds however small it is (the disk syncs): builds wrote one per article "
                + "before issue 7 and now write the articles annotated in the last five seconds together.",
                graphs.size()));
    }

    private void noOpInProcess(ArticleStore store) {
        log.accept("No-op rebuild in this process...");
        // The loaded pipeline is at hand only for articles that failed in the build before (a no-op loads nothing).
        NlpPipeline nlp = loaded;
        BuildReport noOp = new CorpusBuilder(store, LazyPipeline.of(nlp.config(), () -> nlp), Extractor.standard(),
                settings.linker(), settings.maxThreads(), Progress.NONE).build(corpusDir());
        report.heading("No-op rebuild")
                .line(f("- in this process (models not needed, store open): %s — %s",
                        seconds(noOp.elapsed().toNanos() / 1e9), noOp.summary()));
    }

    private void sparql(ArticleStore store) {
        if (settings.sparqlRuns() < 1) {
            return;
        }
        log.accept("SPARQL latency...");
        List<SparqlLatency.Result> results = SparqlLatency.measure(store.dataset(),
                SparqlLatency.queryFiles(settings.queries()), settings.sparqlRuns());
        report.heading(f("SPARQL latency on the built store (%d runs after 2 warm-up runs; ms)",
                settings.sparqlRuns()));
        SparqlLatency.table(report, results);
        report.line("In-process: `QueryRunner` writing JSON results, as `parley query --format json`. HTTP: a POST to "
                + "the embedded Fuseki's /parley/sparql asking for JSON, the whole answer read.");
    }

    private void sparqlLoad(ArticleStore store) {
        if (settings.loadClients().isEmpty()) {
            return;
        }
        List<String> queries = SparqlLoad.researchQueries(settings.queries());
        report.heading(f("SPARQL under load (%d research queries, %d requests per client, loopback HTTP)",
                        queries.size(), settings.loadRequests()))
                .table("clients", "requests", "errors", "requests/s", "p50 ms", "p99 ms");
        try (ParleyServer server = ParleyServer.builder(store.dataset()).port(0).build().start()) {
            URI endpoint = URI.create(server.baseUrl() + ParleyServer.DATASET_NAME + "/" + ParleyServer.QUERY_ENDPOINT);
            // Untimed: the server's and the client's code compiled, the store's pages read.
            SparqlLoad.run(endpoint, queries, 1, queries.size());
            for (int clients : settings.loadClients()) {
                log.accept(f("SPARQL under load: %d clients...", clients));
                SparqlLoad.Result r = SparqlLoad.run(endpoint, queries, clients, settings.loadRequests());
                report.row(r.clients(), r.requests(), r.errors() == 0 ? "0" : r.errors() + " (" + r.firstError() + ")",
                        f("%.0f", r.requestsPerSecond()), f("%.1f", r.p50Millis()), f("%.1f", r.p99Millis()));
            }
        }
        report.line("Each client has its own connection and sends its requests one after another, going through the "
                + "queries of `queries/` that need no other endpoint from its own starting point: a POST asking for "
                + "JSON, the whole answer read. Latency is a request's, sent to answered; requests/s is all requests "
                + "÷ the wall time of the whole load. The clients run in this process, on the server's cores.");
    }

    /** The no-op rebuild a user sees: a new process, JVM options from the launcher. */
    private void noOpAsAUser(Path builtStore) {
        log.accept("No-op rebuild as a separate process...");
        ChildRun noOp = ChildRun.of(settings.workDir(), "build", "--corpus", corpusDir().toString(), "--store",
                builtStore.toString(), "--pipeline", settings.pipeline().name());
        report.line(f("- as a user runs it (`parley build`, a new JVM through the launcher): **%s** wall, peak "
                + "resident memory %s, exit %d — %s", seconds(noOp.wall().toNanos() / 1e9), rss(noOp.peakRss()),
                noOp.exitCode(), noOp.lastErrLine()));
    }

    /**
     * A first build as a user runs it, in a new process, for its wall time and resident memory: with the launcher's
     * default JVM options, and with the JVM's own defaults, as builds ran before issue 7.
     */
    private void firstBuildAsAUser(List<Article> articles) {
        int count = Math.min(settings.childArticles(), articles.size());
        Path slice = settings.workDir().resolve("child-corpus");
        CorpusSlice.write(articles.subList(0, count), slice);
        report.heading(f("A first build of %d articles as a user runs it (`parley build --threads %d`, a new JVM)",
                        count, settings.maxThreads()))
                .table("JVM options", "wall (model load included)", "peak resident memory", "exit", "summary");
        Map<String, String> ways = new LinkedHashMap<>();
        ways.put("the launcher's defaults", null);
        ways.put("the JVM's defaults (before issue 7: PARLEY_JAVA_OPTS=\"\")", "");
        int run = 0;
        for (Map.Entry<String, String> way : ways.entrySet()) {
            log.accept(f("A first build of %d articles as a separate process, %s...", count, way.getKey()));
            Map<String, String> environment = way.getValue() == null ? Map.of()
                    : Map.of("PARLEY_JAVA_OPTS", way.getValue());
            ChildRun build = ChildRun.of(settings.workDir(), environment, "build", "--corpus", slice.toString(),
                    "--store", settings.workDir().resolve("store-child-" + run++).toString(), "--pipeline",
                    settings.pipeline().name(), "--threads", Integer.toString(settings.maxThreads()));
            report.row(way.getKey(), "**" + seconds(build.wall().toNanos() / 1e9) + "**",
                    "**" + rss(build.peakRss()) + "**", build.exitCode(), build.lastErrLine());
        }
        report.line("Launcher defaults: `" + settings.launcherOptions() + "` unless `PARLEY_JAVA_OPTS` says otherwise. "
                + "Peak resident memory: the highest VmHWM of the process tree (the launcher's JVM and the one it "
                + "starts).");
    }

    /** One candidate pipeline's speed and extraction score, or why it could not be measured. */
    private record Candidate(PipelineConfig config, Duration load, Throughput raw, double cpuPer1000,
                             Map<String, String> scores, String failure) {
        boolean measured() {
            return failure.isEmpty();
        }
    }

    private void candidates(List<Article> articles) {
        if (settings.candidates().isEmpty()) {
            return;
        }
        List<Article> sample = CorpusBuilder.annotationOrder(articles)
                .subList(0, Math.min(settings.candidateArticles(), articles.size()));
        List<Candidate> results = new ArrayList<>();
        for (PipelineConfig config : settings.candidates()) {
            try {
                results.add(candidate(config, sample));
            } catch (RuntimeException e) {
                // One pipeline CoreNLP refuses must not cost the whole report.
                log.accept("Candidate " + config.name() + " failed: " + e.getMessage());
                results.add(new Candidate(config, Duration.ZERO, null, Double.NaN, Map.of(),
                        String.valueOf(e.getMessage())));
            }
        }
        candidateTable(results, sample.size());
    }

    private Candidate candidate(PipelineConfig config, List<Article> sample) {
        loadPipeline(config);
        Duration load = loaded.loadTime();
        log.accept(f("Candidate %s: speed on %d articles...", config.name(), sample.size()));
        RawCoreNlp.run(loaded, sample.subList(0, Math.min(5, sample.size())), settings.maxThreads(),
                new Completions());
        Usage before = Usage.now();
        Throughput raw = RawCoreNlp.run(loaded, sample, settings.maxThreads(), new Completions());
        double cpuPer1000 = before.cpuMillisPer1000(Usage.now(), raw.units());
        Map<String, String> scores = new LinkedHashMap<>();
        if (settings.evalKit().isPresent()) {
            Optional<EvalKit> kit = EvalKit.at(settings.evalKit().get());
            if (kit.isPresent()) {
                log.accept(f("Candidate %s: extraction score on %s...", config.name(), settings.seedCorpus()));
                Path store = settings.workDir().resolve("store-eval-" + config.name());
                build(settings.seedCorpus(), store, settings.maxThreads(), new Completions());
                try (ArticleStore built = ArticleStore.open(store)) {
                    scores = kit.get().score(built.dataset(), settings.workDir());
                }
            }
        }
        return new Candidate(config, load, raw, cpuPer1000, scores, "");
    }

    private static final List<String> SCORES = List.of("recall_full", "recall_agent", "recall_found",
            "precision_proxy", "entity_recall", "typed_recall", "link_recall", "link_precision", "represents_acc");

    private void candidateTable(List<Candidate> results, int sampleSize) {
        List<String> header = new ArrayList<>(List.of("pipeline", "annotators", "load", "raw tokens/s",
                "CPU ms per 1000 tokens"));
        header.addAll(SCORES);
        report.heading(f("Candidate pipelines: speed (raw CoreNLP, %d threads, %d articles) and extraction score "
                + "(the evaluation kit on %s)", settings.maxThreads(), sampleSize, settings.seedCorpus()))
                .table(header.toArray(String[]::new));
        for (Candidate c : results) {
            if (!c.measured()) {
                report.row(c.config().name(), String.join(",", c.config().annotators()), "failed: " + c.failure());
                continue;
            }
            List<Object> row = new ArrayList<>(List.of(c.config().name(), String.join(",", c.config().annotators()),
                    seconds(c.load().toNanos() / 1e9), f("%.0f", c.raw().perSecond()), f("%.0f", c.cpuPer1000())));
            SCORES.forEach(key -> row.add(c.scores().getOrDefault(key, "–")));
            report.row(row.toArray());
        }
        List<Candidate> measured = results.stream().filter(Candidate::measured).toList();
        if (measured.isEmpty()) {
            return;
        }
        Candidate reference = measured.stream().filter(c -> c.config().equals(PipelineConfig.STATISTICAL))
                .findFirst().orElse(measured.get(0));
        Optional<Candidate> fastest = measured.stream()
                .filter(c -> !c.scores().isEmpty() && notLower(c.scores(), reference.scores()))
                .min(java.util.Comparator.comparingDouble(Candidate::cpuPer1000));
        if (reference.scores().isEmpty()) {
            report.line("No extraction scores: the evaluation kit was not found (`--eval DIR`).");
        } else {
            report.line(f("Fastest pipeline (least CPU per token, which other work on the machine does not "
                    + "distort as it does tokens/s) whose every score is at least %s's: **%s**.",
                    reference.config().name(), fastest.map(c -> c.config().name()).orElse("none")));
        }
    }

    /** Every score of {@code candidate} at least the reference's (a score the scorer could not give is skipped). */
    static boolean notLower(Map<String, String> candidate, Map<String, String> reference) {
        for (String key : SCORES) {
            Double mine = number(candidate.get(key));
            Double theirs = number(reference.get(key));
            if (mine != null && theirs != null && mine < theirs) {
                return false;
            }
        }
        return true;
    }

    private static Double number(String value) {
        try {
            return value == null ? null : Double.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Process CPU time, collector time and wall time at one moment. */
    private record Usage(long wallNanos, long cpuNanos, long gcMillis) {
        static Usage now() {
            var os = ManagementFactory.getOperatingSystemMXBean();
            long cpu = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
            long gc = ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
            return new Usage(System.nanoTime(), cpu, gc);
        }

        /** Cores' worth of CPU this process used between {@code this} and {@code later}. */
        double coresBusy(Usage later) {
            return cpuNanos < 0 ? Double.NaN : (double) (later.cpuNanos - cpuNanos) / (later.wallNanos - wallNanos);
        }

        double cpuMillisPer1000(Usage later, long tokens) {
            return cpuNanos < 0 ? Double.NaN : (later.cpuNanos - cpuNanos) / 1e6 / tokens * 1000;
        }

        double gcShare(Usage later) {
            return (later.gcMillis - gcMillis) * 1e6 / (later.wallNanos - wallNanos);
        }
    }
}
