package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code SERVICE} over real HTTP: a listener on this machine stands for a service inside the
 * operator's network (which must see no request) or for an endpoint the operator allowed.
 */
class FederationTest {

    private static final String JSON = "application/sparql-results+json";

    @TempDir
    static Path storeDir;

    private static Dataset dataset;
    private Listener listener;

    @BeforeAll
    static void openStore() {
        dataset = ServerTestData.twoArticles(storeDir);
    }

    @AfterAll
    static void closeStore() {
        dataset.close();
    }

    @BeforeEach
    void startListener() throws IOException {
        listener = Listener.sparqlEndpoint();
    }

    @AfterEach
    void stopListener() {
        listener.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * WHERE { SERVICE <%s> { ?s ?p ?o } }",
        "SELECT * WHERE { SERVICE SILENT <%s> { ?s ?p ?o } }",
        "SELECT * WHERE { VALUES ?endpoint { <%s> } SERVICE ?endpoint { ?s ?p ?o } }",
        "SELECT * WHERE { ?a ?b ?c OPTIONAL { SERVICE <%s> { ?a ?p ?o } } }",
        "SELECT * WHERE { ?a ?b ?c FILTER EXISTS { SERVICE <%s> { ?a ?p ?o } } }",
        "ASK { SERVICE <%s> { ?s ?p ?o } }",
        "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <%s> { ?s ?p ?o } }"
    })
    void byDefaultAServiceOnThisMachineIsRefusedWithoutARequest(String template) {
        try (ParleyServer server = ParleyServer.builder(dataset).port(0).build().start()) {
            HttpResponse<String> response = new Http(server.baseUrl())
                    .query(template.formatted(listener.sparqlUrl()), JSON);

            assertThat(response.statusCode()).isEqualTo(422);
            assertThat(response.body()).contains("is not allowed on this server")
                    .contains(FederationPolicy.WIKIDATA);
            assertThat(listener.requests()).isZero();
        }
    }

    @Test
    void aVariableServiceIsRefusedEvenWhenItsValueWouldBeAllowed() {
        FederationPolicy allowingTheListener = FederationPolicy.allowing(List.of(listener.sparqlUrl()));
        try (ParleyServer server = ParleyServer.builder(dataset).port(0).federation(allowingTheListener).build().start()) {
            HttpResponse<String> response = new Http(server.baseUrl()).query(
                    "SELECT * WHERE { BIND(<" + listener.sparqlUrl() + "> AS ?e) SERVICE ?e { ?s ?p ?o } }", JSON);

            assertThat(response.statusCode()).isEqualTo(422);
            assertThat(response.body()).contains("name the endpoint with an IRI");
            assertThat(listener.requests()).isZero();
        }
    }

    @Test
    void anAllowListedEndpointIsCalledAndItsRowsJoinTheResult() {
        FederationPolicy allowingTheListener = FederationPolicy.allowing(List.of(listener.sparqlUrl()));
        try (ParleyServer server = ParleyServer.builder(dataset).port(0).federation(allowingTheListener).build().start()) {
            HttpResponse<String> response = new Http(server.baseUrl())
                    .query("SELECT ?remote WHERE { SERVICE <" + listener.sparqlUrl() + "> { ?remote ?p ?o } }", JSON);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("from the listener");
            assertThat(listener.requests()).isEqualTo(1);
        }
    }

    @Test
    void aRedirectFromAnAllowedEndpointIsNotFollowed() throws IOException {
        try (Listener redirector = Listener.redirectingTo(listener.sparqlUrl());
             ParleyServer server = ParleyServer.builder(dataset).port(0)
                     .federation(FederationPolicy.allowing(List.of(redirector.sparqlUrl()))).build().start()) {
            HttpResponse<String> response = new Http(server.baseUrl())
                    .query("SELECT * WHERE { SERVICE <" + redirector.sparqlUrl() + "> { ?s ?p ?o } }", JSON);

            assertThat(response.statusCode()).isEqualTo(502);
            assertThat(response.body()).contains("redirects are not followed");
            assertThat(redirector.requests()).isEqualTo(1);
            assertThat(listener.requests()).isZero();
        }
    }

    @Test
    void wikidataIsNotRefusedByTheDefaultPolicy() {
        // Without internet the call fails, and SILENT turns the failure into no rows from Wikidata;
        // with internet it succeeds. Either way the policy let it through: a refusal would be a 422.
        try (ParleyServer server = ParleyServer.builder(dataset).port(0).build().start()) {
            HttpResponse<String> response = new Http(server.baseUrl()).query("SELECT ?here WHERE { BIND(\"here\" AS ?here) "
                    + "SERVICE SILENT <" + FederationPolicy.WIKIDATA + "> { SELECT * WHERE { } LIMIT 1 } }", JSON);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"here\"");
        }
    }

    @Test
    void withNoFederationEvenWikidataIsRefused() {
        try (ParleyServer server = ParleyServer.builder(dataset).port(0).federation(FederationPolicy.none()).build().start()) {
            HttpResponse<String> response = new Http(server.baseUrl())
                    .query("SELECT * WHERE { SERVICE <" + FederationPolicy.WIKIDATA + "> { ?s ?p ?o } }", JSON);

            assertThat(response.statusCode()).isEqualTo(422);
            assertThat(response.body()).contains("SERVICE is switched off");
        }
    }

    @Test
    void aDatasetNamedByUrlIsNeverFetched() {
        try (ParleyServer server = ParleyServer.builder(dataset).port(0).build().start()) {
            Http http = new Http(server.baseUrl());
            String url = Http.encode(listener.sparqlUrl());

            http.query("SELECT * FROM <" + listener.sparqlUrl() + "> WHERE { ?s ?p ?o }", JSON);
            http.query("SELECT * FROM NAMED <" + listener.sparqlUrl() + "> WHERE { GRAPH ?g { ?s ?p ?o } }", JSON);
            http.get("parley/sparql?default-graph-uri=" + url + "&query=" + Http.encode("ASK {}"), JSON);
            http.get("parley/sparql?named-graph-uri=" + url + "&query=" + Http.encode("ASK {}"), JSON);

            assertThat(listener.requests()).isZero();
        }
    }

    @Test
    void queriesWithoutServiceStillWork() {
        try (ParleyServer server = ParleyServer.builder(dataset).port(0).build().start()) {
            HttpResponse<String> response = new Http(server.baseUrl())
                    .query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "text/csv");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("3");
        }
    }
}
