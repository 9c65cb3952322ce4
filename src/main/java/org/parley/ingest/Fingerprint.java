package org.parley.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.parley.corpus.Article;

/**
 * What an article's graph was built from: its content, the version of the extraction, the linker's sources and the
 * CoreNLP pipeline. When any changes, the graph is rebuilt; when none does, the article is skipped.
 */
final class Fingerprint {

    /** Raise this when extraction or the RDF mapping changes what a graph holds, so stores rebuild. */
    static final String EXTRACTION_VERSION = "parley-extraction-14";

    private Fingerprint() {
    }

    static String of(Article article, String sourcesSignature) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(EXTRACTION_VERSION.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(article.contentHash().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(sourcesSignature.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
