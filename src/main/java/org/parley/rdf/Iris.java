package org.parley.rdf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import org.parley.extract.ActType;
import org.parley.extract.EntityKey;

/**
 * Mints the IRIs of the graph from stable inputs only (an article's identifier, an entity's type and canonical name,
 * an act's type and character offset), so a rebuild gives the same IRIs and the same entity is one node everywhere.
 */
public final class Iris {

    public static final String BASE = "https://w3id.org/parley/id/";

    private Iris() {
    }

    public static String article(String articleId) {
        return BASE + "article/" + encode(articleId);
    }

    public static String entity(EntityKey key) {
        return BASE + key.type().name().toLowerCase(Locale.ROOT) + "/" + slug(key.name());
    }

    public static String issue(String issueId) {
        return BASE + "issue/" + slug(issueId);
    }

    public static String act(String articleId, ActType type, int begin) {
        return BASE + "act/" + encode(articleId) + "/" + type.name().toLowerCase(Locale.ROOT) + "-" + begin;
    }

    /** "Volodymyr Zelenskyy" → "volodymyr-zelenskyy"; "Élysée" → "elysee". Names with no Latin letters are encoded. */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? encode(name.strip().toLowerCase(Locale.ROOT)) : slug;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
