package org.parley.corpus;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the JSON of sidecars and news-please articles into objects, with reasons that say line and column. */
final class JsonFields {

    /** Immutable, so it is safe to share; strict, because a doubled "date" or trailing junk is a mistake. */
    private static final ObjectReader READER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build()
            .reader();

    /** A date, optionally followed by a time (news-please writes "2025-03-16 10:22:01"). */
    private static final Pattern DATE_PREFIX = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[ T].*)?");
    private static final Pattern DATE_ONLY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Jackson names its input in some messages; the file is already named by the error. */
    private static final Pattern SOURCE_IN_MESSAGE = Pattern.compile("\\[Source: [^;\\]]*; ");

    private JsonFields() {
    }

    /** The JSON object in a whole file; where a problem is, is given as line and column. */
    static ObjectNode parseObject(byte[] json, String file) throws InvalidArticleException {
        JsonNode node;
        try {
            node = READER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidArticleException(file, "malformed JSON: " + describe(e, true));
        } catch (IOException e) {
            throw new UncheckedIOException("reading JSON from memory failed", e);
        }
        return requireObject(node, file);
    }

    /** The JSON object on one line of a feed; where a problem is, is given as column. */
    static ObjectNode parseObjectLine(String json, String file) throws InvalidArticleException {
        JsonNode node;
        try {
            node = READER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidArticleException(file, "malformed JSON: " + describe(e, false));
        }
        return requireObject(node, file);
    }

    /** A string field, trimmed; null when absent, null or blank. */
    static String optionalString(ObjectNode object, String field, String file) throws InvalidArticleException {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidArticleException(file,
                    "\"" + field + "\" must be a string, not " + describe(value));
        }
        String text = value.textValue().strip();
        return text.isEmpty() ? null : text;
    }

    /** A "yyyy-mm-dd" date; null when the field is absent or null. */
    static LocalDate optionalDate(ObjectNode object, String field, String file) throws InvalidArticleException {
        return parseDate(object, field, file, DATE_ONLY, "\"yyyy-mm-dd\"");
    }

    /** A "yyyy-mm-dd" date, possibly followed by a time that is ignored; null when absent or null. */
    static LocalDate optionalDateTime(ObjectNode object, String field, String file) throws InvalidArticleException {
        return parseDate(object, field, file, DATE_PREFIX, "\"yyyy-mm-dd\" or \"yyyy-mm-dd hh:mm:ss\"");
    }

    private static LocalDate parseDate(ObjectNode object, String field, String file, Pattern format,
                                       String formatName) throws InvalidArticleException {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        String mistake = "\"" + field + "\" must be a date " + formatName + ", not " + describe(value);
        if (!value.isTextual()) {
            throw new InvalidArticleException(file, mistake);
        }
        Matcher matcher = format.matcher(value.textValue().strip());
        if (!matcher.matches()) {
            throw new InvalidArticleException(file, mistake);
        }
        String date = matcher.groupCount() > 0 ? matcher.group(1) : matcher.group();
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new InvalidArticleException(file, "\"" + field + "\" is not a real date: " + describe(value));
        }
    }

    private static ObjectNode requireObject(JsonNode node, String file) throws InvalidArticleException {
        if (node == null || node.isMissingNode()) {
            throw new InvalidArticleException(file, "no JSON in it (expected an object {...})");
        }
        if (!node.isObject()) {
            throw new InvalidArticleException(file, "not a JSON object: expected {...}, found " + describe(node));
        }
        return (ObjectNode) node;
    }

    private static String describe(JsonNode value) {
        if (value.isTextual()) {
            return value.toString();
        }
        return switch (value.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NUMBER -> "the number " + value;
            case BOOLEAN -> value.toString();
            default -> value.getNodeType().name().toLowerCase();
        };
    }

    private static String describe(JsonProcessingException e, boolean withLine) {
        String message = SOURCE_IN_MESSAGE.matcher(e.getOriginalMessage()).replaceAll("[")
                .replace('\n', ' ').strip();
        JsonLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return message;
        }
        return message + (withLine ? " (line " + location.getLineNr() + ", column " : " (column ")
                + location.getColumnNr() + ")";
    }
}
