package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.server.ServerTestData.EX;
import static org.parley.server.ServerTestData.GRAPH_B;
import static org.parley.server.ServerTestData.LABEL;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.ExportFormat;
import org.parley.store.ExportOptions;
import org.parley.store.Exporter;
import org.parley.store.dump.DumpPrefixes;
import org.parley.store.dump.VoidDescription;

class VoidServletTest {

    private static final Node DATASET = NodeFactory.createURI(VoidDescription.DATASET);
    private static final Node TRIPLES = NodeFactory.createURI(DumpPrefixes.VOID + "triples");
    private static final Node ENDPOINT = NodeFactory.createURI(DumpPrefixes.VOID + "sparqlEndpoint");

    @TempDir
    static Path storeDir;

    private static Dataset dataset;
    private static ServedStore served;
    private static Http http;

    @BeforeAll
    static void startServer() {
        dataset = ServerTestData.twoArticles(storeDir);
        served = ServedStore.serve(dataset, settings -> settings);
        http = new Http(served.server().baseUrl());
    }

    @AfterAll
    static void stopServer() {
        served.close();
    }

    @Test
    void theDescriptionIsTurtleAtTheWellKnownPathAndCountsTheStore() {
        HttpResponse<String> response = http.get(".well-known/void", "text/turtle");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/turtle"));
        Graph description = RDFParser.fromString(response.body(), Lang.TURTLE).toGraph();
        assertThat(objectOf(description, DATASET, TRIPLES).getLiteralLexicalForm()).isEqualTo(triplesInStore());
    }

    @Test
    void itsSparqlEndpointIsThisServersAndAnswers() {
        Graph description = RDFParser.fromString(http.get(".well-known/void", "*/*").body(), Lang.TURTLE).toGraph();

        String endpoint = objectOf(description, DATASET, ENDPOINT).getURI();
        assertThat(endpoint).isEqualTo(served.server().baseUrl() + "parley/sparql");
        HttpResponse<String> answer = new Http(endpoint.substring(0, endpoint.length() - "parley/sparql".length()))
                .query("ASK { ?s ?p ?o }", "application/sparql-results+json");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("true");
    }

    @Test
    void jsonLdAndNTriplesSayTheSameAsTurtle() {
        Graph turtle = RDFParser.fromString(http.get(".well-known/void", "text/turtle").body(), Lang.TURTLE).toGraph();
        HttpResponse<String> json = http.get(".well-known/void", "application/ld+json");
        HttpResponse<String> nt = http.get(".well-known/void", "application/n-triples");

        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/ld+json"));
        assertThat(nt.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/n-triples"));
        assertThat(IsoMatcher.isomorphic(RDFParser.fromString(json.body(), Lang.JSONLD).toGraph(), turtle)).isTrue();
        assertThat(IsoMatcher.isomorphic(RDFParser.fromString(nt.body(), Lang.NTRIPLES).toGraph(), turtle)).isTrue();
    }

    @Test
    void itIsTheDescriptionInTheDumpsPlusTheEndpoint() {
        Graph fromServer = RDFParser.fromString(http.get(".well-known/void", "text/turtle").body(), Lang.TURTLE).toGraph();
        ByteArrayOutputStream trig = new ByteArrayOutputStream();
        Exporter.write(dataset, ExportOptions.of(ExportFormat.TRIG), trig);
        Graph inDump = RDFParser.fromString(trig.toString(StandardCharsets.UTF_8), Lang.TRIG)
                .toDatasetGraph().getDefaultGraph();

        inDump.add(DATASET, ENDPOINT, objectOf(fromServer, DATASET, ENDPOINT));
        assertThat(IsoMatcher.isomorphic(fromServer, inDump)).isTrue();
    }

    @Test
    void aWriteToTheStoreShowsInTheNextDescription() {
        // Served once first, so that the counts are kept and the write must renew them.
        Graph first = RDFParser.fromString(http.get(".well-known/void", "text/turtle").body(), Lang.TURTLE).toGraph();
        String before = objectOf(first, DATASET, TRIPLES).getLiteralLexicalForm();
        Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().add(NodeFactory.createURI(GRAPH_B),
                NodeFactory.createURI(EX + "kyiv"), NodeFactory.createURI(LABEL),
                NodeFactory.createLiteralString("Kyiv")));

        Graph after = RDFParser.fromString(http.get(".well-known/void", "text/turtle").body(), Lang.TURTLE).toGraph();

        assertThat(Long.parseLong(objectOf(after, DATASET, TRIPLES).getLiteralLexicalForm()))
                .isEqualTo(Long.parseLong(before) + 1);
    }

    private static String triplesInStore() {
        return Long.toString(Txn.calculateRead(dataset,
                () -> (long) dataset.asDatasetGraph().getUnionGraph().size()));
    }

    private static Node objectOf(Graph graph, Node subject, Node predicate) {
        List<Triple> found = graph.find(subject, predicate, Node.ANY).toList();
        assertThat(found).as("%s of %s", predicate, subject).hasSize(1);
        return found.get(0).getObject();
    }
}
