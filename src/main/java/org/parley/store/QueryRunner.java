package org.parley.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.resultset.RDFOutput;
import org.apache.jena.system.Txn;

/**
 * Runs one SPARQL query against a dataset, in a read transaction, and writes the result and nothing else.
 *
 * <p>SELECT and ASK give the SPARQL 1.1 results formats (json, xml, csv, tsv), a text table, or Turtle in the
 * result-set vocabulary (ttl). CONSTRUCT and DESCRIBE give Turtle (ttl, table), JSON-LD (json) or RDF/XML (xml).
 * The contract's prefixes ({@code neg:}, {@code dcterms:}, {@code rdfs:}, {@code owl:}, {@code xsd:},
 * {@code prov:}, {@code wd:}, {@code rdf:}) are declared in advance, so a query may use them without PREFIX lines.
 */
public final class QueryRunner {

    /** Jena's parse messages name the offending token's position more exactly than the exception's fields. */
    private static final Pattern POSITION = Pattern.compile("(?i)line (\\d+), column (\\d+)");
    private static final Pattern POSITION_PHRASE =
            Pattern.compile("(?i)^line \\d+, column \\d+:|\\s*at line \\d+, column \\d+");
    /** JavaCC writes a token as {@code " <kind> "<image> ""}; a user only needs the image. */
    private static final Pattern JAVACC_TOKEN = Pattern.compile("Encountered \" (.+?) \"(.*?) \"\"");

    private QueryRunner() {
    }

    /**
     * Parses and runs {@code sparql}, writing the result to {@code out}, which stays open.
     *
     * @throws QueryFailure on a syntax error, a format that does not fit the query, or a failure while running
     */
    public static void run(Dataset dataset, String sparql, ResultFormat format, OutputStream out) {
        Query query = parse(sparql);
        requireFormatFits(query, format);
        try {
            Txn.executeRead(dataset, () -> execute(dataset, query, format, out));
        } catch (QueryException e) {
            throw new QueryFailure("the query failed: " + firstLine(e.getMessage()), e);
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses {@code sparql} (SPARQL 1.1 with ARQ extensions, as Fuseki accepts), with the standard prefixes. */
    public static Query parse(String sparql) {
        Query query = new Query();
        query.getPrefixMapping().setNsPrefixes(StorePrefixes.STANDARD);
        try {
            return QueryFactory.parse(query, sparql, null, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            throw new QueryFailure(syntaxErrorMessage(e), e);
        }
    }

    /** One line: where (line and column) and what, without JavaCC's list of expected tokens. */
    private static String syntaxErrorMessage(QueryParseException e) {
        String first = firstLine(e.getMessage());
        Matcher position = POSITION.matcher(first);
        String where;
        if (position.find()) {
            where = "line " + position.group(1) + ", column " + position.group(2);
        } else if (e.getLine() > 0) {
            where = "line " + e.getLine() + ", column " + e.getColumn();
        } else {
            where = "an unknown position";
        }
        String what = POSITION_PHRASE.matcher(first).replaceAll("");
        what = JAVACC_TOKEN.matcher(what).replaceAll(token -> Matcher.quoteReplacement(
                "Encountered \"" + token.group(2).strip() + "\""));
        what = what.replaceAll("\\s+", " ").replaceFirst("\\.$", "").strip();
        return "syntax error in the query at " + where + (what.isEmpty() ? "" : ": " + what);
    }

    private static void requireFormatFits(Query query, ResultFormat format) {
        boolean graphResult = query.isConstructType() || query.isDescribeType();
        if (graphResult && (format == ResultFormat.CSV || format == ResultFormat.TSV)) {
            throw new QueryFailure(format.label() + " is for SELECT and ASK queries; a CONSTRUCT or DESCRIBE "
                    + "query gives ttl, json (JSON-LD), xml (RDF/XML) or table (Turtle)");
        }
        if (!graphResult && !query.isSelectType() && !query.isAskType()) {
            throw new QueryFailure("only SELECT, ASK, CONSTRUCT and DESCRIBE queries are supported");
        }
    }

    private static void execute(Dataset dataset, Query query, ResultFormat format, OutputStream out) {
        try (QueryExecution execution = QueryExecution.create(query, dataset)) {
            if (query.isSelectType()) {
                writeSelect(execution.execSelect(), query, format, out);
            } else if (query.isAskType()) {
                writeAsk(execution.execAsk(), format, out);
            } else if (query.isConstructType()) {
                writeGraph(execution.execConstruct(), format, out);
            } else {
                writeGraph(execution.execDescribe(), format, out);
            }
        }
    }

    private static void writeSelect(ResultSet results, Query query, ResultFormat format, OutputStream out) {
        switch (format) {
            case TABLE -> ResultSetFormatter.out(out, results, query);
            case CSV -> ResultSetFormatter.outputAsCSV(out, results);
            case TSV -> ResultSetFormatter.outputAsTSV(out, results);
            case JSON -> ResultSetFormatter.outputAsJSON(out, results);
            case XML -> ResultSetFormatter.outputAsXML(out, results);
            case TTL -> RDFDataMgr.write(out, RDFOutput.encodeAsModel(results), RDFFormat.TURTLE);
        }
    }

    private static void writeAsk(boolean answer, ResultFormat format, OutputStream out) {
        switch (format) {
            case TABLE -> ResultSetFormatter.out(out, answer);
            case CSV -> ResultSetFormatter.outputAsCSV(out, answer);
            case TSV -> ResultSetFormatter.outputAsTSV(out, answer);
            case JSON -> ResultSetFormatter.outputAsJSON(out, answer);
            case XML -> ResultSetFormatter.outputAsXML(out, answer);
            case TTL -> RDFDataMgr.write(out, RDFOutput.encodeAsModel(answer), RDFFormat.TURTLE);
        }
    }

    private static void writeGraph(Model graph, ResultFormat format, OutputStream out) {
        switch (format) {
            case TTL, TABLE -> RDFDataMgr.write(out, graph, RDFFormat.TURTLE);
            case JSON -> RDFDataMgr.write(out, graph, RDFFormat.JSONLD);
            case XML -> RDFDataMgr.write(out, graph, RDFFormat.RDFXML_PLAIN);
            case CSV, TSV -> throw new IllegalStateException("checked before running: " + format);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        String trimmed = message.strip();
        int end = trimmed.indexOf('\n');
        return (end < 0 ? trimmed : trimmed.substring(0, end)).strip();
    }
}
