package org.parley.spark;

import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.StructType;

/** The schemas of the job's rows: the articles read, what annotation gave, and the two tables it writes. */
final class Tables {

    /** An article as read (date as yyyy-mm-dd), or, with {@code error} set, a file or line that is no article. */
    static final StructType READ = new StructType()
            .add("id", StringType).add("title", StringType).add("date", StringType).add("url", StringType)
            .add("text", StringType).add("file", StringType).add("error", StringType);

    /** An article to annotate with its fingerprint. */
    static final StructType FINGERPRINTED = READ.add("fingerprint", StringType);

    /** One article's outcome: its graph as N-Quads, or why it failed. */
    static final StructType BUILT = new StructType()
            .add("id", StringType).add("file", StringType).add("fingerprint", StringType)
            .add("nquads", StringType).add("error", StringType);

    /** The manifest: which graph of which article is in which run's part, built from what (fingerprint, pipeline). */
    static final StructType MANIFEST = new StructType()
            .add("id", StringType).add("fingerprint", StringType).add("pipeline", StringType)
            .add("part", StringType).add("run", StringType);

    /** The errors table: the article (when its id is known) or the file, and the reason. */
    static final StructType ERRORS = new StructType()
            .add("id", StringType).add("file", StringType).add("reason", StringType).add("run", StringType);

    private Tables() {
    }
}
