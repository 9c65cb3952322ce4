package org.parley.extract;

import java.util.List;

/** What one article says: its actors and places, and the negotiation acts between them. */
public record Extraction(String articleId, List<Entity> entities, List<Act> acts) {

    public Extraction {
        entities = List.copyOf(entities);
        acts = List.copyOf(acts);
    }
}
