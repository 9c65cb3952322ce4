package org.parley.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.parley.corpus.ArticleSizeLimit;
import org.parley.nlp.PipelineConfig;

/**
 * The job's command line: {@code IN... OUT [--pipeline NAME] [--offline-links] [--max-article-chars N]}.
 *
 * @param inputs       Hadoop paths ({@code file:}, {@code hdfs:}, {@code s3a:}...) of corpus folders, files or Parquet
 * @param output       the folder that holds the N-Quads parts, the manifest and the errors table of every run
 * @param settings     what every executor needs to build a graph
 * @param sizeLimit    an article longer than this is an error row, never annotated (as in {@code build})
 */
public record JobArgs(List<String> inputs, String output, Settings settings, ArticleSizeLimit sizeLimit) {

    public static final String USAGE = "usage: SparkBuild IN... OUT [--pipeline NAME] [--offline-links]"
            + " [--max-article-chars N]";

    /**
     * What reaches the executors inside the task closures, so it is small and serializable.
     *
     * @param pipeline     the CoreNLP pipeline's name ({@link PipelineConfig#named})
     * @param offlineLinks link with the verified table only (what tests use), not with WikiDict as {@code build} does
     */
    public record Settings(String pipeline, boolean offlineLinks) implements Serializable {

        public PipelineConfig pipelineConfig() {
            return PipelineConfig.named(pipeline);
        }
    }

    /** @throws IllegalArgumentException with the usage or the reason */
    public static JobArgs parse(String... args) {
        List<String> paths = new ArrayList<>();
        String pipeline = PipelineConfig.standard().name();
        boolean offlineLinks = false;
        ArticleSizeLimit sizeLimit = ArticleSizeLimit.DEFAULT;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--pipeline" -> {
                    if (i + 1 == args.length) {
                        throw new IllegalArgumentException("--pipeline needs a NAME; " + USAGE);
                    }
                    pipeline = PipelineConfig.named(args[++i]).name();
                }
                case "--offline-links" -> offlineLinks = true;
                case "--max-article-chars" -> {
                    if (i + 1 == args.length || !args[i + 1].matches("\\d{1,9}")) {
                        throw new IllegalArgumentException("--max-article-chars needs a number N; " + USAGE);
                    }
                    sizeLimit = new ArticleSizeLimit(Integer.parseInt(args[++i]));
                }
                default -> {
                    if (args[i].startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + args[i] + "; " + USAGE);
                    }
                    paths.add(args[i]);
                }
            }
        }
        if (paths.size() < 2) {
            throw new IllegalArgumentException(USAGE);
        }
        return new JobArgs(List.copyOf(paths.subList(0, paths.size() - 1)), paths.get(paths.size() - 1),
                new Settings(pipeline, offlineLinks), sizeLimit);
    }
}
