package org.parley.extract;

import java.util.List;

/** A row of government-seats.tsv: a place whose name stands for a country's government. */
record SeatRow(String seat, String country, String where) {

    static final String RESOURCE = "government-seats.tsv";
    static final List<String> HEADER = List.of("seat", "country");

    static SeatRow from(TsvTable.Row row) {
        return new SeatRow(row.required(0), row.required(1), row.where());
    }
}
