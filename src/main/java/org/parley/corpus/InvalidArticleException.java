package org.parley.corpus;

/** One file, or one line of a feed, is not a readable article; the scan reports it and goes on. */
final class InvalidArticleException extends Exception {

    private final String file;

    InvalidArticleException(String file, String reason) {
        super(reason, null, false, false);
        this.file = file;
    }

    ArticleError toError() {
        return new ArticleError(file, getMessage());
    }
}
