package org.parley.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.path.Path;

/**
 * One SHACL violation, in terms a reader of the graph can act on.
 *
 * @param focusNode the node that breaks the rule (an act, an article, a person, ...)
 * @param path      the property that breaks it, or null when the rule is about the node itself
 *                  (for example "only a neg:Person has neg:represents")
 * @param value     the offending value, or null when a value is missing rather than wrong
 * @param message   what the rule requires, from the shape's {@code sh:message}
 */
public record Violation(Node focusNode, Path path, Node value, String message) {
}
