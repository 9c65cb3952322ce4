package org.parley.server;

import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

/** Small TDB2 stores for the server tests. */
final class ServerTestData {

    static final String EX = "http://example.org/";
    static final String GRAPH_A = EX + "article/a";
    static final String GRAPH_B = EX + "article/b";
    static final String LABEL = "http://www.w3.org/2000/01/rdf-schema#label";

    private ServerTestData() {}

    /** Two named graphs: GRAPH_A says ex:geneva is "Geneva", GRAPH_B says ex:doha is "Doha". */
    static Dataset twoArticles(Path dir) {
        Dataset dataset = TDB2Factory.connectDataset(dir.toString());
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            dsg.add(quad(GRAPH_A, EX + "geneva", LABEL, "Geneva"));
            dsg.add(quad(GRAPH_A, EX + "geneva", EX + "country", "Switzerland"));
            dsg.add(quad(GRAPH_B, EX + "doha", LABEL, "Doha"));
        });
        return dataset;
    }

    /** One named graph of {@code count} triples: enough for a cross product that never ends. */
    static Dataset manyTriples(Path dir, int count) {
        Dataset dataset = TDB2Factory.connectDataset(dir.toString());
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            for (int i = 0; i < count; i++) {
                dsg.add(quad(GRAPH_A, EX + "s" + i, EX + "p", "value " + i));
            }
        });
        return dataset;
    }

    static long quadCount(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            var quads = dataset.asDatasetGraph().find();
            while (quads.hasNext()) {
                quads.next();
                n++;
            }
            return n;
        });
    }

    private static Quad quad(String graph, String subject, String predicate, String literal) {
        Node g = NodeFactory.createURI(graph);
        return Quad.create(g, NodeFactory.createURI(subject), NodeFactory.createURI(predicate),
                NodeFactory.createLiteralString(literal));
    }
}
