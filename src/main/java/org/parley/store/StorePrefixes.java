package org.parley.store;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.parley.rdf.NEG;

/** The prefixes of the contract, to abbreviate query results and predeclare them in queries (dumps: DumpPrefixes). */
public final class StorePrefixes {

    /** Locked, so sharing it cannot leak changes between callers. */
    public static final PrefixMapping STANDARD = PrefixMapping.Factory.create()
            .setNsPrefix("rdf", RDF.getURI())
            .setNsPrefix("rdfs", RDFS.getURI())
            .setNsPrefix("owl", OWL.getURI())
            .setNsPrefix("xsd", XSD.getURI())
            .setNsPrefix("dcterms", DCTerms.getURI())
            .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
            .setNsPrefix("wd", "http://www.wikidata.org/entity/")
            .setNsPrefix("neg", NEG.NS)
            .lock();

    private StorePrefixes() {
    }
}
