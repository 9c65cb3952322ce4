package org.parley.extract;

/**
 * One name that the gazetteer's data gives to two different entities; the first one is kept.
 *
 * @param name   the normalised name
 * @param kept   the entity the name resolves to
 * @param ignored the other entity the data also gave it to
 * @param table  which table the name was given to the ignored entity in (e.g. "countries.tsv aliases")
 */
public record NameConflict(String name, String kept, String ignored, String table) {

    @Override
    public String toString() {
        return "\"" + name + "\" is both " + kept + " and " + ignored + " (" + table + ")";
    }
}
