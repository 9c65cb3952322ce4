package org.parley.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.parley.nlp.AnnotatedDoc;

/**
 * Reads what an annotated article says about the negotiation: its actors and places (with roles and sides) and its
 * acts. A pure function of the {@link AnnotatedDoc}, so rules are tested on small hand-built documents.
 */
public final class Extractor {

    private final MentionFinder mentionFinder;
    private final EntityResolver resolver = new EntityResolver();
    private final RoleFinder roleFinder;
    private final StatementFinder statementFinder;
    private final ActFinder actFinder;
    private final IssueLexicon issues;
    private final Gazetteer gazetteer;

    public Extractor(Gazetteer gazetteer) {
        Lexicon speechVerbs = Lexicon.load("/org/parley/extract/speech-verbs.txt");
        this.issues = IssueLexicon.load();
        this.gazetteer = gazetteer;
        this.mentionFinder = new MentionFinder(gazetteer);
        this.roleFinder = new RoleFinder(gazetteer);
        this.statementFinder = new StatementFinder(speechVerbs, gazetteer, issues);
        ActLexicon acts = ActLexicon.load();
        Lexicon lightVerbs = Lexicon.load("/org/parley/extract/light-verbs.txt");
        WordClasses words = WordClasses.load(acts, speechVerbs, lightVerbs);
        this.actFinder = new ActFinder(acts, issues, speechVerbs, lightVerbs, gazetteer, ActPatterns.load(words),
                RoleSchemes.load(words));
    }

    /** The gazetteer the rules read names with, for the steps after extraction that need the same names. */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** An extractor with the gazetteer and lexicons that ship with Parley. */
    public static Extractor standard() {
        return new Extractor(Gazetteer.load());
    }

    public Extraction extract(AnnotatedDoc doc) {
        DocEntities entities = resolver.resolve(doc, mentionFinder.find(doc));
        Map<EntityKey, Role> roles = roleFinder.find(doc, entities);
        List<Entity> result = new ArrayList<>();
        for (EntityKey key : entities.keys()) {
            Role role = roles.get(key);
            List<String> otherNames = entities.surfaces(key).stream().filter(s -> !s.equals(key.name())).toList();
            result.add(new Entity(key, entities.label(key), otherNames,
                    role == null ? null : role.title(), role == null ? null : role.represents(),
                    role == null ? null : role.onBehalfOf()));
        }
        Map<EntityKey, EntityKey> sides = new java.util.HashMap<>();
        roles.forEach((person, role) -> {
            if (role.represents() != null) {
                sides.put(person, role.represents());
            }
        });
        // The text first; for a known person it gives no side, the verified table's description ("President of the
        // United States") tells whom the person's acts speak for.
        entities.keys().stream().filter(k -> k.type() == EntityType.PERSON && !sides.containsKey(k))
                .forEach(k -> gazetteer.describedSideOf(k.name())
                        .ifPresent(c -> sides.put(k, new EntityKey(EntityType.COUNTRY, c))));
        List<Act> found = new ArrayList<>(statementFinder.find(doc, entities));
        found.addAll(actFinder.find(doc, entities, found, sides));
        List<Act> acts = Discourse.apply(doc, found, sides);
        // An act may name a party the article only implies ("Moscow dismissed" is Russia): it is an entity too.
        Set<EntityKey> known = new java.util.HashSet<>(entities.keys());
        acts.stream().flatMap(a -> java.util.stream.Stream.of(a.agents(), a.participants(), a.addressees())
                        .flatMap(List::stream))
                .filter(known::add)
                .forEach(key -> result.add(new Entity(key, key.name(), List.of(), null, null)));
        // So may a person's side ("a Rwandan counterpart" names Rwanda only by its demonym).
        roles.values().stream().map(Role::represents).filter(java.util.Objects::nonNull).toList().stream()
                .filter(known::add)
                .forEach(key -> result.add(new Entity(key, key.name(), List.of(), null, null)));
        Set<Issue> mentioned = new LinkedHashSet<>();
        doc.sentences().forEach(s -> mentioned.addAll(issues.find(s, t -> true)));
        acts.forEach(a -> mentioned.addAll(a.topics()));
        return new Extraction(doc.id(), result, List.copyOf(mentioned), acts);
    }
}
