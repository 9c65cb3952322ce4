package org.parley.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Merges the gazetteer's tables into one index of names. A state or organisation that the linker's Wikidata
 * table also knows takes that table's label as its canonical name and gains its aliases, so "USA" in
 * countries.tsv and "U.S." in qids.tsv resolve to the same "United States". A name given to two different
 * entities keeps the first and is recorded as a {@link NameConflict}. One builder builds one gazetteer.
 */
final class GazetteerBuilder {

    private final Map<String, GazetteerEntry> entries = new HashMap<>();
    private final Set<String> keysWrittenWithoutArticle = new HashSet<>();
    private final Map<String, String> countryByDemonym = new HashMap<>();
    private final Map<String, String> countryByCapital = new HashMap<>();
    private final Map<String, String> countryByPlace = new HashMap<>();
    private final Map<String, EntityKey> actorByCity = new HashMap<>();
    private final Map<String, KnownEntityRow> knownByKey = new HashMap<>();
    private final Set<KnownEntityRow> mergedKnown = new HashSet<>();
    private final List<NameConflict> conflicts = new ArrayList<>();

    Gazetteer build(List<CountryRow> countries, List<OrganizationRow> organizations, List<SeatRow> seats,
                    List<ActingCityRow> actingCities, List<PlaceRow> places, List<KnownEntityRow> known,
                    List<String> titleLines) {
        known.forEach(this::indexKnown);
        countries.forEach(this::addCountry);
        organizations.forEach(this::addOrganization);
        seats.forEach(this::addSeat);
        places.forEach(this::addPlace);
        for (KnownEntityRow row : known) {
            if (!mergedKnown.contains(row)) {
                GazetteerEntry entry = GazetteerEntry.of(row.label(), row.type());
                row.names().forEach(name -> register(name, entry, "qids.tsv"));
            }
        }
        actingCities.forEach(this::addActingCity);
        Map<String, String> keyByCompactForm = compactIndex();
        Set<String> articleOnly = new HashSet<>(entries.keySet());
        articleOnly.removeAll(keysWrittenWithoutArticle);
        Map<String, String> personDescriptions = new java.util.HashMap<>();
        known.stream().filter(row -> row.type() == EntityType.PERSON && !row.description().isEmpty())
                .forEach(row -> personDescriptions.putIfAbsent(row.label(), row.description()));
        return new Gazetteer(entries, articleOnly, keyByCompactForm, countryByDemonym, countryByCapital,
                countryByPlace, actorByCity, titles(titleLines), conflicts, personDescriptions);
    }

    private void indexKnown(KnownEntityRow row) {
        for (String name : row.names()) {
            KnownEntityRow other = knownByKey.putIfAbsent(keyOf(name), row);
            if (other != null && other != row) {
                conflicts.add(new NameConflict(keyOf(name), other.label(), row.label(), "qids.tsv"));
            }
        }
    }

    private void addCountry(CountryRow row) {
        List<String> names = KnownEntityRow.concat(row.name(), row.aliases());
        KnownEntityRow known = mergeKnown(names, EntityType.COUNTRY, "countries.tsv");
        String country = known == null ? row.name() : known.label();
        Set<String> allNames = withKnownNames(names, known);
        GazetteerEntry entry = GazetteerEntry.of(country, EntityType.COUNTRY);
        allNames.forEach(name -> register(name, entry, "countries.tsv"));
        for (String demonym : row.demonyms()) {
            putOnce(countryByDemonym, demonym, country, "countries.tsv demonyms");
        }
        row.capitals().forEach(spellings -> addCapital(spellings, country, allNames));
    }

    /**
     * A capital is a place, and its names stand for its country when it acts ("Moscow said"). A city-state's
     * capital named like the state ("Singapore") stays the state when looked up.
     */
    private void addCapital(List<String> spellings, String country, Set<String> countryNames) {
        KnownEntityRow known = mergeKnown(spellings, EntityType.PLACE, "countries.tsv capital");
        Set<String> cityNames = withKnownNames(spellings, known);
        cityNames.forEach(city -> putOnce(countryByCapital, keyOf(city), country, "countries.tsv capital"));
        Set<String> countryKeys = new HashSet<>();
        countryNames.forEach(name -> countryKeys.add(keyOf(name)));
        List<String> placeNames = cityNames.stream().filter(city -> !countryKeys.contains(keyOf(city))).toList();
        if (!placeNames.isEmpty()) {
            addPlace(known == null ? placeNames.get(0) : known.label(), placeNames, country, "countries.tsv capital");
        }
    }

    private void addPlace(PlaceRow row) {
        String country = row.country().isEmpty() ? "" : countryNamed(row.country(), row.where());
        List<String> names = KnownEntityRow.concat(row.name(), row.aliases());
        KnownEntityRow known = mergeKnown(names, EntityType.PLACE, "places.tsv");
        Set<String> allNames = withKnownNames(names, known);
        addPlace(known == null ? row.name() : known.label(), List.copyOf(allNames), country, "places.tsv");
    }

    private void addPlace(String canonicalName, List<String> names, String country, String table) {
        GazetteerEntry place = GazetteerEntry.of(canonicalName, EntityType.PLACE);
        for (String name : names) {
            register(name, place, table);
            if (!country.isEmpty()) {
                putOnce(countryByPlace, keyOf(name), country, table);
            }
        }
    }

    private void addOrganization(OrganizationRow row) {
        List<String> names = KnownEntityRow.concat(row.name(), row.aliases());
        KnownEntityRow known = mergeKnown(names, EntityType.ORGANIZATION, "organizations.tsv");
        GazetteerEntry entry = GazetteerEntry.of(known == null ? row.name() : known.label(), EntityType.ORGANIZATION);
        withKnownNames(names, known).forEach(name -> register(name, entry, "organizations.tsv"));
    }

    /** A seat resolves to its country's entry; the linker's place of the same name ("White House") is the seat. */
    private void addSeat(SeatRow row) {
        String country = countryNamed(row.country(), row.where());
        KnownEntityRow known = mergeKnown(List.of(row.seat()), EntityType.PLACE, "government-seats.tsv");
        GazetteerEntry seat = GazetteerEntry.seatOf(country);
        withKnownNames(List.of(row.seat()), known).forEach(name -> register(name, seat, "government-seats.tsv"));
    }

    /** Both names must be in the other tables: a city that is a place, an actor that is an organisation or state. */
    private void addActingCity(ActingCityRow row) {
        GazetteerEntry city = entries.get(keyOf(row.city()));
        GazetteerEntry actor = entries.get(keyOf(row.standsFor()));
        if (city == null || city.type() != EntityType.PLACE) {
            throw new GazetteerDataException(row.where() + ": \"" + row.city() + "\" is not a place of the gazetteer");
        }
        if (actor == null || actor.governmentSeat()
                || (actor.type() != EntityType.ORGANIZATION && actor.type() != EntityType.COUNTRY)) {
            throw new GazetteerDataException(row.where() + ": \"" + row.standsFor()
                    + "\" is not an organisation or a country of the gazetteer");
        }
        EntityKey acting = new EntityKey(actor.type(), actor.canonicalName());
        actorByCity.put(keyOf(row.city()), acting);
        actorByCity.put(keyOf(city.canonicalName()), acting); // entity keys carry the canonical name

    }

    /** The canonical name of a country named in another table; an unknown country fails the load. */
    private String countryNamed(String name, String where) {
        GazetteerEntry country = entries.get(keyOf(name));
        if (country == null || country.type() != EntityType.COUNTRY || country.governmentSeat()) {
            throw new GazetteerDataException(where + ": \"" + name + "\" is not a country of " + CountryRow.RESOURCE);
        }
        return country.canonicalName();
    }

    /** The entity of the linker's table of the given type that shares a name with these, if any. */
    private KnownEntityRow mergeKnown(List<String> names, EntityType type, String table) {
        KnownEntityRow found = null;
        for (String name : names) {
            KnownEntityRow known = knownByKey.get(keyOf(name));
            if (known == null || known.type() != type) {
                continue;
            }
            if (found == null) {
                found = known;
            } else if (found != known) {
                conflicts.add(new NameConflict(keyOf(name), found.label(), known.label(), table + " vs qids.tsv"));
            }
        }
        if (found != null) {
            mergedKnown.add(found);
        }
        return found;
    }

    private static Set<String> withKnownNames(List<String> names, KnownEntityRow known) {
        Set<String> all = new LinkedHashSet<>(names);
        if (known != null) {
            all.addAll(known.names());
        }
        return all;
    }

    private void register(String name, GazetteerEntry entry, String table) {
        String normalized = GazetteerText.normalize(name);
        String key = GazetteerText.key(normalized);
        if (!GazetteerText.hasLeadingArticle(normalized)) {
            keysWrittenWithoutArticle.add(key);
        }
        GazetteerEntry existing = entries.putIfAbsent(key, entry);
        if (existing != null && !existing.equals(entry)) {
            conflicts.add(new NameConflict(key, describe(existing), describe(entry), table));
        }
    }

    private void putOnce(Map<String, String> map, String key, String value, String table) {
        String existing = map.putIfAbsent(key, value);
        if (existing != null && !existing.equals(value)) {
            conflicts.add(new NameConflict(key, existing, value, table));
        }
    }

    /** Names that differ only in spacing ("Washington D.C.", "Washington,D.C.") must mean the same entity. */
    private Map<String, String> compactIndex() {
        Map<String, String> keyByCompactForm = new HashMap<>();
        for (String key : entries.keySet()) {
            String compact = GazetteerText.compact(key);
            String other = keyByCompactForm.putIfAbsent(compact, key);
            if (other != null && !entries.get(other).equals(entries.get(key))) {
                conflicts.add(new NameConflict(compact, describe(entries.get(other)), describe(entries.get(key)),
                        "names equal but for spaces"));
            }
        }
        return keyByCompactForm;
    }

    private static Set<String> titles(List<String> lines) {
        Set<String> titles = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!line.equals(line.toLowerCase(Locale.ROOT)) || line.contains("\t")) {
                throw new GazetteerDataException("titles.txt line " + (i + 1) + ": a title is one lower-case phrase: " + line);
            }
            titles.add(GazetteerText.titleKey(line));
        }
        return titles;
    }

    private static String keyOf(String name) {
        return GazetteerText.key(GazetteerText.normalize(name));
    }

    private static String describe(GazetteerEntry entry) {
        return entry.governmentSeat()
                ? "the seat of government of " + entry.countryOfSeat()
                : entry.canonicalName() + " (" + entry.type() + ")";
    }
}
