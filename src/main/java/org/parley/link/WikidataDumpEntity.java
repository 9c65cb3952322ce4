package org.parley.link;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What the dump reader keeps of one entity of a Wikidata JSON dump, before it is typed.
 *
 * @param id                  "Q7747", "P31", ...
 * @param kind                the entity's "type": "item", "property", "lexeme"
 * @param label               English label, else the multilingual ("mul") one; null when it has neither
 * @param aliases             English and multilingual aliases, in the dump's order
 * @param description         English description, or ""
 * @param enwikiTitle         title of the English Wikipedia article as the dump gives it ("Vladimir Putin"), or null
 * @param wikipediaSitelinks  number of Wikipedia editions with an article on it
 * @param classes             values of its P31 (instance of) statements, deprecated ones left out
 */
record WikidataDumpEntity(String id, String kind, String label, List<String> aliases, String description,
                          String enwikiTitle, int wikipediaSitelinks, List<String> classes) {

    private static final Pattern ITEM_ID = Pattern.compile("Q[1-9][0-9]*");

    WikidataDumpEntity {
        aliases = List.copyOf(aliases);
        classes = List.copyOf(classes);
        description = description == null ? "" : description;
    }

    boolean isItem() {
        return "item".equals(kind) && id != null && ITEM_ID.matcher(id).matches();
    }
}
