package org.parley.extract;

/** What kind of thing a name denotes, as far as extraction cares. */
public enum EntityType {
    PERSON,
    /** A state, or its government acting as one. */
    COUNTRY,
    ORGANIZATION,
    /** A location that does not act: a city, a region, a venue. */
    PLACE
}
