package org.parley.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.parley.rdf.Iris;

/**
 * A resource's description as an HTML page a person can click through: our IRIs link to their {@code /id/} path on
 * this server, Wikidata entities to Wikidata, web pages to themselves. Every piece of data is escaped.
 */
final class ResourcePage {

    private static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";
    private static final Node TYPE = RDF.type.asNode();
    private static final Node LABEL = RDFS.label.asNode();

    private final ResourceDescription description;
    private final PrefixMapping prefixes;
    private final int incomingLimit;

    ResourcePage(ResourceDescription description, PrefixMapping prefixes, int incomingLimit) {
        this.description = description;
        this.prefixes = prefixes;
        this.incomingLimit = incomingLimit;
    }

    /** The path on this server that mirrors one of our IRIs, or null for any other IRI. */
    static String localPath(String iri) {
        return iri.startsWith(Iris.BASE) ? LinkedDataServlet.PATH_PREFIX + iri.substring(Iris.BASE.length()) : null;
    }

    String render() {
        Node subject = description.subject();
        Graph graph = description.graph();
        String title = labelOf(subject);
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .append("<title>").append(escape(title)).append(" · Parley</title>\n")
            .append("<link rel=\"stylesheet\" href=\"/page.css\">\n</head>\n<body>\n")
            .append("<header class=\"top\"><a class=\"brand\" href=\"/\">Parley</a>")
            .append("<span class=\"tagline\">a knowledge graph of negotiations</span>")
            .append("<a class=\"nav\" href=\"/\">query page</a></header>\n")
            .append("<main class=\"resource\">\n");

        List<String> types = graph.find(subject, TYPE, Node.ANY).mapWith(t -> labelOf(t.getObject())).toList();
        html.append("<p class=\"kind\">").append(escape(String.join(", ", types.stream().sorted().toList())))
            .append("</p>\n<h1>").append(escape(title)).append("</h1>\n<p class=\"iri\"><code>")
            .append(escape(subject.getURI())).append("</code></p>\n");

        Map<String, List<Node>> outgoing = new TreeMap<>(propertyOrder());
        graph.find(subject, Node.ANY, Node.ANY).forEach(t -> {
            if (!t.getPredicate().equals(TYPE)) {
                outgoing.computeIfAbsent(prefixed(t.getPredicate()), p -> new ArrayList<>()).add(t.getObject());
            }
        });
        html.append("<table class=\"properties\" id=\"properties\">\n");
        outgoing.forEach((property, values) -> row(html, property, values));
        html.append("</table>\n");

        Map<String, List<Node>> incoming = new TreeMap<>(propertyOrder());
        for (Triple t : graph.find(Node.ANY, Node.ANY, subject).toList()) {
            incoming.computeIfAbsent(prefixed(t.getPredicate()) + " of", p -> new ArrayList<>()).add(t.getSubject());
        }
        if (!incoming.isEmpty()) {
            html.append("<h2>Pointing here</h2>\n<table class=\"properties\" id=\"incoming\">\n");
            incoming.forEach((property, values) -> row(html, property, values));
            html.append("</table>\n");
            if (description.incomingCut()) {
                html.append("<p class=\"note\">Only the first ").append(incomingLimit)
                    .append(" are shown; query the SPARQL endpoint for all of them.</p>\n");
            }
        }
        html.append("<p class=\"note\">The same description as data: ask this address for ")
            .append("<code>text/turtle</code> or <code>application/ld+json</code> in the <code>Accept</code> header.")
            .append("</p>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private void row(StringBuilder html, String property, List<Node> values) {
        html.append("<tr><th>").append(escape(property)).append("</th><td><ul>");
        values.stream()
              .sorted(Comparator.comparing(this::textOf))
              .forEach(value -> html.append("<li>").append(valueHtml(value)).append("</li>"));
        html.append("</ul></td></tr>\n");
    }

    private String valueHtml(Node value) {
        if (value.isLiteral()) {
            String lang = value.getLiteralLanguage();
            return escape(value.getLiteralLexicalForm())
                    + (lang.isEmpty() ? "" : " <span class=\"lang\">@" + escape(lang) + "</span>");
        }
        if (!value.isURI()) {
            return "<span class=\"blank\">" + escape(value.toString()) + "</span>";
        }
        String iri = value.getURI();
        String local = localPath(iri);
        if (local != null) {
            return link(local, labelOf(value));
        }
        if (iri.startsWith(WIKIDATA_ENTITY)) {
            String id = iri.substring(WIKIDATA_ENTITY.length());
            return link("https://www.wikidata.org/wiki/" + id, "wd:" + id);
        }
        String shortName = prefixes.qnameFor(iri);
        if (shortName != null) {
            // A term of a vocabulary: its IRI does not resolve here, so it is shown, not linked.
            return "<span title=\"" + escape(iri) + "\">" + escape(labelOf(value)) + "</span>";
        }
        return iri.startsWith("http://") || iri.startsWith("https://") ? link(iri, iri) : escape(iri);
    }

    private static String link(String href, String text) {
        return "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>";
    }

    /** The name a reader knows a node by: its label if the description has one, else a short form of its IRI. */
    private String labelOf(Node node) {
        if (!node.isURI()) {
            return textOf(node);
        }
        return description.graph().find(node, LABEL, Node.ANY)
                .mapWith(t -> t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm() : null)
                .filterDrop(label -> label == null)
                .toList().stream()
                .min(Comparator.naturalOrder())
                .orElseGet(() -> shortForm(node.getURI()));
    }

    private String textOf(Node node) {
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm();
        }
        return node.isURI() ? labelOf(node) : node.toString();
    }

    private String shortForm(String iri) {
        if (iri.startsWith(Iris.BASE)) {
            return iri.substring(Iris.BASE.length());
        }
        String shortName = prefixes.qnameFor(iri);
        return shortName != null ? shortName : iri;
    }

    private String prefixed(Node predicate) {
        return shortForm(predicate.getURI());
    }

    /** rdfs:label first, then by name. */
    private static Comparator<String> propertyOrder() {
        return Comparator.comparing((String property) -> !property.startsWith("rdfs:label"))
                .thenComparing(Comparator.naturalOrder());
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
