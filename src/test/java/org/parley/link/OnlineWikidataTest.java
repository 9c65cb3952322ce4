package org.parley.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.extract.EntityType;

/**
 * The online source against a stand-in for the Wikidata API that answers with responses written by hand in the API's
 * format ({@code src/test/resources/wikidata-api}). Q7747, Q61, Q23 and Q1223 are the real items, their claims and
 * sitelinks cut down; the other search hits are there as the prefix matches the real search returns.
 */
class OnlineWikidataTest {

    private static final WikidataEntry PUTIN = new WikidataEntry("Q7747", "Vladimir Putin", EntityType.PERSON,
            List.of("Vladimir Putin", "Vladimir Vladimirovich Putin", "Putin", "V. V. Putin"),
            "President of Russia since 2012", "Vladimir_Putin", 7);
    private static final WikidataEntry WASHINGTON_DC = new WikidataEntry("Q61", "Washington, D.C.", EntityType.PLACE,
            List.of("Washington, D.C.", "Washington", "District of Columbia", "Washington DC", "DC"),
            "capital city of the United States of America", "Washington,_D.C.", 5);
    private static final WikidataEntry GEORGE_WASHINGTON = new WikidataEntry("Q23", "George Washington",
            EntityType.PERSON, List.of("George Washington", "Washington", "President Washington", "G. Washington"),
            "Founding Father and first president of the United States (1732–1799)", "George_Washington", 4);

    @TempDir
    Path temp;

    private FakeWikidata wikidata;

    @BeforeEach
    void start() throws IOException {
        wikidata = new FakeWikidata();
    }

    @AfterEach
    void stop() {
        wikidata.close();
    }

    private OnlineWikidataConfig config() {
        return OnlineWikidataConfig.defaults(temp.resolve("cache"))
                .withBaseUri(wikidata.baseUri())
                .withMinInterval(Duration.ZERO);
    }

    @Test
    void readsAPersonFromTheApisAnswers() {
        List<WikidataEntry> candidates = new OnlineWikidata(config()).candidates("Vladimir Putin");

        assertThat(candidates).containsExactly(PUTIN);
        assertThat(wikidata.requests()).extracting(r -> r.param("action"))
                .containsExactly("wbsearchentities", "wbgetentities");
        assertThat(wikidata.requests().get(1).param("ids"))
                .as("the prefix matches of the search are never fetched").isEqualTo("Q7747");
    }

    @Test
    void aNameOfAPersonAndACityGivesBothAndNothingElse() {
        List<WikidataEntry> candidates = new OnlineWikidata(config()).candidates("Washington");

        // The state of Washington (Q1223) is named so too, but a US state is no class Parley links to, and its
        // deprecated "city" statement does not count. The Washington Post is only a prefix match.
        assertThat(candidates).containsExactly(WASHINGTON_DC, GEORGE_WASHINGTON);
        assertThat(wikidata.requests().get(1).param("ids")).isEqualTo("Q1223|Q61|Q23");
    }

    @Test
    void aNameWikidataDoesNotKnowGivesNothingAfterOneRequest() {
        assertThat(new OnlineWikidata(config()).candidates("Xyzzy Plugh")).isEmpty();
        assertThat(wikidata.requests()).hasSize(1);
    }

    @Test
    void asksWithTheApisParametersAndSaysWhoAsks() {
        new OnlineWikidata(config()).candidates("Vladimir Putin");

        FakeWikidata.Request search = wikidata.requests().get(0);
        assertThat(search.params()).containsEntry("search", "vladimir putin").containsEntry("language", "en")
                .containsEntry("type", "item").containsEntry("limit", "7").containsEntry("format", "json");
        FakeWikidata.Request entities = wikidata.requests().get(1);
        assertThat(entities.param("props")).isEqualTo("labels|aliases|descriptions|claims|sitelinks");
        assertThat(wikidata.requests()).extracting(FakeWikidata.Request::userAgent)
                .containsOnly("Parley/0.1 (https://w3id.org/parley; knowledge graph of diplomatic negotiations)"
                        + " Java-http-client");
    }

    @Test
    void aRerunIsServedFromTheCacheWithoutARequest() {
        OnlineWikidata first = new OnlineWikidata(config());
        first.candidates("Vladimir Putin");
        first.candidates("Xyzzy Plugh");
        int asked = wikidata.requests().size();

        OnlineWikidata rerun = new OnlineWikidata(config());

        assertThat(rerun.candidates("Vladimir Putin")).containsExactly(PUTIN);
        assertThat(rerun.candidates("  VLADIMIR   putin ")).as("case and spaces do not matter").containsExactly(PUTIN);
        assertThat(rerun.candidates("Xyzzy Plugh")).as("nothing found is remembered too").isEmpty();
        assertThat(wikidata.requests()).hasSize(asked);
    }

    @Test
    void aCachedAnswerOlderThanThirtyDaysIsAskedAgain() {
        Instant now = Instant.parse("2025-03-01T12:00:00Z");
        new OnlineWikidata(config(), Clock.fixed(now, ZoneOffset.UTC)).candidates("Vladimir Putin");

        OnlineWikidata fourWeeksLater = new OnlineWikidata(config(), Clock.fixed(now.plus(Duration.ofDays(29)),
                ZoneOffset.UTC));
        fourWeeksLater.candidates("Vladimir Putin");
        assertThat(wikidata.requests()).hasSize(2);

        OnlineWikidata later = new OnlineWikidata(config(), Clock.fixed(now.plus(Duration.ofDays(31)), ZoneOffset.UTC));
        assertThat(later.candidates("Vladimir Putin")).containsExactly(PUTIN);
        assertThat(wikidata.requests()).hasSize(4);
    }

    @Test
    void requestsFromSeveralThreadsAreSpacedByTheRateLimit() throws Exception {
        Duration interval = Duration.ofMillis(400);
        OnlineWikidata online = new OnlineWikidata(config().withMinInterval(interval));
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<List<WikidataEntry>>> lookups = new ArrayList<>();
            for (String name : List.of("Vladimir Putin", "Washington", "Xyzzy Plugh")) {
                lookups.add(threads.submit(() -> online.candidates(name)));
            }
            for (Future<List<WikidataEntry>> lookup : lookups) {
                lookup.get(30, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        // The pacer hands out slots 400 ms apart, but a thread may leave its slot late (a loaded machine, the first
        // request opening the connection), so two neighbours can arrive close together. The last request, though,
        // cannot leave before its slot four intervals after the first: without the limit all five arrive within
        // a few milliseconds of each other.
        List<Long> arrivals = wikidata.requests().stream().map(FakeWikidata.Request::nanoTime).sorted().toList();
        assertThat(arrivals).hasSize(5);
        assertThat(Duration.ofNanos(arrivals.get(4) - arrivals.get(0)))
                .isGreaterThanOrEqualTo(interval.multipliedBy(4).minus(interval.dividedBy(2)));
    }

    @Test
    void aRefusalWithRetryAfterIsRetriedAfterTheWait() {
        wikidata.next(FakeWikidata.Reply.refuse(429, "1"));

        List<WikidataEntry> candidates = new OnlineWikidata(config()).candidates("Vladimir Putin");

        assertThat(candidates).containsExactly(PUTIN);
        List<FakeWikidata.Request> requests = wikidata.requests();
        assertThat(requests).extracting(r -> r.param("action"))
                .containsExactly("wbsearchentities", "wbsearchentities", "wbgetentities");
        assertThat(Duration.ofNanos(requests.get(1).nanoTime() - requests.get(0).nanoTime()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    @Test
    void refusalsBeyondTheRetriesGiveNoCandidates() {
        for (int i = 0; i < 3; i++) {
            wikidata.next(FakeWikidata.Reply.refuse(503, "0"));
        }

        List<WikidataEntry> candidates = new OnlineWikidata(config().withMaxRetries(2)).candidates("Vladimir Putin");

        assertThat(candidates).isEmpty();
        assertThat(wikidata.requests()).hasSize(3);
    }

    @Test
    void aTimeoutGivesNoCandidatesAndIsNotRemembered() {
        wikidata.next(FakeWikidata.Reply.HANG);
        OnlineWikidata online = new OnlineWikidata(config().withRequestTimeout(Duration.ofMillis(300)));

        assertThatCode(() -> assertThat(online.candidates("Vladimir Putin")).isEmpty()).doesNotThrowAnyException();
        assertThat(online.candidates("Vladimir Putin")).as("the next lookup asks again").containsExactly(PUTIN);
    }

    @Test
    void aServerErrorGivesNoCandidatesAndIsNotRemembered() {
        wikidata.next(FakeWikidata.Reply.refuse(500, null));
        OnlineWikidata online = new OnlineWikidata(config());

        assertThatCode(() -> assertThat(online.candidates("Vladimir Putin")).isEmpty()).doesNotThrowAnyException();
        assertThat(wikidata.requests()).as("a 500 is not retried").hasSize(1);
        assertThat(online.candidates("Vladimir Putin")).containsExactly(PUTIN);
    }

    @Test
    void anAnswerThatIsNotTheApisGivesNoCandidates() {
        wikidata.next(FakeWikidata.Reply.ok("<html><body>Wikimedia Error</body></html>"));
        wikidata.next(FakeWikidata.Reply.ok(
                "{\"error\":{\"code\":\"maxlag\",\"info\":\"Waiting for a database server\"}}"));
        OnlineWikidata online = new OnlineWikidata(config());

        assertThat(online.candidates("Vladimir Putin")).isEmpty();
        assertThat(online.candidates("Vladimir Putin")).isEmpty();
        assertThat(online.candidates("Vladimir Putin")).containsExactly(PUTIN);
    }

    @Test
    void stopsAskingAfterFiveFailuresInARow() {
        wikidata.failAll(500);
        OnlineWikidata online = new OnlineWikidata(config());

        for (String name : List.of("A", "B", "C", "D", "E", "F", "G")) {
            assertThat(online.candidates(name)).isEmpty();
        }
        assertThat(wikidata.requests()).hasSize(OnlineWikidata.FAILURES_BEFORE_GIVING_UP);
    }

    /**
     * A stand-in for {@code https://www.wikidata.org/w/api.php}: answers searches and entity requests from the
     * recorded responses, gzipped when asked to be (as Wikimedia does), and remembers every request it got.
     * Replies queued with {@link #next} answer the next requests instead.
     */
    private static final class FakeWikidata implements AutoCloseable {

        private static final Map<String, String> SEARCHES = Map.of(
                "vladimir putin", "search-vladimir-putin.json",
                "washington", "search-washington.json");
        private static final Map<String, String> ENTITIES = Map.of(
                "Q7747", "entities-vladimir-putin.json",
                "Q1223|Q61|Q23", "entities-washington.json");

        record Request(long nanoTime, Map<String, String> params, String userAgent) {

            String param(String name) {
                return params.get(name);
            }
        }

        /** An answer the server gives instead of the recorded one. */
        record Reply(int status, String retryAfter, String body, boolean hang) {

            static final Reply HANG = new Reply(200, null, "", true);

            static Reply refuse(int status, String retryAfter) {
                return new Reply(status, retryAfter, "", false);
            }

            static Reply ok(String body) {
                return new Reply(200, null, body, false);
            }
        }

        private final List<Request> requests = new CopyOnWriteArrayList<>();
        private final Queue<Reply> queued = new ConcurrentLinkedQueue<>();
        private final CountDownLatch closing = new CountDownLatch(1);
        private final ExecutorService executor = Executors.newCachedThreadPool();
        private final HttpServer server;
        private volatile int failAllWith;

        FakeWikidata() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/w/api.php", this::handle);
            server.setExecutor(executor);
            server.start();
        }

        URI baseUri() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        }

        List<Request> requests() {
            return List.copyOf(requests);
        }

        void next(Reply reply) {
            queued.add(reply);
        }

        void failAll(int status) {
            failAllWith = status;
        }

        private void handle(HttpExchange exchange) throws IOException {
            long arrival = System.nanoTime();
            Map<String, String> params = params(exchange.getRequestURI().getRawQuery());
            requests.add(new Request(arrival, params, exchange.getRequestHeaders().getFirst("User-Agent")));
            try (exchange) {
                Reply reply = failAllWith != 0 ? Reply.refuse(failAllWith, null) : queued.poll();
                if (reply == null) {
                    send(exchange, 200, recorded(params));
                } else if (reply.hang()) {
                    closing.await(30, TimeUnit.SECONDS);
                } else {
                    if (reply.retryAfter() != null) {
                        exchange.getResponseHeaders().add("Retry-After", reply.retryAfter());
                    }
                    send(exchange, reply.status(), reply.body());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static String recorded(Map<String, String> params) {
            String file = switch (params.getOrDefault("action", "")) {
                case "wbsearchentities" -> SEARCHES.getOrDefault(params.get("search"), "search-no-result.json");
                case "wbgetentities" -> ENTITIES.get(params.get("ids"));
                default -> null;
            };
            if (file == null) {
                return "{\"error\":{\"code\":\"badvalue\",\"info\":\"no recorded answer for " + params + "\"}}";
            }
            try (InputStream in = FakeWikidata.class.getResourceAsStream("/wikidata-api/" + file)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void send(HttpExchange exchange, int status, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            String acceptEncoding = exchange.getRequestHeaders().getFirst("Accept-Encoding");
            if (acceptEncoding != null && acceptEncoding.contains("gzip") && bytes.length > 0) {
                ByteArrayOutputStream zipped = new ByteArrayOutputStream();
                try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
                    gzip.write(bytes);
                }
                bytes = zipped.toByteArray();
                exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }

        private static Map<String, String> params(String rawQuery) {
            Map<String, String> params = new LinkedHashMap<>();
            if (rawQuery == null) {
                return params;
            }
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                params.put(name, value);
            }
            return params;
        }

        @Override
        public void close() {
            closing.countDown();
            server.stop(0);
            executor.shutdownNow();
        }
    }
}
