package org.parley.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parley.extract.EntityType;

/**
 * Which Wikidata classes (values of P31) make an item a candidate, and of which type ({@code wikidata-classes.tsv}:
 * qid, type, label).
 */
final class OnlineWikidataClasses {

    static final String RESOURCE = "/org/parley/link/wikidata-classes.tsv";

    /** An item in several mapped classes is the first of these: Singapore is a country before it is a city. */
    private static final List<EntityType> PRECEDENCE =
            List.of(EntityType.PERSON, EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.PLACE);

    private final Map<String, EntityType> typeByClass;

    private OnlineWikidataClasses(Map<String, EntityType> typeByClass) {
        this.typeByClass = Map.copyOf(typeByClass);
    }

    static OnlineWikidataClasses shipped() {
        try (InputStream in = OnlineWikidataClasses.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static OnlineWikidataClasses parse(List<String> lines) {
        Map<String, EntityType> typeByClass = new HashMap<>();
        boolean header = true;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (header) {
                if (!cells[0].equals("qid")) {
                    throw new IllegalStateException(RESOURCE + ": the header must start with 'qid': " + line);
                }
                header = false;
                continue;
            }
            if (cells.length < 2 || !cells[0].matches("Q[1-9][0-9]*")) {
                throw new IllegalStateException(RESOURCE + ": not a 'qid<TAB>type<TAB>label' row: " + line);
            }
            typeByClass.put(cells[0], EntityType.valueOf(cells[1].strip().toUpperCase(Locale.ROOT)));
        }
        return new OnlineWikidataClasses(typeByClass);
    }

    /** The type of an item in these classes; empty when none of them is mapped. */
    Optional<EntityType> typeOf(Collection<String> classes) {
        List<EntityType> types = classes.stream().map(typeByClass::get).filter(t -> t != null).toList();
        return PRECEDENCE.stream().filter(types::contains).findFirst();
    }
}
