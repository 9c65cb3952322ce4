package org.parley.extract;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.nlp.Dependency;
import org.parley.nlp.Sentence;
import org.parley.nlp.Span;

/**
 * The entities of one article after names and coreference are merged, and which tokens refer to which entity, so
 * that later rules can ask "who is this 'he'?".
 */
final class DocEntities {

    private final Map<EntityKey, String> labels = new LinkedHashMap<>();
    private final Map<EntityKey, Set<String>> surfaces = new LinkedHashMap<>();
    private final Map<Long, EntityKey> byToken = new LinkedHashMap<>();
    private final List<NamedMention> namedMentions;

    DocEntities(List<NamedMention> namedMentions) {
        this.namedMentions = List.copyOf(namedMentions);
    }

    void add(EntityKey key, String surface) {
        labels.putIfAbsent(key, key.name());
        String clean = Names.clean(surface);
        if (!clean.isEmpty()) {
            surfaces.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(clean);
        }
    }

    void markTokens(Span span, EntityKey key, boolean overwrite) {
        for (int t = span.start(); t < span.end(); t++) {
            long slot = slot(span.sentence(), t);
            if (overwrite) {
                byToken.put(slot, key);
            } else {
                byToken.putIfAbsent(slot, key);
            }
        }
    }

    Collection<EntityKey> keys() {
        return labels.keySet();
    }

    String label(EntityKey key) {
        return labels.get(key);
    }

    Set<String> surfaces(EntityKey key) {
        return surfaces.getOrDefault(key, Set.of());
    }

    List<NamedMention> namedMentions() {
        return namedMentions;
    }

    /** The entity a token refers to, by name or through coreference. */
    Optional<EntityKey> at(int sentence, int token) {
        return Optional.ofNullable(byToken.get(slot(sentence, token)));
    }

    /**
     * The entity a noun refers to, or the one it introduces: in "Trump's special envoy Steve Witkoff" the parser may
     * make "envoy" the head, with the name hanging from it as apposition, compound or an unlabelled dependent.
     */
    Optional<EntityKey> atOrNamed(Sentence sentence, int token) {
        Optional<EntityKey> key = at(sentence.index(), token);
        if (key.isPresent()) {
            return key;
        }
        for (Dependency d : sentence.dependents(token)) {
            if (d.is("appos") || d.is("dep") || d.is("flat")) {
                Optional<EntityKey> named = at(sentence.index(), d.dependent())
                        .filter(k -> k.type() == EntityType.PERSON);
                if (named.isPresent()) {
                    return named;
                }
            }
        }
        return Optional.empty();
    }

    /** The entity a span refers to: that of its head, else of its first token that refers to one. */
    Optional<EntityKey> in(Span span) {
        Optional<EntityKey> head = at(span.sentence(), span.head());
        if (head.isPresent()) {
            return head;
        }
        for (int t = span.start(); t < span.end(); t++) {
            Optional<EntityKey> key = at(span.sentence(), t);
            if (key.isPresent()) {
                return key;
            }
        }
        return Optional.empty();
    }

    /** The entity a name given as text refers to ("Trump", "Donald Trump"), when exactly one fits. */
    Optional<EntityKey> byName(String name) {
        List<String> words = Names.personWords(name);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        List<EntityKey> fits = labels.keySet().stream()
                .filter(k -> Names.personWords(k.name()).containsAll(words)
                        || surfaces(k).stream().anyMatch(s -> Names.personWords(s).equals(words)))
                .toList();
        return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
    }

    private static long slot(int sentence, int token) {
        return ((long) sentence << 32) | token;
    }
}
