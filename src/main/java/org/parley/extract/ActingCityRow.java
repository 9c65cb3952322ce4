package org.parley.extract;

import java.util.List;

/**
 * A row of acting-cities.tsv: a city whose name, when it acts, stands for an organisation or a state other than the
 * one whose capital it is ("Brussels said" is the European Union, not Belgium).
 */
record ActingCityRow(String city, String standsFor, String where) {

    static final String RESOURCE = "acting-cities.tsv";
    static final List<String> HEADER = List.of("city", "stands for");

    static ActingCityRow from(TsvTable.Row row) {
        return new ActingCityRow(row.required(0), row.required(1), row.where());
    }
}
