package org.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.ingest.SeedStore;
import org.parley.server.ParleyServer;
import org.parley.store.ArticleStore;

/**
 * The served seed store answers the research queries of 32 clients at once, 50 queries each, over loopback HTTP,
 * without a single error. How fast is BENCHMARKS.md's business ({@code parley bench}), not this test's.
 */
class SparqlLoadTest {

    @Test
    void thirtyTwoClientsRunningTheResearchQueriesGetNoError() {
        List<String> queries = SparqlLoad.researchQueries(Path.of("queries"));
        assertThat(queries).hasSizeGreaterThanOrEqualTo(9);
        try (ArticleStore store = ArticleStore.open(SeedStore.directory());
             ParleyServer server = ParleyServer.builder(store.dataset()).port(0).build().start()) {
            URI endpoint = URI.create(server.baseUrl() + "parley/sparql");

            SparqlLoad.Result load = SparqlLoad.run(endpoint, queries, 32, 50);

            assertThat(load.errors()).as(load.firstError()).isZero();
            assertThat(load.requests()).isEqualTo(32 * 50);
            assertThat(load.p99Millis()).isGreaterThanOrEqualTo(load.p50Millis()).isPositive();
        }
    }
}
