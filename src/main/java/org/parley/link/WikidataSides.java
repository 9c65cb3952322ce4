package org.parley.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.extract.DescribedSide;
import org.parley.extract.Entity;
import org.parley.extract.EntityKey;
import org.parley.extract.EntityType;
import org.parley.extract.Extraction;
import org.parley.extract.Gazetteer;

/**
 * A person's side from Wikidata, for a linked person whose article names none ("Vice President JD Vance said"). The
 * text comes first: this only fills a side the rules left empty. The side is read from the linked item's English
 * description, which for people in public office follows one convention, "Russian politician, President of Russia":
 * the jurisdiction of the office ("of Russia", as property P39's office would give it) first, else the nationality
 * the description opens with (as P27, citizenship, would). Descriptions come with every source (the verified table,
 * a {@code wikidata-index} dump, the online API), so this works offline with whatever index a build uses.
 */
public final class WikidataSides {

    private final Gazetteer gazetteer;

    public WikidataSides(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The extraction with the sides of linked people filled where the text gave none, and those states added. */
    public Extraction fill(Extraction extraction, Map<EntityKey, Link> links) {
        Set<EntityKey> known = new HashSet<>();
        extraction.entities().forEach(e -> known.add(e.key()));
        List<Entity> entities = new ArrayList<>();
        List<Entity> added = new ArrayList<>();
        for (Entity entity : extraction.entities()) {
            Link link = links.get(entity.key());
            if (entity.type() != EntityType.PERSON || entity.represents() != null || link == null) {
                entities.add(entity);
                continue;
            }
            Optional<EntityKey> side = sideOf(link.description()).map(c -> new EntityKey(EntityType.COUNTRY, c));
            entities.add(side.map(entity::withRepresents).orElse(entity));
            side.filter(known::add).ifPresent(s -> added.add(new Entity(s, s.name(), List.of(), null, null)));
        }
        // "President Putin's aide, Yuri Ushakov": who acts for a person whose side Wikidata gave has that side too.
        Map<EntityKey, EntityKey> sides = new java.util.HashMap<>();
        entities.stream().filter(e -> e.represents() != null).forEach(e -> sides.put(e.key(), e.represents()));
        entities.replaceAll(e -> e.represents() == null && e.onBehalfOf() != null && sides.containsKey(e.onBehalfOf())
                ? e.withRepresents(sides.get(e.onBehalfOf())) : e);
        if (entities.equals(extraction.entities()) && added.isEmpty()) {
            return extraction;
        }
        entities.addAll(added);
        return new Extraction(extraction.articleId(), entities, extraction.issues(), extraction.acts());
    }

    /** The state a description places a person in: the office's jurisdiction, else the opening nationality. */
    Optional<String> sideOf(String description) {
        return DescribedSide.of(description, gazetteer);
    }
}
