package org.parley.store;

/** A query that could not be parsed or run; the message is one line, naming line and column for syntax errors. */
public final class QueryFailure extends RuntimeException {

    public QueryFailure(String message, Throwable cause) {
        super(message, cause);
    }

    public QueryFailure(String message) {
        super(message);
    }
}
