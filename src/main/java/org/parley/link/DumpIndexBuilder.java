package org.parley.link;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.parley.extract.EntityType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a {@link DumpIndex} from a Wikidata JSON dump in one streaming pass: each entity is parsed, kept when it is
 * an item with an English (or multilingual) label whose P31 names one of the classes of {@code wikidata-classes.tsv},
 * and written to the index; malformed lines are counted and skipped.
 *
 * <p>The calling thread reads and decompresses the dump in batches of lines and writes the index; parser threads
 * parse the batches meanwhile (parsing costs three times what gzip decompression does). Results are written in the
 * dump's order, so the index is the same whatever the number of threads. Memory stays bounded whatever the dump's
 * size: at most two batches per parser thread, and 128 MB, are in flight, plus the name sort's budget.
 *
 * <p>Only direct P31 values are looked at. Following subclasses (P279) would need the whole class tree, which the
 * dump only yields after a first full pass; so an item typed only by a narrow class ("oblast of Ukraine",
 * "commune of France") is missed unless that class is listed in the data file.
 */
public final class DumpIndexBuilder {

    /** Default budget of the name sort: a fifth of the 1 GB heap the command is meant to run in. */
    public static final long DEFAULT_SORT_MEMORY = 200L << 20;
    public static final int DEFAULT_PROGRESS_EVERY = 100_000;

    private static final Logger LOG = LoggerFactory.getLogger(DumpIndexBuilder.class);
    private static final int MALFORMED_LOGGED = 10;
    /** Small enough not to be a humongous object for the G1 collector in a 1 GB heap (regions of 1 MB). */
    private static final int BATCH_BYTES = 256 << 10;
    private static final long MAX_BYTES_IN_FLIGHT = 128L << 20;

    private final OnlineWikidataClasses classes;
    private final long sortMemory;
    private final int progressEvery;
    private final int threads;

    private DumpIndexBuilder(OnlineWikidataClasses classes, long sortMemory, int progressEvery, int threads) {
        if (sortMemory < 1 || progressEvery < 1 || threads < 1) {
            throw new IllegalArgumentException("the sort memory, progress interval and threads must be positive");
        }
        this.classes = classes;
        this.sortMemory = sortMemory;
        this.progressEvery = progressEvery;
        this.threads = threads;
    }

    /** A builder with the shipped class table and {@link #defaultThreads()} parser threads. */
    public static DumpIndexBuilder standard() {
        return new DumpIndexBuilder(OnlineWikidataClasses.shipped(), DEFAULT_SORT_MEMORY, DEFAULT_PROGRESS_EVERY,
                defaultThreads());
    }

    /** One parser thread per core but one: the calling thread keeps a core busy decompressing. */
    public static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }

    /** This builder with another name sort budget, in bytes (small budgets make the sort spill to disk). */
    public DumpIndexBuilder withSortMemory(long bytes) {
        return new DumpIndexBuilder(classes, bytes, progressEvery, threads);
    }

    /** This builder reporting progress every {@code lines} lines of the dump. */
    public DumpIndexBuilder withProgressEvery(int lines) {
        return new DumpIndexBuilder(classes, sortMemory, lines, threads);
    }

    /** This builder parsing on {@code count} threads (besides the one that reads and writes). */
    public DumpIndexBuilder withThreads(int count) {
        return new DumpIndexBuilder(classes, sortMemory, progressEvery, count);
    }

    /**
     * Reads the dump and writes the index into {@code directory}, replacing an index there.
     *
     * @throws IOException when the dump cannot be read or the index cannot be written
     */
    public DumpIndexReport build(Path dump, Path directory, DumpIndexProgress progress) throws IOException {
        long start = System.nanoTime();
        ExecutorService parsers = Executors.newFixedThreadPool(threads, parserThreads());
        try (WikidataDumpLines lines = WikidataDumpLines.open(dump);
             DumpIndexWriter writer = DumpIndexWriter.create(directory, sortMemory)) {
            OutcomeWriter outcomes = new OutcomeWriter(writer, progress, lines);
            Deque<Parsing> inFlight = new ArrayDeque<>();
            long bytesInFlight = 0;
            for (WikidataDumpBatch batch = lines.nextBatch(BATCH_BYTES); batch != null;
                 batch = lines.nextBatch(BATCH_BYTES)) {
                WikidataDumpBatch parsed = batch;
                inFlight.add(new Parsing(parsers.submit(() -> parse(parsed)), batch.byteCount()));
                bytesInFlight += batch.byteCount();
                // Enough queued to keep every parser busy; past that, wait: memory stays bounded.
                while (!inFlight.isEmpty() && (inFlight.size() > 2 * threads || bytesInFlight > MAX_BYTES_IN_FLIGHT
                        || inFlight.peek().outcomes().isDone())) {
                    Parsing done = inFlight.poll();
                    bytesInFlight -= done.bytes();
                    outcomes.write(result(done.outcomes()));
                }
            }
            while (!inFlight.isEmpty()) {
                outcomes.write(result(inFlight.poll().outcomes()));
            }
            DumpIndexFormat.Manifest manifest = writer.finish(dump.getFileName().toString());
            progress.update(outcomes.read, outcomes.keptTotal, lines.fractionRead());
            double seconds = (System.nanoTime() - start) / 1e9;
            return new DumpIndexReport(outcomes.read, outcomes.kept, manifest.names(), outcomes.malformed, seconds);
        } finally {
            parsers.shutdownNow();
        }
    }

    /** A batch handed to a parser thread, and its size. */
    private record Parsing(Future<List<Outcome>> outcomes, int bytes) {
    }

    /** What became of one line: an entry to write, nothing (not kept), or a reason it is malformed. */
    private record Outcome(WikidataEntry entry, String malformed, long lineNumber) {
        static final Outcome NOT_KEPT = new Outcome(null, null, 0);
    }

    private List<Outcome> parse(WikidataDumpBatch batch) {
        WikidataDumpParser parser = new WikidataDumpParser();
        List<Outcome> outcomes = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            long lineNumber = batch.lineNumber(i);
            if (batch.length(i) < 0) {
                outcomes.add(new Outcome(null, "longer than " + WikidataDumpLines.MAX_LINE_BYTES + " bytes",
                        lineNumber));
                continue;
            }
            try {
                WikidataDumpEntity entity = parser.parse(batch.bytes(), batch.start(i), batch.length(i));
                outcomes.add(entry(entity).map(e -> new Outcome(e, null, lineNumber)).orElse(Outcome.NOT_KEPT));
            } catch (JsonProcessingException e) {
                outcomes.add(new Outcome(null, e.getOriginalMessage(), lineNumber));
            } catch (IOException e) {
                // Parsing bytes in memory reads no file: any other IOException is still a malformed line.
                outcomes.add(new Outcome(null, String.valueOf(e.getMessage()), lineNumber));
            }
        }
        return outcomes;
    }

    private static List<Outcome> result(Future<List<Outcome>> parsed) throws IOException {
        try {
            return parsed.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while building the Wikidata index");
        } catch (ExecutionException e) {
            // parse() throws nothing checked: what failed in a parser thread is a bug or an Error, passed on as is.
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) e.getCause();
        }
    }

    /** The index entry for an entity, when it is an item of a mapped class with a name. */
    Optional<WikidataEntry> entry(WikidataDumpEntity entity) {
        if (!entity.isItem() || entity.label() == null || entity.classes().isEmpty()) {
            return Optional.empty();
        }
        return classes.typeOf(entity.classes()).map(type -> {
            Set<String> names = new LinkedHashSet<>();
            names.add(entity.label());
            names.addAll(entity.aliases());
            String title = entity.enwikiTitle() == null ? null : entity.enwikiTitle().replace(' ', '_');
            return new WikidataEntry(entity.id(), entity.label(), type, names.stream().toList(),
                    entity.description(), title, entity.wikipediaSitelinks());
        });
    }

    /** Writes outcomes in order and counts them; used by the writing thread only. */
    private final class OutcomeWriter {
        private final DumpIndexWriter writer;
        private final DumpIndexProgress progress;
        private final WikidataDumpLines lines;
        long read;
        long malformed;
        long keptTotal;
        final Map<EntityType, Long> kept = new EnumMap<>(EntityType.class);

        OutcomeWriter(DumpIndexWriter writer, DumpIndexProgress progress, WikidataDumpLines lines) {
            this.writer = writer;
            this.progress = progress;
            this.lines = lines;
        }

        void write(List<Outcome> outcomes) throws IOException {
            for (Outcome outcome : outcomes) {
                if (outcome.malformed() != null) {
                    malformed++;
                    if (malformed <= MALFORMED_LOGGED) {
                        LOG.warn("line {} of the dump is not an entity, skipped: {}{}", outcome.lineNumber(),
                                outcome.malformed(), malformed == MALFORMED_LOGGED
                                        ? " (further malformed lines are only counted)" : "");
                    }
                } else {
                    read++;
                    if (outcome.entry() != null) {
                        writer.add(outcome.entry());
                        kept.merge(outcome.entry().type(), 1L, Long::sum);
                        keptTotal++;
                    }
                }
                if ((read + malformed) % progressEvery == 0) {
                    progress.update(read, keptTotal, lines.fractionRead());
                }
            }
        }
    }

    private static ThreadFactory parserThreads() {
        AtomicInteger number = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "wikidata-dump-parser-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
