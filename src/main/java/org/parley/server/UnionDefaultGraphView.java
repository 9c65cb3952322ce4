package org.parley.server;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;

/**
 * A view of a dataset whose default graph is the union of its named graphs.
 *
 * <p>TDB2's {@code unionDefaultGraph} setting only changes how queries are evaluated; {@link
 * DatasetGraph#getDefaultGraph()} still returns the stored (empty) default graph. The Graph Store
 * Protocol reads the default graph through that method, so it needs this view to see the same
 * default graph as a query does.
 */
final class UnionDefaultGraphView extends DatasetGraphWrapper implements DatasetGraphWrapperView {

    UnionDefaultGraphView(DatasetGraph store) {
        super(store);
    }

    @Override
    public Graph getDefaultGraph() {
        return getR().getUnionGraph();
    }
}
