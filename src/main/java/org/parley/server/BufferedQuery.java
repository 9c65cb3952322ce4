package org.parley.server;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.web.HttpSC;

/**
 * The SPARQL query operation, computing each result in full, up to a cap, before sending any of it.
 * It also refuses up front a query whose {@code SERVICE} calls the {@link FederationPolicy} forbids.
 *
 * <p>Fuseki streams SELECT results: once the first row is out the status is 200, and a time limit
 * striking later can only cut the body short (Fuseki ends it with a note a parser may or may not
 * notice). A client, or a notebook reading CSV, would take the rows it got for the whole answer.
 * Computing the result first means a time limit always ends the request with 503 and no results,
 * so what arrives with 200 is always complete. The price is memory for one result, which the cap
 * bounds, and a first byte that comes once the result is complete rather than with its first row.
 *
 * <p>The cap counts rows of a SELECT and triples (or quads) of a CONSTRUCT or DESCRIBE; JSON
 * queries count their objects. A result that would go over it is refused with 422 and a message
 * that says so, rather than cut to the cap, for the same reason: a truncated answer must not look
 * like the answer. Clients page through big results with LIMIT and OFFSET.
 */
final class BufferedQuery extends SPARQL_QueryDataset {

    private final long maxRows;
    private final FederationPolicy federation;

    BufferedQuery(long maxRows, FederationPolicy federation) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("the row cap must be at least 1: " + maxRows);
        }
        this.maxRows = maxRows;
        this.federation = federation;
    }

    /** A query with a {@code SERVICE} that may not be called is refused before it starts. */
    @Override
    protected void validateQuery(HttpAction action, Query query) {
        try {
            FederationGuard.checkBeforeRunning(federation, query);
        } catch (QueryDeniedException e) {
            ServletOps.error(HttpSC.UNPROCESSABLE_ENTITY_422, e.getMessage());
        }
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        if (query.isSelectType()) {
            RowSet rows = exec.select();
            List<Binding> kept = new ArrayList<>();
            rows.forEachRemaining(row -> kept.add(counted(row, kept.size(), "rows")));
            return new QueryExecResult(RowSetStream.create(rows.getResultVars(), kept.iterator()));
        }
        if (query.isConstructType()) {
            return new QueryExecResult(exec.constructDataset(new CappedDataset(DatasetGraphFactory.create())));
        }
        if (query.isDescribeType()) {
            return new QueryExecResult(exec.describe(new CappedGraph(GraphFactory.createDefaultGraph())));
        }
        if (query.isJsonType()) {
            Iterator<JsonObject> objects = exec.execJsonItems();
            List<JsonObject> kept = new ArrayList<>();
            objects.forEachRemaining(object -> kept.add(counted(object, kept.size(), "JSON objects")));
            return new QueryExecResult(kept.iterator());
        }
        // ASK: one boolean.
        return super.executeQuery(action, exec, query, queryStringLog);
    }

    private <T> T counted(T item, long alreadyKept, String what) {
        if (alreadyKept >= maxRows) {
            throw new QueryDeniedException("The result has more than " + maxRows + " " + what
                    + ", the most this server returns for one query. Use LIMIT and OFFSET to fetch it in parts.");
        }
        return item;
    }

    /** An in-memory graph that refuses to grow past the cap. */
    private final class CappedGraph extends GraphWrapper {
        private long size;

        CappedGraph(Graph graph) {
            super(graph);
        }

        @Override
        public void add(Triple triple) {
            if (!get().contains(triple)) {
                counted(triple, size++, "triples");
                super.add(triple);
            }
        }
    }

    /** An in-memory dataset that refuses to grow past the cap. */
    private final class CappedDataset extends DatasetGraphWrapper {
        private long size;

        CappedDataset(DatasetGraph dataset) {
            super(dataset);
        }

        @Override
        public void add(Quad quad) {
            if (!getR().contains(quad)) {
                counted(quad, size++, "triples");
                super.add(quad);
            }
        }

        @Override
        public void add(Node g, Node s, Node p, Node o) {
            add(Quad.create(g, s, p, o));
        }
    }
}
