package org.parley.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.parley.corpus.Article;

/** Some articles of a corpus written out as a corpus of their own: {@code ID.txt} with a sidecar {@code ID.json}. */
final class CorpusSlice {

    private CorpusSlice() {
    }

    static void write(List<Article> articles, Path dir) {
        ObjectMapper json = new ObjectMapper();
        try {
            Files.createDirectories(dir);
            for (Article article : articles) {
                Files.writeString(dir.resolve(article.id() + ".txt"), article.text(), StandardCharsets.UTF_8);
                ObjectNode sidecar = json.createObjectNode();
                if (article.title() != null) {
                    sidecar.put("title", article.title());
                }
                sidecar.put("date", article.date().toString());
                if (article.url() != null) {
                    sidecar.put("url", article.url());
                }
                Files.writeString(dir.resolve(article.id() + ".json"), json.writeValueAsString(sidecar),
                        StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a corpus into " + dir + ": " + e.getMessage(), e);
        }
    }
}
