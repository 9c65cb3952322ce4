package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query page at / and the list of research queries it offers, over HTTP. What the page does is in QueryPageBrowserTest. */
class QueryPageTest {

    @TempDir
    static Path storeDir;

    private static Dataset dataset;
    private static ServedStore served;
    private static Http http;

    @BeforeAll
    static void startServer() {
        dataset = ServerTestData.twoArticles(storeDir);
        served = ServedStore.serve(dataset, settings -> settings);
        http = new Http(served.server().baseUrl());
    }

    @AfterAll
    static void stopServer() {
        served.close();
    }

    @Test
    void rootServesThePageWithItsScriptAndStyleFromThisServerOnly() {
        HttpResponse<String> page = http.get("", "text/html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("id=\"editor\"").contains("id=\"query-list\"").contains("id=\"run\"");

        List<String> assets = assetPaths(page.body());
        assertThat(assets).containsExactlyInAnyOrder("page.css", "page.js", "explore");
        assertContentType("page.css", "text/css");
        assertContentType("page.js", "text/javascript");
    }

    @Test
    void exploreAndItsChartLibraryAreServedFromTheJar() {
        HttpResponse<String> explore = http.get("explore", "text/html");
        assertThat(explore.statusCode()).isEqualTo(200);
        assertThat(explore.body()).contains("id=\"timeline\"").contains("id=\"network\"");
        assertThat(assetPaths(explore.body())).contains("webjars/echarts/5.3.1/dist/echarts.min.js", "explore.js");
        for (String path : assetPaths(explore.body())) {
            assertThat(http.get(path, "*/*").statusCode()).as(path).isEqualTo(200);
        }
        assertContentType("webjars/echarts/5.3.1/dist/echarts.min.js", "text/javascript");
        assertContentType("webjars/echarts/5.3.1/LICENSE", "text/plain");
        assertContentType("explore-query.js", "text/javascript");
        assertThat(http.get("webjars/echarts/5.3.1/dist/echarts.min.js", "*/*").headers().firstValue("Cache-Control"))
                .hasValue("public, max-age=31536000, immutable");
        // Only files: no listing of a folder, nothing the WebJar does not hold.
        assertThat(http.get("webjars/echarts/5.3.1/dist/", "*/*").statusCode()).isEqualTo(404);
        assertThat(http.get("webjars/echarts/5.3.1/dist/echarts.none.js", "*/*").statusCode()).isEqualTo(404);
        assertThat(http.get("webjars/", "*/*").statusCode()).isEqualTo(404);
    }

    @Test
    void theQueryListHasEveryQueryOfTheFolderWithItsCommentAndText() throws IOException {
        HttpResponse<String> response = http.get("queries.json", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        Map<String, JsonNode> listed = new TreeMap<>();
        List<String> order = new ArrayList<>();
        for (JsonNode query : new ObjectMapper().readTree(response.body())) {
            listed.put(query.get("name").asText(), query);
            order.add(query.get("name").asText());
        }
        Map<String, String> files = queryFiles();
        assertThat(listed.keySet()).containsExactlyElementsOf(files.keySet());
        assertThat(order).isSorted();
        for (var file : files.entrySet()) {
            JsonNode query = listed.get(file.getKey());
            assertThat(query.get("text").asText()).as(file.getKey()).isEqualTo(file.getValue());
            String firstLine = file.getValue().lines().findFirst().orElseThrow().substring("# ".length());
            assertThat(query.get("title").asText()).as(file.getKey()).startsWith(firstLine).doesNotContain("Purpose");
        }
        assertThat(listed.get("most-mentioned").get("title").asText())
                .isEqualTo("Actors and places by the number of articles that mention them.");
        // A description that runs over two comment lines is given whole.
        assertThat(listed.get("federated-actor-facts").get("title").asText())
                .endsWith("of every linked person (needs internet access on the server).");
    }

    private static void assertContentType(String path, String type) {
        HttpResponse<String> response = http.get(path, "*/*");
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.body()).as(path).isNotBlank();
        assertThat(response.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
                value -> assertThat(value).startsWith(type));
    }

    /** Name to text of every {@code queries/*.rq} in the checkout. */
    private static Map<String, String> queryFiles() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(Path.of("queries"))) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".rq")).toList()) {
                files.put(path.getFileName().toString().replace(".rq", ""), Files.readString(path));
            }
        }
        return files;
    }

    /** Every {@code src} and {@code href} of the page: all must be files of this server, no other site. */
    private static List<String> assetPaths(String html) {
        Matcher matcher = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(html);
        List<String> paths = new ArrayList<>();
        while (matcher.find()) {
            if (!matcher.group(1).equals("./")) {
                paths.add(matcher.group(1));
            }
        }
        return paths;
    }
}
