package org.parley.link;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a WikiDict index file from lines {@code surface<TAB>Wikipedia title<TAB>P(title | surface)}, gzipped or not,
 * in any order, streaming: the heap holds one sort chunk at a time. The file is written under a temporary name and
 * moved into place only when complete, so an interrupted build leaves no index behind.
 *
 * <p>What it keeps is what linking a name in a news article needs: surface forms that can be names (at most
 * {@value #MAX_SURFACE_CODE_POINTS} characters and {@value #MAX_SURFACE_WORDS} words, no web addresses or "Wikipedia"
 * in them: a quarter of WikiDict is anchor text such as "en.wikipedia.org/wiki/..." or "Show !!! at Wikipedia"),
 * links with a probability of at least {@value #MIN_PROBABILITY}, and per lookup key the
 * {@value #MAX_VARIANTS_PER_KEY} most probable (written form, title) pairs.
 */
final class WikiDictBuilder {

    static final double MIN_PROBABILITY = 0.01;
    static final int MAX_VARIANTS_PER_KEY = 8;
    static final int MAX_SURFACE_CODE_POINTS = 80;
    static final int MAX_SURFACE_WORDS = 10;
    static final int BLOCK_SIZE = 16;
    static final int PROBABILITY_SCALE = 10_000;
    static final String TEMP_SUFFIX = ".tmp";

    private static final Logger log = LoggerFactory.getLogger(WikiDictBuilder.class);
    private static final List<String> NOT_IN_NAMES = List.of("://", "www.", "wikipedia", "wiki/");
    private static final Comparator<WikiDictSorter.Entry> MOST_PROBABLE_FIRST =
            Comparator.comparingInt(WikiDictSorter.Entry::probability).reversed()
                    .thenComparingInt(WikiDictSorter.Entry::titleId)
                    // Ties fully broken, so the index does not depend on how the sort was split into runs.
                    .thenComparing(WikiDictSorter.Entry::caseMask, Arrays::compareUnsigned);

    private final long sortMemoryBytes;

    /** A builder whose sort chunks take about an eighth of the maximum heap, between 8 and 256 MB. */
    WikiDictBuilder() {
        this(Math.max(8L << 20, Math.min(256L << 20, Runtime.getRuntime().maxMemory() / 8)));
    }

    WikiDictBuilder(long sortMemoryBytes) {
        this.sortMemoryBytes = sortMemoryBytes;
    }

    /** What a build read and wrote. */
    record Summary(long lines, long malformedLines, long entries, int surfaces, int titles, int sortRuns,
                   long bytes) {
    }

    /** Reads {@code source} to its end (it is not closed) and writes the index to {@code target}, atomically. */
    Summary build(InputStream source, String sourceId, Path target) throws IOException {
        Path file = target.toAbsolutePath();
        Path directory = file.getParent();
        Files.createDirectories(directory);
        Path temp = Files.createTempFile(directory, file.getFileName() + ".", TEMP_SUFFIX);
        try {
            Summary summary = write(source, sourceId, temp);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return summary;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private Summary write(InputStream source, String sourceId, Path temp) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
             WikiDictSorter sorter = new WikiDictSorter(temp.getParent(), sortMemoryBytes)) {
            channel.position(WikiDictHeader.SIZE);
            // Not closed: closing it would close the channel, which must still take the header.
            WikiDictOutput out = new WikiDictOutput(Channels.newOutputStream(channel), WikiDictHeader.SIZE);

            WikiDictBlockWriter titles = new WikiDictBlockWriter(out, BLOCK_SIZE);
            LineCounts counts = readEntries(source, titles, sorter);

            int surfaceDataOffset = checkedPosition(out.position());
            WikiDictBlockWriter surfaces = new WikiDictBlockWriter(out, BLOCK_SIZE);
            sorter.forEachGroup((key, entries) -> {
                surfaces.add(key);
                writeVariants(out, entries);
            });

            int titleIndexOffset = checkedPosition(out.position());
            titles.writeBlockOffsets();
            int surfaceIndexOffset = checkedPosition(out.position());
            surfaces.writeBlockOffsets();
            long length = checkedPosition(out.position());
            out.flush();

            WikiDictHeader header = new WikiDictHeader(WikiDictHeader.FORMAT_VERSION, length, sourceId,
                    surfaces.count(), titles.count(), BLOCK_SIZE, WikiDictHeader.SIZE, surfaceDataOffset,
                    titleIndexOffset, surfaceIndexOffset);
            ByteBuffer headerBytes = ByteBuffer.wrap(header.toBytes());
            while (headerBytes.hasRemaining()) {
                channel.write(headerBytes, headerBytes.position());
            }
            channel.force(true);
            return new Summary(counts.lines, counts.malformed, counts.kept, surfaces.count(), titles.count(),
                    sorter.runCount(), length);
        }
    }

    private static final class LineCounts {
        long lines;
        long malformed;
        long kept;
    }

    private LineCounts readEntries(InputStream source, WikiDictBlockWriter titles, WikiDictSorter sorter)
            throws IOException {
        LineCounts counts = new LineCounts();
        BufferedReader reader =
                new BufferedReader(new InputStreamReader(decompressed(source), StandardCharsets.UTF_8), 1 << 16);
        String previousTitle = null;
        String line;
        while ((line = reader.readLine()) != null) {
            counts.lines++;
            if (counts.lines % 5_000_000 == 0) {
                log.debug("WikiDict: {} lines read", counts.lines);
            }
            Optional<Link> parsed = parse(line);
            if (parsed.isEmpty()) {
                counts.malformed++;
                continue;
            }
            Link link = parsed.get();
            if (link.probability() < MIN_PROBABILITY || !canBeName(link.surface())) {
                continue;
            }
            String title = link.title();
            if (!title.equals(previousTitle)) {
                // WikiDict is grouped by title, so numbering titles as they change stores each one once.
                titles.add(title.getBytes(StandardCharsets.UTF_8));
                previousTitle = title;
            }
            sorter.add(new WikiDictSorter.Entry(link.surface().key(), link.surface().caseMask(), titles.count() - 1,
                    (int) Math.round(link.probability() * PROBABILITY_SCALE)));
            counts.kept++;
        }
        return counts;
    }

    /** One line of WikiDict: a surface form links to a title with this probability. */
    private record Link(WikiDictSurface surface, String title, double probability) {
    }

    /** The line's link; empty unless it has three fields: a surface, a title and a probability in [0, 1]. */
    private static Optional<Link> parse(String line) {
        String[] fields = line.split("\t", -1);
        if (fields.length != 3) {
            return Optional.empty();
        }
        WikiDictSurface surface = WikiDictSurface.of(fields[0]);
        String title = canonicalTitle(fields[1]);
        double probability = parseProbability(fields[2]);
        boolean valid = !surface.isEmpty() && !title.isEmpty() && probability >= 0 && probability <= 1;
        return valid ? Optional.of(new Link(surface, title, probability)) : Optional.empty();
    }

    private static void writeVariants(WikiDictOutput out, List<WikiDictSorter.Entry> entries) throws IOException {
        List<WikiDictSorter.Entry> best = new ArrayList<>(entries.size());
        entries.stream().sorted(MOST_PROBABLE_FIRST).forEach(entry -> {
            boolean seen = best.stream().anyMatch(kept -> kept.titleId() == entry.titleId()
                    && Arrays.equals(kept.caseMask(), entry.caseMask()));
            if (!seen && best.size() < MAX_VARIANTS_PER_KEY) {
                best.add(entry);
            }
        });
        out.writeVarint(best.size());
        for (WikiDictSorter.Entry entry : best) {
            out.writeBytesWithLength(entry.caseMask());
            out.writeVarint(entry.titleId());
            out.writeVarint(entry.probability());
        }
    }

    static int checkedPosition(long position) throws IOException {
        if (position > Integer.MAX_VALUE) {
            throw new IOException("WikiDict index would exceed 2 GB; keep fewer entries");
        }
        return (int) position;
    }

    private static InputStream decompressed(InputStream source) throws IOException {
        BufferedInputStream in = new BufferedInputStream(source, 1 << 16);
        in.mark(2);
        boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
        in.reset();
        return gzip ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private static double parseProbability(String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Wikipedia's own form: underscores for spaces and a capital first letter ("the_Hague" is "The_Hague"). */
    static String canonicalTitle(String title) {
        String trimmed = title.strip().replace(' ', '_');
        if (trimmed.isEmpty()) {
            return trimmed;
        }
        int first = trimmed.codePointAt(0);
        int upper = Character.toUpperCase(first);
        return upper == first ? trimmed
                : new StringBuilder(trimmed.length()).appendCodePoint(upper)
                        .append(trimmed, Character.charCount(first), trimmed.length()).toString();
    }

    private static boolean canBeName(WikiDictSurface surface) {
        String name = surface.lowerCase();
        if (name.codePointCount(0, name.length()) > MAX_SURFACE_CODE_POINTS) {
            return false;
        }
        int words = 1;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) == ' ' && ++words > MAX_SURFACE_WORDS) {
                return false;
            }
        }
        return NOT_IN_NAMES.stream().noneMatch(name::contains);
    }
}
