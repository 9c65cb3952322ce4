package org.parley.spark;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.parley.rdf.Iris;

/** One article's graph as N-Quads text, named as the local build names it ({@link Iris#article}). */
final class NQuads {

    private NQuads() {
    }

    /**
     * The quads of the article's named graph, one a line, sorted so that the same graph always gives the same text,
     * without a final line end (Spark's text writer adds one per row).
     */
    static String of(String articleId, Graph graph) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        dataset.addGraph(NodeFactory.createURI(Iris.article(articleId)), graph);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, dataset, Lang.NQUADS);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        Arrays.sort(lines);
        return String.join("\n", lines);
    }
}
