package org.parley.store.dump;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * JSON-LD 1.0 (which JSON-LD 1.1 processors read too), written as it streams: a {@code @context} with the dump's
 * prefixes, then one node object per subject in {@code @graph}, its properties one a line. Values are always arrays,
 * IRIs are {@code {"@id": ...}}, typed literals {@code {"@value": ..., "@type": ...}}, so nothing depends on
 * type coercion in the context. Named graphs are not written: records must be triples.
 */
final class JsonLdSerializer implements DumpSerializer {

    /** A local name that needs no care in a compact IRI (the prefix's namespace ends with '/' or '#'). */
    private static final Pattern PLAIN_LOCAL = Pattern.compile("[A-Za-z0-9_]([A-Za-z0-9_.\\-]*[A-Za-z0-9_\\-])?");
    private static final Node TYPE = RDF.type.asNode();

    private final Writer out;
    private final PrefixMap prefixes = DumpPrefixes.prefixMap();
    private final JsonStringEncoder encoder = JsonStringEncoder.getInstance();
    private Node subject;
    private String key;
    private boolean anyNode;

    JsonLdSerializer(Writer out) {
        this.out = out;
    }

    @Override
    public boolean writesQuads() {
        return false;
    }

    @Override
    public void start() {
        write("{\n  \"@context\": {");
        boolean first = true;
        for (DumpPrefixes.Prefix prefix : DumpPrefixes.ALL) {
            write((first ? "\n" : ",\n") + "    " + string(prefix.name()) + ": " + string(prefix.namespace()));
            first = false;
        }
        write("\n  },\n  \"@graph\": [");
    }

    @Override
    public void record(String record) {
        Quad quad = Records.parse(record);
        if (!quad.isDefaultGraph()) {
            throw new IllegalArgumentException("JSON-LD dumps hold one graph; got a quad of <" + quad.getGraph() + ">");
        }
        if (!quad.getSubject().equals(subject)) {
            endNode();
            subject = quad.getSubject();
            write((anyNode ? ",\n" : "\n") + "    {\n      \"@id\": " + string(id(subject)));
            anyNode = true;
        }
        Node object = quad.getObject();
        boolean typeKeyword = quad.getPredicate().equals(TYPE) && object.isURI();
        String newKey = typeKeyword ? "@type" : id(quad.getPredicate());
        if (!newKey.equals(key)) {
            endKey();
            key = newKey;
            write(",\n      " + string(key) + ": [");
        } else {
            write(", ");
        }
        write(typeKeyword ? string(id(object)) : value(object));
    }

    @Override
    public void finish() {
        endNode();
        write((anyNode ? "\n  ]" : "]") + "\n}\n");
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void endKey() {
        if (key != null) {
            write("]");
            key = null;
        }
    }

    private void endNode() {
        if (subject != null) {
            endKey();
            write("\n    }");
            subject = null;
        }
    }

    private String value(Node node) {
        if (node.isURI() || node.isBlank()) {
            return "{\"@id\": " + string(id(node)) + "}";
        }
        String lexical = string(node.getLiteralLexicalForm());
        String language = node.getLiteralLanguage();
        if (language != null && !language.isEmpty()) {
            return "{\"@value\": " + lexical + ", \"@language\": " + string(language) + "}";
        }
        String datatype = node.getLiteralDatatypeURI();
        if (datatype == null || datatype.equals(XSDDatatype.XSDstring.getURI())) {
            return lexical;
        }
        return "{\"@value\": " + lexical + ", \"@type\": " + string(id(datatype)) + "}";
    }

    /** A compact IRI when a prefix fits, else the IRI; {@code _:label} for a blank node. */
    private String id(Node node) {
        if (node.isBlank()) {
            return "_:" + node.getBlankNodeLabel();
        }
        return id(node.getURI());
    }

    private String id(String iri) {
        String compact = prefixes.abbreviate(iri);
        if (compact != null && PLAIN_LOCAL.matcher(compact.substring(compact.indexOf(':') + 1)).matches()) {
            return compact;
        }
        return iri;
    }

    private String string(String text) {
        return "\"" + new String(encoder.quoteAsString(text)) + "\"";
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
