package org.parley.link;

import java.util.Map;
import org.parley.extract.EntityKey;
import org.parley.extract.Extraction;

/**
 * An article's extraction with its entities linked to Wikidata, and the sides of linked people the text left open
 * filled from Wikidata ({@link WikidataSides}); the states so added are linked too.
 */
public record LinkedExtraction(Extraction extraction, Map<EntityKey, Link> links) {

    public LinkedExtraction {
        links = Map.copyOf(links);
    }

    public static LinkedExtraction of(Extraction extraction, EntityLinker linker, WikidataSides sides) {
        Map<EntityKey, Link> links = linker.link(extraction);
        Extraction withSides = sides.fill(extraction, links);
        return withSides == extraction ? new LinkedExtraction(extraction, links)
                : new LinkedExtraction(withSides, linker.link(withSides));
    }
}
