package org.parley.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads articles in the news-please format ({@code title}, {@code maintext}, {@code date_publish}, {@code url}):
 * one per {@code X.json}, or one per non-blank line of {@code X.jsonl} with ids {@code X-LINE}.
 */
final class NewsPleaseArticles {

    private NewsPleaseArticles() {
    }

    static ReadResult readJson(CorpusFile file) {
        try {
            ObjectNode json = JsonFields.parseObject(file.readAllBytes(), file.name());
            Article article = toArticle(json, file.stem(), file.name(), file.path(),
                    " (or, if this is meant as a sidecar, its " + file.stem() + ".txt is missing)");
            return ReadResult.of(new FoundArticle(article, file.name()));
        } catch (InvalidArticleException e) {
            return ReadResult.failed(e);
        }
    }

    /** Every line is its own article: a bad line is reported as {@code X.jsonl:LINE} and the others are read. */
    static ReadResult readJsonl(CorpusFile file) {
        byte[] bytes;
        try {
            bytes = file.readAllBytes();
            Utf8Text.requireText(bytes, file.name());
        } catch (InvalidArticleException e) {
            return ReadResult.failed(e);
        }
        List<FoundArticle> articles = new ArrayList<>();
        List<ArticleError> errors = new ArrayList<>();
        int lineNumber = 0;
        for (int start = 0; start < bytes.length; ) {
            lineNumber++;
            int newline = indexOf(bytes, (byte) '\n', start);
            int end = newline < 0 ? bytes.length : newline;
            String label = file.name() + ":" + lineNumber;
            try {
                String line = Utf8Text.decode(bytes, start, end, label);
                if (!line.isBlank()) {
                    ObjectNode json = JsonFields.parseObjectLine(line, label);
                    String id = file.stem() + "-" + lineNumber;
                    articles.add(new FoundArticle(toArticle(json, id, label, file.path(), ""), label));
                }
            } catch (InvalidArticleException e) {
                errors.add(e.toError());
            }
            start = end + 1;
        }
        if (articles.isEmpty() && errors.isEmpty()) {
            errors.add(new ArticleError(file.name(), "file is empty: no JSON object on any line"));
        }
        return new ReadResult(articles, errors);
    }

    private static Article toArticle(ObjectNode json, String id, String label, Path source, String missingTextHint)
            throws InvalidArticleException {
        JsonNode maintext = json.get("maintext");
        if (maintext == null || maintext.isNull()) {
            throw new InvalidArticleException(label,
                    "no \"maintext\": a news-please article needs its text there" + missingTextHint);
        }
        if (!maintext.isTextual()) {
            throw new InvalidArticleException(label, "\"maintext\" must be a string");
        }
        String text = Utf8Text.normalise(maintext.textValue());
        if (text.isBlank()) {
            throw new InvalidArticleException(label, "\"maintext\" is empty");
        }
        String title = JsonFields.optionalString(json, "title", label);
        String url = JsonFields.optionalString(json, "url", label);
        LocalDate date = JsonFields.optionalDateTime(json, "date_publish", label);
        if (date == null) {
            throw new InvalidArticleException(label, "no date: add \"date_publish\": \"yyyy-mm-dd\";"
                    + " the date anchors relative dates in the text");
        }
        return Article.of(id, title, date, url, text, source);
    }

    private static int indexOf(byte[] bytes, byte wanted, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
