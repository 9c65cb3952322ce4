package org.parley.extract;

import java.util.ArrayList;
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

    public Extractor(Gazetteer gazetteer) {
        this.mentionFinder = new MentionFinder(gazetteer);
        this.roleFinder = new RoleFinder(gazetteer);
        this.statementFinder = new StatementFinder(Lexicon.load("/org/parley/extract/speech-verbs.txt"), gazetteer);
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
                    role == null ? null : role.title(), role == null ? null : role.represents()));
        }
        return new Extraction(doc.id(), result, statementFinder.find(doc, entities));
    }
}
