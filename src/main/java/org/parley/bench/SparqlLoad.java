package org.parley.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Many clients querying one endpoint at once, as a research group does: each client has its own HTTP connection and
 * sends its requests one after another, going through the queries from its own starting point, so every query runs
 * beside every other. It counts the answers that are not a 200 (or not an answer at all) and times every request.
 */
public final class SparqlLoad {

    /**
     * @param clients       clients querying at once
     * @param requests      requests sent in all
     * @param errors        requests answered with anything but 200, or not answered
     * @param firstError    what the first error was, or empty
     * @param wall          from the first request to the last answer
     * @param p50Millis     median latency of a request
     * @param p99Millis     99th percentile (nearest rank) of a request's latency
     */
    public record Result(int clients, int requests, int errors, String firstError, Duration wall, double p50Millis,
                         double p99Millis) {

        public double requestsPerSecond() {
            return requests / Math.max(1e-9, wall.toNanos() / 1e9);
        }
    }

    private SparqlLoad() {
    }

    /** The queries of the directory's {@code .rq} files that need no other endpoint: a load offline sends these. */
    public static List<String> researchQueries(Path dir) {
        return SparqlLatency.localQueries(SparqlLatency.queryFiles(dir));
    }

    /** {@code clients} clients each sending {@code requestsPerClient} of {@code queries} to {@code endpoint}. */
    public static Result run(URI endpoint, List<String> queries, int clients, int requestsPerClient) {
        if (queries.isEmpty() || clients < 1 || requestsPerClient < 1) {
            throw new IllegalArgumentException("a load needs queries, clients and requests");
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<ClientRun>> runs = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                int firstQuery = client % queries.size();
                runs.add(pool.submit(() -> {
                    start.await();
                    return ClientRun.of(endpoint, queries, firstQuery, requestsPerClient);
                }));
            }
            long begin = System.nanoTime();
            start.countDown();
            List<ClientRun> done = new ArrayList<>();
            for (Future<ClientRun> run : runs) {
                done.add(run.get());
            }
            return summary(clients, done, Duration.ofNanos(System.nanoTime() - begin));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("load test interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a client of the load test failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Result summary(int clients, List<ClientRun> runs, Duration wall) {
        double[] millis = runs.stream().flatMapToDouble(run -> Arrays.stream(run.millis())).sorted().toArray();
        int errors = runs.stream().mapToInt(ClientRun::errors).sum();
        String firstError = runs.stream().map(ClientRun::firstError).filter(e -> !e.isEmpty()).findFirst().orElse("");
        return new Result(clients, millis.length, errors, firstError, wall, SparqlLatency.percentile(millis, 0.5),
                SparqlLatency.percentile(millis, 0.99));
    }

    /** What one client saw: the latency of each request, and its errors. */
    private record ClientRun(double[] millis, int errors, String firstError) {

        static ClientRun of(URI endpoint, List<String> queries, int firstQuery, int requests)
                throws InterruptedException {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            double[] millis = new double[requests];
            int errors = 0;
            String firstError = "";
            for (int i = 0; i < requests; i++) {
                String query = queries.get((firstQuery + i) % queries.size());
                long sent = System.nanoTime();
                String error = send(http, endpoint, query);
                millis[i] = (System.nanoTime() - sent) / 1e6;
                if (!error.isEmpty()) {
                    errors++;
                    firstError = firstError.isEmpty() ? error : firstError;
                }
            }
            return new ClientRun(millis, errors, firstError);
        }

        /** Empty when the answer is a 200 read to its end, else what went wrong. */
        private static String send(HttpClient http, URI endpoint, String query) throws InterruptedException {
            try {
                HttpResponse<byte[]> response = http.send(SparqlLatency.jsonQuery(endpoint, query),
                        HttpResponse.BodyHandlers.ofByteArray());
                return response.statusCode() == 200 ? "" : "HTTP " + response.statusCode();
            } catch (IOException e) {
                return e.toString();
            }
        }
    }
}
