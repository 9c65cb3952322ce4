package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.store.ArticleStore;

/** Every research query in queries/ answers what its comment promises, on the seed corpus. */
class QueriesTest {

    private static ArticleStore store;

    @BeforeAll
    static void open() {
        store = ArticleStore.open(SeedStore.directory());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everyQueryHasAPurposeCommentAndATestHere() throws IOException {
        List<String> tested = List.of("most-mentioned", "people-and-sides", "quotes-by-speaker",
                "demands-by-party-and-issue", "proposals-and-responses", "timeline", "meetings-and-calls",
                "positions-per-issue", "evidence-of-an-act", "federated-positions-held", "federated-actor-facts",
                // The queries behind /explore: ExploreQueriesTest.
                "explore-timeline", "explore-actors", "explore-relations", "explore-acts", "explore-choices");
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            List<Path> queries = files.filter(p -> p.toString().endsWith(".rq")).toList();
            assertThat(queries).extracting(p -> p.getFileName().toString().replace(".rq", ""))
                    .containsExactlyInAnyOrderElementsOf(tested);
            for (Path q : queries) {
                assertThat(Files.readString(q)).as(q.toString()).startsWith("# ").contains("Purpose");
            }
        }
    }

    @Test
    void mostMentionedPutsTheProtagonistsFirst() {
        List<Map<String, String>> rows = run("most-mentioned");
        assertThat(rows.get(0).get("articles")).isEqualTo("5");
        assertThat(rows).filteredOn(r -> r.get("articles").equals("5")).extracting(r -> r.get("name"))
                .contains("Donald Trump", "Vladimir Putin", "Russia", "Ukraine");
    }

    @Test
    void peopleAndSidesGivesGrushkosTitleAndCountry() {
        assertThat(run("people-and-sides")).anySatisfy(r -> {
            assertThat(r.get("person")).isEqualTo("Alexander Grushko");
            assertThat(r.get("roles")).contains("Deputy Foreign Minister");
            assertThat(r.get("represents")).isEqualTo("Russia");
        });
    }

    @Test
    void quotesBySpeakerHasTrumpsWords() {
        assertThat(run("quotes-by-speaker")).anySatisfy(r -> {
            assertThat(r.get("speaker")).isEqualTo("Donald Trump");
            assertThat(r.get("quote")).contains("We will be talking about land");
        });
    }

    @Test
    void demandsByPartyAndIssueFindTheSecurityGuaranteesDemand() {
        assertThat(run("demands-by-party-and-issue")).anySatisfy(r -> {
            assertThat(r.get("party")).isIn("Alexander Grushko", "Russia");
            assertThat(r.get("issue")).isEqualTo("security guarantees");
        });
    }

    @Test
    void proposalsAndResponsesShowWhoAcceptedTheCeasefireProposal() {
        assertThat(run("proposals-and-responses")).anySatisfy(r -> {
            assertThat(r.get("proposer")).isEqualTo("United States");
            assertThat(r.get("response")).isEqualTo("accepted");
            assertThat(r.get("responder")).isEqualTo("Volodymyr Zelenskyy");
        });
    }

    @Test
    void theTimelineRunsInDateOrderAndHoldsZelenskysAccusation() {
        List<Map<String, String>> rows = run("timeline");
        List<String> dates = rows.stream().map(r -> r.get("date")).toList();
        assertThat(dates).isSorted();
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("date")).isEqualTo("2025-03-15");
            assertThat(r.get("type")).isEqualTo("accusation");
            assertThat(r.get("parties")).contains("Volodymyr Zelenskyy");
        });
    }

    @Test
    void meetingsAndCallsShowThePlannedTrumpPutinCall() {
        assertThat(run("meetings-and-calls")).anySatisfy(r -> {
            assertThat(r.get("participants")).contains("Donald Trump").contains("Vladimir Putin");
            assertThat(r.get("date")).isEqualTo("2025-03-18");
            assertThat(r.get("status")).isEqualTo("planned");
        });
    }

    @Test
    void positionsPerIssueCountGrushkosDemands() {
        assertThat(run("positions-per-issue")).anySatisfy(r -> {
            assertThat(r.get("party")).isEqualTo("Alexander Grushko");
            assertThat(r.get("issue")).isEqualTo("security guarantees");
            assertThat(r.get("position")).isEqualTo("demand");
        });
    }

    @Test
    void evidenceOfAnActGivesGrushkosSentences() {
        List<Map<String, String>> rows = run("evidence-of-an-act");
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.get("evidence")).isNotBlank());
        assertThat(rows).anySatisfy(r -> assertThat(r.get("evidence")).contains("ironclad security guarantees"));
    }

    @Test
    void federatedQueriesAskOnlyWikidataAndStartFromLinkedActors() throws IOException {
        // Tests run without network: check what the query would send, and that our side has links to join on.
        for (String name : List.of("federated-positions-held", "federated-actor-facts")) {
            org.apache.jena.query.Query query = org.apache.jena.query.QueryFactory.create(
                    Files.readString(Path.of("queries", name + ".rq")));
            assertThat(query.toString()).contains("SERVICE <https://query.wikidata.org/sparql>");
        }
        List<Map<String, String>> linked = runText("""
                PREFIX neg: <https://w3id.org/parley/ontology#>
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?name ?wd WHERE { ?p a neg:Person ; rdfs:label ?name ; owl:sameAs ?wd }""");
        assertThat(linked).anySatisfy(r -> {
            assertThat(r.get("name")).isEqualTo("Vladimir Putin");
            assertThat(r.get("wd")).isEqualTo("http://www.wikidata.org/entity/Q7747");
        });
    }

    @Test
    void aNarrowedQueryAnswersFromTheArticlesOfItsPeriodOnly() throws IOException {
        // The narrowing lines' example period, 10 to 16 March 2025, holds one seed article.
        for (String name : List.of("demands-by-party-and-issue", "quotes-by-speaker", "meetings-and-calls")) {
            String plain = Files.readString(Path.of("queries", name + ".rq"));
            List<Map<String, String>> narrowed = runText(plain.replaceAll("(?m)^([ \\t]*)#narrow ", "$1"));
            assertThat(narrowed).as(name).isNotEmpty().isSubsetOf(runText(plain))
                    .allSatisfy(r -> assertThat(r.get("article")).isEqualTo("2025-03-16-trump-plans-putin-call"));
        }
    }

    @Test
    void everyQueryOfTheStoreIsNarrowableByPeriodAndBounded() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            // The federated queries ask Wikidata; the explore queries take the page's filters on their own lines.
            for (Path q : files.filter(p -> p.toString().endsWith(".rq") && !p.toString().contains("federated")
                    && !p.getFileName().toString().startsWith("explore-")).toList()) {
                String text = Files.readString(q);
                assertThat(text).as(q.toString()).contains("#narrow FILTER(?published").containsPattern("LIMIT \\d+");
            }
        }
    }

    /** Runs queries/NAME.rq in-process; each row maps variable names to the lexical form of their values. */
    private static List<Map<String, String>> run(String name) {
        return runText(QueryFiles.text(name));
    }

    private static List<Map<String, String>> runText(String sparql) {
        return QueryFiles.select(store.dataset(), sparql);
    }
}
