package org.parley.extract;

import java.util.List;

/**
 * An actor or place as one article speaks of it.
 *
 * @param key        its identity across the store
 * @param label      the fullest name the article gives it
 * @param mentions   the other ways the article refers to it ("Putin", "the Russian leader"), without pronouns
 * @param role       the title the article gives a person ("Deputy Foreign Minister"), or null
 * @param represents the country or organisation the person acts for, or null
 */
public record Entity(EntityKey key, String label, List<String> mentions, String role, EntityKey represents) {

    public Entity {
        mentions = List.copyOf(mentions);
    }

    public EntityType type() {
        return key.type();
    }
}
