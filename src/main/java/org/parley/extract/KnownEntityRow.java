package org.parley.extract;

import java.util.List;

/** A row of the linker's verified Wikidata table (/org/parley/link/qids.tsv), read for its names. */
record KnownEntityRow(String qid, String label, EntityType type, List<String> aliases, String description) {

    static final String RESOURCE = "/org/parley/link/qids.tsv";
    static final List<String> HEADER = List.of("qid", "label", "type", "aliases", "description");

    static KnownEntityRow from(TsvTable.Row row) {
        return new KnownEntityRow(row.required(0), row.required(1), typeOf(row), row.alternatives(3),
                row.field(4).strip());
    }

    /** The label and every alias. */
    List<String> names() {
        return concat(label, aliases);
    }

    private static EntityType typeOf(TsvTable.Row row) {
        return switch (row.required(2)) {
            case "Person" -> EntityType.PERSON;
            case "Country" -> EntityType.COUNTRY;
            case "Organization" -> EntityType.ORGANIZATION;
            case "Place" -> EntityType.PLACE;
            default -> throw new GazetteerDataException(row.where() + ": unknown type \"" + row.field(2) + "\"");
        };
    }

    static List<String> concat(String first, List<String> rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
    }
}
