package org.parley.corpus;

/**
 * An article and where it was read from.
 *
 * @param article the article
 * @param file    the file relative to the corpus directory, with {@code :LINE} for a line of a feed
 */
record FoundArticle(Article article, String file) {
}
