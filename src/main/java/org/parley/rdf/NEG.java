package org.parley.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The Parley negotiation ontology ({@code ontology/negotiation.ttl}) as Java constants.
 *
 * <p>One constant per term, named exactly like the term. {@code OntologyTest} checks that every constant
 * is declared in the ontology, so code and ontology cannot drift apart.
 */
public final class NEG {

    /** The namespace of every term: {@value}. */
    public static final String NS = "https://w3id.org/parley/ontology#";

    /** The ontology's own IRI; the store keeps the ontology in a named graph with this IRI. */
    public static final String ONTOLOGY_IRI = "https://w3id.org/parley/ontology";

    /** Where the ontology's Turtle file is on the classpath (the jar ships {@code ontology/*.ttl}). */
    public static final String ONTOLOGY_RESOURCE = "/ontology/negotiation.ttl";

    /** The namespace as a string, for callers that build IRIs themselves. */
    public static String getURI() {
        return NS;
    }

    // Classes
    public static final Resource Article = resource("Article");
    public static final Resource Actor = resource("Actor");
    public static final Resource Person = resource("Person");
    public static final Resource Country = resource("Country");
    public static final Resource Organization = resource("Organization");
    public static final Resource Place = resource("Place");
    public static final Resource Issue = resource("Issue");
    public static final Resource NegotiationAct = resource("NegotiationAct");
    public static final Resource Statement = resource("Statement");
    public static final Resource Proposal = resource("Proposal");
    public static final Resource Demand = resource("Demand");
    public static final Resource Acceptance = resource("Acceptance");
    public static final Resource Rejection = resource("Rejection");
    public static final Resource Meeting = resource("Meeting");
    public static final Resource Accusation = resource("Accusation");
    public static final Resource Threat = resource("Threat");

    // Properties of acts
    public static final Property agent = property("agent");
    public static final Property addressee = property("addressee");
    public static final Property participant = property("participant");
    public static final Property topic = property("topic");
    public static final Property respondsTo = property("respondsTo");
    public static final Property quote = property("quote");
    public static final Property date = property("date");
    public static final Property earliestDate = property("earliestDate");
    public static final Property latestDate = property("latestDate");
    public static final Property location = property("location");
    public static final Property evidence = property("evidence");
    public static final Property laterEvidence = property("laterEvidence");
    public static final Property cameoCode = property("cameoCode");
    public static final Property status = property("status");
    public static final Property condition = property("condition");

    // Properties of actors, places and issues
    public static final Property mentionedIn = property("mentionedIn");
    public static final Property mention = property("mention");
    public static final Property represents = property("represents");
    public static final Property role = property("role");

    // Properties of articles
    public static final Property contentHash = property("contentHash");

    // Annotation on the act classes
    public static final Property cameoRootCode = property("cameoRootCode");

    private NEG() {
    }

    private static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NS + localName);
    }
}
