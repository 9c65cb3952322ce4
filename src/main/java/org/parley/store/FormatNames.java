package org.parley.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parses a format name given by a user ("ttl", "JSON") into one of an enum's constants. */
final class FormatNames {

    private FormatNames() {
    }

    static <E extends Enum<E>> E parse(Class<E> formats, String name, String what) {
        String wanted = name == null ? "" : name.trim();
        for (E format : formats.getEnumConstants()) {
            if (format.name().equalsIgnoreCase(wanted)) {
                return format;
            }
        }
        throw new IllegalArgumentException(
                "unknown " + what + " '" + wanted + "': expected one of " + namesOf(formats));
    }

    static <E extends Enum<E>> String namesOf(Class<E> formats) {
        return Arrays.stream(formats.getEnumConstants())
                .map(format -> format.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }
}
