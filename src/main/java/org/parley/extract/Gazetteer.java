package org.parley.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The names of world politics that CoreNLP's NER misses or mislabels: every state with its aliases, demonyms
 * and capitals, the major international organisations, the seats of government that stand for a state ("the
 * Kremlin"), places of wars, disputes and summits ("Sumy", "Davos"), the persons, places and organisations of the
 * linker's verified Wikidata table, and the titles that mark a role ("deputy foreign minister").
 *
 * <p>Names are matched case-sensitively as whole names ("US" is the United States, "us" is not), after
 * normalising whitespace and curly apostrophes and ignoring a leading "the". An alias written in the data
 * with "the" ("the Alliance" for NATO) matches only when the text has the article too. Immutable and safe to
 * share between threads.
 */
public final class Gazetteer {

    private static final Logger log = LoggerFactory.getLogger(Gazetteer.class);

    private final Map<String, GazetteerEntry> entries;
    private final Set<String> articleOnlyKeys;
    private final Map<String, String> keyByCompactForm;
    private final int longestCompactForm;
    private final Map<String, String> countryByDemonym;
    private final Map<String, String> countryByCapital;
    private final Map<String, String> countryByPlace;
    private final Map<String, EntityKey> actorByCity;
    private final Set<String> titles;
    private final int longestTitleTokens;
    private final List<NameConflict> conflicts;
    /** The verified table's English descriptions of the people it knows, by canonical name. */
    private final Map<String, String> personDescriptions;

    Gazetteer(Map<String, GazetteerEntry> entries, Set<String> articleOnlyKeys, Map<String, String> keyByCompactForm,
              Map<String, String> countryByDemonym, Map<String, String> countryByCapital,
              Map<String, String> countryByPlace, Map<String, EntityKey> actorByCity, Set<String> titles,
              List<NameConflict> conflicts, Map<String, String> personDescriptions) {
        this.entries = Map.copyOf(entries);
        this.articleOnlyKeys = Set.copyOf(articleOnlyKeys);
        this.keyByCompactForm = Map.copyOf(keyByCompactForm);
        this.longestCompactForm = keyByCompactForm.keySet().stream().mapToInt(String::length).max().orElse(0);
        this.countryByDemonym = Map.copyOf(countryByDemonym);
        this.countryByCapital = Map.copyOf(countryByCapital);
        this.countryByPlace = Map.copyOf(countryByPlace);
        this.actorByCity = Map.copyOf(actorByCity);
        this.titles = Set.copyOf(titles);
        this.longestTitleTokens = titles.stream().mapToInt(Gazetteer::tokenCount).max().orElse(0);
        this.conflicts = List.copyOf(conflicts);
        this.personDescriptions = Map.copyOf(personDescriptions);
    }

    /**
     * The state a person the verified table knows stands for, from the table's description ("President of Russia"):
     * for a person the text gives no side, as {@code WikidataSides} does after linking.
     */
    public Optional<String> describedSideOf(String personName) {
        return Optional.ofNullable(personDescriptions.get(personName)).flatMap(d -> DescribedSide.of(d, this));
    }

    /** Reads the gazetteer's tables from the classpath; a malformed row fails with its file and line. */
    public static Gazetteer load() {
        Gazetteer gazetteer = new GazetteerBuilder().build(
                TsvTable.readResource(CountryRow.RESOURCE, CountryRow.HEADER, CountryRow::from),
                TsvTable.readResource(OrganizationRow.RESOURCE, OrganizationRow.HEADER, OrganizationRow::from),
                TsvTable.readResource(SeatRow.RESOURCE, SeatRow.HEADER, SeatRow::from),
                TsvTable.readResource(ActingCityRow.RESOURCE, ActingCityRow.HEADER, ActingCityRow::from),
                TsvTable.readResource(PlaceRow.RESOURCE, PlaceRow.HEADER, PlaceRow::from),
                TsvTable.readResource(KnownEntityRow.RESOURCE, KnownEntityRow.HEADER, KnownEntityRow::from),
                readLines("titles.txt"));
        gazetteer.conflicts.forEach(c -> log.warn("Gazetteer name conflict: {}", c));
        log.debug("Gazetteer loaded: {} names, {} demonyms, {} capital names, {} titles", gazetteer.entries.size(),
                gazetteer.countryByDemonym.size(), gazetteer.countryByCapital.size(), gazetteer.titles.size());
        return gazetteer;
    }

    /** What a whole name denotes: "Kyiv", "the Kremlin", "Côte d’Ivoire", "Zelensky". */
    public Optional<GazetteerEntry> lookup(String surface) {
        String normalized = GazetteerText.normalize(surface);
        String key = GazetteerText.key(normalized);
        if (articleOnlyKeys.contains(key) && !GazetteerText.hasLeadingArticle(normalized)) {
            return Optional.empty();
        }
        return Optional.ofNullable(entries.get(key));
    }

    /**
     * The country a demonym or a country's own name used as a modifier refers to: "Russian" → "Russia",
     * "Saudi" → "Saudi Arabia", "U.S." → "United States".
     */
    public Optional<String> countryOfDemonym(String word) {
        String normalized = GazetteerText.normalize(word);
        String country = countryByDemonym.get(normalized);
        if (country != null) {
            return Optional.of(country);
        }
        return lookup(normalized)
                .filter(entry -> entry.type() == EntityType.COUNTRY && !entry.governmentSeat())
                .map(GazetteerEntry::canonicalName);
    }

    /** The country whose capital this is, for a capital that acts ("Moscow dismissed the plan"). */
    public Optional<String> countryOfCapital(String city) {
        return Optional.ofNullable(countryByCapital.get(GazetteerText.key(GazetteerText.normalize(city))));
    }

    /**
     * Who a place is when it acts: "Moscow said" is Russia, "Brussels said" the European Union (acting-cities.tsv);
     * any other place, and any actor, is itself.
     */
    public EntityKey actorOf(EntityKey key) {
        if (key.type() != EntityType.PLACE) {
            return key;
        }
        String cityKey = GazetteerText.key(GazetteerText.normalize(key.name()));
        EntityKey acting = actorByCity.get(cityKey);
        if (acting != null) {
            return acting;
        }
        String country = countryByCapital.get(cityKey);
        return country == null ? key : new EntityKey(EntityType.COUNTRY, country);
    }

    /**
     * The state a place of the gazetteer lies in: "Kharkiv" → "Ukraine", "Moscow" → "Russia"; empty for places it
     * does not know and for waters, regions spanning states and places of disputed sovereignty.
     */
    public Optional<String> countryOfPlace(String place) {
        return Optional.ofNullable(countryByPlace.get(GazetteerText.key(GazetteerText.normalize(place))));
    }

    /** Whether a lower-case phrase is a title: "prime minister", "secretary-general", "spokesman". */
    public boolean isTitle(String lowercasePhrase) {
        return titles.contains(GazetteerText.titleKey(lowercasePhrase));
    }

    /**
     * How many words from {@code start} make the longest title: 3 for ["deputy", "foreign", "minister", "alexander"]
     * at 0, and 0 where no title starts. A hyphen split off as its own token is part of the title
     * (["secretary", "-", "general"] is 3).
     */
    public int longestTitleAt(List<String> lowercaseWords, int start) {
        int limit = Math.min(longestTitleTokens, lowercaseWords.size() - start);
        for (int length = limit; length > 0; length--) {
            if (isTitle(String.join(" ", lowercaseWords.subList(start, start + length)))) {
                return length;
            }
        }
        return 0;
    }

    /**
     * Every known name in a token sequence, longest first from left to right and without overlaps: in
     * ["the", "White", "House", "and", "Saudi", "Arabia"] the seat of the United States at 1..3 and Saudi
     * Arabia at 4..6. Names match however the tokenizer split them ("Guinea-Bissau" or "Guinea", "-", "Bissau").
     */
    public List<GazetteerMatch> findAll(List<String> tokens) {
        List<String> compactTokens = tokens.stream().map(GazetteerText::compact).toList();
        List<GazetteerMatch> matches = new ArrayList<>();
        int start = 0;
        while (start < compactTokens.size()) {
            int end = longestNameAt(tokens, compactTokens, start);
            if (end > start) {
                String key = keyByCompactForm.get(joined(compactTokens, start, end));
                matches.add(new GazetteerMatch(start, end, entries.get(key)));
                start = end;
            } else {
                start++;
            }
        }
        return List.copyOf(matches);
    }

    /** The names that the data gives to two different entities, each resolved to the first; empty when clean. */
    List<NameConflict> conflicts() {
        return conflicts;
    }

    /** Every canonical name the gazetteer resolves to, of one type. */
    Set<String> canonicalNames(EntityType type) {
        return entries.values().stream()
                .filter(entry -> entry.type() == type && !entry.governmentSeat())
                .map(GazetteerEntry::canonicalName)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Every country a demonym, capital or place names. */
    Collection<String> countriesReferenced() {
        List<String> countries = new ArrayList<>(countryByDemonym.values());
        countries.addAll(countryByCapital.values());
        countries.addAll(countryByPlace.values());
        return countries;
    }

    private int longestNameAt(List<String> tokens, List<String> compactTokens, int start) {
        if (compactTokens.get(start).isEmpty()) {
            return start;
        }
        boolean afterArticle = start > 0 && tokens.get(start - 1).strip().equalsIgnoreCase("the");
        StringBuilder text = new StringBuilder();
        int longest = start;
        for (int end = start + 1; end <= compactTokens.size(); end++) {
            text.append(compactTokens.get(end - 1));
            if (text.length() > longestCompactForm) {
                break;
            }
            String key = keyByCompactForm.get(text.toString());
            if (key != null && (afterArticle || !articleOnlyKeys.contains(key))) {
                longest = end;
            }
        }
        return longest;
    }

    private static String joined(List<String> compactTokens, int start, int end) {
        return String.join("", compactTokens.subList(start, end));
    }

    /** Words of a title once hyphens stand as tokens of their own: "secretary-general" is 3. */
    private static int tokenCount(String title) {
        return title.replace("-", " - ").strip().split(" +").length;
    }

    private static List<String> readLines(String resource) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new GazetteerDataException("missing gazetteer resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer resource " + resource, e);
        }
    }
}
