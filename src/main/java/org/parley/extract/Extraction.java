package org.parley.extract;

import java.util.List;

/** What one article says: its actors and places, the issues it raises, and the negotiation acts between them. */
public record Extraction(String articleId, List<Entity> entities, List<Issue> issues, List<Act> acts) {

    public Extraction {
        entities = List.copyOf(entities);
        issues = List.copyOf(issues);
        acts = List.copyOf(acts);
    }
}
