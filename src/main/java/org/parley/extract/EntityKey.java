package org.parley.extract;

import java.util.Objects;

/**
 * What makes two mentions the same real-world entity across the whole store: its type and its canonical name
 * ("Vladimir Putin", not "Putin" or "the Russian leader"). The RDF layer mints one IRI per key.
 */
public record EntityKey(EntityType type, String name) {

    public EntityKey {
        Objects.requireNonNull(type);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an entity needs a name");
        }
    }

    public boolean isActor() {
        return type != EntityType.PLACE;
    }

    @Override
    public String toString() {
        return type + ":" + name;
    }
}
