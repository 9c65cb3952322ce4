package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.ingest.QueryFiles.fill;
import static org.parley.ingest.QueryFiles.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.QueryFiles;

/**
 * /explore in a real browser (headless Chromium) against the seed corpus served for real: the pictures hold as many
 * marks, nodes and edges as their queries return, a click on an edge lists the evidence of its acts, the filters
 * rewrite the queries the page shows, and the page asks nothing of any host but the server.
 *
 * <p>Screenshots go to {@code target/screenshots}; with {@code -Dparley.updateDocs=true} also to {@code docs/}, where
 * the README shows them (the network's layout differs a little on each run, so they are not rewritten by default).
 */
class ExplorePageBrowserTest {

    private static final Duration PAGE_LIMIT = Duration.ofSeconds(60);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String NETWORK = "echarts.getInstanceByDom(document.getElementById('network'))"
            + ".getModel().getSeriesByIndex(0)";
    private static final String TIMELINE = "echarts.getInstanceByDom(document.getElementById('timeline')).getModel()";

    @TempDir
    static Path profile;

    private static SeedInBrowser seed;
    private static DevToolsPage page;

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        seed = SeedInBrowser.open(profile, "chromium-explore.log", 1280, 1700);
        page = seed.page();
        page.recordRequests();
    }

    @AfterAll
    static void stop() {
        seed.close();
    }

    @Test
    void thePicturesHoldAsManyMarksNodesAndEdgesAsTheirQueriesReturn() throws IOException {
        openExplore();

        List<Map<String, String>> marks = run(text("explore-timeline"));
        List<Map<String, String>> actors = run(text("explore-actors"));
        List<Map<String, String>> relations = run(text("explore-relations"));
        assertThat(marks).isNotEmpty();
        assertThat(relations).isNotEmpty();

        int drawnMarks = page.evaluate(TIMELINE + ".getSeries().reduce((n, s) => n + s.getData().count(), 0)").asInt();
        assertThat(drawnMarks).isEqualTo(marks.size());
        assertThat(page.evaluate(NETWORK + ".getData().count()").asInt()).isEqualTo(actors.size());
        assertThat(page.evaluate(NETWORK + ".getEdgeData().count()").asInt()).isEqualTo(relations.size());
        assertThat(strings(page.evaluate("[...Array(" + NETWORK + ".getData().count()).keys()].map(i => "
                + NETWORK + ".getData().getName(i))")))
                .containsExactlyInAnyOrderElementsOf(actors.stream().map(a -> a.get("name")).toList());
        assertThat(shown("#timeline-count")).startsWith(marks.size() + " marks");
        assertThat(shown("#network-count")).isEqualTo(actors.size() + " actors, " + relations.size() + " edges");
        // Each view names the query that fills it, and the text it ran is the file's (no filter set).
        assertThat(shown(".source[data-query=\"explore-timeline\"] .query-name")).isEqualTo("explore-timeline.rq");
        assertThat(shown(".source[data-query=\"explore-relations\"] .query-text")).isEqualTo(text("explore-relations"));
        saveScreenshot("explore.png");
    }

    @Test
    void clickingAnEdgeListsTheEvidenceOfItsActs() throws IOException {
        openExplore();
        List<Map<String, String>> relations = run(text("explore-relations"));

        JsonNode clicked = clickAnEdge();
        Map<String, String> edge = relations.stream()
                .filter(r -> r.get("from").equals(clicked.get("source").asText())
                        && r.get("to").equals(clicked.get("target").asText())
                        && r.get("relation").equals(clicked.get("relation").asText()))
                .findFirst().orElseThrow();
        awaitActs();

        List<Map<String, String>> expected = run(fill(text("explore-acts"), QueryFiles.edgeSelection(edge)));
        Set<String> expectedActs = expected.stream().map(r -> r.get("act")).collect(Collectors.toCollection(TreeSet::new));
        assertThat(expectedActs).hasSize(Integer.parseInt(edge.get("acts")));
        assertThat(shown("#acts-selection")).isEqualTo(edge.get("fromName") + " " + edge.get("relation") + " "
                + edge.get("toName") + ":");
        assertThat(shown("#acts-count")).startsWith(expectedActs.size() + " act");

        JsonNode rows = page.evaluate("""
                [...document.querySelectorAll('#acts tbody tr')].map(tr => ({
                  act: tr.dataset.act,
                  evidence: tr.querySelector('td.evidence').textContent,
                  links: [...tr.querySelectorAll('a')].map(a => a.getAttribute('href')),
                }))""");
        assertThat(strings(rows, "act")).containsExactlyInAnyOrderElementsOf(expectedActs);
        Map<String, String> evidence = expected.stream().collect(Collectors.toMap(r -> r.get("act"), r -> r.get("evidence"),
                (a, b) -> a));
        for (JsonNode row : rows) {
            String act = row.get("act").asText();
            assertThat(row.get("evidence").asText()).isEqualTo(evidence.get(act));
            List<String> links = strings(row.get("links"));
            assertThat(links).as("the act, its agent, its addressee and its article link to their /id/ pages")
                    .contains("id/" + act.substring("https://w3id.org/parley/id/".length()))
                    .anyMatch(href -> href.startsWith("id/article/"))
                    .anyMatch(href -> href.startsWith("id/person/") || href.startsWith("id/country/")
                            || href.startsWith("id/organization/"))
                    .allMatch(href -> href.startsWith("id/"));
        }
        saveScreenshot("explore-edge.png");
    }

    @Test
    void clickingANodeListsEveryActItIsAPartyToAndAMarkItsOneAct() {
        openExplore();
        Map<String, Map<String, String>> actors = run(text("explore-actors")).stream()
                .collect(Collectors.toMap(a -> a.get("actor"), a -> a));

        Map<String, String> actor = actors.get(clickANode().get("id").asText());
        awaitActs();
        assertThat(shown("#acts-selection")).isEqualTo("Acts " + actor.get("name") + " is a party to:");
        assertThat(listedActs()).hasSize(Integer.parseInt(actor.get("acts")));

        String act = clickAMark().get("act").asText();
        page.waitUntil("document.querySelector('#acts tbody tr') && "
                + "document.querySelector('#acts tbody tr').dataset.act === " + page.literal(act), "the mark's act",
                PAGE_LIMIT);
        assertThat(listedActs()).containsExactly(act);
        assertThat(shown("#acts-selection")).startsWith("The act of ");
    }

    @Test
    void aFilterRewritesTheQueriesThePageShowsAndTheQueryPageOpensThem() {
        openExplore();
        page.evaluate("""
                (() => {
                  for (const box of document.querySelectorAll('input[name="class"]')) box.checked = box.value === 'Meeting';
                  document.getElementById('apply').click();
                })()""");
        page.waitUntil("document.body.dataset.views === 'ready' && "
                + "document.querySelector('.source[data-query=\"explore-relations\"] .query-text').textContent"
                + ".includes('#Meeting> }')", "the views with meetings only", PAGE_LIMIT);

        String ran = shown(".source[data-query=\"explore-relations\"] .query-text");
        assertThat(ran).contains("VALUES ?class { <https://w3id.org/parley/ontology#Meeting> }  # explore:classes");
        List<Map<String, String>> meetings = run(ran);
        assertThat(meetings).isNotEmpty().allSatisfy(r -> assertThat(r.get("relation")).isEqualTo("met"));
        assertThat(page.evaluate(NETWORK + ".getEdgeData().count()").asInt()).isEqualTo(meetings.size());
        String timeline = shown(".source[data-query=\"explore-timeline\"] .query-text");
        int drawnMarks = page.evaluate(TIMELINE + ".getSeries().reduce((n, s) => n + s.getData().count(), 0)").asInt();
        assertThat(drawnMarks).isEqualTo(run(timeline).size());

        String opener = page.evaluate(
                "document.querySelector('.source[data-query=\"explore-relations\"] .open-query').href").asText();
        // The query page takes the text from the address, then drops it from there: follow the link as a click would.
        page.evaluate("location.href = " + page.literal(opener));
        page.waitUntil("location.pathname === '/' && document.querySelectorAll('#query-list button').length > 0",
                "the query page", PAGE_LIMIT);
        assertThat(page.evaluate("document.getElementById('editor').value").asText()).isEqualTo(ran);
        assertThat(page.evaluate("document.querySelector('[aria-current=\"true\"]').dataset.query").asText())
                .isEqualTo("explore-relations");
    }

    @Test
    void everyRequestOfThePageGoesToTheServerItself() throws IOException {
        int before = page.requestedUrls().size();
        openExplore();
        clickAnEdge();
        awaitActs();

        List<String> requests = page.requestedUrls().subList(before, page.requestedUrls().size());
        String origin = seed.server().baseUrl();
        assertThat(requests).contains(origin + "explore", origin + "webjars/echarts/5.3.1/dist/echarts.min.js",
                origin + "parley/sparql");
        // Chromium's own data: images (the date fields' calendar icon) and about:blank name no host.
        assertThat(requests).filteredOn(url -> URI.create(url).getHost() != null)
                .allSatisfy(url -> assertThat(url).startsWith(origin));
    }

    @Test
    void thePagesOwnFilesNameNoOtherHost() {
        Http http = new Http(seed.server().baseUrl());
        String html = http.get("explore", "text/html").body();
        Matcher references = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(html);
        List<String> targets = new ArrayList<>();
        while (references.find()) {
            targets.add(references.group(1));
        }
        assertThat(targets).isNotEmpty().allSatisfy(target -> assertThat(URI.create(target).isAbsolute()).isFalse());
        for (String script : List.of("explore.js", "explore-query.js", "explore-charts.js")) {
            String code = http.get(script, "*/*").body();
            // The only absolute addresses in our scripts are the IRIs of the data, which name things, not hosts to ask.
            assertThat(Pattern.compile("https?://[^'\"`\\s]*").matcher(code).results().map(m -> m.group()))
                    .as(script).allSatisfy(iri -> assertThat(iri).startsWith("https://w3id.org/parley/"));
            assertThat(code).as(script).doesNotContain("fetch('http", "fetch(\"http", "import('http");
        }
    }

    // ---- helpers

    private static void openExplore() {
        page.navigate("about:blank");
        page.navigate(seed.server().baseUrl() + "explore");
        page.waitUntil("document.body.dataset.views === 'ready'", "the timeline and the network", PAGE_LIMIT);
    }

    /**
     * JavaScript that defines {@code reach(chartId, el, points)}: the first of the points (in the chart's pixels) at
     * which a mouse would hit the chart element {@code el} and not something drawn over it, also 2 pixels off in
     * every direction (so a hand that shakes still hits it), as a point of the page, or null. The chart draws inside
     * its box's border, so its pixels start at the box's client corner.
     */
    private static final String REACH = """
            const reach = (chartId, el, points) => {
              const chart = echarts.getInstanceByDom(document.getElementById(chartId));
              const dom = document.getElementById(chartId);
              const box = dom.getBoundingClientRect();
              const left = box.left + dom.clientLeft;
              const top = box.top + dom.clientTop;
              const around = [-2, 0, 2].flatMap(dx => [-2, 0, 2].map(dy => [dx, dy]));
              const hits = (x, y) => {
                let hit = chart.getZr().handler.findHover(x, y).target;
                while (hit && hit !== el) hit = hit.parent;
                return hit === el;
              };
              for (const [x, y] of points) {
                if (around.every(([dx, dy]) => hits(x + dx, y + dy))) {
                  return { x: left + x, y: top + y };
                }
              }
              return null;
            };
            """;

    /**
     * Clicks the heaviest edge that a real mouse can reach at a point of its line (not under a node or another
     * edge), and returns that edge's data: source, target, relation.
     */
    private static JsonNode clickAnEdge() {
        return clickWhereReachable("""
                const edges = echarts.getInstanceByDom(document.getElementById('network')).getModel()
                    .getSeriesByIndex(0).getEdgeData();
                const order = [...Array(edges.count()).keys()]
                    .sort((a, b) => edges.getRawDataItem(b).value - edges.getRawDataItem(a).value);
                for (const index of order) {
                  const edge = edges.getItemGraphicEl(index);
                  const line = edge.childOfName('line');
                  const points = [0.5, 0.4, 0.6, 0.3, 0.7].map(t => line.transformCoordToGlobal(...line.pointAt(t)));
                  const point = reach('network', edge, points);
                  if (point) return { ...point, ...edges.getRawDataItem(index) };
                }
                return null;""");
    }

    /** Clicks a node a mouse can reach at its centre; returns its data (id: the actor's IRI). */
    private static JsonNode clickANode() {
        return clickWhereReachable("""
                const nodes = echarts.getInstanceByDom(document.getElementById('network')).getModel()
                    .getSeriesByIndex(0).getData();
                for (let index = 0; index < nodes.count(); index++) {
                  const symbol = nodes.getItemGraphicEl(index);
                  const point = reach('network', symbol, [symbol.parent.transformCoordToGlobal(symbol.x, symbol.y)]);
                  if (point) return { ...point, id: nodes.getRawDataItem(index).id };
                }
                return null;""");
    }

    /** Clicks a mark of the timeline that no other mark covers; returns its data (act: the act's IRI). */
    private static JsonNode clickAMark() {
        return clickWhereReachable("""
                const series = echarts.getInstanceByDom(document.getElementById('timeline')).getModel().getSeries();
                for (const one of series) {
                  const marks = one.getData();
                  for (let index = 0; index < marks.count(); index++) {
                    const symbol = marks.getItemGraphicEl(index);
                    if (!symbol) continue;
                    const point = reach('timeline', symbol, [symbol.parent.transformCoordToGlobal(symbol.x, symbol.y)]);
                    if (point) return { ...point, act: marks.getRawDataItem(index).act };
                  }
                }
                return null;""");
    }

    /** Runs {@code search} (a function body that may call {@code reach}) and clicks the point it returns. */
    private static JsonNode clickWhereReachable(String search) {
        // The charts are at the top of the page; a long list of acts may have scrolled them away.
        page.evaluate("window.scrollTo(0, 0)");
        JsonNode target = page.evaluate("(() => {\n" + REACH + search + "\n})()");
        assertThat(target.isNull()).as("something a mouse can reach").isFalse();
        page.click(target.get("x").asDouble(), target.get("y").asDouble());
        return target;
    }

    private static void awaitActs() {
        page.waitUntil("document.getElementById('acts-view').dataset.state === 'ready'", "the acts", PAGE_LIMIT);
    }

    /** The acts the list shows, in its order. */
    private static List<String> listedActs() {
        return strings(page.evaluate("[...document.querySelectorAll('#acts tbody tr')].map(tr => tr.dataset.act)"));
    }

    private static List<Map<String, String>> run(String sparql) {
        return QueryFiles.select(seed.store().dataset(), sparql);
    }

    private static String shown(String selector) {
        if (!selector.startsWith("#") && !selector.startsWith(".")) {
            throw new IllegalArgumentException(selector);
        }
        return page.evaluate("document.querySelector(" + page.literal(selector) + ").textContent").asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static List<String> strings(JsonNode objects, String field) {
        List<String> values = new ArrayList<>();
        objects.forEach(object -> values.add(object.get(field).asText()));
        return values;
    }

    private static void saveScreenshot(String name) throws IOException {
        page.evaluate("window.scrollTo(0, 0)");
        byte[] png = page.screenshot();
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), png);
        if (Boolean.getBoolean("parley.updateDocs")) {
            Files.write(Path.of("docs", name), png);
        }
    }
}
