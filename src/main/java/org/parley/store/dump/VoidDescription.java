package org.parley.store.dump;

import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.parley.rdf.Iris;

/**
 * The VoID description of the store (<a href="https://www.w3.org/TR/void/">Vocabulary of Interlinked Datasets</a>):
 * its size, its classes and properties with their counts, the span of its articles' dates, and its links to Wikidata.
 * It is made from {@link VoidStatistics} each time, never stored: the store holds only what was read from the articles
 * and the ontology.
 *
 * <p>Every node has an IRI under {@link #DATASET} (no blank nodes) and nothing in it comes from the clock, so the
 * same store always gives the same description.
 */
public final class VoidDescription {

    /** The dataset's IRI. */
    public static final String DATASET = Iris.BASE + "dataset";
    /** The linkset of {@code owl:sameAs} links to Wikidata. */
    public static final String WIKIDATA_LINKS = DATASET + "/wikidata-links";
    /** Wikidata, as the target of the linkset (its own Wikidata item). */
    public static final String WIKIDATA = DumpPrefixes.WIKIDATA + "Q2013";

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_\\-]+");
    private static final String TITLE = "Parley: diplomatic negotiations in the news";
    private static final String DESCRIPTION = "Negotiation acts (statements, proposals, demands, acceptances, "
            + "rejections, meetings, accusations, threats), the people, states and organisations behind them, and "
            + "the sentences they were read from, extracted from news articles. One named graph per article; the "
            + "default graph of the SPARQL endpoint is their union.";

    private final Graph graph = GraphFactory.createDefaultGraph();
    private final PrefixMap prefixes = DumpPrefixes.prefixMap();

    private VoidDescription() {
    }

    /**
     * The description of a store with these statistics.
     *
     * @param sparqlEndpoint the endpoint's URL when the store is served, for {@code void:sparqlEndpoint}
     */
    public static Graph of(VoidStatistics statistics, Optional<String> sparqlEndpoint) {
        VoidDescription description = new VoidDescription();
        description.describe(statistics, sparqlEndpoint);
        return description.graph;
    }

    private void describe(VoidStatistics statistics, Optional<String> sparqlEndpoint) {
        Node dataset = iri(DATASET);
        add(dataset, RDF.type.getURI(), iri(DumpPrefixes.VOID + "Dataset"));
        add(dataset, DCTerms.title.getURI(), text(TITLE));
        add(dataset, DCTerms.description.getURI(), text(DESCRIPTION));
        add(dataset, voidTerm("uriSpace"), text(Iris.BASE));
        add(dataset, voidTerm("triples"), count(statistics.triples()));
        add(dataset, voidTerm("entities"), count(statistics.entities()));
        add(dataset, voidTerm("distinctSubjects"), count(statistics.distinctSubjects()));
        add(dataset, voidTerm("classes"), count(statistics.classes().size()));
        add(dataset, voidTerm("properties"), count(statistics.properties().size()));
        sparqlEndpoint.ifPresent(url -> add(dataset, voidTerm("sparqlEndpoint"), iri(url)));
        vocabularies(statistics).forEach(namespace -> add(dataset, voidTerm("vocabulary"), iri(namespace)));
        describeClasses(dataset, statistics.classes());
        describeProperties(dataset, statistics.properties());
        describePeriod(dataset, statistics);
        describeWikidataLinks(dataset, statistics.wikidataLinks());
    }

    private void describeClasses(Node dataset, Map<String, Long> classes) {
        classes.forEach((type, entities) -> {
            Node partition = iri(DATASET + "/class/" + key(type));
            add(dataset, voidTerm("classPartition"), partition);
            add(partition, voidTerm("class"), iri(type));
            add(partition, voidTerm("entities"), count(entities));
        });
    }

    private void describeProperties(Node dataset, Map<String, Long> properties) {
        properties.forEach((property, triples) -> {
            Node partition = iri(DATASET + "/property/" + key(property));
            add(dataset, voidTerm("propertyPartition"), partition);
            add(partition, voidTerm("property"), iri(property));
            add(partition, voidTerm("triples"), count(triples));
        });
    }

    /** The span of the articles' dates: what the store covers, which (unlike a build time) the store itself knows. */
    private void describePeriod(Node dataset, VoidStatistics statistics) {
        if (statistics.firstArticleDate().isEmpty()) {
            return;
        }
        Node period = iri(DATASET + "/period");
        add(dataset, DCTerms.temporal.getURI(), period);
        add(period, RDF.type.getURI(), iri(DCTerms.getURI() + "PeriodOfTime"));
        add(period, DumpPrefixes.DCAT + "startDate", date(statistics.firstArticleDate().get()));
        add(period, DumpPrefixes.DCAT + "endDate", date(statistics.lastArticleDate().orElseThrow()));
    }

    private void describeWikidataLinks(Node dataset, long links) {
        Node linkset = iri(WIKIDATA_LINKS);
        Node wikidata = iri(WIKIDATA);
        add(dataset, voidTerm("subset"), linkset);
        add(linkset, RDF.type.getURI(), iri(DumpPrefixes.VOID + "Linkset"));
        add(linkset, voidTerm("linkPredicate"), iri(OWL.sameAs.getURI()));
        add(linkset, voidTerm("subjectsTarget"), dataset);
        add(linkset, voidTerm("objectsTarget"), wikidata);
        add(linkset, voidTerm("triples"), count(links));
        add(wikidata, RDF.type.getURI(), iri(DumpPrefixes.VOID + "Dataset"));
        add(wikidata, DCTerms.title.getURI(), text("Wikidata"));
        add(wikidata, voidTerm("uriSpace"), text(DumpPrefixes.WIKIDATA));
        add(wikidata, voidTerm("sparqlEndpoint"), iri("https://query.wikidata.org/sparql"));
    }

    /** The namespaces of the classes and properties used (the part of each IRI up to its last '#' or '/'). */
    private static SortedSet<String> vocabularies(VoidStatistics statistics) {
        SortedSet<String> namespaces = new TreeSet<>();
        statistics.classes().keySet().forEach(iri -> namespaces.add(namespaceOf(iri)));
        statistics.properties().keySet().forEach(iri -> namespaces.add(namespaceOf(iri)));
        namespaces.remove("");
        return namespaces;
    }

    private static String namespaceOf(String iri) {
        int end = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return end < 0 ? "" : iri.substring(0, end + 1);
    }

    /** A readable, stable key for a partition's IRI: {@code neg-Article}, else a hash of the IRI. */
    private String key(String iri) {
        String compact = prefixes.abbreviate(iri);
        if (compact != null) {
            String key = compact.replace(':', '-');
            if (PLAIN.matcher(key).matches()) {
                return key;
            }
        }
        return "iri-" + Hashes.sha256(iri).substring(0, 16);
    }

    private void add(Node subject, String predicate, Node object) {
        graph.add(subject, iri(predicate), object);
    }

    private static String voidTerm(String localName) {
        return DumpPrefixes.VOID + localName;
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node text(String text) {
        return NodeFactory.createLiteralString(text);
    }

    private static Node count(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node date(String lexical) {
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdate);
    }
}
