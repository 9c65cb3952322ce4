package org.parley.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.parley.corpus.Article;

/**
 * A large corpus for the benchmark, made of real news paragraphs: each article is a seed article's headline followed
 * by runs of consecutive paragraphs taken from the seed articles, so the parser meets real sentences and a pronoun
 * usually still has its antecedent nearby. The same seed articles and the same random seed give the same corpus, so
 * reruns compare like with like. Nothing of it is committed: it is generated into a scratch directory.
 */
public final class GeneratedCorpus {

    /** Paragraphs in the body of one article: news stories of about 300 to 700 words. */
    static final int MIN_PARAGRAPHS = 5;
    static final int MAX_PARAGRAPHS = 11;
    /** Consecutive paragraphs taken from one seed article at a time. */
    static final int MAX_RUN = 3;
    private static final LocalDate FIRST_DATE = LocalDate.of(2025, 1, 1);

    private GeneratedCorpus() {
    }

    /**
     * Writes {@code count} articles, {@code gen-0001.txt} with a sidecar {@code gen-0001.json} (title and date), into
     * {@code dir}.
     *
     * @throws IllegalArgumentException when no seed article has a body paragraph
     */
    public static void write(List<Article> seeds, int count, long randomSeed, Path dir) {
        List<Seed> usable = seeds.stream().map(Seed::of).filter(seed -> !seed.paragraphs().isEmpty()).toList();
        if (usable.isEmpty()) {
            throw new IllegalArgumentException("the seed corpus has no article with paragraphs to recombine");
        }
        Random random = new Random(randomSeed);
        ObjectMapper json = new ObjectMapper();
        try {
            Files.createDirectories(dir);
            for (int i = 1; i <= count; i++) {
                String id = String.format("gen-%04d", i);
                Seed headlineSeed = usable.get(random.nextInt(usable.size()));
                String body = body(usable, random);
                Files.writeString(dir.resolve(id + ".txt"), headlineSeed.headline() + "\n\n" + body + "\n",
                        StandardCharsets.UTF_8);
                ObjectNode sidecar = json.createObjectNode();
                sidecar.put("title", headlineSeed.headline());
                sidecar.put("date", FIRST_DATE.plusDays(random.nextInt(365)).toString());
                Files.writeString(dir.resolve(id + ".json"), json.writeValueAsString(sidecar), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the generated corpus into " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String body(List<Seed> seeds, Random random) {
        int target = MIN_PARAGRAPHS + random.nextInt(MAX_PARAGRAPHS - MIN_PARAGRAPHS + 1);
        List<String> paragraphs = new ArrayList<>();
        while (paragraphs.size() < target) {
            List<String> source = seeds.get(random.nextInt(seeds.size())).paragraphs();
            int start = random.nextInt(source.size());
            int run = Math.min(1 + random.nextInt(MAX_RUN), target - paragraphs.size());
            for (int p = start; p < Math.min(source.size(), start + run); p++) {
                paragraphs.add(source.get(p));
            }
        }
        return String.join("\n\n", paragraphs);
    }

    /** A seed article cut into its headline (the first line) and its body paragraphs (the other non-blank lines). */
    private record Seed(String headline, List<String> paragraphs) {
        static Seed of(Article article) {
            List<String> lines = Arrays.stream(article.text().split("\n")).map(String::strip)
                    .filter(line -> !line.isEmpty()).toList();
            String headline = article.title() != null ? article.title() : lines.isEmpty() ? "" : lines.get(0);
            return new Seed(headline, lines.isEmpty() ? List.of() : lines.subList(1, lines.size()));
        }
    }
}
