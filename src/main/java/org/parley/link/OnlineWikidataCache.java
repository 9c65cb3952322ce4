package org.parley.link;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Wikidata answered for a lookup, kept on disk: one small JSON file per lookup, named by the SHA-256 of the
 * lookup's search URL, holding the items found and when. An answer older than the lifetime is not used; an
 * unreadable file counts as no answer.
 */
final class OnlineWikidataCache {

    private static final Logger LOG = LoggerFactory.getLogger(OnlineWikidataCache.class);

    /** One cache file. */
    record Entry(String url, String fetched, List<OnlineWikidataItem> items) {
    }

    private final Path dir;
    private final Duration lifetime;
    private final Clock clock;
    private final ObjectMapper json;

    OnlineWikidataCache(Path dir, Duration lifetime, Clock clock, ObjectMapper json) {
        this.dir = dir;
        this.lifetime = lifetime;
        this.clock = clock;
        this.json = json;
    }

    /** The items kept for this URL, when they are there and young enough. */
    Optional<List<OnlineWikidataItem>> read(String url) {
        Path file = fileFor(url);
        try {
            Entry entry = json.readValue(Files.readString(file, StandardCharsets.UTF_8), Entry.class);
            if (entry == null || !url.equals(entry.url()) || entry.items() == null || entry.fetched() == null) {
                return Optional.empty();
            }
            Instant fetched = Instant.parse(entry.fetched());
            if (fetched.plus(lifetime).isBefore(clock.instant())) {
                return Optional.empty();
            }
            return Optional.of(entry.items());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | DateTimeParseException e) {
            LOG.debug("ignoring unreadable cache file {}: {}", file, e.toString());
            return Optional.empty();
        }
    }

    /** Keeps the items; a cache that cannot be written costs a request next time, never the build. */
    void write(String url, List<OnlineWikidataItem> items) {
        Path file = fileFor(url);
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            try {
                Files.writeString(temp, json.writeValueAsString(new Entry(url, clock.instant().toString(), items)),
                        StandardCharsets.UTF_8);
                move(temp, file);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            LOG.warn("cannot write the Wikidata cache file {}: {}", file, e.toString());
        }
    }

    /** A reader sees the old file or the new one, never half of one. */
    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    Path fileFor(String url) {
        return dir.resolve(sha256(url) + ".json");
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
