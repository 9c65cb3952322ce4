package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The guard at run time, on its own: queries executed by ARQ in-process with the context the server
 * gives its query endpoint, without the up-front check the endpoint also makes.
 */
class FederationGuardTest {

    private final DatasetGraph empty = DatasetGraphFactory.create();
    private Listener listener;

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
        "SELECT * WHERE { VALUES ?e { <%s> } SERVICE ?e { ?s ?p ?o } }",
        "SELECT * WHERE { BIND(<%s> AS ?e) SERVICE SILENT ?e { ?s ?p ?o } }"
    })
    void refusesAnEndpointNotListedBeforeAnyRequest(String template) {
        Context context = guarded(FederationPolicy.wikidataOnly());

        assertThatThrownBy(() -> rows(template.formatted(listener.sparqlUrl()), context))
                .isInstanceOf(QueryDeniedException.class)
                .hasMessageContaining("is not allowed on this server");
        assertThat(listener.requests()).isZero();
    }

    @Test
    void refusesAVariableEndpointEvenIfItsValueIsListed() {
        Context context = guarded(FederationPolicy.allowing(List.of(listener.sparqlUrl())));

        assertThatThrownBy(() -> rows("SELECT * WHERE { VALUES ?e { <" + listener.sparqlUrl() + "> } "
                + "SERVICE ?e { ?s ?p ?o } }", context))
                .isInstanceOf(QueryDeniedException.class)
                .hasMessageContaining("name the endpoint with an IRI");
        assertThat(listener.requests()).isZero();
    }

    @Test
    void callsAListedEndpoint() {
        Context context = guarded(FederationPolicy.allowing(List.of(listener.sparqlUrl())));

        long count = rows("SELECT * WHERE { SERVICE <" + listener.sparqlUrl() + "> { ?remote ?p ?o } }", context);

        assertThat(count).isEqualTo(1);
        assertThat(listener.requests()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"queries/federated-actor-facts.rq", "queries/federated-positions-held.rq"})
    void theShippedFederatedQueriesPassTheDefaultPolicy(String file) {
        Query query = QueryFactory.read(file);

        assertThatCode(() -> FederationGuard.checkBeforeRunning(FederationPolicy.wikidataOnly(), query))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> FederationGuard.checkBeforeRunning(FederationPolicy.none(), query))
                .isInstanceOf(QueryDeniedException.class);
    }

    private static Context guarded(FederationPolicy policy) {
        Context context = new Context();
        FederationGuard.install(context, policy, Duration.ofSeconds(10));
        return context;
    }

    private long rows(String query, Context context) {
        try (QueryExec exec = QueryExec.newBuilder().dataset(empty).query(query).context(context).build()) {
            RowSet rows = exec.select();
            long count = 0;
            while (rows.hasNext()) {
                rows.next();
                count++;
            }
            return count;
        }
    }
}
