package org.parley.link;

/**
 * An actor or place identified in Wikidata.
 *
 * @param qid            "Q7747"
 * @param confidence     how sure the linker is, from 0 to 1; only links above the linker's threshold are made
 * @param wikipediaTitle its English Wikipedia article ("Vladimir_Putin"), or null when not known
 */
public record Link(String qid, double confidence, String wikipediaTitle) {
}
