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
 * @param onBehalfOf the person this person acts for ("an envoy for President Trump"), or null: whose side is theirs
 */
public record Entity(EntityKey key, String label, List<String> mentions, String role, EntityKey represents,
                     EntityKey onBehalfOf) {

    public Entity {
        mentions = List.copyOf(mentions);
    }

    public Entity(EntityKey key, String label, List<String> mentions, String role, EntityKey represents) {
        this(key, label, mentions, role, represents, null);
    }

    public Entity withRepresents(EntityKey side) {
        return new Entity(key, label, mentions, role, side, onBehalfOf);
    }

    public EntityType type() {
        return key.type();
    }
}
