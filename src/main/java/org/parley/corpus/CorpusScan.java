package org.parley.corpus;

import java.util.List;

/**
 * The result of reading a corpus directory.
 *
 * @param articles the articles that were read, sorted by id
 * @param errors   the files that could not be read, in path order
 */
public record CorpusScan(List<Article> articles, List<ArticleError> errors) {

    public CorpusScan {
        articles = List.copyOf(articles);
        errors = List.copyOf(errors);
    }
}
