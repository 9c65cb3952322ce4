package org.parley.link;

/**
 * A Wikipedia article a surface form may refer to, from CoreNLP's WikiDict.
 *
 * @param title       English Wikipedia title with underscores and a capital first letter, "Vladimir_Putin"
 * @param probability how often this surface form, written this way, links to this article in WikiDict (0..1]
 */
public record WikiTitle(String title, double probability) {

    public WikiTitle {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("blank Wikipedia title");
        }
        if (!(probability > 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability out of (0, 1]: " + probability);
        }
    }
}
