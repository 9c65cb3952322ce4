package org.parley.extract;

import java.util.List;

/**
 * A row of countries.tsv: a state, the other names it goes by, its demonyms and its capital(s), each capital
 * with its spellings ([["Kyiv", "Kiev"]]; [["Sucre"], ["La Paz"]] for a state with two capitals).
 */
record CountryRow(String name, List<String> aliases, List<String> demonyms, List<List<String>> capitals) {

    static final String RESOURCE = "countries.tsv";
    static final List<String> HEADER = List.of("name", "aliases", "demonyms", "capital");

    static CountryRow from(TsvTable.Row row) {
        return new CountryRow(row.required(0), row.alternatives(1), row.alternatives(2), row.groups(3));
    }
}
