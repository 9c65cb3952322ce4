package org.parley.rdf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.parley.corpus.Article;
import org.parley.extract.Act;
import org.parley.extract.Entity;
import org.parley.extract.EntityKey;
import org.parley.extract.EntityType;
import org.parley.extract.Extraction;
import org.parley.extract.Issue;
import org.parley.link.Link;

/**
 * Writes what one article says as triples: the article, its actors and places, its acts. The same mapping feeds the
 * store, a dump or a test, because it only speaks to a {@link StreamRDF}.
 */
public final class ArticleGraph {

    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final String WIKIDATA = "http://www.wikidata.org/entity/";
    private static final String WIKIPEDIA = "https://en.wikipedia.org/wiki/";
    private static final Node WAS_DERIVED_FROM = NodeFactory.createURI(PROV + "wasDerivedFrom");

    private ArticleGraph() {
    }

    /**
     * @param fingerprint what the graph was built from (content hash and extractor version), kept as the manifest
     */
    public static void write(Article article, String fingerprint, Extraction extraction, Map<EntityKey, Link> links,
                             StreamRDF out) {
        Node articleNode = NodeFactory.createURI(Iris.article(article.id()));
        out.start();
        out.triple(Triple.create(articleNode, RDF.type.asNode(), NEG.Article.asNode()));
        emit(out, articleNode, DCTerms.identifier.asNode(), literal(article.id()));
        if (article.title() != null) {
            emit(out, articleNode, DCTerms.title.asNode(), literal(article.title()));
            emit(out, articleNode, RDFS.label.asNode(), literal(article.title()));
        }
        emit(out, articleNode, DCTerms.date.asNode(), date(article.date()));
        if (article.url() != null && isAbsoluteIri(article.url())) {
            emit(out, articleNode, DCTerms.source.asNode(), NodeFactory.createURI(article.url()));
        }
        emit(out, articleNode, NEG.contentHash.asNode(), literal(fingerprint));

        for (Entity entity : extraction.entities()) {
            writeEntity(entity, articleNode, out);
            Link link = links.get(entity.key());
            if (link != null) {
                writeLink(entityNode(entity.key()), link, out);
            }
        }
        for (Issue issue : extraction.issues()) {
            Node node = NodeFactory.createURI(Iris.issue(issue.id()));
            emit(out, node, RDF.type.asNode(), NEG.Issue.asNode());
            emit(out, node, RDFS.label.asNode(), literal(issue.label()));
            emit(out, node, NEG.mentionedIn.asNode(), articleNode);
        }
        for (Act act : extraction.acts()) {
            writeAct(article.id(), act, articleNode, out);
        }
        out.finish();
    }

    private static void writeEntity(Entity entity, Node articleNode, StreamRDF out) {
        Node node = entityNode(entity.key());
        emit(out, node, RDF.type.asNode(), classOf(entity.type()));
        emit(out, node, RDFS.label.asNode(), literal(entity.label()));
        emit(out, node, NEG.mentionedIn.asNode(), articleNode);
        for (String mention : entity.mentions()) {
            emit(out, node, NEG.mention.asNode(), literal(mention));
        }
        if (entity.type() == EntityType.PERSON) {
            if (entity.role() != null) {
                emit(out, node, NEG.role.asNode(), literal(entity.role()));
            }
            if (entity.represents() != null) {
                emit(out, node, NEG.represents.asNode(), entityNode(entity.represents()));
            }
            emit(out, node, RDF.type.asNode(), FOAF.Person.asNode());
        }
    }

    /** owl:sameAs the Wikidata entity, and the English Wikipedia article about it when known. */
    private static void writeLink(Node node, Link link, StreamRDF out) {
        emit(out, node, OWL.sameAs.asNode(), NodeFactory.createURI(WIKIDATA + link.qid()));
        if (link.wikipediaTitle() != null) {
            String page = WIKIPEDIA + URLEncoder.encode(link.wikipediaTitle().replace(' ', '_'), StandardCharsets.UTF_8)
                    .replace("%2F", "/").replace("%3A", ":").replace("%28", "(").replace("%29", ")")
                    .replace("%2C", ",");
            emit(out, node, FOAF.isPrimaryTopicOf.asNode(), NodeFactory.createURI(page));
        }
    }

    private static void writeAct(String articleId, Act act, Node articleNode, StreamRDF out) {
        Node node = NodeFactory.createURI(Iris.act(articleId, act.type(), act.begin()));
        emit(out, node, RDF.type.asNode(), NodeFactory.createURI(NEG.NS + act.type().className()));
        emit(out, node, RDFS.label.asNode(), literal(act.label()));
        for (EntityKey agent : act.agents()) {
            emit(out, node, NEG.agent.asNode(), entityNode(agent));
        }
        for (EntityKey participant : act.participants()) {
            emit(out, node, NEG.participant.asNode(), entityNode(participant));
        }
        for (EntityKey addressee : act.addressees()) {
            emit(out, node, NEG.addressee.asNode(), entityNode(addressee));
        }
        for (Issue topic : act.topics()) {
            emit(out, node, NEG.topic.asNode(), NodeFactory.createURI(Iris.issue(topic.id())));
        }
        if (act.location() != null) {
            emit(out, node, NEG.location.asNode(), entityNode(act.location()));
        }
        if (act.status() != null) {
            emit(out, node, NEG.status.asNode(), literal(act.status()));
        }
        if (act.condition() != null) {
            emit(out, node, NEG.condition.asNode(), literal(act.condition()));
        }
        if (act.respondsTo() != null) {
            emit(out, node, NEG.respondsTo.asNode(),
                    NodeFactory.createURI(Iris.act(articleId, act.respondsTo().type(), act.respondsTo().begin())));
        }
        if (act.quote() != null) {
            emit(out, node, NEG.quote.asNode(), literal(act.quote()));
        }
        if (act.when() != null) {
            // The day when the text fixes it; the bounds always, so one filter finds acts of a day, week or month.
            if (act.when().isDay()) {
                emit(out, node, NEG.date.asNode(), date(act.when().first()));
            }
            emit(out, node, NEG.earliestDate.asNode(), date(act.when().first()));
            emit(out, node, NEG.latestDate.asNode(), date(act.when().last()));
        }
        emit(out, node, NEG.evidence.asNode(), literal(act.evidence()));
        for (String later : act.laterEvidence()) {
            emit(out, node, NEG.laterEvidence.asNode(), literal(later));
        }
        emit(out, node, NEG.cameoCode.asNode(), literal(act.cameoCode()));
        emit(out, node, WAS_DERIVED_FROM, articleNode);
    }

    public static Node entityNode(EntityKey key) {
        return NodeFactory.createURI(Iris.entity(key));
    }

    private static Node classOf(EntityType type) {
        return switch (type) {
            case PERSON -> NEG.Person.asNode();
            case COUNTRY -> NEG.Country.asNode();
            case ORGANIZATION -> NEG.Organization.asNode();
            case PLACE -> NEG.Place.asNode();
        };
    }

    private static void emit(StreamRDF out, Node s, Node p, Node o) {
        out.triple(Triple.create(s, p, o));
    }

    private static Node literal(String text) {
        return NodeFactory.createLiteralString(text);
    }

    private static Node date(LocalDate date) {
        return NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDdate);
    }

    private static boolean isAbsoluteIri(String url) {
        return url.matches("(?i)https?://\\S+");
    }
}
