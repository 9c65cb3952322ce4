package org.parley.link;

/**
 * An actor or place identified in Wikidata.
 *
 * @param qid            "Q7747"
 * @param confidence     how sure the linker is, from 0 to 1; only links above the linker's threshold are made
 * @param wikipediaTitle its English Wikipedia article ("Vladimir_Putin"), or null when not known
 * @param description    Wikidata's English description of the entity ("Russian politician, President of Russia"),
 *                       or "" when its source gives none
 */
public record Link(String qid, double confidence, String wikipediaTitle, String description) {

    public Link {
        description = description == null ? "" : description;
    }

    public Link(String qid, double confidence, String wikipediaTitle) {
        this(qid, confidence, wikipediaTitle, "");
    }
}
