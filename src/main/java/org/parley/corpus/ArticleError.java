package org.parley.corpus;

/**
 * A file (or one line of a {@code .jsonl} feed, as {@code feed.jsonl:17}) that could not be read as an article.
 *
 * @param file   the path relative to the corpus directory, with {@code /} as separator
 * @param reason what is wrong, in words a user can act on
 */
public record ArticleError(String file, String reason) {

    @Override
    public String toString() {
        return file + ": " + reason;
    }
}
