package org.parley.link;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads one entity of a Wikidata JSON dump with Jackson's streaming parser. Only the few values Parley keeps are
 * turned into strings; everything else (other languages, other statements, references) is skipped token by token,
 * which is what makes a dump of a billion statements readable in hours rather than days.
 *
 * <p>Holds no state: one instance serves every thread.
 */
final class WikidataDumpParser {

    private static final JsonFactory JSON = new JsonFactory();

    /** Sitelinks ending in "wiki" that are not Wikipedia editions. */
    private static final Set<String> NOT_WIKIPEDIA = Set.of("commonswiki", "specieswiki", "metawiki", "mediawikiwiki",
            "wikidatawiki", "sourceswiki", "wikimaniawiki", "outreachwiki", "wikifunctionswiki", "incubatorwiki",
            "foundationwiki");

    private static final String ENGLISH = "en";
    /** Wikidata's "multiple languages" code: a name spelled the same in every language is often only there. */
    private static final String MULTILINGUAL = "mul";

    /**
     * The entity in {@code length} bytes of UTF-8 JSON from {@code offset} (one dump line without its comma).
     *
     * @throws IOException when the bytes are not one well-formed JSON object of the entity's shape
     */
    WikidataDumpEntity parse(byte[] bytes, int offset, int length) throws IOException {
        try (JsonParser json = JSON.createParser(bytes, offset, length)) {
            WikidataDumpEntity entity = readEntity(json);
            if (json.nextToken() != null) {
                throw new JsonParseException(json, "more than one JSON value on the line");
            }
            return entity;
        }
    }

    private static WikidataDumpEntity readEntity(JsonParser json) throws IOException {
        expect(json, json.nextToken(), JsonToken.START_OBJECT, "an entity");
        String id = null;
        String kind = null;
        Names labels = new Names();
        Names descriptions = new Names();
        List<String> aliases = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        Sitelinks sitelinks = new Sitelinks();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            switch (field) {
                case "id" -> id = text(json, value);
                case "type" -> kind = text(json, value);
                case "labels" -> readNames(json, value, labels);
                case "descriptions" -> readNames(json, value, descriptions);
                case "aliases" -> readAliases(json, value, aliases);
                case "claims" -> readClasses(json, value, classes);
                case "sitelinks" -> readSitelinks(json, value, sitelinks);
                default -> json.skipChildren();
            }
        }
        expect(json, json.currentToken(), JsonToken.END_OBJECT, "the end of the entity");
        if (id == null) {
            throw new JsonParseException(json, "an entity without an id");
        }
        return new WikidataDumpEntity(id, kind, labels.best(), aliases, descriptions.english,
                sitelinks.enwikiTitle, sitelinks.wikipedias, classes);
    }

    /** English and multilingual values of a labels or descriptions map: {"en":{"language":"en","value":"…"}}. */
    private static final class Names {
        String english;
        String multilingual;

        String best() {
            return english != null ? english : multilingual;
        }
    }

    private static void readNames(JsonParser json, JsonToken start, Names names) throws IOException {
        if (isEmptyMap(json, start)) {
            return;
        }
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String language = json.currentName();
            JsonToken value = json.nextToken();
            if (ENGLISH.equals(language)) {
                names.english = languageValue(json, value);
            } else if (MULTILINGUAL.equals(language)) {
                names.multilingual = languageValue(json, value);
            } else {
                json.skipChildren();
            }
        }
    }

    /** {"en":[{"language":"en","value":"Putin"}, …], …}: the English and multilingual ones. */
    private static void readAliases(JsonParser json, JsonToken start, List<String> aliases) throws IOException {
        if (isEmptyMap(json, start)) {
            return;
        }
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String language = json.currentName();
            JsonToken list = json.nextToken();
            if (!ENGLISH.equals(language) && !MULTILINGUAL.equals(language)) {
                json.skipChildren();
                continue;
            }
            expect(json, list, JsonToken.START_ARRAY, "a list of aliases");
            for (JsonToken alias = json.nextToken(); alias != JsonToken.END_ARRAY; alias = json.nextToken()) {
                String value = languageValue(json, alias);
                if (value != null) {
                    aliases.add(value);
                }
            }
        }
    }

    /** The value of {"language":"en","value":"…"}; null when it has none. */
    private static String languageValue(JsonParser json, JsonToken start) throws IOException {
        expect(json, start, JsonToken.START_OBJECT, "a {language, value} object");
        String value = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken token = json.nextToken();
            if ("value".equals(field)) {
                value = text(json, token);
            } else {
                json.skipChildren();
            }
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** {"P31":[statement, …], "P18":[…], …}: the classes the P31 statements name. */
    private static void readClasses(JsonParser json, JsonToken start, List<String> classes) throws IOException {
        if (isEmptyMap(json, start)) {
            return;
        }
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String property = json.currentName();
            JsonToken statements = json.nextToken();
            if (!"P31".equals(property)) {
                json.skipChildren();
                continue;
            }
            expect(json, statements, JsonToken.START_ARRAY, "a list of statements");
            for (JsonToken statement = json.nextToken(); statement != JsonToken.END_ARRAY;
                 statement = json.nextToken()) {
                String value = statementValue(json, statement);
                if (value != null) {
                    classes.add(value);
                }
            }
        }
    }

    /**
     * The item a statement's main snak points to; null for "no value", "unknown value" and deprecated statements
     * (a deprecated P31 is known to be wrong: a former city is not a city).
     */
    private static String statementValue(JsonParser json, JsonToken start) throws IOException {
        expect(json, start, JsonToken.START_OBJECT, "a statement");
        String value = null;
        boolean deprecated = false;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken token = json.nextToken();
            switch (field) {
                case "mainsnak" -> value = snakValue(json, token);
                case "rank" -> deprecated = "deprecated".equals(text(json, token));
                default -> json.skipChildren();
            }
        }
        return deprecated ? null : value;
    }

    private static String snakValue(JsonParser json, JsonToken start) throws IOException {
        expect(json, start, JsonToken.START_OBJECT, "a snak");
        String value = null;
        boolean hasValue = true;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken token = json.nextToken();
            switch (field) {
                case "snaktype" -> hasValue = "value".equals(text(json, token));
                case "datavalue" -> value = dataValueItem(json, token);
                default -> json.skipChildren();
            }
        }
        return hasValue ? value : null;
    }

    /** {"value":{"entity-type":"item","numeric-id":5,"id":"Q5"},"type":"wikibase-entityid"} → "Q5". */
    private static String dataValueItem(JsonParser json, JsonToken start) throws IOException {
        expect(json, start, JsonToken.START_OBJECT, "a data value");
        String id = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken token = json.nextToken();
            if (!"value".equals(field) || token != JsonToken.START_OBJECT) {
                json.skipChildren();
                continue;
            }
            String entityType = null;
            long numericId = -1;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String key = json.currentName();
                JsonToken inner = json.nextToken();
                switch (key) {
                    case "id" -> id = text(json, inner);
                    case "entity-type" -> entityType = text(json, inner);
                    case "numeric-id" -> numericId = inner == JsonToken.VALUE_NUMBER_INT ? json.getLongValue() : -1;
                    default -> json.skipChildren();
                }
            }
            // Old dumps give only the numeric id.
            if (id == null && "item".equals(entityType) && numericId > 0) {
                id = "Q" + numericId;
            }
        }
        return id;
    }

    private static final class Sitelinks {
        String enwikiTitle;
        int wikipedias;
    }

    /** {"enwiki":{"site":"enwiki","title":"Vladimir Putin","badges":[]}, …}. */
    private static void readSitelinks(JsonParser json, JsonToken start, Sitelinks sitelinks) throws IOException {
        if (isEmptyMap(json, start)) {
            return;
        }
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String site = json.currentName();
            JsonToken value = json.nextToken();
            if (site.endsWith("wiki") && !NOT_WIKIPEDIA.contains(site)) {
                sitelinks.wikipedias++;
            }
            if (!"enwiki".equals(site)) {
                json.skipChildren();
                continue;
            }
            expect(json, value, JsonToken.START_OBJECT, "a sitelink");
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken token = json.nextToken();
                if ("title".equals(field)) {
                    sitelinks.enwikiTitle = text(json, token);
                } else {
                    json.skipChildren();
                }
            }
        }
    }

    /**
     * Whether a map field is empty: Wikibase has written an empty map as {@code []} (PHP's empty array) in some dumps.
     * Otherwise the field must be an object, whose first token the caller reads next.
     */
    private static boolean isEmptyMap(JsonParser json, JsonToken start) throws IOException {
        if (start == JsonToken.START_ARRAY) {
            json.skipChildren();
            return true;
        }
        expect(json, start, JsonToken.START_OBJECT, "an object");
        return false;
    }

    private static String text(JsonParser json, JsonToken token) throws IOException {
        expect(json, token, JsonToken.VALUE_STRING, "a string");
        return json.getText();
    }

    private static void expect(JsonParser json, JsonToken actual, JsonToken expected, String what)
            throws JsonParseException {
        if (actual != expected) {
            throw new JsonParseException(json, "expected " + what + " but found " + actual);
        }
    }
}
