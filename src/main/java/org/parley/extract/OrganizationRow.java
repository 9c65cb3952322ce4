package org.parley.extract;

import java.util.List;

/** A row of organizations.tsv: an organisation, the other names it goes by, and what kind it is. */
record OrganizationRow(String name, List<String> aliases, String kind) {

    static final String RESOURCE = "organizations.tsv";
    static final List<String> HEADER = List.of("name", "aliases", "kind");

    static OrganizationRow from(TsvTable.Row row) {
        return new OrganizationRow(row.required(0), row.alternatives(1), row.required(2));
    }
}
