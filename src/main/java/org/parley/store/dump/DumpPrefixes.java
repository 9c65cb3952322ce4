package org.parley.store.dump;

import java.util.List;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.parley.rdf.Iris;
import org.parley.rdf.NEG;

/**
 * The prefixes every dump declares, always these and always in this order, so that two dumps of the same store
 * start with the same bytes whatever the store's own prefix declarations.
 */
public final class DumpPrefixes {

    /** One prefix declaration. */
    public record Prefix(String name, String namespace) {
    }

    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";

    /** The contract's prefixes first, then the vocabularies the graph and its description use, then our IRIs. */
    public static final List<Prefix> ALL = List.of(
            new Prefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
            new Prefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
            new Prefix("owl", "http://www.w3.org/2002/07/owl#"),
            new Prefix("xsd", "http://www.w3.org/2001/XMLSchema#"),
            new Prefix("dcterms", "http://purl.org/dc/terms/"),
            new Prefix("prov", PROV),
            new Prefix("wd", WIKIDATA),
            new Prefix("neg", NEG.NS),
            new Prefix("foaf", FOAF),
            new Prefix("void", VOID),
            new Prefix("dcat", DCAT),
            new Prefix("article", Iris.BASE + "article/"),
            new Prefix("person", Iris.BASE + "person/"),
            new Prefix("country", Iris.BASE + "country/"),
            new Prefix("organization", Iris.BASE + "organization/"),
            new Prefix("place", Iris.BASE + "place/"),
            new Prefix("issue", Iris.BASE + "issue/"));

    private DumpPrefixes() {
    }

    /** A new prefix map holding {@link #ALL}, for Jena's node formatters. */
    public static PrefixMap prefixMap() {
        PrefixMap map = PrefixMapFactory.create();
        ALL.forEach(prefix -> map.add(prefix.name(), prefix.namespace()));
        return map;
    }
}
