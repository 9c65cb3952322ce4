package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.server.ServerTestData.EX;
import static org.parley.server.ServerTestData.LABEL;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Writes with {@code allowUpdate}: only with the right password, on this store only, never from another site. */
class UpdateAccessTest {

    private static final String USER = "alice";
    private static final String PASSWORD = "correct horse";
    private static final String UPDATE = "application/sparql-update";

    @TempDir
    static Path storeDir;
    @TempDir
    static Path configDir;

    private static ServedStore served;
    private static Http http;

    @BeforeAll
    static void startServer() throws IOException {
        PasswordFile users = PasswordFile.read(
                Files.writeString(configDir.resolve("passwords"), USER + ":" + PASSWORD + "\n"));
        served = ServedStore.serve(ServerTestData.twoArticles(storeDir), server -> server.allowUpdate(users));
        // Refused requests may have their connection closed by the server: one connection each.
        http = Http.connectionPerRequest(served.server().baseUrl());
    }

    @AfterAll
    static void stopServer() {
        served.close();
    }

    // ---- SPARQL Update

    @Test
    void anUpdateWithTheRightPasswordIsCommittedAndQueryable() {
        HttpResponse<String> response = postUpdate(insert("right", "Committed"), USER, PASSWORD);

        assertThat(response.statusCode()).isBetween(200, 299);
        assertThat(labelsOf("right")).contains("Committed");
    }

    @Test
    void anUpdateAsAFormWithTheRightPasswordIsCommitted() {
        HttpResponse<String> response = http.send(http.request("parley/update")
                .header("Authorization", basic(USER, PASSWORD))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("update=" + Http.encode(insert("form", "By form")))).build());

        assertThat(response.statusCode()).isBetween(200, 299);
        assertThat(labelsOf("form")).contains("By form");
    }

    @Test
    void anUpdateWithoutCredentialsIsRefusedWithAChallenge() {
        long before = quads();

        HttpResponse<String> response = http.post("parley/update", UPDATE, insert("anonymous", "x"), "*/*");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic"));
        assertThat(quads()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {USER + ":wrong", "mallory:" + PASSWORD, USER + ":"})
    void anUpdateWithWrongCredentialsIsRefused(String credentials) {
        long before = quads();
        int colon = credentials.indexOf(':');

        HttpResponse<String> response = postUpdate(insert("wrong", "x"),
                credentials.substring(0, colon), credentials.substring(colon + 1));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(quads()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"parley/update;x=1", "parley/update/", "parley//update", "parley/./update", "parley/UPDATE"})
    void pathVariantsDoNotSlipPastTheLogin(String path) {
        long before = quads();

        HttpResponse<String> response = http.post(path, UPDATE, insert("variant", "x"), "*/*");

        assertThat(response.statusCode()).as(path).isBetween(400, 499);
        assertThat(quads()).isEqualTo(before);
    }

    @Test
    void theQueryEndpointStaysQueryOnlyEvenWithCredentials() {
        long before = quads();

        HttpResponse<String> response = http.send(http.request("parley/sparql")
                .header("Authorization", basic(USER, PASSWORD)).header("Content-Type", UPDATE)
                .POST(BodyPublishers.ofString(insert("viaquery", "x"))).build());

        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(quads()).isEqualTo(before);
    }

    @Test
    void queriesNeedNoLogin() {
        HttpResponse<String> response = http.query("SELECT * WHERE { ?s ?p ?o } LIMIT 1", "text/csv");

        assertThat(response.statusCode()).isEqualTo(200);
    }

    // ---- nothing outside the store

    @ParameterizedTest
    @ValueSource(strings = {
        "LOAD <%s>",
        "LOAD SILENT <%s> INTO GRAPH <http://example.org/loaded>",
        "INSERT { GRAPH <http://example.org/remote> { ?s ?p ?o } } WHERE { SERVICE <%s> { ?s ?p ?o } }",
        "INSERT { GRAPH <http://example.org/remote> { ?a ?b ?c } } WHERE { ?a ?b ?c FILTER EXISTS { SERVICE <%s> { ?a ?p ?o } } }"
    })
    void anUpdateMayNotMakeTheServerFetchAnything(String template) throws IOException {
        long before = quads();
        try (Listener listener = Listener.sparqlEndpoint()) {
            HttpResponse<String> response = postUpdate(template.formatted(listener.sparqlUrl()), USER, PASSWORD);

            assertThat(response.statusCode()).isEqualTo(422);
            assertThat(listener.requests()).isZero();
        }
        assertThat(quads()).isEqualTo(before);
    }

    // ---- cross-site requests

    @Test
    void aWriteFromAPageOfAnotherSiteIsRefusedEvenWithTheLogin() {
        long before = quads();

        HttpResponse<String> response = http.send(http.request("parley/update")
                .header("Authorization", basic(USER, PASSWORD))
                .header("Origin", "https://evil.example")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("update=" + Http.encode(insert("csrf", "x")))).build());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(quads()).isEqualTo(before);
    }

    @Test
    void aWriteFromThisServersOwnPageIsAccepted() {
        String baseUrl = served.server().baseUrl();
        String ownOrigin = baseUrl.substring(0, baseUrl.length() - 1);

        HttpResponse<String> response = http.send(http.request("parley/update")
                .header("Authorization", basic(USER, PASSWORD))
                .header("Origin", ownOrigin)
                .header("Content-Type", UPDATE)
                .POST(BodyPublishers.ofString(insert("own", "Own page"))).build());

        assertThat(response.statusCode()).isBetween(200, 299);
        assertThat(labelsOf("own")).contains("Own page");
    }

    // ---- Graph Store Protocol, read-write

    @Test
    void theGraphStoreWritesWithTheRightPasswordOnly() {
        String graph = "parley/data?graph=" + Http.encode(EX + "article/gsp");
        String turtle = "<" + EX + "gsp> <" + LABEL + "> \"Put\" .";

        HttpResponse<String> anonymous = http.put(graph, "text/turtle", turtle);
        HttpResponse<String> wrong = http.send(http.request(graph).header("Authorization", basic(USER, "nope"))
                .header("Content-Type", "text/turtle").PUT(BodyPublishers.ofString(turtle)).build());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(labelsOf("gsp")).isEmpty();

        HttpResponse<String> put = http.send(http.request(graph).header("Authorization", basic(USER, PASSWORD))
                .header("Content-Type", "text/turtle").PUT(BodyPublishers.ofString(turtle)).build());
        assertThat(put.statusCode()).isBetween(200, 299);
        assertThat(labelsOf("gsp")).containsExactly("Put");

        HttpResponse<String> delete = http.send(http.request(graph).header("Authorization", basic(USER, PASSWORD))
                .DELETE().build());
        assertThat(delete.statusCode()).isBetween(200, 299);
        assertThat(labelsOf("gsp")).isEmpty();
    }

    // ---- never admin

    @Test
    void adminActionsAreRefusedEvenWithTheLogin() {
        HttpRequest.Builder createDataset = http.request("$/datasets")
                .header("Authorization", basic(USER, PASSWORD))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("dbName=other&dbType=mem"));
        HttpRequest.Builder backup = http.request("$/backup/parley")
                .header("Authorization", basic(USER, PASSWORD)).POST(BodyPublishers.noBody());
        HttpRequest.Builder compact = http.request("$/compact/parley")
                .header("Authorization", basic(USER, PASSWORD)).POST(BodyPublishers.noBody());

        for (HttpRequest.Builder request : new HttpRequest.Builder[] {createDataset, backup, compact}) {
            HttpResponse<String> response = http.send(request.build());
            assertThat(response.statusCode()).as(response.request().uri().toString()).isBetween(400, 499);
        }
    }

    // ---- without allowUpdate

    @Test
    void withoutAllowUpdateThereIsNoWriteEndpointWhateverTheCredentials() {
        long before = quads();
        try (ParleyServer readOnly = ParleyServer.builder(served.dataset()).port(0).build().start()) {
            Http other = Http.connectionPerRequest(readOnly.baseUrl());
            for (String path : new String[] {"parley/update", "parley/data?default"}) {
                HttpResponse<String> response = other.send(other.request(path)
                        .header("Authorization", basic(USER, PASSWORD)).header("Content-Type", UPDATE)
                        .POST(BodyPublishers.ofString(insert("readonly", "x"))).build());
                assertThat(response.statusCode()).as(path).isBetween(400, 499);
            }
        }
        assertThat(quads()).isEqualTo(before);
    }

    // ---- helpers

    private static HttpResponse<String> postUpdate(String update, String user, String password) {
        return http.send(http.request("parley/update")
                .header("Authorization", basic(user, password))
                .header("Content-Type", UPDATE)
                .POST(BodyPublishers.ofString(update)).build());
    }

    /** Inserts {@code ex:NAME rdfs:label "LABEL"} into the graph {@code ex:article/NAME}. */
    private static String insert(String name, String label) {
        return "INSERT DATA { GRAPH <" + EX + "article/" + name + "> { <" + EX + name + "> <" + LABEL + "> \""
                + label + "\" } }";
    }

    /** The labels of {@code ex:NAME}, as the query endpoint answers. */
    private static List<String> labelsOf(String name) {
        HttpResponse<String> response = http.query("SELECT ?l WHERE { <" + EX + name + "> <" + LABEL + "> ?l }",
                "text/csv");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body().lines().skip(1).toList();
    }

    private static long quads() {
        return ServerTestData.quadCount(served.dataset());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
