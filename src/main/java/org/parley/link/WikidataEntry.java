package org.parley.link;

import java.util.List;
import org.parley.extract.EntityType;

/**
 * A Wikidata entity the linker may choose for an actor or place.
 *
 * @param qid            the Wikidata identifier, "Q7747"
 * @param label          English label, "Vladimir Putin"
 * @param type           which kind of Parley entity it can be
 * @param aliases        other English names, the label included
 * @param description    Wikidata's English description ("President of Russia"), or "" when unknown
 * @param wikipediaTitle title of its English Wikipedia article ("Vladimir_Putin"), or null when unknown
 * @param sitelinks      number of Wikipedia editions with an article on it: a prior for how well-known it is;
 *                       0 when unknown
 */
public record WikidataEntry(String qid, String label, EntityType type, List<String> aliases, String description,
                            String wikipediaTitle, int sitelinks) {

    public WikidataEntry {
        if (qid == null || !qid.matches("Q[1-9][0-9]*")) {
            throw new IllegalArgumentException("not a Wikidata item id: " + qid);
        }
        aliases = List.copyOf(aliases);
        description = description == null ? "" : description;
    }
}
