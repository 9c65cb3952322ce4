package org.parley.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.parley.corpus.Article;
import org.parley.corpus.ArticleError;
import org.parley.corpus.ArticleSizeLimit;
import org.parley.corpus.CorpusReader;
import org.parley.corpus.CorpusScan;

/**
 * Reads the articles under the input paths, from any Hadoop file system, into rows of {@link Tables#READ}: the corpus
 * files of {@code build} (parsed by the corpus package, so they pass the same checks) and Parquet files with columns
 * id, title, date, text, url. A file that is no article becomes a row with its error, never a failed job.
 */
final class ArticleInput {

    private ArticleInput() {
    }

    /** @param sizeLimit an article longer than this becomes an error row */
    static Dataset<Row> read(SparkSession spark, List<String> inputs, ArticleSizeLimit sizeLimit) {
        return corpusFiles(spark, inputs, sizeLimit).unionByName(parquet(spark, inputs, sizeLimit));
    }

    /**
     * {@code .txt} (with its sidecar), news-please {@code .json} and {@code .jsonl}: each file whole, grouped with the
     * files that share its name up to the extension, as {@link CorpusReader#read} decides between a sidecar and an
     * article by what stands beside a file.
     */
    private static Dataset<Row> corpusFiles(SparkSession spark, List<String> inputs, ArticleSizeLimit sizeLimit) {
        Dataset<Row> files = spark.read().format("binaryFile")
                .option("recursiveFileLookup", "true")
                .option("pathGlobFilter", "*.{txt,json,jsonl}")
                .load(inputs.toArray(String[]::new))
                .select("path", "content");
        return files.groupByKey((MapFunction<Row, String>) row -> withoutExtension(row.getString(0)), Encoders.STRING())
                .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (base, group) -> parseGroup(group, sizeLimit),
                        Encoders.row(Tables.READ));
    }

    private static Iterator<Row> parseGroup(Iterator<Row> files, ArticleSizeLimit sizeLimit) {
        Map<String, byte[]> contents = new LinkedHashMap<>();
        files.forEachRemaining(row -> contents.put(row.getString(0), row.getAs(1)));
        CorpusScan scan = CorpusReader.read(contents, sizeLimit);
        List<Row> rows = new ArrayList<>();
        for (Article article : scan.articles()) {
            rows.add(articleRow(article));
        }
        for (ArticleError error : scan.errors()) {
            rows.add(RowFactory.create(null, null, null, null, null, error.file(), error.reason()));
        }
        return rows.iterator();
    }

    /**
     * Parquet files with columns id, title, date, text, url (title and url may be absent; date a date, a timestamp or
     * a yyyy-mm-dd string). An input without any Parquet file gives no rows.
     */
    private static Dataset<Row> parquet(SparkSession spark, List<String> inputs, ArticleSizeLimit sizeLimit) {
        Dataset<Row> table;
        try {
            table = spark.read()
                    .option("recursiveFileLookup", "true")
                    .option("pathGlobFilter", "*.parquet")
                    .parquet(inputs.toArray(String[]::new));
        } catch (Exception e) {
            // Spark cannot infer a schema from no files: the inputs hold only corpus files.
            if (e instanceof AnalysisException) {
                return spark.createDataFrame(List.of(), Tables.READ);
            }
            throw e;
        }
        Dataset<Row> fields = table.select(column(table, "id"), column(table, "title"), column(table, "date"),
                column(table, "url"), column(table, "text"), col("_metadata.file_path").as("file"));
        return fields.map((MapFunction<Row, Row>) row -> parquetRow(row, sizeLimit), Encoders.row(Tables.READ));
    }

    private static Column column(Dataset<Row> table, String name) {
        StructType schema = table.schema();
        boolean present = List.of(schema.fieldNames()).contains(name);
        return (present ? col(name).cast("string") : lit(null).cast("string")).as(name);
    }

    private static Row parquetRow(Row row, ArticleSizeLimit sizeLimit) {
        String id = row.getString(0);
        String file = row.getString(5);
        try {
            String date = row.getString(2);
            LocalDate day = date == null || date.length() < 10 ? null : LocalDate.parse(date.substring(0, 10));
            Article article = CorpusReader.fromFields(id, row.getString(1), day, row.getString(3), row.getString(4),
                    Path.of(file), sizeLimit);
            return articleRow(article);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            String reason = e instanceof DateTimeParseException ? "date is not yyyy-mm-dd" : e.getMessage();
            return RowFactory.create(id, null, null, null, null, file + (id == null ? "" : " (" + id + ")"), reason);
        }
    }

    private static Row articleRow(Article article) {
        return RowFactory.create(article.id(), article.title(), article.date().toString(), article.url(),
                article.text(), article.source().toString(), null);
    }

    /** Rows back into articles on the executors: the fields are those checked when the row was made. */
    static Article article(Row row) {
        return Article.of(row.getString(0), row.getString(1), LocalDate.parse(row.getString(2)), row.getString(3),
                row.getString(4), Path.of(row.getString(5)));
    }

    private static String withoutExtension(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot <= slash ? path : path.substring(0, dot);
    }
}
