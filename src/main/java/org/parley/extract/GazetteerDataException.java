package org.parley.extract;

/** A gazetteer data file is missing or has a row that cannot be read; the message says where. */
public class GazetteerDataException extends RuntimeException {

    public GazetteerDataException(String message) {
        super(message);
    }

    public GazetteerDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
