package org.parley.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** A word list kept as a data file beside the code (one lowercase entry per line, '#' starts a comment). */
record Lexicon(String name, Set<String> entries) {

    static Lexicon load(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("lexicon " + resource + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> entries = reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
            return new Lexicon(resource, entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
    }

    /** The words of a class kept as data, {@code words/NAME.txt}. */
    static Set<String> wordClass(String name) {
        return load("/org/parley/extract/words/" + name + ".txt").entries();
    }

    boolean contains(String lemma) {
        return entries.contains(lemma.toLowerCase(Locale.ROOT));
    }
}
