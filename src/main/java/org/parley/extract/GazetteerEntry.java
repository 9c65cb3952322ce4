package org.parley.extract;

import java.util.Objects;

/**
 * What the gazetteer knows a name to denote.
 *
 * <p>A government seat ("Kremlin", "White House") resolves to the country it stands for: its entry is that
 * country's entry ({@code canonicalName} is the country, {@code type} is {@link EntityType#COUNTRY}) with
 * {@code governmentSeat} set and {@code countryOfSeat} naming the country again, so a caller can tell the
 * metonymy from a plain country name.
 *
 * @param canonicalName the one name every alias of the entity resolves to ("United States" for "U.S.")
 * @param type          what kind of entity it is
 * @param governmentSeat whether the name looked up was a seat of government standing for a country
 * @param countryOfSeat the canonical name of that country for a seat; null otherwise
 */
public record GazetteerEntry(String canonicalName, EntityType type, boolean governmentSeat, String countryOfSeat) {

    public GazetteerEntry {
        Objects.requireNonNull(canonicalName, "canonicalName");
        Objects.requireNonNull(type, "type");
        if (governmentSeat != (countryOfSeat != null)) {
            throw new IllegalArgumentException("a government seat, and only a seat, names its country: " + canonicalName);
        }
    }

    static GazetteerEntry of(String canonicalName, EntityType type) {
        return new GazetteerEntry(canonicalName, type, false, null);
    }

    static GazetteerEntry seatOf(String country) {
        return new GazetteerEntry(country, EntityType.COUNTRY, true, country);
    }
}
