package org.parley.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.system.Txn;
import org.parley.server.ParleyServer;
import org.parley.store.QueryRunner;
import org.parley.store.ResultFormat;

/**
 * How long each query of {@code queries/} takes, in-process (what {@code parley query} does, JSON results) and over
 * HTTP from the embedded Fuseki (a POST to the SPARQL endpoint, JSON results, the whole answer read). A federated query
 * (SERVICE) needs Wikidata and the network, so it is listed but not timed.
 */
final class SparqlLatency {

    /** Median and 95th percentile of the timed runs, in milliseconds. */
    record Latency(double medianMillis, double p95Millis) {
    }

    private static final Pattern SERVICE = Pattern.compile("(?i)\\bSERVICE\\s*<");
    /**
     * The marker of a query's narrowing lines ({@code #narrow FILTER(...)}): a query that has them is also timed
     * with the marker deleted, as a researcher narrows it on a large store.
     */
    private static final Pattern NARROW = Pattern.compile("(?m)^([ \\t]*)#narrow ");
    /**
     * The period line of an /explore query, and what the page writes there for the week the research queries'
     * narrowing lines name (10 to 16 March 2025): an explore query is also timed so narrowed.
     */
    private static final Pattern EXPLORE_PERIOD = Pattern.compile("(?m)^([ \\t]*)# explore:since[ \\t]*$");
    private static final String EXPLORE_WEEK = "{ SELECT ?act WHERE { ?act neg:earliestDate ?earliest ; "
            + "neg:latestDate ?latest . FILTER(?earliest >= \"2025-03-10\"^^xsd:date && "
            + "?latest <= \"2025-03-16\"^^xsd:date) } }  # explore:since";
    private static final String JSON_RESULTS = "application/sparql-results+json";

    /**
     * @param name   the query file's name
     * @param rows   rows of the answer, or -1 when not timed
     * @param local  in-process, or null when not timed
     * @param http   over HTTP, or null when not timed
     * @param note   why it was not timed, or empty
     */
    record Result(String name, long rows, Latency local, Latency http, String note) {
        boolean timed() {
            return note.isEmpty();
        }
    }

    private SparqlLatency() {
    }

    static List<Path> queryFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the queries in " + dir + ": " + e.getMessage(), e);
        }
    }

    static List<Result> measure(Dataset dataset, List<Path> queries, int runs) {
        return measure(dataset, queries, runs, Duration.ofHours(1));
    }

    /**
     * As {@link #measure(Dataset, List, int)}, but a query whose first in-process answer takes longer than
     * {@code patience} is reported with that time and not timed further: on a large store one slow query would
     * otherwise hold the benchmark for hours.
     */
    static List<Result> measure(Dataset dataset, List<Path> queries, int runs, Duration patience) {
        List<Result> results = new ArrayList<>();
        try (ParleyServer server = ParleyServer.builder(dataset).port(0).build().start()) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            URI endpoint = URI.create(server.baseUrl() + ParleyServer.DATASET_NAME + "/" + ParleyServer.QUERY_ENDPOINT);
            for (Path file : queries) {
                String sparql = read(file);
                String name = file.getFileName().toString();
                results.add(measure(dataset, http, endpoint, name, sparql, runs, patience));
                narrowed(sparql).ifPresent(narrowed -> results.add(measure(dataset, http, endpoint,
                        name + ", narrowed", narrowed, runs, patience)));
            }
        }
        return results;
    }

    /** The query narrowed to a week, as a researcher or the explore page narrows it; empty if it has no such line. */
    static Optional<String> narrowed(String sparql) {
        if (NARROW.matcher(sparql).find()) {
            return Optional.of(NARROW.matcher(sparql).replaceAll("$1"));
        }
        if (EXPLORE_PERIOD.matcher(sparql).find()) {
            String week = "$1" + Matcher.quoteReplacement(EXPLORE_WEEK);
            return Optional.of(EXPLORE_PERIOD.matcher(sparql).replaceFirst(week));
        }
        return Optional.empty();
    }

    private static Result measure(Dataset dataset, HttpClient http, URI endpoint, String name, String sparql, int runs,
                                  Duration patience) {
        if (isFederated(sparql)) {
            return new Result(name, -1, null, null, "federated (SERVICE to Wikidata): not timed offline");
        }
        long first = System.nanoTime();
        long rows = rows(dataset, sparql);
        double firstSeconds = (System.nanoTime() - first) / 1e9;
        if (firstSeconds > patience.toNanos() / 1e9) {
            return new Result(name, rows, null, null, String.format(Locale.ROOT,
                    "first answer took %.1f s: not timed further", firstSeconds));
        }
        Latency local = time(runs, () -> QueryRunner.run(dataset, sparql, ResultFormat.JSON,
                OutputStream.nullOutputStream()));
        Latency overHttp = time(runs, () -> post(http, endpoint, sparql));
        return new Result(name, rows, local, overHttp, "");
    }

    /** The results as a table of the report: rows and milliseconds, or why a query was not timed. */
    static void table(Markdown report, List<Result> results) {
        report.table("query", "rows", "in-process median", "in-process p95", "HTTP median", "HTTP p95");
        for (Result r : results) {
            if (r.timed()) {
                report.row(r.name(), r.rows(), millis(r.local().medianMillis()), millis(r.local().p95Millis()),
                        millis(r.http().medianMillis()), millis(r.http().p95Millis()));
            } else {
                report.row(r.name(), r.rows() < 0 ? "–" : r.rows(), r.note(), "", "", "");
            }
        }
    }

    private static String millis(double millis) {
        return String.format(Locale.ROOT, "%.1f", millis);
    }

    /** The texts of the queries that need no other endpoint: what a load test can send offline. */
    static List<String> localQueries(List<Path> queries) {
        return queries.stream().map(SparqlLatency::read).filter(sparql -> !isFederated(sparql)).toList();
    }

    private static boolean isFederated(String sparql) {
        return SERVICE.matcher(sparql).find();
    }

    private static long rows(Dataset dataset, String sparql) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution execution = QueryExecution.create(QueryRunner.parse(sparql), dataset)) {
                return (long) ResultSetFormatter.consume(execution.execSelect());
            }
        });
    }

    /** The query as a POST of the SPARQL protocol, asking for JSON results. */
    static HttpRequest jsonQuery(URI endpoint, String sparql) {
        return HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", JSON_RESULTS)
                .POST(HttpRequest.BodyPublishers.ofString(sparql))
                .build();
    }

    private static void post(HttpClient http, URI endpoint, String sparql) {
        HttpRequest request = jsonQuery(endpoint, sparql);
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the endpoint answered " + response.statusCode() + ": "
                        + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach the endpoint " + endpoint + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        }
    }

    /** Two untimed runs to warm up, then {@code runs} timed. */
    private static Latency time(int runs, Runnable query) {
        query.run();
        query.run();
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            query.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new Latency(percentile(millis, 0.5), percentile(millis, 0.95));
    }

    /** Nearest rank on sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
