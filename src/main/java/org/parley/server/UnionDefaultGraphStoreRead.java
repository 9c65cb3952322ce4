package org.parley.server;

import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Read-only Graph Store Protocol whose {@code ?default} graph is the union of the named graphs,
 * as the SPARQL endpoint's default graph is. {@code ?graph=IRI} still reads one named graph.
 * Writes (PUT, POST, DELETE, PATCH) are refused by {@link GSP_R}.
 */
final class UnionDefaultGraphStoreRead extends GSP_R {

    @Override
    protected DatasetGraph decideDataset(HttpAction action) {
        return new UnionDefaultGraphView(super.decideDataset(action));
    }
}
