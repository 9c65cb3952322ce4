package org.parley.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The state a Wikidata description places a person in, by the convention descriptions of people in public office
 * follow ("Russian politician, President of Russia"): the jurisdiction of the office ("of Russia", as property P39's
 * office would give it) first, else the nationality the description opens with (as P27, citizenship, would).
 */
public final class DescribedSide {

    /** "of Russia", "of the United States": a proper name after "of" or "for". */
    private static final Pattern JURISDICTION = Pattern.compile(
            "\\b(?:of|for) (?:the )?(\\p{Lu}[\\p{L}.'\u2019-]*(?: (?:and )?\\p{Lu}[\\p{L}.'\u2019-]*)*)");
    private static final Pattern OPENING_WORD = Pattern.compile("^(\\p{Lu}[\\p{L}-]*)");

    private DescribedSide() {
    }

    /** The canonical name of the state the description places its person in, if it names one the gazetteer knows. */
    public static Optional<String> of(String description, Gazetteer gazetteer) {
        if (description == null || description.isBlank()) {
            return Optional.empty();
        }
        Matcher m = JURISDICTION.matcher(description);
        while (m.find()) {
            Optional<String> country = gazetteer.lookup(m.group(1))
                    .filter(entry -> entry.type() == EntityType.COUNTRY && !entry.governmentSeat())
                    .map(GazetteerEntry::canonicalName);
            if (country.isPresent()) {
                return country;
            }
        }
        Matcher opening = OPENING_WORD.matcher(description.strip());
        return opening.find() ? gazetteer.countryOfDemonym(opening.group(1)) : Optional.empty();
    }
}
