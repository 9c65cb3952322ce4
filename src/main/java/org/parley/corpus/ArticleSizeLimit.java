package org.parley.corpus;

import java.io.Serializable;
import java.util.Locale;

/**
 * The longest article Parley annotates. CoreNLP's time and memory grow faster than an article's length (coreference
 * compares mentions across the whole text): a 4 MB file of 60,000 sentences ran for over 12 minutes at 3.3 GB, with
 * every other article waiting. Such a file is a dump or a feed saved as one article, not a news story, so it is
 * reported by name and not annotated.
 *
 * @param maxChars the most characters (UTF-16 code units, as Java counts them) an article's text may have
 */
public record ArticleSizeLimit(int maxChars) implements Serializable {

    /** Generous for news: a long feature is 20,000-40,000 characters, a very long report about 100,000. */
    public static final int DEFAULT_MAX_CHARS = 200_000;
    public static final ArticleSizeLimit DEFAULT = new ArticleSizeLimit(DEFAULT_MAX_CHARS);

    public ArticleSizeLimit {
        if (maxChars < 1) {
            throw new IllegalArgumentException("the article size limit must be at least 1 character: " + maxChars);
        }
    }

    public boolean admits(Article article) {
        return article.text().length() <= maxChars;
    }

    /** Why the article is not annotated, in words a user can act on. */
    public String reason(Article article) {
        return String.format(Locale.ROOT, "too long to annotate: %,d characters, more than the limit of %,d"
                + " (--max-article-chars); split it into articles or raise the limit", article.text().length(),
                maxChars);
    }
}
