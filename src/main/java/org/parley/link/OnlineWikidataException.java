package org.parley.link;

/** Wikidata could not be asked or gave no useful answer: a timeout, an error status, a body that is not the API's. */
final class OnlineWikidataException extends Exception {

    OnlineWikidataException(String message) {
        super(message);
    }

    OnlineWikidataException(String message, Throwable cause) {
        super(message, cause);
    }
}
