package org.parley.corpus;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads an article from {@code X.txt} and its optional sidecar {@code X.json} (title, date, url). */
final class PlainTextArticles {

    private PlainTextArticles() {
    }

    /**
     * Reads both files even when the first is bad, so that one scan reports every problem of the article.
     *
     * @param sidecar the {@code X.json} beside the text, or null when there is none
     */
    static ReadResult read(CorpusFile textFile, CorpusFile sidecar) {
        List<ArticleError> errors = new ArrayList<>();
        String text = null;
        try {
            text = readText(textFile);
        } catch (InvalidArticleException e) {
            errors.add(e.toError());
        }
        Metadata metadata = null;
        try {
            metadata = sidecar == null ? null : readSidecar(sidecar);
        } catch (InvalidArticleException e) {
            errors.add(e.toError());
        }
        if (errors.isEmpty() && metadata == null) {
            errors.add(new ArticleError(textFile.name(), "no date: add a sidecar " + textFile.stem()
                    + ".json beside it with {\"date\": \"yyyy-mm-dd\"}; the date anchors relative dates in the text"));
        }
        if (!errors.isEmpty()) {
            return new ReadResult(List.of(), errors);
        }
        Article article = Article.of(textFile.stem(), metadata.title(), metadata.date(), metadata.url(), text,
                textFile.path());
        return ReadResult.of(new FoundArticle(article, textFile.name()));
    }

    private static String readText(CorpusFile file) throws InvalidArticleException {
        byte[] bytes = file.readAllBytes();
        if (bytes.length == 0) {
            throw file.invalid("file is empty");
        }
        String text = Utf8Text.decode(bytes, file.name());
        if (text.isBlank()) {
            throw file.invalid("file holds only whitespace, no article text");
        }
        return text;
    }

    private record Metadata(String title, LocalDate date, String url) {
    }

    private static Metadata readSidecar(CorpusFile sidecar) throws InvalidArticleException {
        ObjectNode json = JsonFields.parseObject(sidecar.readAllBytes(), sidecar.name());
        String title = JsonFields.optionalString(json, "title", sidecar.name());
        String url = JsonFields.optionalString(json, "url", sidecar.name());
        LocalDate date = JsonFields.optionalDate(json, "date", sidecar.name());
        if (date == null) {
            throw sidecar.invalid("no date: add \"date\": \"yyyy-mm-dd\" to this sidecar;"
                    + " the date anchors relative dates in the text");
        }
        return new Metadata(title, date, url);
    }
}
