package org.parley.server;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.query.Dataset;

/**
 * A benchmark anyone can rerun (not a test): what computing a result in full before sending it
 * ({@link BufferedQuery}) costs against Fuseki's streaming, for a large SELECT over HTTP.
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.parley.server.ResultBufferBenchmark [ROWS]
 * </pre>
 * Builds a TDB2 store of ROWS triples (default 100000, the default row cap) in a temporary directory,
 * serves it with Parley's server and with a plain Fuseki query endpoint, and reports for each format
 * the median over 7 runs (after 3 warm-ups) of the time to the first byte and to the last.
 */
public final class ResultBufferBenchmark {

    private static final int WARMUPS = 3;
    private static final int RUNS = 7;
    private static final String[] FORMATS = {"application/sparql-results+json", "text/csv"};

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : (int) ParleyServer.DEFAULT_MAX_ROWS;
        Path dir = Files.createTempDirectory("parley-bench-store");
        Dataset dataset = ServerTestData.manyTriples(dir, rows);
        // Named graph explicit: the plain Fuseki endpoint has no union default graph.
        String query = "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }";
        HttpClient client = HttpClient.newHttpClient();

        try (ParleyServer parley = ParleyServer.builder(dataset).port(0).build().start()) {
            FusekiServer streaming = FusekiServer.create().port(0).loopback(true)
                    .fusekiModules(FusekiModules.empty()).add("plain", dataset.asDatasetGraph(), false).build().start();
            try {
                System.out.printf(Locale.ROOT, "%d rows; median of %d runs%n", rows, RUNS);
                for (String format : FORMATS) {
                    report("buffered (Parley)", client, parley.baseUrl() + "parley/sparql", query, format);
                    report("streamed (Fuseki)", client, "http://localhost:" + streaming.getHttpPort() + "/plain/query",
                            query, format);
                }
            } finally {
                streaming.stop();
            }
        } finally {
            dataset.close();
        }
    }

    private static void report(String server, HttpClient client, String endpoint, String query, String format)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + "?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", format).GET().build();
        long[] first = new long[RUNS];
        long[] last = new long[RUNS];
        long bytes = 0;
        for (int run = -WARMUPS; run < RUNS; run++) {
            long start = System.nanoTime();
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            long total = 0;
            long firstByte = -1;
            try (InputStream body = response.body()) {
                byte[] buffer = new byte[1 << 16];
                int read;
                while ((read = body.read(buffer)) >= 0) {
                    if (firstByte < 0) {
                        firstByte = System.nanoTime();
                    }
                    total += read;
                }
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException(server + " answered " + response.statusCode());
            }
            if (run >= 0) {
                first[run] = firstByte - start;
                last[run] = System.nanoTime() - start;
                bytes = total;
            }
        }
        System.out.printf(Locale.ROOT, "%-18s %-32s first byte %6.0f ms, last byte %6.0f ms, %5.1f MB%n",
                server, format, median(first) / 1e6, median(last) / 1e6, bytes / 1e6);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
