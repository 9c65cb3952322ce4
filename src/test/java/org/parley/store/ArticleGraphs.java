package org.parley.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.parley.rdf.NEG;

/** Small hand-built graphs shaped like the ones {@code build} writes. */
final class ArticleGraphs {

    static final String BASE = "https://example.org/parley/";

    private ArticleGraphs() {
    }

    static String iri(String id) {
        return BASE + "article/" + id;
    }

    static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** An article graph with its manifest entry, one labelled actor and one blank-node act. */
    static Graph article(String id, String contentHash, String actorLabel) {
        Graph graph = GraphFactory.createDefaultGraph();
        Node article = node(iri(id));
        graph.add(article, RDF.type.asNode(), NEG.Article.asNode());
        graph.add(article, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(id));
        graph.add(article, NEG.contentHash.asNode(), NodeFactory.createLiteralString(contentHash));
        Node actor = node(BASE + "actor/" + actorLabel.replace(' ', '_'));
        graph.add(actor, RDF.type.asNode(), NEG.Person.asNode());
        graph.add(actor, RDFS.label.asNode(), NodeFactory.createLiteralString(actorLabel));
        graph.add(actor, NEG.mentionedIn.asNode(), article);
        Node act = NodeFactory.createBlankNode();
        graph.add(act, RDF.type.asNode(), NEG.Statement.asNode());
        graph.add(act, NEG.agent.asNode(), actor);
        graph.add(act, NEG.evidence.asNode(), NodeFactory.createLiteralString(actorLabel + " said so."));
        return graph;
    }

    /** A graph that is not an article: no identifier. */
    static Graph ontology() {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(NEG.Person.asNode(), RDFS.subClassOf.asNode(), NEG.Actor.asNode());
        graph.add(NEG.Person.asNode(), RDFS.label.asNode(), NodeFactory.createLiteralString("Person"));
        return graph;
    }
}
