package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.SeedStore;
import org.parley.nlp.SharedPipeline;
import org.parley.store.ArticleStore;
import org.parley.store.BuiltArticle;

/**
 * The Spark job in local mode on the seed corpus plus one broken file: every article's graph in its N-Quads output is
 * the graph the local build stored, the broken file lands in the errors table, and a rerun annotates nothing.
 */
class SparkBuildTest {

    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        // The test JVM is the executor: hand it the pipeline every other test shares, so CoreNLP loads once.
        ExecutorWork.use(SharedPipeline.get());
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("parley-spark-build-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void buildsTheLocalBuildsGraphsReportsTheBrokenFileAndSkipsUnchangedArticles(@TempDir Path temp)
            throws IOException {
        Path in = temp.resolve("in");
        copyCorpus(Path.of("corpus"), in);
        Files.write(in.resolve("broken.txt"), new byte[] {0, 1, 2, 3, 'x'});
        Path out = temp.resolve("out");
        JobArgs args = JobArgs.parse(in.toUri().toString(), out.toUri().toString(), "--offline-links");

        int annotatedBefore = ExecutorWork.annotated();
        BuildJob.Report first = SparkBuild.run(spark, args);

        try (ArticleStore store = ArticleStore.open(SeedStore.directory())) {
            Map<String, BuiltArticle> local = store.manifest();
            assertThat(first.annotated()).isEqualTo(local.size());
            assertThat(first.failed()).isEqualTo(1);
            DatasetGraph output = readNQuads(out.resolve("nquads"));
            assertThat(output.listGraphNodes()).toIterable().hasSize(local.size());
            for (BuiltArticle built : local.values()) {
                Graph fromSpark = output.getGraph(NodeFactory.createURI(built.graphIri()));
                boolean same = Txn.calculateRead(store.dataset(), () -> fromSpark
                        .isIsomorphicWith(store.dataset().getNamedModel(built.graphIri()).getGraph()));
                assertThat(same).as("graph of %s", built.id()).isTrue();
            }
            Map<String, String> fingerprints = manifest(out).stream()
                    .collect(Collectors.toMap(r -> r.getString(0), r -> r.getString(1)));
            assertThat(fingerprints).isEqualTo(local.values().stream()
                    .collect(Collectors.toMap(BuiltArticle::id, BuiltArticle::contentHash)));
        }
        List<Row> errors = spark.read().parquet(out.resolve("errors").toString()).collectAsList();
        assertThat(errors).singleElement().satisfies(row -> {
            assertThat(row.<String>getAs("file")).endsWith("broken.txt");
            assertThat(row.<String>getAs("reason")).contains("binary");
        });
        assertThat(ExecutorWork.annotated() - annotatedBefore).isEqualTo(first.annotated());

        List<String> manifestBefore = manifest(out).stream().map(Row::toString).toList();
        BuildJob.Report second = SparkBuild.run(spark, args);

        assertThat(second.annotated()).isZero();
        assertThat(second.skipped()).isEqualTo(first.annotated());
        assertThat(ExecutorWork.annotated() - annotatedBefore).isEqualTo(first.annotated());
        assertThat(manifest(out).stream().map(Row::toString).toList()).isEqualTo(manifestBefore);
    }

    @Test
    void parquetRowsAreArticlesAndRowsSharingAnIdOrWithoutADateAreErrors(@TempDir Path temp) {
        // Invented rows: one article, two rows that share an id, one row without a date.
        List<Row> rows = List.of(
                RowFactory.create("border-talks", "Border talks", "2025-05-10",
                        "Chad and Niger held talks in Niamey on Friday. Chad proposed a joint border patrol.",
                        "https://example.org/a"),
                RowFactory.create("twin", "One", "2025-05-10", "Ghana rejected the plan.", null),
                RowFactory.create("twin", "Two", "2025-05-11", "Togo accepted the plan.", null),
                RowFactory.create("undated", "No date", null, "Benin called for talks.", null));
        StructType schema = new StructType()
                .add("id", DataTypes.StringType).add("title", DataTypes.StringType)
                .add("date", DataTypes.StringType).add("text", DataTypes.StringType)
                .add("url", DataTypes.StringType);
        Path in = temp.resolve("in");
        spark.createDataFrame(rows, schema).coalesce(1).write().parquet(in.toString());
        Path out = temp.resolve("out");

        BuildJob.Report report = SparkBuild.run(spark, JobArgs.parse(in.toUri().toString(), out.toUri().toString(),
                "--offline-links"));

        assertThat(report.annotated()).isEqualTo(1);
        assertThat(manifest(out)).singleElement().satisfies(row -> assertThat(row.getString(0))
                .isEqualTo("border-talks"));
        List<Row> errors = spark.read().parquet(out.resolve("errors").toString()).collectAsList();
        assertThat(errors).extracting(row -> row.<String>getAs("reason"))
                .filteredOn(reason -> reason.contains("duplicate article id 'twin'")).hasSize(2);
        assertThat(errors).extracting(row -> row.<String>getAs("reason"))
                .anySatisfy(reason -> assertThat(reason).contains("no date"));
        assertThat(errors).hasSize(3);
    }

    private static List<Row> manifest(Path out) {
        return spark.read().parquet(out.resolve("manifest").toString()).orderBy("id", "run").collectAsList();
    }

    /** Every gzipped part under {@code dir}, read as N-Quads into one dataset. */
    private static DatasetGraph readNQuads(Path dir) throws IOException {
        DatasetGraph dataset = DatasetGraphFactory.create();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path part : files.filter(p -> p.toString().endsWith(".gz")).toList()) {
                try (InputStream gz = new GZIPInputStream(Files.newInputStream(part))) {
                    RDFParser.source(gz).lang(Lang.NQUADS).parse(dataset);
                }
            }
        }
        return dataset;
    }

    private static void copyCorpus(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                try {
                    Files.copy(file, to.resolve(file.getFileName().toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
