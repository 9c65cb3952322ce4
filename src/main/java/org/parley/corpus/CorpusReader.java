package org.parley.corpus;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads every article under a corpus directory (see the "Corpus format" of the contract):
 * {@code X.txt} with an optional sidecar {@code X.json}; news-please {@code X.json} and {@code X.jsonl} when no
 * {@code X.txt} stands beside them. Other files and hidden files are ignored. A bad file becomes an
 * {@link ArticleError} and the scan goes on.
 */
public final class CorpusReader {

    private static final Logger LOG = LoggerFactory.getLogger(CorpusReader.class);
    /** The file part of a feed line's name, {@code feed.jsonl} in {@code feed.jsonl:17}. */
    private static final Pattern FEED_LINE = Pattern.compile("(.*\\.jsonl):(\\d+)");

    private CorpusReader() {
    }

    /** Reads the corpus with the {@link ArticleSizeLimit#DEFAULT default size limit}. */
    public static CorpusScan scan(Path corpusDir) {
        return scan(corpusDir, ArticleSizeLimit.DEFAULT);
    }

    /**
     * @param sizeLimit an article over it is an error, not an article: it is never annotated
     * @throws CorpusException if {@code corpusDir} does not exist, is not a directory or cannot be read
     */
    public static CorpusScan scan(Path corpusDir, ArticleSizeLimit sizeLimit) {
        requireReadableDirectory(corpusDir);
        CorpusWalker.Listing listing = CorpusWalker.list(corpusDir);
        Map<String, CorpusFile> filesByName = listing.files().stream()
                .collect(Collectors.toMap(CorpusFile::name, Function.identity()));

        CorpusScan scan = readAll(listing.files(), filesByName, listing.errors(), sizeLimit);
        LOG.debug("Read {} articles from {}, {} files with errors", scan.articles().size(), corpusDir,
                scan.errors().size());
        return scan;
    }

    /**
     * Reads articles from files whose bytes another system read (the Spark job reads them from any Hadoop file
     * system), with the same rules and checks as {@link #scan}. The files are those that stand beside each other: a
     * {@code X.txt} with its sidecar {@code X.json}, a news-please {@code X.json}, or a feed {@code X.jsonl}. Article
     * ids are checked for duplicates only among these files, so the caller checks across calls.
     *
     * @param files     each file's name (its path, {@code /} as separator, ending in the file name) and content
     * @param sizeLimit an article over it is an error, not an article
     */
    public static CorpusScan read(Map<String, byte[]> files, ArticleSizeLimit sizeLimit) {
        List<CorpusFile> corpusFiles = new ArrayList<>();
        files.forEach((name, content) -> corpusFiles.add(new CorpusFile(Path.of(name), name, content)));
        corpusFiles.sort(Comparator.comparing(CorpusFile::name));
        Map<String, CorpusFile> filesByName = corpusFiles.stream()
                .collect(Collectors.toMap(CorpusFile::name, Function.identity()));
        return readAll(corpusFiles, filesByName, List.of(), sizeLimit);
    }

    /**
     * An article from fields another system holds (the Spark job's Parquet input: id, title, date, text, url), with
     * the checks and the normalisation of the file formats: a text without content or an article without a date is
     * refused, a leading BOM dropped and line ends made LF, as in a news-please file; so is a text over the size
     * limit.
     *
     * @param source where the article was read from, for error messages
     * @throws IllegalArgumentException with a reason a user can act on
     */
    public static Article fromFields(String id, String title, LocalDate date, String url, String text,
                                     Path source, ArticleSizeLimit sizeLimit) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("no id");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no text");
        }
        if (date == null) {
            throw new IllegalArgumentException("no date; the date anchors relative dates in the text");
        }
        Article article = Article.of(id, title, date, url, Utf8Text.normalise(text), source);
        if (!sizeLimit.admits(article)) {
            throw new IllegalArgumentException(sizeLimit.reason(article));
        }
        return article;
    }

    private static CorpusScan readAll(List<CorpusFile> files, Map<String, CorpusFile> filesByName,
                                      List<ArticleError> listingErrors, ArticleSizeLimit sizeLimit) {
        List<FoundArticle> found = new ArrayList<>();
        List<ArticleError> errors = new ArrayList<>(listingErrors);
        for (CorpusFile file : files) {
            ReadResult result = read(file, filesByName);
            for (FoundArticle article : result.articles()) {
                if (sizeLimit.admits(article.article())) {
                    found.add(article);
                } else {
                    errors.add(new ArticleError(article.file(), sizeLimit.reason(article.article())));
                }
            }
            errors.addAll(result.errors());
        }
        List<Article> articles = dropDuplicateIds(found, errors);
        articles.sort(Comparator.comparing(Article::id));
        // Stable, so the lines of one feed stay in line order.
        errors.sort(Comparator.comparing(CorpusReader::fileOf));
        return new CorpusScan(articles, errors);
    }

    private static ReadResult read(CorpusFile file, Map<String, CorpusFile> filesByName) {
        String base = file.nameWithoutExtension();
        boolean textBeside = filesByName.containsKey(base + ".txt");
        String fileName = file.path().getFileName().toString();
        if (fileName.endsWith(".txt")) {
            return PlainTextArticles.read(file, filesByName.get(base + ".json"));
        }
        if (fileName.endsWith(".jsonl")) {
            if (textBeside) {
                return new ReadResult(List.of(), List.of(new ArticleError(file.name(), "not read: "
                        + file.stem() + ".txt stands beside it and owns the id '" + file.stem()
                        + "'; rename one of them")));
            }
            return NewsPleaseArticles.readJsonl(file);
        }
        if (fileName.endsWith(".json") && !textBeside) {
            return NewsPleaseArticles.readJson(file);
        }
        // A sidecar (read with its .txt) or a file that is not an article.
        return new ReadResult(List.of(), List.of());
    }

    /** An id names one article graph in the store, so two articles with one id cannot both be kept. */
    private static List<Article> dropDuplicateIds(List<FoundArticle> found, List<ArticleError> errors) {
        Map<String, List<FoundArticle>> byId = found.stream()
                .collect(Collectors.groupingBy(f -> f.article().id(), LinkedHashMap::new, Collectors.toList()));
        List<Article> unique = new ArrayList<>();
        for (Map.Entry<String, List<FoundArticle>> entry : byId.entrySet()) {
            List<FoundArticle> sameId = entry.getValue();
            if (sameId.size() == 1) {
                unique.add(sameId.get(0).article());
                continue;
            }
            for (FoundArticle duplicate : sameId) {
                String others = sameId.stream()
                        .filter(other -> other != duplicate)
                        .map(FoundArticle::file)
                        .collect(Collectors.joining(", "));
                errors.add(new ArticleError(duplicate.file(), "duplicate article id '" + entry.getKey()
                        + "', also in " + others + "; rename one of them"));
            }
        }
        return unique;
    }

    private static String fileOf(ArticleError error) {
        Matcher feedLine = FEED_LINE.matcher(error.file());
        return feedLine.matches() ? feedLine.group(1) : error.file();
    }

    private static void requireReadableDirectory(Path corpusDir) {
        if (!Files.exists(corpusDir)) {
            throw new CorpusException("corpus directory not found: " + corpusDir.toAbsolutePath());
        }
        if (!Files.isDirectory(corpusDir)) {
            throw new CorpusException("corpus is not a directory: " + corpusDir.toAbsolutePath());
        }
        if (!Files.isReadable(corpusDir)) {
            throw new CorpusException("cannot read corpus directory: " + corpusDir.toAbsolutePath());
        }
    }
}
