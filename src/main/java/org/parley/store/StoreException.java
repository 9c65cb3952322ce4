package org.parley.store;

/** The store could not be opened or closed; the message says which directory and why, in one line. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
