package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FederationPolicyTest {

    private final FederationPolicy wikidata = FederationPolicy.wikidataOnly();

    @ParameterizedTest
    @ValueSource(strings = {
        "https://query.wikidata.org/sparql",
        "HTTPS://Query.Wikidata.ORG/sparql",
        "https://query.wikidata.org:443/sparql"
    })
    void theDefaultAllowsWikidataHoweverItsSchemeHostAndPortAreWritten(String iri) {
        assertThat(wikidata.allows(iri)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // this machine and private networks
        "http://127.0.0.1:3030/parley/sparql",
        "http://localhost:8080/sparql",
        "http://[::1]/sparql",
        "http://0.0.0.0/sparql",
        "http://10.0.0.1/sparql",
        "http://192.168.1.1/sparql",
        "http://172.16.0.1/sparql",
        "http://169.254.169.254/latest/meta-data/",
        "http://2130706433/sparql",
        // look-alikes of the allowed endpoint
        "http://query.wikidata.org/sparql",
        "https://query.wikidata.org.evil.com/sparql",
        "https://evil.com/query.wikidata.org/sparql",
        "https://query.wikidata.org:8443/sparql",
        "https://query.wikidata.org/sparql/",
        "https://query.wikidata.org/SPARQL",
        "https://query.wikidata.org/sparql?x=1",
        "https://query.wikidata.org/bigdata/namespace/wdq/sparql",
        "https://wikidata.org/sparql",
        "https://user@query.wikidata.org/sparql",
        "https://query.wikidata.org@127.0.0.1/sparql",
        "https://query.wikidata.org%2F@127.0.0.1/sparql",
        "https://query.wikidata.org./sparql",
        // not HTTP at all
        "file:///etc/passwd",
        "ftp://query.wikidata.org/sparql",
        "query.wikidata.org/sparql",
        "https:///sparql",
        "not an iri at all"
    })
    void theDefaultRefusesEverythingElse(String iri) {
        assertThat(wikidata.allows(iri)).as(iri).isFalse();
    }

    @Test
    void aConfiguredListReplacesTheDefault() {
        FederationPolicy policy = FederationPolicy.allowing(List.of("http://127.0.0.1:8890/sparql"));

        assertThat(policy.allows("http://127.0.0.1:8890/sparql")).isTrue();
        assertThat(policy.allows("http://127.0.0.1:8891/sparql")).isFalse();
        assertThat(policy.allows(FederationPolicy.WIKIDATA)).isFalse();
        assertThat(policy.endpoints()).containsExactly("http://127.0.0.1:8890/sparql");
    }

    @Test
    void noneAllowsNothing() {
        FederationPolicy none = FederationPolicy.none();

        assertThat(none.allowsNothing()).isTrue();
        assertThat(none.allows(FederationPolicy.WIKIDATA)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.org/sparql", "example.org/sparql", "https://u:p@example.org/sparql", ""})
    void anAllowListEntryMustBeAnHttpEndpoint(String entry) {
        assertThatThrownBy(() -> FederationPolicy.allowing(List.of(entry)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an http(s) SPARQL endpoint IRI");
    }
}
