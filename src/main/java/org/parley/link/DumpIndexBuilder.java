package org.parley.link;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.extract.EntityType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a {@link DumpIndex} from a Wikidata JSON dump in one streaming pass: each entity is parsed, kept when it is
 * an item with an English (or multilingual) label whose P31 names one of the classes of {@code wikidata-classes.tsv},
 * and written to the index; malformed lines are counted and skipped. Memory stays bounded whatever the dump's size:
 * one line at a time, plus the name sort's budget.
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

    private final OnlineWikidataClasses classes;
    private final long sortMemory;
    private final int progressEvery;

    private DumpIndexBuilder(OnlineWikidataClasses classes, long sortMemory, int progressEvery) {
        if (sortMemory < 1 || progressEvery < 1) {
            throw new IllegalArgumentException("the sort memory and the progress interval must be positive");
        }
        this.classes = classes;
        this.sortMemory = sortMemory;
        this.progressEvery = progressEvery;
    }

    /** A builder with the shipped class table. */
    public static DumpIndexBuilder standard() {
        return new DumpIndexBuilder(OnlineWikidataClasses.shipped(), DEFAULT_SORT_MEMORY, DEFAULT_PROGRESS_EVERY);
    }

    /** This builder with another name sort budget, in bytes (small budgets make the sort spill to disk). */
    public DumpIndexBuilder withSortMemory(long bytes) {
        return new DumpIndexBuilder(classes, bytes, progressEvery);
    }

    /** This builder reporting progress every {@code entities} entities. */
    public DumpIndexBuilder withProgressEvery(int entities) {
        return new DumpIndexBuilder(classes, sortMemory, entities);
    }

    /**
     * Reads the dump and writes the index into {@code directory}, replacing an index there.
     *
     * @throws IOException when the dump cannot be read or the index cannot be written
     */
    public DumpIndexReport build(Path dump, Path directory, DumpIndexProgress progress) throws IOException {
        long start = System.nanoTime();
        Counts counts = new Counts();
        WikidataDumpParser parser = new WikidataDumpParser();
        try (WikidataDumpLines lines = WikidataDumpLines.open(dump);
             DumpIndexWriter writer = DumpIndexWriter.create(directory, sortMemory)) {
            while (lines.next()) {
                Optional<WikidataEntry> entry = read(parser, lines, counts);
                if (entry.isPresent()) {
                    writer.add(entry.get());
                    counts.kept.merge(entry.get().type(), 1L, Long::sum);
                    counts.keptTotal++;
                }
                if ((counts.read + counts.malformed) % progressEvery == 0) {
                    progress.update(counts.read, counts.keptTotal, lines.fractionRead());
                }
            }
            DumpIndexFormat.Manifest manifest = writer.finish(dump.getFileName().toString());
            progress.update(counts.read, counts.keptTotal, lines.fractionRead());
            double seconds = (System.nanoTime() - start) / 1e9;
            return new DumpIndexReport(counts.read, counts.kept, manifest.names(), counts.malformed, seconds);
        }
    }

    private static final class Counts {
        long read;
        long malformed;
        long keptTotal;
        final Map<EntityType, Long> kept = new EnumMap<>(EntityType.class);
    }

    private Optional<WikidataEntry> read(WikidataDumpParser parser, WikidataDumpLines lines, Counts counts) {
        if (lines.tooLong()) {
            malformed(lines, counts, "longer than " + WikidataDumpLines.MAX_LINE_BYTES + " bytes");
            return Optional.empty();
        }
        WikidataDumpEntity entity;
        try {
            entity = parser.parse(lines.line(), lines.length());
        } catch (JsonProcessingException e) {
            malformed(lines, counts, e.getOriginalMessage());
            return Optional.empty();
        } catch (IOException e) {
            // Parsing bytes in memory reads no file: any other IOException is still a malformed line.
            malformed(lines, counts, e.getMessage());
            return Optional.empty();
        }
        counts.read++;
        return entry(entity);
    }

    private static void malformed(WikidataDumpLines lines, Counts counts, String reason) {
        counts.malformed++;
        if (counts.malformed <= MALFORMED_LOGGED) {
            LOG.warn("line {} of the dump is not an entity, skipped: {}{}", lines.lineNumber(), reason,
                    counts.malformed == MALFORMED_LOGGED ? " (further malformed lines are only counted)" : "");
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
}
