package org.parley.link;

import java.text.Normalizer;
import java.util.Locale;

/** The one form names are compared in when looking entities up: case, white space and apostrophes don't matter. */
public final class LinkNames {

    private LinkNames() {
    }

    public static String normalise(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replace('\u2019', '\'').replace('\u2018', '\'')
                .replaceAll("\\s+", " ").strip();
        return s.toLowerCase(Locale.ROOT);
    }
}
