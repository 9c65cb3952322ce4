package org.parley.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Small text rules for names: the forms in which a name is compared and stored. */
final class Names {

    private static final Set<String> HONORIFICS = Set.of("mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir");
    private static final Pattern POSSESSIVE = Pattern.compile("\\s*['\u2019]s?$");
    private static final Pattern LEADING_THE = Pattern.compile("^(?i:the)\\s+");

    private Names() {
    }

    /** "the Kremlin’s" → "Kremlin": the form a name is looked up and stored in. */
    static String clean(String surface) {
        String s = surface.replace('\u2019', '\'').replaceAll("\\s+", " ").strip();
        s = LEADING_THE.matcher(s).replaceFirst("");
        s = POSSESSIVE.matcher(s).replaceFirst("");
        return s.strip();
    }

    /** The words of a person's name without honorifics: "Mr. Putin" → [putin]. */
    static List<String> personWords(String name) {
        return Arrays.stream(clean(name).split("[\\s]+"))
                .map(w -> w.toLowerCase(java.util.Locale.ROOT))
                .filter(w -> !w.isEmpty() && !HONORIFICS.contains(w))
                .toList();
    }
}
