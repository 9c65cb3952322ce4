package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.ingest.QueryFiles.fill;
import static org.parley.ingest.QueryFiles.text;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.parley.store.ArticleStore;

/**
 * The queries behind /explore, on the seed corpus: each view's query as written, with the page's filters filled in,
 * and the acts query agreeing with the counts the network shows. What the page draws from them is in
 * ExplorePageBrowserTest.
 */
class ExploreQueriesTest {

    private static final String ID = "https://w3id.org/parley/id/";
    private static final String NEG = "https://w3id.org/parley/ontology#";

    @AutoClose
    private static final ArticleStore store = ArticleStore.open(SeedStore.directory());

    @Test
    void theTimelineHasOneRowPerDatedActAndPartyInDateOrder() {
        List<Map<String, String>> marks = run(text("explore-timeline"));

        assertThat(marks).isNotEmpty().allSatisfy(m -> {
            assertThat(m.get("earliest")).isLessThanOrEqualTo(m.get("latest"));
            assertThat(m.get("partyName")).isNotBlank();
        });
        assertThat(marks.stream().map(m -> m.get("earliest")).toList()).isSorted();
        assertThat(marks.stream().map(m -> m.get("act") + " " + m.get("party")).distinct()).hasSameSizeAs(marks);
        assertThat(marks).anySatisfy(m -> {
            assertThat(m.get("earliest")).isEqualTo("2025-03-15");
            assertThat(m.get("type")).isEqualTo("accusation");
            assertThat(m.get("partyName")).isEqualTo("Volodymyr Zelenskyy");
        });
    }

    @Test
    void aDateRangeKeepsTheActsWhosePeriodLiesInsideIt() {
        List<Map<String, String>> all = run(text("explore-timeline"));
        // The line the page writes for a first and a last day (explore-query.js, periodLine).
        List<Map<String, String>> week = run(fill(text("explore-timeline"), Map.of("since",
                "{ SELECT ?act WHERE { ?act neg:earliestDate ?earliest ; neg:latestDate ?latest . "
                        + "FILTER(?earliest >= \"2025-03-15\"^^xsd:date && ?latest <= \"2025-03-16\"^^xsd:date) } }")));

        assertThat(week).isNotEmpty().hasSizeLessThan(all.size()).allSatisfy(m -> {
            assertThat(m.get("earliest")).isGreaterThanOrEqualTo("2025-03-15");
            assertThat(m.get("latest")).isLessThanOrEqualTo("2025-03-16");
        });
        assertThat(week).containsExactlyElementsOf(all.stream()
                .filter(m -> m.get("earliest").compareTo("2025-03-15") >= 0 && m.get("latest").compareTo("2025-03-16") <= 0)
                .toList());
    }

    @Test
    void theNetworkJoinsTheProtagonistsAndEveryEdgeEndsAtANode() {
        List<Map<String, String>> actors = run(text("explore-actors"));
        List<Map<String, String>> relations = run(text("explore-relations"));

        assertThat(actors).extracting(a -> a.get("name")).contains("Vladimir Putin", "Donald Trump", "Russia", "Ukraine");
        assertThat(actors).extracting(a -> a.get("kind")).containsOnly("person", "country", "organization");
        Set<String> nodes = actors.stream().map(a -> a.get("actor")).collect(Collectors.toSet());
        assertThat(relations).isNotEmpty().allSatisfy(r -> assertThat(nodes).contains(r.get("from"), r.get("to")));
        assertThat(relations).extracting(r -> r.get("relation"))
                .doesNotContainNull()
                .isSubsetOf("met", "proposed to", "demanded of", "accepted", "rejected", "accused", "threatened");
        assertThat(relations).anySatisfy(r -> {
            assertThat(Set.of(r.get("fromName"), r.get("toName"))).containsExactlyInAnyOrder("Donald Trump", "Vladimir Putin");
            assertThat(r.get("relation")).isEqualTo("met");
        });
        assertThat(relations).anySatisfy(r -> {
            assertThat(r.get("fromName")).isEqualTo("Alexander Grushko");
            assertThat(r.get("relation")).isEqualTo("demanded of");
        });
    }

    @Test
    void theActsOfEachEdgeAreAsManyAsItsWeight() {
        for (Map<String, String> edge : run(text("explore-relations"))) {
            Set<String> acts = actsOf(QueryFiles.edgeSelection(edge));
            assertThat(acts).as(edge.toString()).hasSize(Integer.parseInt(edge.get("acts")));
        }
    }

    @Test
    void theActsOfEachNodeAreAsManyAsItsSize() {
        for (Map<String, String> actor : run(text("explore-actors"))) {
            Set<String> acts = actsOf(Map.of("party", "?act neg:agent|neg:participant|neg:addressee <" + actor.get("actor") + "> ."));
            assertThat(acts).as(actor.get("name")).hasSize(Integer.parseInt(actor.get("acts")));
        }
    }

    @Test
    void aMarkListsItsOneActWithItsEvidenceAndArticle() {
        Map<String, String> mark = run(text("explore-timeline")).get(0);
        List<Map<String, String>> rows = run(fill(text("explore-acts"), Map.of("act", "VALUES ?act { <" + mark.get("act") + "> }")));

        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("act")).isEqualTo(mark.get("act"));
            assertThat(r.get("evidence")).isNotBlank();
            assertThat(r.get("source")).startsWith(ID + "article/");
            assertThat(r.get("article")).isNotBlank();
        });
        assertThat(rows).extracting(r -> r.get("agent")).contains(mark.get("party"));
    }

    @Test
    void anActClassFilterLeavesOnlyItsEdges() {
        List<Map<String, String>> meetings = run(fill(text("explore-relations"),
                Map.of("classes", "VALUES ?class { <" + NEG + "Meeting> }")));

        assertThat(meetings).isNotEmpty().allSatisfy(r -> assertThat(r.get("relation")).isEqualTo("met"));
    }

    @Test
    void anIssueFilterKeepsTheActsAboutIt() {
        String ceasefire = ID + "issue/ceasefire";
        Set<String> about = run("PREFIX neg: <" + NEG + "> SELECT ?act WHERE { ?act neg:topic <" + ceasefire + "> }")
                .stream().map(r -> r.get("act")).collect(Collectors.toSet());
        List<Map<String, String>> marks = run(fill(text("explore-timeline"),
                Map.of("issue", "?act neg:topic <" + ceasefire + "> .")));

        assertThat(marks).isNotEmpty().allSatisfy(m -> assertThat(about).contains(m.get("act")));
    }

    @Test
    void anArticleFilterKeepsTheActsReadFromIt() {
        String article = ID + "article/2025-03-17-kremlin-confirms-call";
        Map<String, String> fromIt = Map.of("article", "?act prov:wasDerivedFrom <" + article + "> .");
        List<Map<String, String>> acts = run(fill(text("explore-acts"), fromIt));
        List<Map<String, String>> actors = run(fill(text("explore-actors"), fromIt));

        assertThat(acts).isNotEmpty().allSatisfy(r -> assertThat(r.get("source")).isEqualTo(article));
        assertThat(actors).isNotEmpty().hasSizeLessThan(run(text("explore-actors")).size());
    }

    @Test
    void theChoicesOfferTheIssuesAndEveryArticle() {
        List<Map<String, String>> choices = run(text("explore-choices"));

        assertThat(choices).filteredOn(c -> c.get("filter").equals("article")).extracting(c -> c.get("label"))
                .containsExactlyInAnyOrder("2025-03-16-trump-plans-putin-call", "2025-03-17-kremlin-confirms-call",
                        "2025-03-17-russia-demands-neutral-ukraine", "2025-03-17-trump-dividing-up-assets",
                        "2025-05-20-putin-memorandum-after-call");
        assertThat(choices).filteredOn(c -> c.get("filter").equals("issue")).extracting(c -> c.get("label"))
                .contains("ceasefire");
    }

    private static Set<String> actsOf(Map<String, String> lines) {
        return run(fill(text("explore-acts"), lines)).stream().map(r -> r.get("act")).collect(Collectors.toSet());
    }

    private static List<Map<String, String>> run(String sparql) {
        return QueryFiles.select(store.dataset(), sparql);
    }
}
