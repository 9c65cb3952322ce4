package org.parley.link;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads the answers of wbsearchentities and wbgetentities. */
final class OnlineWikidataResponses {

    /** Languages a name is read in: English, then "mul", the label Wikidata gives a name spelled alike everywhere. */
    private static final List<String> LANGUAGES = List.of("en", "mul");

    private final ObjectMapper json;

    OnlineWikidataResponses(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The items of a wbsearchentities answer that are named {@code normalisedName} exactly, by label or alias.
     * The search also returns items whose names only begin with it ("Vladimir Putin's Direct Line"): those are left
     * out here, so that nobody fetches them.
     */
    List<String> exactMatches(String body, String normalisedName) throws OnlineWikidataException {
        JsonNode hits = answer(body, "wbsearchentities").get("search");
        if (hits == null || !hits.isArray()) {
            throw new OnlineWikidataException("a wbsearchentities answer without a 'search' list");
        }
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode hit : hits) {
            List<String> names = new ArrayList<>();
            names.add(hit.path("label").asText(""));
            names.add(hit.path("match").path("text").asText(""));
            hit.path("aliases").forEach(alias -> names.add(alias.asText("")));
            String id = hit.path("id").asText("");
            boolean namedSo = names.stream().map(LinkNames::normalise).anyMatch(normalisedName::equals);
            if (namedSo && id.matches("Q[1-9][0-9]*")) {
                ids.add(id);
            }
        }
        return List.copyOf(ids);
    }

    /** The items of a wbgetentities answer; missing items and items without a name are left out. */
    List<OnlineWikidataItem> items(String body) throws OnlineWikidataException {
        JsonNode entities = answer(body, "wbgetentities").get("entities");
        if (entities == null || !entities.isObject()) {
            throw new OnlineWikidataException("a wbgetentities answer without 'entities'");
        }
        List<OnlineWikidataItem> items = new ArrayList<>();
        for (JsonNode entity : entities) {
            String qid = entity.path("id").asText("");
            String label = firstValue(entity.path("labels"));
            if (entity.has("missing") || !qid.matches("Q[1-9][0-9]*") || label.isEmpty()) {
                continue;
            }
            items.add(new OnlineWikidataItem(qid, label, aliases(entity.path("aliases"), label),
                    firstValue(entity.path("descriptions")), classes(entity.path("claims").path("P31")),
                    wikipediaTitle(entity.path("sitelinks")), entity.path("sitelinks").size()));
        }
        return items;
    }

    private JsonNode answer(String body, String action) throws OnlineWikidataException {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new OnlineWikidataException("a " + action + " answer that is not JSON", e);
        }
        if (root == null || !root.isObject()) {
            throw new OnlineWikidataException("a " + action + " answer that is not a JSON object");
        }
        JsonNode error = root.get("error");
        if (error != null) {
            throw new OnlineWikidataException(action + " error " + error.path("code").asText("?") + ": "
                    + error.path("info").asText(""));
        }
        return root;
    }

    /** The value in English, else in "mul"; "" when neither is there. */
    private static String firstValue(JsonNode byLanguage) {
        for (String language : LANGUAGES) {
            String value = byLanguage.path(language).path("value").asText("").strip();
            if (!value.isEmpty()) {
                return value;
            }
        }
        return "";
    }

    private static List<String> aliases(JsonNode byLanguage, String label) {
        Set<String> aliases = new LinkedHashSet<>();
        for (String language : LANGUAGES) {
            byLanguage.path(language).forEach(alias -> aliases.add(alias.path("value").asText("").strip()));
        }
        aliases.remove("");
        aliases.remove(label);
        return List.copyOf(aliases);
    }

    /** The items the statements point to, except deprecated statements (known to be wrong) and "no value" ones. */
    private static List<String> classes(JsonNode statements) {
        Set<String> classes = new LinkedHashSet<>();
        for (JsonNode statement : statements) {
            JsonNode snak = statement.path("mainsnak");
            boolean deprecated = "deprecated".equals(statement.path("rank").asText());
            if (deprecated || !"value".equals(snak.path("snaktype").asText())) {
                continue;
            }
            JsonNode value = snak.path("datavalue").path("value");
            String id = value.path("id").asText("");
            if (id.isEmpty() && value.path("numeric-id").canConvertToLong()) {
                id = "Q" + value.path("numeric-id").asLong();
            }
            if (id.matches("Q[1-9][0-9]*")) {
                classes.add(id);
            }
        }
        return List.copyOf(classes);
    }

    private static String wikipediaTitle(JsonNode sitelinks) {
        String title = sitelinks.path("enwiki").path("title").asText("").strip();
        return title.isEmpty() ? null : title.replace(' ', '_');
    }
}
