package org.parley.link;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.parley.extract.EntityType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Candidates from the Wikidata API, for the names the offline sources do not know (opt-in: {@code --online}).
 *
 * <p>A name is looked up with {@code wbsearchentities}; the items named exactly so are then read with
 * {@code wbgetentities} (labels, aliases, descriptions, claims, sitelinks). An item is a candidate when one of its
 * classes (P31) is in {@code wikidata-classes.tsv}, which also says its type. Answers are kept on disk for
 * {@link OnlineWikidataConfig#cacheLifetime()}, so a rerun asks nothing. When Wikidata cannot be asked or answers
 * nonsense, the name gets no candidates and one warning, never an exception: linking online is a bonus, a build
 * must not depend on it. After {@value #FAILURES_BEFORE_GIVING_UP} failures in a row the source stops asking for the
 * rest of the run. Safe to share between threads; requests are spaced across all of them.
 */
public final class OnlineWikidata implements CandidateSource {

    /** Who is asking, as the Wikimedia User-Agent policy wants it said. */
    public static final String USER_AGENT =
            "Parley/0.1 (https://w3id.org/parley; knowledge graph of diplomatic negotiations) Java-http-client";

    static final int SEARCH_LIMIT = 7;
    static final int FAILURES_BEFORE_GIVING_UP = 5;

    private static final Logger LOG = LoggerFactory.getLogger(OnlineWikidata.class);

    private final OnlineWikidataConfig config;
    private final OnlineWikidataHttp http;
    private final OnlineWikidataCache cache;
    private final OnlineWikidataResponses responses;
    private final OnlineWikidataClasses classes;
    /** Lookups under way, by search URL: two threads asking for the same name make one request. */
    private final ConcurrentMap<String, CompletableFuture<List<OnlineWikidataItem>>> inFlight =
            new ConcurrentHashMap<>();
    private final AtomicInteger failuresInARow = new AtomicInteger();

    public OnlineWikidata(OnlineWikidataConfig config) {
        this(config, Clock.systemUTC());
    }

    OnlineWikidata(OnlineWikidataConfig config, Clock clock) {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.config = config;
        this.http = new OnlineWikidataHttp(config);
        this.cache = new OnlineWikidataCache(config.cacheDir(), config.cacheLifetime(), clock, json);
        this.responses = new OnlineWikidataResponses(json);
        this.classes = OnlineWikidataClasses.shipped();
    }

    /** Wikidata itself with the default pace, timeouts and cache lifetime, caching in {@code cacheDir}. */
    public static OnlineWikidata withCache(Path cacheDir) {
        return new OnlineWikidata(OnlineWikidataConfig.defaults(cacheDir));
    }

    @Override
    public List<WikidataEntry> candidates(String name) {
        String wanted = LinkNames.normalise(name);
        if (wanted.isEmpty()) {
            return List.of();
        }
        return lookUp(wanted, name.strip()).stream()
                .filter(item -> isNamed(item, wanted))
                .flatMap(item -> toEntry(item).stream())
                .toList();
    }

    /** The items named {@code name} (normalised), from the cache or from Wikidata; {@code asWritten} is for the log. */
    private List<OnlineWikidataItem> lookUp(String name, String asWritten) {
        String searchUrl = searchUrl(name);
        Optional<List<OnlineWikidataItem>> cached = cache.read(searchUrl);
        if (cached.isPresent()) {
            return cached.get();
        }
        if (failuresInARow.get() >= FAILURES_BEFORE_GIVING_UP) {
            return List.of();
        }
        CompletableFuture<List<OnlineWikidataItem>> mine = new CompletableFuture<>();
        CompletableFuture<List<OnlineWikidataItem>> running = inFlight.putIfAbsent(searchUrl, mine);
        if (running != null) {
            return running.join();
        }
        try {
            // Another thread may have finished this lookup between the cache read and now.
            List<OnlineWikidataItem> items =
                    cache.read(searchUrl).orElseGet(() -> fetchAndKeep(name, asWritten, searchUrl));
            mine.complete(items);
            return items;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(searchUrl, mine);
        }
    }

    private List<OnlineWikidataItem> fetchAndKeep(String name, String asWritten, String searchUrl) {
        try {
            List<OnlineWikidataItem> items = fetch(name, searchUrl);
            failuresInARow.set(0);
            cache.write(searchUrl, items);
            return items;
        } catch (OnlineWikidataException e) {
            int failures = failuresInARow.incrementAndGet();
            String givingUp = failures == FAILURES_BEFORE_GIVING_UP
                    ? "; after " + failures + " failures in a row, Wikidata is not asked again in this run" : "";
            LOG.warn("Wikidata lookup of \"{}\" failed: {}; it stays unlinked{}", asWritten, e.getMessage(), givingUp);
            LOG.debug("Wikidata lookup of \"{}\" failed", asWritten, e);
            return List.of();
        }
    }

    private List<OnlineWikidataItem> fetch(String name, String searchUrl) throws OnlineWikidataException {
        List<String> ids = responses.exactMatches(http.get(URI.create(searchUrl)), name);
        if (ids.isEmpty()) {
            return List.of();
        }
        return responses.items(http.get(URI.create(entitiesUrl(ids))));
    }

    String searchUrl(String name) {
        return config.apiUrl() + "?action=wbsearchentities&search=" + encode(name)
                + "&language=en&uselang=en&type=item&limit=" + SEARCH_LIMIT + "&format=json";
    }

    /**
     * All sitelinks, not only enwiki's: their number is the candidate's prior. Labels in "mul" too: Wikidata gives
     * many names spelled alike in every language only a "mul" label.
     */
    String entitiesUrl(List<String> ids) {
        return config.apiUrl() + "?action=wbgetentities&ids=" + encode(String.join("|", ids))
                + "&props=" + encode("labels|aliases|descriptions|claims|sitelinks")
                + "&languages=" + encode("en|mul") + "&format=json";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static boolean isNamed(OnlineWikidataItem item, String wanted) {
        return Stream.concat(Stream.of(item.label()), item.aliases().stream())
                .map(LinkNames::normalise)
                .anyMatch(wanted::equals);
    }

    private Optional<WikidataEntry> toEntry(OnlineWikidataItem item) {
        Optional<EntityType> type = classes.typeOf(item.classes());
        return type.map(t -> new WikidataEntry(item.qid(), item.label(), t,
                Stream.concat(Stream.of(item.label()), item.aliases().stream()).distinct().toList(),
                item.description(), item.wikipediaTitle(), item.sitelinks()));
    }
}
