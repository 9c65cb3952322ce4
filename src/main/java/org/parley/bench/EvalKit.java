package org.parley.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.parley.store.QueryRunner;
import org.parley.store.ResultFormat;

/**
 * The team's evaluation kit ({@code ../shared/eval}): its queries run on a store as {@code parley query --format json}
 * would, and its own Python scorers judge the answers. The figures are the scorers' last lines, key and value.
 */
final class EvalKit {

    private static final List<String> FILES = List.of("acts.rq", "acts.tsv", "score_acts.py", "entities.rq",
            "entities.tsv", "score_entities.py");

    private final Path dir;

    private EvalKit(Path dir) {
        this.dir = dir;
    }

    /** The kit in {@code dir}, if every file of it is there. */
    static Optional<EvalKit> at(Path dir) {
        return FILES.stream().allMatch(f -> Files.isRegularFile(dir.resolve(f)))
                ? Optional.of(new EvalKit(dir)) : Optional.empty();
    }

    /** recall_full, recall_agent, recall_found, precision_proxy, entity_recall, link_precision, ... as printed. */
    Map<String, String> score(Dataset dataset, Path workDir) {
        Map<String, String> scores = new LinkedHashMap<>();
        scores.putAll(run(dataset, workDir, "acts"));
        scores.putAll(run(dataset, workDir, "entities"));
        return scores;
    }

    private Map<String, String> run(Dataset dataset, Path workDir, String part) {
        try {
            Path answers = workDir.resolve(part + ".json");
            try (OutputStream out = Files.newOutputStream(answers)) {
                QueryRunner.run(dataset, Files.readString(dir.resolve(part + ".rq")), ResultFormat.JSON, out);
            }
            Process python = new ProcessBuilder("python3", dir.resolve("score_" + part + ".py").toString(),
                    dir.resolve(part + ".tsv").toString(), answers.toString())
                    .redirectErrorStream(true).start();
            String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!python.waitFor(60, TimeUnit.SECONDS) || python.exitValue() != 0) {
                throw new IllegalStateException("score_" + part + ".py failed: " + output.strip());
            }
            return keyValues(output.strip().lines().reduce((a, b) -> b).orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run the evaluation kit in " + dir + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        }
    }

    /** "recall_full 0.83 recall_agent 0.90" as a map. */
    static Map<String, String> keyValues(String line) {
        Map<String, String> values = new LinkedHashMap<>();
        String[] words = line.strip().split("\\s+");
        for (int i = 0; i + 1 < words.length; i += 2) {
            values.put(words[i], words[i + 1]);
        }
        return values;
    }
}
