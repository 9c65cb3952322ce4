package org.parley.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.parley.rdf.Iris;
import org.parley.rdf.NEG;

/**
 * Not a test: writes a large store shaped like the ones {@code build} makes, for measuring exports
 * ({@code scripts/bench-export.sh}). Each article graph holds the article, about fifteen people, states,
 * organisations and places drawn from a shared pool (so the union graph merges them, as it does real ones), with
 * labels, mentions, roles, sides and Wikidata links, a few issues, and about a dozen acts with evidence sentences,
 * quotations, dates and CAMEO codes: about 200 triples an article. The shipped ontology is added as its own graph.
 * The same arguments always make the same statements.
 *
 * <pre>
 * java -cp target/test-classes:target/parley.jar org.parley.store.SyntheticStore STORE_DIR ARTICLES
 * </pre>
 */
public final class SyntheticStore {

    private static final String[] TYPES = {"person", "country", "organization", "place"};
    private static final Node[] CLASSES = {NEG.Person.asNode(), NEG.Country.asNode(), NEG.Organization.asNode(),
            NEG.Place.asNode()};
    private static final String[] ACTS = {"Statement", "Proposal", "Demand", "Acceptance", "Rejection", "Meeting",
            "Accusation", "Threat"};
    private static final String[] WORDS = {"ceasefire", "talks", "security", "guarantees", "sanctions", "border",
            "minister", "said", "proposal", "rejected", "accepted", "demanded", "meeting", "envoy", "president",
            "Kremlin", "Kyiv", "Washington", "Brussels", "energy", "grain", "corridor", "prisoners", "exchange",
            "withdrawal", "troops", "referendum", "neutrality", "NATO", "membership", "peace", "plan", "Zürich",
            "Genève", "“frank”", "would", "not", "accept", "any", "deal", "without", "a", "the", "of", "on"};
    private static final int ARTICLES_PER_TRANSACTION = 500;

    private final Random random;
    private final int poolSize;

    private SyntheticStore(long seed, int poolSize) {
        this.random = new Random(seed);
        this.poolSize = poolSize;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SyntheticStore STORE_DIR ARTICLES");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int articles = Integer.parseInt(args[1]);
        long start = System.nanoTime();
        try (ArticleStore store = ArticleStore.open(dir)) {
            new SyntheticStore(42, Math.max(100, articles / 2)).fill(store, articles);
            System.out.printf(Locale.ROOT, "%s: %d articles, %,d quads in %.1f s%n", dir, articles,
                    store.tripleCount(), (System.nanoTime() - start) / 1e9);
        }
    }

    private void fill(ArticleStore store, int articles) throws IOException {
        try (InputStream ontology = SyntheticStore.class.getResourceAsStream(NEG.ONTOLOGY_RESOURCE)) {
            store.replaceGraph(NEG.ONTOLOGY_IRI, RDFParser.source(ontology).lang(Lang.TURTLE).toGraph());
        }
        for (int from = 0; from < articles; from += ARTICLES_PER_TRANSACTION) {
            int to = Math.min(articles, from + ARTICLES_PER_TRANSACTION);
            List<Graph> batch = new ArrayList<>();
            for (int i = from; i < to; i++) {
                batch.add(article(i));
            }
            int first = from;
            Txn.executeWrite(store.dataset(), () -> {
                DatasetGraph dsg = store.dataset().asDatasetGraph();
                for (int i = 0; i < batch.size(); i++) {
                    Node graph = iri(Iris.article(id(first + i)));
                    batch.get(i).find().forEachRemaining(t -> dsg.add(graph, t.getSubject(), t.getPredicate(),
                            t.getObject()));
                }
            });
        }
    }

    private static String id(int n) {
        return String.format(Locale.ROOT, "synthetic-%06d", n);
    }

    private Graph article(int n) {
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        String id = id(n);
        Node article = iri(Iris.article(id));
        LocalDate date = LocalDate.of(2025, 1, 1).plusDays(n % 365);
        g.add(article, RDF.type.asNode(), NEG.Article.asNode());
        g.add(article, DCTerms.identifier.asNode(), text(id));
        String title = sentence(8);
        g.add(article, DCTerms.title.asNode(), text(title));
        g.add(article, RDFS.label.asNode(), text(title));
        g.add(article, DCTerms.date.asNode(), NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDdate));
        g.add(article, DCTerms.source.asNode(), iri("https://news.example.org/" + id));
        g.add(article, NEG.contentHash.asNode(), text(Long.toHexString(random.nextLong())));

        List<Node> actors = new ArrayList<>();
        for (int e = 0; e < 15; e++) {
            int kind = random.nextInt(TYPES.length);
            int which = random.nextInt(poolSize);
            Node entity = iri(Iris.BASE + TYPES[kind] + "/" + TYPES[kind] + "-" + which);
            g.add(entity, RDF.type.asNode(), CLASSES[kind]);
            g.add(entity, RDFS.label.asNode(), text(capitalised(TYPES[kind]) + " " + which));
            g.add(entity, NEG.mentionedIn.asNode(), article);
            g.add(entity, NEG.mention.asNode(), text("the " + WORDS[random.nextInt(WORDS.length)] + " " + which));
            if (which % 3 == 0) {
                g.add(entity, OWL.sameAs.asNode(), iri("http://www.wikidata.org/entity/Q" + (1000 + which * 7 + kind)));
            }
            if (kind == 0) {
                g.add(entity, NEG.role.asNode(), text("Deputy Foreign Minister"));
                g.add(entity, NEG.represents.asNode(), iri(Iris.BASE + "country/country-" + which % 200));
            }
            if (kind != 3) {
                actors.add(entity);
            }
        }
        if (actors.isEmpty()) {
            actors.add(iri(Iris.BASE + "country/country-0"));
        }
        List<Node> issues = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Node issue = iri(Iris.issue(WORDS[random.nextInt(12)]));
            g.add(issue, RDF.type.asNode(), NEG.Issue.asNode());
            g.add(issue, RDFS.label.asNode(), text(issue.getURI().substring(issue.getURI().lastIndexOf('/') + 1)));
            g.add(issue, NEG.mentionedIn.asNode(), article);
            issues.add(issue);
        }
        for (int a = 0; a < 12; a++) {
            String type = ACTS[random.nextInt(ACTS.length)];
            Node act = iri(Iris.BASE + "act/" + id + "/" + type.toLowerCase(Locale.ROOT) + "-" + (a * 137));
            g.add(act, RDF.type.asNode(), iri(NEG.NS + type));
            g.add(act, RDFS.label.asNode(), text(type + " by " + a));
            g.add(act, type.equals("Meeting") ? NEG.participant.asNode() : NEG.agent.asNode(), pick(actors));
            g.add(act, NEG.addressee.asNode(), pick(actors));
            g.add(act, NEG.topic.asNode(), pick(issues));
            g.add(act, NEG.date.asNode(), NodeFactory.createLiteralDT(date.minusDays(a % 4).toString(),
                    XSDDatatype.XSDdate));
            String evidence = sentence(25);
            g.add(act, NEG.evidence.asNode(), text(evidence));
            if (a % 2 == 0) {
                g.add(act, NEG.quote.asNode(), text(evidence.substring(0, evidence.length() / 2)));
            }
            g.add(act, NEG.cameoCode.asNode(), text(String.format(Locale.ROOT, "%03d", random.nextInt(200))));
            g.add(act, iri("http://www.w3.org/ns/prov#wasDerivedFrom"), article);
        }
        return g;
    }

    private Node pick(List<Node> nodes) {
        return nodes.get(random.nextInt(nodes.size()));
    }

    private String sentence(int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return capitalised(text.toString()) + ".";
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node text(String text) {
        return NodeFactory.createLiteralString(text);
    }
}
