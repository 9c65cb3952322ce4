package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.rdf.Iris;
import org.parley.store.ArticleStore;

/**
 * The query page in a real browser (headless Chromium) against the seed corpus served for real: pick a query, run
 * it, read the table, click through to the linked data. Screenshots go to {@code target/}; the README shows a copy.
 */
class QueryPageBrowserTest {

    private static final Duration PAGE_LIMIT = Duration.ofSeconds(60);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String QUERY = "meetings-and-calls";

    @TempDir
    static Path profile;

    private static SeedInBrowser seed;
    private static ArticleStore store;
    private static ParleyServer server;
    private static DevToolsPage page;

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        seed = SeedInBrowser.open(profile, "chromium.log", 1280, 860);
        store = seed.store();
        server = seed.server();
        page = seed.page();
    }

    @AfterAll
    static void stop() {
        seed.close();
    }

    @Test
    void pickingAQueryLoadsItsWholeTextWithItsComment() throws IOException {
        openPageAndPick(QUERY);

        String editor = page.evaluate("document.getElementById('editor').value").asText();
        assertThat(editor).isEqualTo(Files.readString(Path.of("queries", QUERY + ".rq")));
        assertThat(editor).startsWith("# Meetings, calls and talks");
        assertThat(page.evaluate("document.querySelector('[aria-current=\"true\"]').dataset.query").asText())
                .isEqualTo(QUERY);
        assertThat(page.evaluate("document.querySelectorAll('#query-list button').length").asInt())
                .isEqualTo(queryFileCount());
    }

    @Test
    void aQueryNamedInTheAddressIsTheOneLoaded() {
        page.navigate("about:blank");
        page.navigate(server.baseUrl() + "#people-and-sides");
        awaitQueryList();

        assertThat(page.evaluate("document.getElementById('editor').value").asText())
                .startsWith("# People in the news");
        assertThat(page.evaluate("document.querySelector('[aria-current=\"true\"]').dataset.query").asText())
                .isEqualTo("people-and-sides");
    }

    @Test
    void runningAQueryShowsTheSameRowsAsTheQueryRunInProcess() throws IOException {
        openPageAndPick(QUERY);

        page.evaluate("document.getElementById('run').click()");
        awaitStatus("done");

        List<List<String>> expected = inProcess(Files.readString(Path.of("queries", QUERY + ".rq")));
        assertThat(expected).isNotEmpty();
        assertThat(tableRows()).containsExactlyElementsOf(expected);
        assertThat(page.evaluate("document.getElementById('status').textContent").asText())
                .matches(expected.size() + " rows? in \\d+ ms");
        saveScreenshot("query-page.png");
    }

    @Test
    void theWholeResultDownloadsAsTheEndpointsOwnCsvAndJson() throws IOException {
        openPageAndPick(QUERY);
        page.evaluate("document.getElementById('run').click()");
        awaitStatus("done");

        assertThat(page.evaluate("document.getElementById('download-csv').download").asText()).isEqualTo(QUERY + ".csv");
        assertThat(page.evaluate("document.getElementById('download-json').download").asText()).isEqualTo(QUERY + ".json");
        String csv = page.evaluate("fetch(document.getElementById('download-csv').href).then(r => r.text())").asText();
        String json = page.evaluate("fetch(document.getElementById('download-json').href).then(r => r.text())").asText();

        Http endpoint = new Http(server.baseUrl());
        String query = Files.readString(Path.of("queries", QUERY + ".rq"));
        assertThat(csv).isEqualTo(endpoint.query(query, "text/csv").body());
        ObjectMapper mapper = new ObjectMapper();
        assertThat(mapper.readTree(json).path("results").path("bindings"))
                .isEqualTo(mapper.readTree(endpoint.query(query, "application/sparql-results+json").body())
                        .path("results").path("bindings"))
                .hasSize(inProcess(query).size());
    }

    @Test
    void aBrokenQueryRunWithControlEnterShowsTheParsersMessage() {
        openPageAndPick(QUERY);

        page.evaluate("(() => { const e = document.getElementById('editor'); e.focus(); e.select(); })()");
        page.insertText("SELECT ?s WHERE { ?s ?p }");
        page.pressControlEnter();
        awaitStatus("error");

        assertThat(page.evaluate("document.querySelector('.failure-title').textContent").asText())
                .isEqualTo("The query has an error:");
        assertThat(page.evaluate("document.querySelector('.failure-detail').textContent").asText())
                .contains("Parse error").contains("line 1");
    }

    @Test
    void aQueryStoppedByTheTimeLimitSaysSo() {
        try (ParleyServer impatient = ParleyServer.builder(store.dataset()).port(0)
                .queryTimeout(Duration.ofMillis(500)).build().start()) {
            page.navigate(impatient.baseUrl());
            awaitQueryList();
            page.evaluate("document.getElementById('editor').value = "
                    + page.literal("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"));
            page.evaluate("document.getElementById('run').click()");
            awaitStatus("error");

            assertThat(page.evaluate("document.querySelector('.failure-title').textContent").asText())
                    .startsWith("The server stopped the query");
        }
    }

    @Test
    void anActInTheResultsOpensItsPageAndItsParticipantsAreOneClickAway() throws IOException {
        openPageAndPick(QUERY);
        page.evaluate("document.getElementById('run').click()");
        awaitStatus("done");

        String act = page.evaluate("document.querySelector('#results a[href^=\"id/act/\"]').href").asText();
        page.evaluate("document.querySelector('#results a[href^=\"id/act/\"]').click()");
        awaitPage(act);
        String actIri = Iris.BASE + act.substring((server.baseUrl() + "id/").length());
        assertThat(page.evaluate("document.querySelector('h1').textContent").asText()).isEqualTo(labelOf(actIri));

        String person = page.evaluate("document.querySelector('#properties a[href^=\"/id/person/\"]').href").asText();
        page.evaluate("document.querySelector('#properties a[href^=\"/id/person/\"]').click()");
        awaitPage(person);
        saveScreenshot("resource-page.png");
        assertThat(page.evaluate("document.querySelector('.kind').textContent").asText()).contains("Person");
        assertThat(page.evaluate("[...document.querySelectorAll('#incoming a')].some(a => a.href === "
                + page.literal(act) + ")").asBoolean()).as("the person's page links back to the act").isTrue();
    }

    // ---- helpers

    private static void openPageAndPick(String name) {
        page.navigate(server.baseUrl());
        awaitQueryList();
        page.evaluate("document.querySelector('#query-list [data-query=" + page.literal(name) + "]').click()");
    }

    private static void awaitQueryList() {
        page.waitUntil("document.querySelectorAll('#query-list button').length > 0", "the list of queries",
                PAGE_LIMIT);
    }

    private static void awaitStatus(String state) {
        page.waitUntil("document.getElementById('status').classList.contains(" + page.literal(state) + ")",
                "the query to end as " + state, PAGE_LIMIT);
    }

    private static void awaitPage(String url) {
        page.waitUntil("location.href === " + page.literal(url) + " && document.readyState === 'complete'",
                "the page " + url, PAGE_LIMIT);
    }

    /** Each row of the result table, a cell as "link:" its target or "text:" its text (the row number left out). */
    private static List<List<String>> tableRows() {
        JsonNode rows = page.evaluate("""
                [...document.querySelectorAll('#results tbody tr')].map(tr => [...tr.cells].slice(1).map(td => {
                  const a = td.querySelector('a');
                  return a ? 'link:' + a.href : 'text:' + td.textContent;
                }))""");
        List<List<String>> table = new ArrayList<>();
        rows.forEach(row -> {
            List<String> cells = new ArrayList<>();
            row.forEach(cell -> cells.add(cell.asText()));
            table.add(cells);
        });
        return table;
    }

    /** The rows the page must show for {@code query}: literals as text, our IRIs linking to this server's /id/. */
    private static List<List<String>> inProcess(String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution execution = QueryExecution.dataset(store.dataset()).query(query).build()) {
                ResultSet results = execution.execSelect();
                List<String> vars = results.getResultVars();
                List<List<String>> rows = new ArrayList<>();
                while (results.hasNext()) {
                    QuerySolution solution = results.next();
                    rows.add(vars.stream().map(v -> expectedCell(solution.get(v))).toList());
                }
                return rows;
            }
        });
    }

    private static String expectedCell(RDFNode node) {
        if (node == null) {
            return "text:";
        }
        if (node.isLiteral()) {
            String lang = node.asLiteral().getLanguage();
            return "text:" + node.asLiteral().getLexicalForm() + (lang.isEmpty() ? "" : "@" + lang);
        }
        String iri = node.asResource().getURI();
        return "link:" + (iri.startsWith(Iris.BASE) ? server.baseUrl() + "id/" + iri.substring(Iris.BASE.length()) : iri);
    }

    private static String labelOf(String iri) {
        List<List<String>> rows = inProcess("SELECT ?label WHERE { <" + iri + "> <http://www.w3.org/2000/01/rdf-schema#label> ?label }");
        assertThat(rows).hasSize(1);
        return rows.get(0).get(0).substring("text:".length());
    }

    private static int queryFileCount() throws IOException {
        try (var files = Files.list(Path.of("queries"))) {
            return (int) files.filter(p -> p.toString().endsWith(".rq")).count();
        }
    }

    private static void saveScreenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), page.screenshot());
    }
}
