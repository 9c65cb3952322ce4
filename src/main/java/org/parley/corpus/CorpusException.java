package org.parley.corpus;

/** The corpus as a whole cannot be read (no such directory, say): a usage failure, not a bad article. */
public class CorpusException extends RuntimeException {

    public CorpusException(String message) {
        super(message);
    }

    public CorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}
