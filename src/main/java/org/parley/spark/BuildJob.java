package org.parley.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.parley.corpus.Article;
import org.parley.ingest.ArticleGraphs;

/**
 * One run of the job: read the articles, skip those whose fingerprint the manifest already holds, annotate the others
 * on the executors, and write the run's N-Quads part, manifest rows and errors under OUT:
 * <pre>
 * OUT/nquads/run=RUN/part-*.txt.gz   N-Quads, one named graph per article (a row of the text writer each)
 * OUT/manifest/*.parquet             id, fingerprint, pipeline, part (the run's folder), run; appended per run
 * OUT/errors/*.parquet               id (when known), file, reason, run; appended per run
 * </pre>
 * Everything is written through Spark's writers, so its output committer makes each write whole or absent: a retried
 * task leaves no duplicate, and a run that dies leaves no manifest rows for graphs it did not commit.
 */
final class BuildJob {

    /** A run's name: the UTC time it started, so names sort in the order the runs were made. */
    private static final DateTimeFormatter RUN_NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'");

    private final SparkSession spark;
    private final JobArgs args;

    BuildJob(SparkSession spark, JobArgs args) {
        this.spark = spark;
        this.args = args;
    }

    /** What a run did, for its summary line and for tests. */
    record Report(String run, long annotated, long skipped, long failed) {
    }

    Report run() {
        String run = RUN_NAME.format(ZonedDateTime.now(ZoneOffset.UTC));
        String part = "nquads/run=" + run;
        Dataset<Row> read = ArticleInput.read(spark, args.inputs(), args.sizeLimit()).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> articles = read.filter(col("error").isNull());
        Dataset<Row> duplicates = duplicateIds(articles);
        // A join on the column name: the two sides descend from one dataset, so Column equality would be trivially true.
        articles = articles.join(duplicates.select("id").distinct(), scala(List.of("id")), "left_anti");

        JobArgs.Settings settings = args.settings();
        Dataset<Row> fingerprinted = articles.mapPartitions(
                (MapPartitionsFunction<Row, Row>) rows -> fingerprint(rows, settings),
                Encoders.row(Tables.FINGERPRINTED));
        Dataset<Row> toBuild = fingerprinted;
        long total = fingerprinted.count();
        Dataset<Row> manifest = manifest();
        if (manifest != null) {
            Dataset<Row> current = manifest
                    .withColumn("newest", row_number().over(Window.partitionBy("id").orderBy(col("run").desc())))
                    .filter(col("newest").equalTo(1))
                    .select("id", "fingerprint");
            toBuild = fingerprinted.join(current, scala(List.of("id", "fingerprint")), "left_anti");
        }
        Dataset<Row> built = toBuild.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> build(rows, settings),
                Encoders.row(Tables.BUILT)).persist(StorageLevel.MEMORY_AND_DISK());
        long builtCount = built.count();

        Dataset<Row> graphs = built.filter(col("error").isNull());
        Dataset<Row> errors = read.filter(col("error").isNotNull())
                .select(col("id"), col("file"), col("error").as("reason"))
                .unionByName(duplicates.select(col("id"), col("file"), col("reason")))
                .unionByName(built.filter(col("error").isNotNull())
                        .select(col("id"), col("file"), col("error").as("reason")))
                .withColumn("run", lit(run))
                .persist(StorageLevel.MEMORY_AND_DISK());
        long graphCount = graphs.count();
        long failed = errors.count();
        if (graphCount > 0) {
            graphs.select("nquads").write().option("compression", "gzip").text(out(part));
            graphs.select(col("id"), col("fingerprint"), lit(settings.pipeline()).as("pipeline"),
                            lit(part).as("part"), lit(run).as("run"))
                    .write().mode(SaveMode.Append).parquet(out("manifest"));
        }
        if (failed > 0) {
            errors.write().mode(SaveMode.Append).parquet(out("errors"));
        }
        read.unpersist();
        built.unpersist();
        errors.unpersist();
        return new Report(run, graphCount, total - builtCount, failed);
    }

    /** Two articles with one id would be one graph: both are refused, as {@code build} refuses them. */
    private static Dataset<Row> duplicateIds(Dataset<Row> articles) {
        Dataset<Row> shared = articles.groupBy("id").agg(collect_list("file").as("files"))
                .filter(size(col("files")).gt(1));
        return articles.join(shared, "id")
                .select(col("id"), col("file"), concat(lit("duplicate article id '"), col("id"),
                        lit("' in "), concat_ws(", ", col("files")), lit("; rename one of them")).as("reason"));
    }

    private static Iterator<Row> fingerprint(Iterator<Row> rows, JobArgs.Settings settings) {
        ArticleGraphs graphs = ExecutorWork.graphs(settings);
        List<Row> out = new ArrayList<>();
        rows.forEachRemaining(row -> {
            Object[] values = new Object[Tables.FINGERPRINTED.size()];
            for (int i = 0; i < row.size(); i++) {
                values[i] = row.get(i);
            }
            values[row.size()] = graphs.fingerprint(ArticleInput.article(row));
            out.add(RowFactory.create(values));
        });
        return out.iterator();
    }

    /** Annotates lazily, one article at a time, so a partition's graphs are never all in memory at once. */
    private static Iterator<Row> build(Iterator<Row> rows, JobArgs.Settings settings) {
        ArticleGraphs graphs = ExecutorWork.graphs(settings);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                Row row = rows.next();
                Article article = ArticleInput.article(row);
                String fingerprint = row.getString(Tables.FINGERPRINTED.fieldIndex("fingerprint"));
                String file = row.getString(Tables.READ.fieldIndex("file"));
                ExecutorWork.countAnnotated();
                ArticleGraphs.Result result = graphs.build(ExecutorWork.pipeline(settings.pipelineConfig()), article);
                if (result.error() != null) {
                    return RowFactory.create(article.id(), file, fingerprint, null, result.error().reason());
                }
                return RowFactory.create(article.id(), file, fingerprint, NQuads.of(article.id(), result.graph()),
                        null);
            }
        };
    }

    /** The manifest of earlier runs, or null before the first. */
    private Dataset<Row> manifest() {
        Path path = new Path(out("manifest"));
        try {
            FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            return fs.exists(path) ? spark.read().schema(Tables.MANIFEST).parquet(path.toString()) : null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the manifest " + path + ": " + e.getMessage(), e);
        }
    }

    private String out(String child) {
        return new Path(args.output(), child).toString();
    }

    private static scala.collection.immutable.Seq<String> scala(List<String> names) {
        return scala.jdk.javaapi.CollectionConverters.asScala(names).toList();
    }
}
