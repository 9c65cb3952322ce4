package org.parley.link;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CoreNLP's WikiDict (20 million {@code surface -> Wikipedia title} links with P(title | surface)) as a compact sorted
 * file that is built once, cached, memory-mapped and searched in place: opening it takes milliseconds and the heap
 * holds nothing of it. Safe for concurrent lookups.
 *
 * <p>Lookups ignore case, runs of white space and curly apostrophes. WikiDict itself is case-sensitive, and its case
 * variants can mean different things ("Moscow" the city, "MoSCow" a prioritisation method, "turkey" the bird), so
 * the titles of the form written exactly like the query come first, then those of the usual ways of writing it (lower
 * case, Capitalised, Title Case, CAPITALS), then any other; see {@link WikiDictSurface#closestCaseFirst()}.
 */
public final class WikiDictIndex {

    public static final String FILE_NAME = "wikidict.idx";
    /** How many titles a lookup returns at most. */
    public static final int MAX_TITLES = 3;

    private static final Logger log = LoggerFactory.getLogger(WikiDictIndex.class);
    /** Older leftovers of a build are from a process that died: a running build touches its files constantly. */
    private static final Duration STALE_AFTER = Duration.ofHours(1);

    private final Path file;
    private final ByteBuffer data;
    private final WikiDictHeader header;

    private WikiDictIndex(Path file, ByteBuffer data, WikiDictHeader header) {
        this.file = file;
        this.data = data;
        this.header = header;
    }

    /** {@code $PARLEY_CACHE}, else {@code $XDG_CACHE_HOME/parley}, else {@code ~/.cache/parley}. */
    public static Path defaultCacheDir() {
        return defaultCacheDir(System.getenv(), System.getProperty("user.home"));
    }

    static Path defaultCacheDir(Map<String, String> environment, String userHome) {
        return CacheDirectory.of(environment, userHome);
    }

    /** The index of CoreNLP's WikiDict in {@code cacheDir}, built first if it is missing, incomplete or outdated. */
    public static WikiDictIndex openOrBuild(Path cacheDir) throws IOException {
        return openOrBuild(cacheDir, WikiDictSource.coreNlp());
    }

    /** The index of {@code source} in {@code cacheDir}, built first if it is missing, incomplete or outdated. */
    public static WikiDictIndex openOrBuild(Path cacheDir, WikiDictSource source) throws IOException {
        Path indexFile = cacheDir.resolve(FILE_NAME);
        if (Files.exists(indexFile)) {
            try {
                WikiDictIndex cached = open(indexFile);
                if (cached.sourceId().equals(source.id())) {
                    return cached;
                }
                log.info("Rebuilding {}: it was built from [{}], not [{}]", indexFile, cached.sourceId(), source.id());
            } catch (WikiDictFormatException e) {
                log.info("Rebuilding {}: {}", indexFile, e.getMessage());
            }
        }
        Files.createDirectories(cacheDir);
        deleteStaleLeftovers(cacheDir);
        log.info("Building the WikiDict index {} (once; about a minute)", indexFile);
        long start = System.nanoTime();
        WikiDictBuilder.Summary summary;
        try (InputStream in = source.opener().open()) {
            summary = new WikiDictBuilder().build(in, source.id(), indexFile);
        }
        log.info("Built {}: {} surface forms, {} titles from {} lines, {} MB, {} s", indexFile, summary.surfaces(),
                summary.titles(), summary.lines(), summary.bytes() >> 20, (System.nanoTime() - start) / 1_000_000_000);
        if (summary.malformedLines() > 0) {
            log.warn("{} malformed lines skipped in {}", summary.malformedLines(), source.id());
        }
        return open(indexFile);
    }

    /**
     * Builds an index from lines {@code surface<TAB>title<TAB>probability} (gzipped or plain, any order) into
     * {@code indexFile}, atomically: until it succeeds, {@code indexFile} is untouched. The stream is not closed.
     */
    public static void build(InputStream gzOrPlain, String sourceId, Path indexFile) throws IOException {
        new WikiDictBuilder().build(gzOrPlain, sourceId, indexFile);
    }

    /** Like {@link #build(InputStream, String, Path)}, for a source without a name. */
    public static void build(InputStream gzOrPlain, Path indexFile) throws IOException {
        build(gzOrPlain, "", indexFile);
    }

    /**
     * Opens a built index.
     *
     * @throws WikiDictFormatException if the file is not a complete index of this format
     */
    public static WikiDictIndex open(Path indexFile) throws IOException {
        try (FileChannel channel = FileChannel.open(indexFile, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size > Integer.MAX_VALUE) {
                throw new WikiDictFormatException("larger than any WikiDict index: " + size + " bytes");
            }
            // The mapping stays valid after the channel is closed.
            ByteBuffer data = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
            return new WikiDictIndex(indexFile, data, WikiDictHeader.read(data, size));
        }
    }

    /**
     * The Wikipedia titles {@code surface} may refer to, best first, at most {@value #MAX_TITLES}; empty when WikiDict
     * does not know it. Best first means: the titles of the form written exactly like {@code surface}, then those
     * of the usual ways of writing it, then of any other form, each group by probability; a title appears once. The
     * probability is that of the form the title came from.
     */
    public List<WikiTitle> titles(String surface) {
        WikiDictSurface query = WikiDictSurface.of(surface);
        if (query.isEmpty() || header.surfaceCount() == 0) {
            return List.of();
        }
        WikiDictCursor cursor = new WikiDictCursor(data.duplicate());
        int block = lastBlockStartingAtOrBefore(cursor, query.key());
        if (block < 0) {
            return List.of();
        }
        cursor.moveTo(blockStart(header.surfaceIndexOffset(), block));
        int entries = Math.min(header.blockSize(), header.surfaceCount() - block * header.blockSize());
        for (int i = 0; i < entries; i++) {
            cursor.nextEntry();
            int comparison = cursor.compareEntryTo(query.key());
            if (comparison == 0) {
                return bestTitles(readVariants(cursor), query, cursor);
            }
            if (comparison > 0) {
                break;
            }
            skipVariants(cursor);
        }
        return List.of();
    }

    /** How many distinct lookup keys the index holds. */
    public int surfaceCount() {
        return header.surfaceCount();
    }

    public int titleCount() {
        return header.titleCount();
    }

    /** The id of the source this index was built from ({@link WikiDictSource#id()}). */
    public String sourceId() {
        return header.sourceId();
    }

    public Path file() {
        return file;
    }

    private record Variant(byte[] caseMask, int titleId, int probability) {
    }

    private int lastBlockStartingAtOrBefore(WikiDictCursor cursor, byte[] key) {
        int low = 0;
        int high = header.surfaceBlockCount() - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            cursor.moveTo(blockStart(header.surfaceIndexOffset(), middle));
            cursor.nextEntry();
            if (cursor.compareEntryTo(key) <= 0) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }

    private int blockStart(int indexOffset, int block) {
        return data.getInt(indexOffset + 4 * block);
    }

    private static List<Variant> readVariants(WikiDictCursor cursor) {
        int count = cursor.readVarint();
        List<Variant> variants = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            variants.add(new Variant(cursor.readBytesWithLength(), cursor.readVarint(), cursor.readVarint()));
        }
        return variants;
    }

    private static void skipVariants(WikiDictCursor cursor) {
        int count = cursor.readVarint();
        for (int i = 0; i < count; i++) {
            cursor.skipBytesWithLength();
            cursor.readVarint();
            cursor.readVarint();
        }
    }

    private List<WikiTitle> bestTitles(List<Variant> mostProbableFirst, WikiDictSurface query, WikiDictCursor cursor) {
        List<Variant> ranked = new ArrayList<>(mostProbableFirst);
        // A stable sort: among forms as close to the query, the stored order, most probable first, stays.
        ranked.sort(Comparator.comparing(Variant::caseMask, query.closestCaseFirst()));
        List<WikiTitle> titles = new ArrayList<>(MAX_TITLES);
        Set<String> seen = new HashSet<>();
        for (Variant variant : ranked) {
            String title = title(variant.titleId(), cursor);
            if (seen.add(title)) {
                titles.add(new WikiTitle(title, (double) variant.probability() / WikiDictBuilder.PROBABILITY_SCALE));
                if (titles.size() == MAX_TITLES) {
                    break;
                }
            }
        }
        return List.copyOf(titles);
    }

    private String title(int titleId, WikiDictCursor cursor) {
        if (titleId < 0 || titleId >= header.titleCount()) {
            throw new IllegalStateException("corrupt WikiDict index " + file + ": no title " + titleId);
        }
        cursor.moveTo(blockStart(header.titleIndexOffset(), titleId / header.blockSize()));
        for (int i = 0; i <= titleId % header.blockSize(); i++) {
            cursor.nextEntry();
        }
        return cursor.entryAsString();
    }

    /** Removes what builds that died left behind: a temporary index file or a directory of sort runs. */
    private static void deleteStaleLeftovers(Path cacheDir) throws IOException {
        FileTime staleBefore = FileTime.from(Instant.now().minus(STALE_AFTER));
        List<Path> stale;
        try (Stream<Path> files = Files.list(cacheDir)) {
            stale = files.filter(path -> isBuildLeftover(path.getFileName().toString()))
                    .filter(path -> lastModified(path).compareTo(staleBefore) < 0)
                    .toList();
        }
        for (Path leftover : stale) {
            log.info("Deleting {}, left by an interrupted WikiDict build", leftover);
            if (Files.isDirectory(leftover)) {
                try (Stream<Path> runs = Files.list(leftover)) {
                    for (Path run : (Iterable<Path>) runs::iterator) {
                        Files.deleteIfExists(run);
                    }
                }
            }
            Files.deleteIfExists(leftover);
        }
    }

    private static boolean isBuildLeftover(String name) {
        return name.startsWith(WikiDictSorter.DIRECTORY_PREFIX)
                || (name.startsWith(FILE_NAME + ".") && name.endsWith(WikiDictBuilder.TEMP_SUFFIX));
    }

    private static FileTime lastModified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            // Gone meanwhile (another build finished): nothing to delete.
            return FileTime.from(Instant.MAX);
        }
    }
}
