package org.parley.link;

import java.util.List;

/**
 * What Parley keeps of a Wikidata item from the API: enough to decide whether it is a candidate and to describe it.
 * The classes are kept rather than the type they map to, so that a cached item is typed by the class table of the
 * run that reads it.
 *
 * @param qid            "Q7747"
 * @param label          English label (or the multilingual one when the item has no English label)
 * @param aliases        other English (and multilingual) names, without the label
 * @param description    English description, or ""
 * @param classes        the items it is an instance of (P31), deprecated statements left out
 * @param wikipediaTitle English Wikipedia title with underscores ("Vladimir_Putin"), or null
 * @param sitelinks      number of sitelinks (Wikipedia editions and sister projects)
 */
record OnlineWikidataItem(String qid, String label, List<String> aliases, String description, List<String> classes,
                          String wikipediaTitle, int sitelinks) {

    OnlineWikidataItem {
        aliases = List.copyOf(aliases);
        classes = List.copyOf(classes);
        description = description == null ? "" : description;
    }
}
