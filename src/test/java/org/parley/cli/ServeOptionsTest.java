package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.server.FederationPolicy;
import org.parley.server.ParleyServer;
import picocli.CommandLine;

/** The safety options of {@code serve} and {@code up}: how they combine, and the server they give. */
class ServeOptionsTest {

    @TempDir
    Path dir;

    @Test
    void helpListsTheSafetyOptions() {
        for (String command : new String[] {"serve", "up"}) {
            CommandRun run = CommandRun.of(command, "--help");
            assertThat(run.out()).as(command).contains("--no-federation", "--service-allow", "--max-rows",
                    "--allow-update", "--password-file", "--timeout");
        }
    }

    @Test
    void contradictoryOptionsAreBadUsage() {
        assertUsageError("needs --password-file", "serve", "--allow-update");
        assertUsageError("only used with --allow-update", "serve", "--password-file", "users.txt");
        assertUsageError("contradict", "serve", "--no-federation", "--service-allow", "https://example.org/sparql");
        assertUsageError("--service-allow", "serve", "--service-allow", "ftp://example.org/sparql");
        assertUsageError("--max-rows", "serve", "--max-rows", "0");
        // Before building anything: the store is not even created.
        assertUsageError("needs --password-file", "up", "--allow-update", "--store", dir.resolve("s").toString());
        assertThat(dir.resolve("s")).doesNotExist();
    }

    @Test
    void aBadPasswordFileFailsBeforeAnyWork() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty"), "");

        CommandRun missing = CommandRun.of("up", "--allow-update", "--password-file", dir.resolve("nope").toString(),
                "--store", dir.resolve("s").toString());
        CommandRun noUsers = CommandRun.of("serve", "--allow-update", "--password-file", empty.toString());

        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("password file not found");
        assertThat(dir.resolve("s")).doesNotExist();
        assertThat(noUsers.exit()).isEqualTo(1);
        assertThat(noUsers.err()).contains("names no user");
    }

    @Test
    void aPasswordFileOthersCanReadIsServedWithAWarning() throws IOException {
        Path users = Files.writeString(dir.resolve("users"), "alice:secret\n");
        Files.setPosixFilePermissions(users, PosixFilePermissions.fromString("rw-r--r--"));
        ServeCommand command = new ServeCommand();
        CommandLine cli = new CommandLine(command);
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        cli.parseArgs("--allow-update", "--password-file", users.toString());

        command.serveOptions.prepare(command.spec);

        assertThat(err.toString()).contains("warning").contains("chmod 600");
    }

    @Test
    void theOptionsMakeTheServer() throws Exception {
        Path users = Files.writeString(dir.resolve("users"), "alice:secret\n");
        Files.setPosixFilePermissions(users, PosixFilePermissions.fromString("rw-------"));
        ServeOptions options = prepared("--port", "0", "--max-rows", "2", "--no-federation",
                "--allow-update", "--password-file", users.toString());
        Dataset dataset = DatasetFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> {
            for (int i = 0; i < 3; i++) {
                dataset.asDatasetGraph().add(SSE.parseQuad("(<http://ex/g> <http://ex/s" + i + "> <http://ex/p> 1)"));
            }
        });

        try (ParleyServer server = options.applyTo(ParleyServer.builder(dataset)).build().start()) {
            String base = server.baseUrl();
            assertThat(get(base, "SELECT * WHERE { ?s ?p ?o }").statusCode()).isEqualTo(422);
            assertThat(get(base, "SELECT * WHERE { ?s ?p ?o } LIMIT 2").statusCode()).isEqualTo(200);
            HttpResponse<String> service = get(base, "SELECT * WHERE { SERVICE <" + FederationPolicy.WIKIDATA + "> {} }");
            assertThat(service.statusCode()).isEqualTo(422);
            assertThat(service.body()).contains("switched off");
            assertThat(update(base, "alice", "secret").statusCode()).isBetween(200, 299);
            assertThat(update(base, "alice", "wrong").statusCode()).isEqualTo(401);
        }
    }

    private static ServeOptions prepared(String... args) {
        ServeCommand command = new ServeCommand();
        new CommandLine(command).parseArgs(args);
        command.serveOptions.prepare(command.spec);
        return command.serveOptions;
    }

    private static void assertUsageError(String message, String... args) {
        CommandRun run = CommandRun.of(args);
        assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(2);
        assertThat(run.err()).as(String.join(" ", args)).contains(message);
    }

    private static HttpResponse<String> get(String base, String query) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + "parley/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).GET());
    }

    private static HttpResponse<String> update(String base, String user, String password) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + "parley/update"))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <http://ex/g> { <http://ex/new> <http://ex/p> 2 } }")));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        // A fresh client each time: the server may close the connection after refusing a request.
        return HttpClient.newHttpClient().send(request.timeout(Duration.ofSeconds(30)).build(), BodyHandlers.ofString());
    }
}
