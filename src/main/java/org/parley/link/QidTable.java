package org.parley.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.extract.EntityType;

/**
 * The verified Wikidata identifiers that ship with Parley ({@code qids.tsv}: qid, label, type, aliases,
 * description), each checked against two public sources. Small, exact, and always available offline.
 */
public final class QidTable implements CandidateSource {

    static final String RESOURCE = "/org/parley/link/qids.tsv";

    private final Map<String, List<WikidataEntry>> byName;

    private QidTable(Map<String, List<WikidataEntry>> byName) {
        this.byName = byName;
    }

    /** The table that ships in the jar. */
    public static QidTable shipped() {
        try (InputStream in = QidTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** A table in qids.tsv's format: a header line, then qid, label, type, |-separated aliases, description. */
    public static QidTable parse(Reader tsv) throws IOException {
        Map<String, List<WikidataEntry>> byName = new HashMap<>();
        BufferedReader reader = new BufferedReader(tsv);
        String header = reader.readLine();
        if (header == null || !header.startsWith("qid\t")) {
            throw new IOException("not a qids table: the header must start with 'qid'");
        }
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length < 4) {
                throw new IOException("qids table: too few columns in: " + line);
            }
            List<String> aliases = new ArrayList<>(List.of(cells[1]));
            Arrays.stream(cells[3].split("\\|")).map(String::strip).filter(a -> !a.isEmpty()).forEach(aliases::add);
            WikidataEntry entry = new WikidataEntry(cells[0], cells[1],
                    EntityType.valueOf(cells[2].toUpperCase(Locale.ROOT)), aliases.stream().distinct().toList(),
                    cells.length > 4 ? cells[4] : "", null, 0);
            for (String name : entry.aliases()) {
                byName.computeIfAbsent(LinkNames.normalise(name), k -> new ArrayList<>()).add(entry);
            }
        }
        return new QidTable(byName);
    }

    @Override
    public List<WikidataEntry> candidates(String name) {
        return List.copyOf(byName.getOrDefault(LinkNames.normalise(name), List.of()));
    }
}
