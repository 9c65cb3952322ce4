package org.parley.extract;

/**
 * A matter under negotiation, shared across the store: every act about a ceasefire points to the same node.
 *
 * @param id    stable identifier from the issue lexicon ("ceasefire", "nato-membership")
 * @param label English label for researchers ("NATO membership")
 */
public record Issue(String id, String label) {
}
