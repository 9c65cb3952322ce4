package org.parley.extract;

import java.util.List;

/** A row of places.tsv: a place that is not a capital, its other names, and the state it belongs to ("" if none). */
record PlaceRow(String name, List<String> aliases, String country, String where) {

    static final String RESOURCE = "places.tsv";
    static final List<String> HEADER = List.of("name", "aliases", "country");

    static PlaceRow from(TsvTable.Row row) {
        return new PlaceRow(row.required(0), row.alternatives(1), row.optional(2), row.where());
    }
}
