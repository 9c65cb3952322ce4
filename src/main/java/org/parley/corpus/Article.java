package org.parley.corpus;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from the corpus.
 *
 * @param id          the file stem (for a {@code .jsonl} feed, the stem plus the line number, e.g. {@code feed-17})
 * @param title       the headline, or null when unknown
 * @param date        the publication date; it anchors relative dates in the text ("on Tuesday")
 * @param url         where the article was published, or null when unknown
 * @param text        the body: a leading BOM removed and line ends normalised to LF, otherwise exactly as in the
 *                    file, because character offsets into it become evidence
 * @param contentHash lowercase hex SHA-256 over the text and the metadata, see {@link #of}
 * @param source      the file the article was read from
 */
public record Article(String id, String title, LocalDate date, String url, String text, String contentHash,
                      Path source) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(source, "source");
    }

    /** An article whose content hash is computed from its text, title, date and url. */
    public static Article of(String id, String title, LocalDate date, String url, String text, Path source) {
        return new Article(id, title, date, url, text, ContentHash.of(title, date, url, text), source);
    }
}
