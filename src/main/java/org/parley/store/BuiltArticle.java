package org.parley.store;

/**
 * What the store holds for one article: its id, the named graph it lives in, and the content hash it was built
 * from. {@code contentHash} is empty when the graph carries none, so it never equals a real hash and the article
 * is rebuilt.
 */
public record BuiltArticle(String id, String graphIri, String contentHash) {
}
