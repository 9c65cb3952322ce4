package org.parley.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The Spark job that builds the graphs of a whole news archive: {@code IN... OUT [--pipeline NAME]
 * [--offline-links] [--max-article-chars N]}. Submitted with {@code spark-submit --class org.parley.spark.SparkBuild target/parley.jar ...},
 * or run in local mode by {@code scripts/spark-build-local.sh}. Its output is described at {@link BuildJob}.
 */
public final class SparkBuild {

    private SparkBuild() {
    }

    public static void main(String[] args) {
        JobArgs jobArgs;
        try {
            jobArgs = JobArgs.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("parley-build").getOrCreate();
        try {
            BuildJob.Report report = run(spark, jobArgs);
            System.out.printf("run %s: %d articles annotated, %d unchanged and skipped, %d failed (see %s/errors)%n",
                    report.run(), report.annotated(), report.skipped(), report.failed(), jobArgs.output());
        } finally {
            spark.stop();
        }
    }

    /** One run on a session someone else owns (a test, a notebook). */
    public static BuildJob.Report run(SparkSession spark, JobArgs args) {
        return new BuildJob(spark, args).run();
    }
}
