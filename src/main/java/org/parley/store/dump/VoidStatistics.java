package org.parley.store.dump;

import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.parley.rdf.Iris;
import org.parley.rdf.NEG;

/**
 * What the VoID description says about the store, counted over its union graph (each triple once, however many
 * articles state it).
 *
 * @param triples distinct triples of the union graph
 * @param distinctSubjects distinct subjects
 * @param entities distinct subjects whose IRI is under {@link Iris#BASE} (articles, actors, places, issues, acts)
 * @param classes class IRI to the number of distinct resources typed with it, sorted by IRI
 * @param properties predicate IRI to its number of triples, sorted by IRI
 * @param wikidataLinks {@code owl:sameAs} triples whose object is a Wikidata entity
 * @param firstArticleDate the earliest {@code dcterms:date} of a {@code neg:Article}, if any
 * @param lastArticleDate the latest one
 */
public record VoidStatistics(long triples, long distinctSubjects, long entities, SortedMap<String, Long> classes,
                             SortedMap<String, Long> properties, long wikidataLinks, Optional<String> firstArticleDate,
                             Optional<String> lastArticleDate) {

    public VoidStatistics {
        classes = Collections.unmodifiableSortedMap(new TreeMap<>(classes));
        properties = Collections.unmodifiableSortedMap(new TreeMap<>(properties));
    }

    /**
     * Counts the union graph of {@code store}, in one pass with bounded memory. Call it inside a read transaction.
     */
    public static VoidStatistics of(DatasetGraph store) {
        Counter counter = new Counter();
        Iterator<Triple> triples = subjectGroupedUnion(store);
        try {
            triples.forEachRemaining(counter);
        } finally {
            Iter.close(triples);
        }
        return counter.statistics();
    }

    /**
     * The union graph with each subject's triples together, as the counter needs. TDB2 gives them so, from its
     * subject-first index, with the duplicates of several graphs removed; another store is sorted in memory.
     */
    static Iterator<Triple> subjectGroupedUnion(DatasetGraph store) {
        Iterator<Triple> union = store.getUnionGraph().find();
        if (TDBInternal.isTDB2(store)) {
            return union;
        }
        List<Triple> triples = Iter.toList(Iter.distinct(union));
        triples.sort(Comparator.comparing((Triple t) -> NodeFmtLib.strNT(t.getSubject())));
        return triples.iterator();
    }

    /** Resources typed {@code neg:Article}. */
    public long articles() {
        return classes.getOrDefault(NEG.Article.getURI(), 0L);
    }

    /**
     * Counts triples given grouped by subject (all the triples of a subject one after the other), as TDB2's union
     * graph gives them. Memory holds one counter per class and per predicate, and the current subject's dates.
     */
    static final class Counter implements Consumer<Triple> {

        private static final Node TYPE = RDF.type.asNode();
        private static final Node SAME_AS = OWL.sameAs.asNode();
        private static final Node DATE = DCTerms.date.asNode();
        private static final Node ARTICLE = NEG.Article.asNode();

        private final Map<String, Long> classes = new TreeMap<>();
        private final Map<String, Long> properties = new TreeMap<>();
        private long triples;
        private long subjects;
        private long entities;
        private long wikidataLinks;
        private String firstDate;
        private String lastDate;

        private Node subject;
        private boolean subjectIsArticle;
        private String subjectFirstDate;
        private String subjectLastDate;

        @Override
        public void accept(Triple triple) {
            if (!triple.getSubject().equals(subject)) {
                endSubject();
                startSubject(triple.getSubject());
            }
            triples++;
            Node predicate = triple.getPredicate();
            Node object = triple.getObject();
            properties.merge(predicate.getURI(), 1L, Long::sum);
            if (predicate.equals(TYPE) && object.isURI()) {
                classes.merge(object.getURI(), 1L, Long::sum);
                subjectIsArticle |= object.equals(ARTICLE);
            } else if (predicate.equals(SAME_AS) && object.isURI()
                    && object.getURI().startsWith(DumpPrefixes.WIKIDATA)) {
                wikidataLinks++;
            } else if (predicate.equals(DATE) && object.isLiteral()) {
                String date = object.getLiteralLexicalForm();
                subjectFirstDate = min(subjectFirstDate, date);
                subjectLastDate = max(subjectLastDate, date);
            }
        }

        VoidStatistics statistics() {
            endSubject();
            return new VoidStatistics(triples, subjects, entities, new TreeMap<>(classes), new TreeMap<>(properties),
                    wikidataLinks, Optional.ofNullable(firstDate), Optional.ofNullable(lastDate));
        }

        private void startSubject(Node node) {
            subject = node;
            subjects++;
            if (node.isURI() && node.getURI().startsWith(Iris.BASE)) {
                entities++;
            }
        }

        private void endSubject() {
            if (subjectIsArticle && subjectFirstDate != null) {
                firstDate = min(firstDate, subjectFirstDate);
                lastDate = max(lastDate, subjectLastDate);
            }
            subject = null;
            subjectIsArticle = false;
            subjectFirstDate = null;
            subjectLastDate = null;
        }

        private static String min(String a, String b) {
            return a == null || b.compareTo(a) < 0 ? b : a;
        }

        private static String max(String a, String b) {
            return a == null || b.compareTo(a) > 0 ? b : a;
        }
    }
}
