package org.parley.extract;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parley.nlp.AnnotatedDoc;
import org.parley.nlp.NlpPipeline;
import org.parley.nlp.PipelineConfig;

/**
 * A developer's tool, not part of the product: runs the class × form grid ({@code grid.tsv} in the test resources,
 * invented sentences, each its own one-sentence article) through the real extraction and prints, for each class and
 * form, what was found against what was expected. CoreNLP's reading of each sentence is cached as JSON (by the
 * sentence's hash), so after the first run a change to a rule is checked in seconds.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.parley.extract.GridRun [CACHE_DIR]
 * </pre>
 * CACHE_DIR defaults to target/grid-cache.
 */
public final class GridRun {

    static final String RESOURCE = "/org/parley/extract/grid.tsv";
    static final LocalDate DATE = LocalDate.of(2025, 6, 10);

    /** One row of the grid. */
    record Row(String act, String form, String sentence, String agent, String other, boolean mustFind,
               String note) {

        boolean knownGap() {
            return note.startsWith("gap");
        }
    }

    /** A row's outcome: whether it holds, and a readable line of what was found. */
    record Outcome(Row row, boolean pass, String found) {
    }

    private GridRun() {
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String[] r : TsvResource.rows(RESOURCE, 7)) {
            rows.add(new Row(r[0], r[1], r[2], r[3], r[4], r[5].equals("yes"), r[6]));
        }
        return rows;
    }

    /**
     * A must-find row holds when an act of its class has the expected agent (for a meeting, among its participants)
     * and, when one is expected, the other party among its addressees or participants; a must-not row holds when no
     * act of its class is found at all.
     */
    static Outcome check(Row row, Extraction extraction) {
        ActType type = ActType.valueOf(row.act());
        List<Act> ofClass = extraction.acts().stream().filter(a -> a.type() == type).toList();
        String found = extraction.acts().stream().map(GridRun::describe).collect(Collectors.joining("; "));
        if (!row.mustFind()) {
            return new Outcome(row, ofClass.isEmpty(), found);
        }
        boolean pass = ofClass.stream().anyMatch(a -> has(concat(a.agents(), a.participants()), row.agent())
                && (row.other().isEmpty() || has(concat(a.addressees(), a.participants()), row.other())));
        return new Outcome(row, pass, found);
    }

    private static List<EntityKey> concat(List<EntityKey> a, List<EntityKey> b) {
        List<EntityKey> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static boolean has(List<EntityKey> keys, String label) {
        String wanted = label.toLowerCase(Locale.ROOT);
        return keys.stream().anyMatch(k -> k.name().toLowerCase(Locale.ROOT).contains(wanted));
    }

    static String describe(Act a) {
        return a.type() + "(" + names(concat(a.agents(), a.participants()))
                + (a.addressees().isEmpty() ? "" : " -> " + names(a.addressees())) + ")";
    }

    private static String names(List<EntityKey> keys) {
        return keys.stream().map(EntityKey::name).distinct().collect(Collectors.joining("+"));
    }

    /** Runs every row, annotating each sentence with {@code annotate}. */
    static List<Outcome> run(Function<Row, AnnotatedDoc> annotate) {
        Extractor extractor = Extractor.standard();
        List<Outcome> outcomes = new ArrayList<>();
        for (Row row : rows()) {
            AnnotatedDoc doc = annotate.apply(row);
            Outcome outcome = check(row, extractor.extract(doc));
            outcomes.add(outcome);
            if (Boolean.getBoolean("grid.parses") && !outcome.pass()) {
                // -Dgrid.parses=true: the parse of each missed row, for writing a pattern.
                doc.sentences().forEach(s -> System.err.println(row.sentence() + "\n   "
                        + s.tokens().stream().map(t -> t.word() + "/" + t.pos() + "/" + t.lemma())
                        .collect(Collectors.joining(" ")) + "\n   " + s.dependencies()));
            }
        }
        return outcomes;
    }

    public static void main(String[] args) throws IOException {
        Path cache = Path.of(args.length > 0 ? args[0] : "target/grid-cache");
        Files.createDirectories(cache);
        NlpPipeline[] pipeline = new NlpPipeline[1];
        List<Outcome> outcomes = run(row -> {
            try {
                Path file = cache.resolve(hash(row.sentence()) + ".json");
                if (Files.exists(file)) {
                    return DevExplain.load(file);
                }
                if (pipeline[0] == null) {
                    pipeline[0] = NlpPipeline.load(PipelineConfig.standard());
                }
                AnnotatedDoc doc = pipeline[0].annotate("grid", row.sentence(), DATE);
                DevExplain.JSON.writeValue(file.toFile(), doc);
                return doc;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        print(outcomes, System.out);
    }

    static void print(List<Outcome> outcomes, PrintStream out) {
        Map<String, Map<String, int[]>> table = new TreeMap<>();
        for (Outcome o : outcomes) {
            out.printf("%s %-10s %-10s %s%n      expected %s%s | found %s%n", o.pass() ? "ok  " : "MISS", o.row().act(),
                    o.row().form(), o.row().sentence(),
                    o.row().mustFind() ? o.row().agent() + (o.row().other().isEmpty() ? "" : " / " + o.row().other())
                            : "no " + o.row().act(),
                    o.row().note().isEmpty() ? "" : " [" + o.row().note() + "]", o.found());
            int[] cell = table.computeIfAbsent(o.row().act(), k -> new TreeMap<>())
                    .computeIfAbsent(o.row().form(), k -> new int[2]);
            cell[0] += o.pass() ? 1 : 0;
            cell[1]++;
        }
        out.println();
        List<String> forms = List.of("verb", "noun", "adjective", "modal", "multi-word", "passive", "reported",
                "negated");
        out.printf("%-11s%s  total%n", "", forms.stream().map(f -> String.format("%-11s", f))
                .collect(Collectors.joining()));
        int pass = 0;
        for (var entry : table.entrySet()) {
            StringBuilder line = new StringBuilder(String.format("%-11s", entry.getKey()));
            int p = 0;
            int n = 0;
            for (String form : forms) {
                int[] cell = entry.getValue().get(form);
                line.append(String.format("%-11s", cell == null ? "-" : cell[0] + "/" + cell[1]));
                if (cell != null) {
                    p += cell[0];
                    n += cell[1];
                }
            }
            pass += p;
            out.println(line + "  " + p + "/" + n);
        }
        out.println("rows passing: " + pass + "/" + outcomes.size());
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
