package org.parley.link;

import java.io.IOException;

/** The file is not a complete WikiDict index of the format this code reads: rebuild it. */
public class WikiDictFormatException extends IOException {

    public WikiDictFormatException(String message) {
        super(message);
    }
}
