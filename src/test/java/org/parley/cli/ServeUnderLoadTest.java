package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.bench.SparqlLoad;
import org.parley.store.ArticleStore;

/**
 * {@code parley serve} as {@code java -jar} runs it, with the launcher's JVM options, answers many clients at once
 * without an error. Those options turn off System.gc(), which the JVM needs to free direct buffers when direct memory
 * runs out; the server once took a 5 MB direct buffer per response and, after a few hundred responses, answered 500.
 * Direct memory is made small here so that a server still using it fails within seconds.
 */
class ServeUnderLoadTest {

    private static final Pattern SERVING = Pattern.compile("Serving .* at (http://\\S+/) ");

    @TempDir
    Path dir;

    @Test
    void aServerWithTheLaunchersOptionsAnswersThirtyTwoClientsWithoutError() throws Exception {
        Path store = dir.resolve("store");
        ArticleStore.open(store).close();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(List.of(Launcher.DEFAULT_OPTIONS.split(" ")));
        command.addAll(List.of("-XX:MaxDirectMemorySize=64m", "-cp", System.getProperty("java.class.path"),
                Parley.class.getName(), "serve", "--store", store.toString(), "--port", "0"));
        Process server = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            URI endpoint = URI.create(awaitBaseUrl(server) + "parley/sparql");

            SparqlLoad.Result load = SparqlLoad.run(endpoint, SparqlLoad.researchQueries(Path.of("queries")), 32, 20);

            assertThat(load.errors()).as(load.firstError()).isZero();
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
            server.destroyForcibly();
        }
    }

    private static String awaitBaseUrl(Process server) throws Exception {
        BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(),
                StandardCharsets.UTF_8));
        String line;
        while ((line = lines.readLine()) != null) {
            Matcher serving = SERVING.matcher(line);
            if (serving.find()) {
                // Drained from here on, so a full pipe never blocks the server.
                Thread drain = new Thread(() -> lines.lines().forEach(ignored -> { }), "serve-output");
                drain.setDaemon(true);
                drain.start();
                return serving.group(1);
            }
        }
        throw new AssertionError("serve ended before it served");
    }
}
