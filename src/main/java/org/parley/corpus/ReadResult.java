package org.parley.corpus;

import java.util.List;

/** What reading one file gave: a .txt or .json gives one article or errors, a .jsonl feed may give both. */
record ReadResult(List<FoundArticle> articles, List<ArticleError> errors) {

    ReadResult {
        articles = List.copyOf(articles);
        errors = List.copyOf(errors);
    }

    static ReadResult of(FoundArticle article) {
        return new ReadResult(List.of(article), List.of());
    }

    static ReadResult failed(InvalidArticleException problem) {
        return new ReadResult(List.of(), List.of(problem.toError()));
    }
}
