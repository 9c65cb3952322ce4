package org.parley.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.extract.Entity;
import org.parley.extract.EntityKey;
import org.parley.extract.EntityType;
import org.parley.extract.Extraction;

/**
 * Links the actors and places of an article to Wikidata. Candidates come from the sources in order (the verified
 * table first); a candidate must be of the entity's type (a person never links to a city), and is scored by how it
 * was named (by the full name or only an alias), by the article's context (the person's title and side, the other
 * entities of the article, found in the candidate's description), and by how well-known it is. A link is made only
 * when the best candidate clears the threshold and stands clearly above the next: no link beats a wrong one.
 */
public final class EntityLinker {

    /** Below this confidence an entity stays unlinked. */
    public static final double DEFAULT_THRESHOLD = 0.6;

    private final List<CandidateSource> sources;
    private final double threshold;
    private final Optional<WikipediaPages> pages;

    public EntityLinker(List<CandidateSource> sources, double threshold) {
        this(sources, threshold, Optional.empty());
    }

    /**
     * @param pages where to find the Wikipedia article of a linked entity whose source does not give one
     */
    public EntityLinker(List<CandidateSource> sources, double threshold, Optional<WikipediaPages> pages) {
        this.sources = List.copyOf(sources);
        this.threshold = threshold;
        this.pages = pages;
    }

    /**
     * Which sources and threshold link: part of each article's fingerprint, so switching a source on (--online)
     * relinks articles that are otherwise unchanged.
     */
    public String signature() {
        return sources.stream().map(CandidateSource::signature).collect(Collectors.joining("+"))
                + (pages.isPresent() ? "+WikiDict" : "") + "@" + threshold;
    }

    /** The linker that needs no network and no cache: the verified table that ships in the jar. */
    public static EntityLinker offline() {
        return new EntityLinker(List.of(QidTable.shipped()), DEFAULT_THRESHOLD);
    }

    /** The links of an article's entities; an entity that cannot be identified with confidence is absent. */
    public Map<EntityKey, Link> link(Extraction extraction) {
        Map<EntityKey, Entity> byKey = new LinkedHashMap<>();
        extraction.entities().forEach(e -> byKey.put(e.key(), e));
        Map<EntityKey, Link> links = new LinkedHashMap<>();
        for (Entity entity : extraction.entities()) {
            Context context = Context.of(entity, byKey, extraction);
            link(entity, context).ifPresent(l -> links.put(entity.key(), l));
        }
        return links;
    }

    Optional<Link> link(Entity entity, Context context) {
        List<Scored> scored = new ArrayList<>();
        for (WikidataEntry candidate : candidates(entity)) {
            if (candidate.type() != entity.type()) {
                continue;
            }
            double score = nameScore(entity, candidate) + context.score(candidate) + prior(candidate);
            scored.add(new Scored(candidate, Math.min(1.0, score)));
        }
        if (scored.isEmpty()) {
            return Optional.empty();
        }
        scored.sort((a, b) -> Double.compare(b.score(), a.score()));
        Scored best = scored.get(0);
        // Two candidates that fit almost equally well: guessing between them is how wrong links are made.
        double margin = scored.size() == 1 ? 1.0 : best.score() - scored.get(1).score();
        double confidence = margin >= 0.15 ? best.score() : best.score() * margin / 0.15;
        if (confidence < threshold) {
            return Optional.empty();
        }
        String page = Optional.ofNullable(best.entry().wikipediaTitle())
                .or(() -> pages.flatMap(p -> p.titleOf(best.entry()))).orElse(null);
        return Optional.of(new Link(best.entry().qid(), round(confidence), page, best.entry().description()));
    }

    private record Scored(WikidataEntry entry, double score) {
    }

    /** Candidates for the entity's name; for a person known only by one word, that word's candidates. */
    private List<WikidataEntry> candidates(Entity entity) {
        Map<String, WikidataEntry> byQid = new LinkedHashMap<>();
        for (CandidateSource source : sources) {
            source.candidates(entity.label()).forEach(c -> byQid.putIfAbsent(c.qid(), c));
            if (!byQid.isEmpty()) {
                break; // an earlier, more trusted source answered
            }
        }
        return List.copyOf(byQid.values());
    }

    /** The label named exactly: 0.7; only through an alias: 0.55 (a bare surname is an alias). */
    private static double nameScore(Entity entity, WikidataEntry candidate) {
        return LinkNames.normalise(candidate.label()).equals(LinkNames.normalise(entity.label())) ? 0.7 : 0.55;
    }

    /** Well-known entities are likelier referents in the news: up to 0.1 from the number of Wikipedia editions. */
    private static double prior(WikidataEntry candidate) {
        return candidate.sitelinks() <= 0 ? 0.05 : Math.min(0.1, Math.log10(1 + candidate.sitelinks()) / 25);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** What the article says around an entity: its title, its side, and the other entities it names. */
    record Context(Set<String> roleWords, Set<String> sideWords, Set<String> coMentioned) {

        static Context of(Entity entity, Map<EntityKey, Entity> byKey, Extraction extraction) {
            Set<String> roleWords = words(entity.role());
            Set<String> sideWords = entity.represents() == null ? Set.of() : words(entity.represents().name());
            Set<String> others = extraction.entities().stream()
                    .filter(e -> !e.key().equals(entity.key()) && e.type() != EntityType.PERSON)
                    .flatMap(e -> words(e.label()).stream())
                    .collect(Collectors.toSet());
            return new Context(roleWords, sideWords, others);
        }

        /** Up to 0.3 when the candidate's description agrees with the article: "President of Russia". */
        double score(WikidataEntry candidate) {
            Set<String> description = words(candidate.description());
            double score = 0;
            if (!sideWords.isEmpty() && description.containsAll(sideWords)) {
                score += 0.15;
            }
            if (!roleWords.isEmpty() && roleWords.stream().anyMatch(description::contains)) {
                score += 0.1;
            }
            if (coMentioned.stream().anyMatch(description::contains)) {
                score += 0.05;
            }
            return score;
        }

        private static Set<String> words(String text) {
            if (text == null) {
                return Set.of();
            }
            return java.util.Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                    .filter(w -> w.length() > 2).collect(Collectors.toSet());
        }
    }
}
