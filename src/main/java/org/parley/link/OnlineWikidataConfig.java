package org.parley.link;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@link OnlineWikidata} talks to the Wikidata API.
 *
 * @param baseUri        the wiki, {@code https://www.wikidata.org}; the API is at {@code {baseUri}/w/api.php}
 * @param cacheDir       where answers are kept, so that a rerun asks nothing; created when missing
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for one answer
 * @param minInterval    the least time between two requests, across all threads (Wikimedia asks bots to be gentle)
 * @param maxRetries     how many times a request refused with 429 or 503 is tried again
 * @param maxRetryWait   the longest wait a retry may ask for; a server asking for more is given up on
 * @param cacheLifetime  how long a cached answer is trusted
 */
public record OnlineWikidataConfig(URI baseUri, Path cacheDir, Duration connectTimeout, Duration requestTimeout,
                                   Duration minInterval, int maxRetries, Duration maxRetryWait,
                                   Duration cacheLifetime) {

    public static final URI WIKIDATA = URI.create("https://www.wikidata.org");

    public OnlineWikidataConfig {
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(cacheDir, "cacheDir");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        requireNotNegative(minInterval, "minInterval");
        requireNotNegative(maxRetryWait, "maxRetryWait");
        requirePositive(cacheLifetime, "cacheLifetime");
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative: " + maxRetries);
        }
        String base = baseUri.toString();
        if (base.endsWith("/")) {
            baseUri = URI.create(base.substring(0, base.length() - 1));
        }
    }

    /** Wikidata itself, at most one request a second, answers kept for 30 days in {@code cacheDir}. */
    public static OnlineWikidataConfig defaults(Path cacheDir) {
        return new OnlineWikidataConfig(WIKIDATA, cacheDir, Duration.ofSeconds(5), Duration.ofSeconds(10),
                Duration.ofSeconds(1), 3, Duration.ofSeconds(60), Duration.ofDays(30));
    }

    public OnlineWikidataConfig withBaseUri(URI uri) {
        return new OnlineWikidataConfig(uri, cacheDir, connectTimeout, requestTimeout, minInterval, maxRetries,
                maxRetryWait, cacheLifetime);
    }

    public OnlineWikidataConfig withRequestTimeout(Duration timeout) {
        return new OnlineWikidataConfig(baseUri, cacheDir, connectTimeout, timeout, minInterval, maxRetries,
                maxRetryWait, cacheLifetime);
    }

    public OnlineWikidataConfig withMinInterval(Duration interval) {
        return new OnlineWikidataConfig(baseUri, cacheDir, connectTimeout, requestTimeout, interval, maxRetries,
                maxRetryWait, cacheLifetime);
    }

    public OnlineWikidataConfig withMaxRetries(int retries) {
        return new OnlineWikidataConfig(baseUri, cacheDir, connectTimeout, requestTimeout, minInterval, retries,
                maxRetryWait, cacheLifetime);
    }

    /** The URL of the API, {@code {baseUri}/w/api.php}. */
    String apiUrl() {
        return baseUri + "/w/api.php";
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
    }

    private static void requireNotNegative(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + duration);
        }
    }
}
