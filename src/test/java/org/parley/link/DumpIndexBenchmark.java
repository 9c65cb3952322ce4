package org.parley.link;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * A benchmark anyone can rerun (not a test): writes a synthetic dump shaped like Wikidata's latest-all.json.gz
 * (labels in many languages, statements with qualifiers and references, sitelinks; about one entity in five a person,
 * place, country or organisation, as in the real dump), builds the index from it and times lookups.
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx1g -cp target/classes:target/test-classes:$(cat target/cp.txt) org.parley.link.DumpIndexBenchmark \
 *     /tmp/synthetic-200k.json.gz 200000 /tmp/synthetic-index [SORT_MEMORY_MB]
 * </pre>
 * The dump is generated only when the file does not exist yet. The build can also be timed through the command:
 * {@code java -Xmx1g -jar target/parley.jar wikidata-index --dump /tmp/synthetic-200k.json.gz --out /tmp/i}.
 */
public final class DumpIndexBenchmark {

    private static final String[] LANGUAGES = {"en", "de", "fr", "es", "it", "nl", "pl", "ru", "uk", "ja", "zh", "ar",
            "pt", "sv", "fi", "cs", "hu", "ro", "tr", "ko", "he", "fa", "el", "bg", "da", "nb", "ca", "eu", "gl", "hr",
            "sr", "sk", "sl", "lt", "lv", "et", "id", "ms", "vi", "th", "hi", "bn", "ta", "te", "ur", "sw", "af", "eo",
            "la", "ga", "cy", "is", "mk", "sq", "hy", "ka", "az", "kk", "uz", "mn", "mul"};
    private static final String[] CLASSES_KEPT = {"Q5", "Q5", "Q5", "Q5", "Q5", "Q515", "Q486972", "Q532", "Q43229",
            "Q4830453", "Q6256"};
    private static final String[] CLASSES_OTHER = {"Q13442814", "Q13442814", "Q13442814", "Q16521", "Q4167836",
            "Q11424", "Q7187", "Q482994", "Q8502"};
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "ro", "sa", "ti", "vu", "ber", "dan", "gor",
            "han", "ko", "lin", "mar", "nov", "pet", "ri", "sch", "tow", "ü", "ł", "ø", "zh", "ch", "ia", "el", "an",
            "ov", "sk", "ba", "de", "fi", "gu", "jo", "ly", "na", "pa", "qu", "we"};

    private DumpIndexBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3 || args.length > 4) {
            System.err.println("usage: DumpIndexBenchmark DUMP.json.gz ENTITIES INDEX_DIR [SORT_MEMORY_MB]");
            System.exit(2);
        }
        Path dump = Path.of(args[0]);
        int entities = Integer.parseInt(args[1]);
        Path index = Path.of(args[2]);
        DumpIndexBuilder builder = DumpIndexBuilder.standard();
        if (args.length == 4) {
            builder = builder.withSortMemory(Long.parseLong(args[3]) << 20);
        }
        if (Files.notExists(dump)) {
            long start = System.nanoTime();
            generate(dump, entities, new Random(42));
            System.out.printf(Locale.ROOT, "generated %s: %d entities, %.1f MB compressed, in %.1f s%n", dump,
                    entities, Files.size(dump) / 1e6, (System.nanoTime() - start) / 1e9);
        }
        DumpIndexReport report = builder.build(dump, index, DumpIndexProgress.NONE);
        long uncompressed = uncompressedBytes(dump);
        System.out.println("build: " + report.summary());
        System.out.printf(Locale.ROOT, "build: %.1f MB/s of uncompressed JSON (%.1f MB), %.1f MB/s of the file%n",
                uncompressed / 1e6 / report.seconds(), uncompressed / 1e6, Files.size(dump) / 1e6 / report.seconds());
        System.out.printf(Locale.ROOT, "index: %.1f MB on disk%n", directorySize(index) / 1e6);
        timeLookups(DumpIndex.open(index), entities);
        System.out.printf(Locale.ROOT, "peak heap used: %.0f MB (max %.0f MB)%n", peakHeap() / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
    }

    /** Half the names asked for are shaped like a kept entity's label (a fifth of those exist), half are absent. */
    private static void timeLookups(DumpIndex index, int entities) {
        Random random = new Random(7);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            names.add(i % 2 == 0 ? label(1 + random.nextInt(entities), true) : "Absent " + i);
        }
        long found = 0;
        long start = System.nanoTime();
        for (String name : names) {
            found += index.candidates(name).size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "lookups: %d in %.2f s (%.0f/s), %d candidates found%n", names.size(),
                seconds, names.size() / seconds, found);
    }

    static void generate(Path dump, int entities, Random random) throws IOException {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(dump), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            out.write("[\n");
            for (int i = 0; i < entities; i++) {
                out.write(entity(i + 1, random));
                out.write(i + 1 < entities ? ",\n" : "\n");
            }
            out.write("]\n");
        }
    }

    private static String entity(int number, Random random) {
        boolean kept = random.nextInt(5) == 0;
        String qid = "Q" + number;
        String label = label(number, kept);
        StringBuilder json = new StringBuilder(8192);
        json.append("{\"type\":\"item\",\"id\":\"").append(qid).append("\",\"labels\":{");
        int languages = kept ? 10 + random.nextInt(50) : 1 + random.nextInt(6);
        for (int l = 0; l < languages; l++) {
            String language = LANGUAGES[l];
            json.append(l > 0 ? "," : "").append('"').append(language).append("\":{\"language\":\"").append(language)
                    .append("\",\"value\":\"").append(label).append("\"}");
        }
        json.append("},\"descriptions\":{");
        for (int l = 0; l < languages; l++) {
            String language = LANGUAGES[l];
            json.append(l > 0 ? "," : "").append('"').append(language).append("\":{\"language\":\"").append(language)
                    .append("\",\"value\":\"").append(name(random, 5)).append("\"}");
        }
        json.append("},\"aliases\":{");
        int aliases = random.nextInt(4);
        if (aliases > 0) {
            json.append("\"en\":[");
            for (int a = 0; a < aliases; a++) {
                json.append(a > 0 ? "," : "").append("{\"language\":\"en\",\"value\":\"").append(name(random, 2))
                        .append("\"}");
            }
            json.append(']');
        }
        json.append("},\"claims\":{\"P31\":[");
        String[] classes = kept ? CLASSES_KEPT : CLASSES_OTHER;
        statement(json, qid, "P31", classes[random.nextInt(classes.length)], random);
        json.append(']');
        int properties = 5 + random.nextInt(kept ? 60 : 30);
        for (int p = 0; p < properties; p++) {
            String property = "P" + (32 + p * 7);
            json.append(",\"").append(property).append("\":[");
            int statements = 1 + random.nextInt(3);
            for (int s = 0; s < statements; s++) {
                if (s > 0) {
                    json.append(',');
                }
                statement(json, qid, property, "Q" + (1 + random.nextInt(100_000_000)), random);
            }
            json.append(']');
        }
        json.append("},\"sitelinks\":{");
        int sitelinks = kept ? random.nextInt(40) : random.nextInt(3);
        for (int s = 0; s < sitelinks; s++) {
            String site = LANGUAGES[s] + "wiki";
            json.append(s > 0 ? "," : "").append('"').append(site).append("\":{\"site\":\"").append(site)
                    .append("\",\"title\":\"").append(label).append("\",\"badges\":[]}");
        }
        json.append("},\"pageid\":").append(number + 100).append(",\"ns\":0,\"title\":\"").append(qid)
                .append("\",\"lastrevid\":").append(2_000_000_000L + number)
                .append(",\"modified\":\"2025-01-20T10:00:00Z\"}");
        return json.toString();
    }

    private static void statement(StringBuilder json, String subject, String property, String value, Random random) {
        json.append("{\"mainsnak\":{\"snaktype\":\"value\",\"property\":\"").append(property)
                .append("\",\"hash\":\"").append(Long.toHexString(random.nextLong()))
                .append("\",\"datavalue\":{\"value\":{\"entity-type\":\"item\",\"numeric-id\":")
                .append(value.substring(1)).append(",\"id\":\"").append(value)
                .append("\"},\"type\":\"wikibase-entityid\"},\"datatype\":\"wikibase-item\"},\"type\":\"statement\"");
        if (random.nextInt(4) == 0) {
            json.append(",\"qualifiers\":{\"P580\":[{\"snaktype\":\"value\",\"property\":\"P580\",\"hash\":\"")
                    .append(Long.toHexString(random.nextLong()))
                    .append("\",\"datavalue\":{\"value\":{\"time\":\"+2001-01-01T00:00:00Z\",\"timezone\":0,"
                            + "\"before\":0,\"after\":0,\"precision\":9,\"calendarmodel\":"
                            + "\"http:\\/\\/www.wikidata.org\\/entity\\/Q1985727\"},\"type\":\"time\"},"
                            + "\"datatype\":\"time\"}]},\"qualifiers-order\":[\"P580\"]");
        }
        json.append(",\"id\":\"").append(subject).append("$").append(new java.util.UUID(random.nextLong(),
                random.nextLong())).append("\",\"rank\":\"normal\"");
        if (random.nextBoolean()) {
            json.append(",\"references\":[{\"hash\":\"").append(Long.toHexString(random.nextLong()))
                    .append("\",\"snaks\":{\"P248\":[{\"snaktype\":\"value\",\"property\":\"P248\",\"datavalue\":"
                            + "{\"value\":{\"entity-type\":\"item\",\"numeric-id\":5375741,\"id\":\"Q5375741\"},"
                            + "\"type\":\"wikibase-entityid\"},\"datatype\":\"wikibase-item\"}],\"P813\":[{\"snaktype\":"
                            + "\"value\",\"property\":\"P813\",\"datavalue\":{\"value\":{\"time\":"
                            + "\"+2024-03-01T00:00:00Z\",\"timezone\":0,\"before\":0,\"after\":0,\"precision\":11,"
                            + "\"calendarmodel\":\"http:\\/\\/www.wikidata.org\\/entity\\/Q1985727\"},\"type\":"
                            + "\"time\"},\"datatype\":\"time\"}]},\"snaks-order\":[\"P248\",\"P813\"]}]");
        }
        json.append('}');
    }

    /** The label of entity {@code number}: the same on every run, so lookups can ask for names that exist. */
    private static String label(int number, boolean kept) {
        Random random = new Random(number);
        return name(random, kept ? 2 : 1 + random.nextInt(8));
    }

    private static String name(Random random, int words) {
        StringBuilder name = new StringBuilder();
        for (int w = 0; w < words; w++) {
            name.append(w > 0 ? " " : "");
            int syllables = 2 + random.nextInt(3);
            for (int s = 0; s < syllables; s++) {
                String syllable = SYLLABLES[random.nextInt(SYLLABLES.length)];
                name.append(s == 0 ? syllable.substring(0, 1).toUpperCase(Locale.ROOT) + syllable.substring(1)
                        : syllable);
            }
        }
        return name.toString();
    }

    private static long uncompressedBytes(Path dump) throws IOException {
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(dump), 1 << 16)) {
            return in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    private static long directorySize(Path directory) throws IOException {
        try (var files = Files.list(directory)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage).mapToLong(u -> u.getUsed()).sum();
    }
}
