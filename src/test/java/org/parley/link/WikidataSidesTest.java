package org.parley.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.extract.Entity;
import org.parley.extract.EntityKey;
import org.parley.extract.EntityType;
import org.parley.extract.Extraction;
import org.parley.extract.Gazetteer;

/** A linked person's side from the Wikidata description, only where the text named none. */
class WikidataSidesTest {

    private static final WikidataSides SIDES = new WikidataSides(Gazetteer.load());
    private static final EntityKey RIVERA = new EntityKey(EntityType.PERSON, "Ana Rivera");
    private static final EntityKey AIDE = new EntityKey(EntityType.PERSON, "Luis Soto");

    @Test
    void theOfficesJurisdictionComesBeforeTheNationality() {
        assertThat(SIDES.sideOf("Chilean diplomat, Minister of Foreign Affairs of Peru since 2024")).contains("Peru");
        assertThat(SIDES.sideOf("Vice President of the United States")).contains("United States");
        assertThat(SIDES.sideOf("Chilean economist")).contains("Chile");
        assertThat(SIDES.sideOf("economist and author")).isEmpty();
        assertThat(SIDES.sideOf("")).isEmpty();
    }

    @Test
    void aLinkedPersonWithoutASideGetsItAndWhoActsForThemToo() {
        Extraction extraction = new Extraction("a", List.of(
                new Entity(RIVERA, "Ana Rivera", List.of(), "Prime Minister", null),
                new Entity(AIDE, "Luis Soto", List.of(), "aide", null, RIVERA)), List.of(), List.of());
        Extraction filled = SIDES.fill(extraction, Map.of(RIVERA,
                new Link("Q1", 0.9, null, "Peruvian politician, Prime Minister of Peru")));
        EntityKey peru = new EntityKey(EntityType.COUNTRY, "Peru");
        assertThat(filled.entities()).filteredOn(e -> e.key().equals(RIVERA)).singleElement()
                .extracting(Entity::represents).isEqualTo(peru);
        assertThat(filled.entities()).filteredOn(e -> e.key().equals(AIDE)).singleElement()
                .extracting(Entity::represents).isEqualTo(peru);
        assertThat(filled.entities()).extracting(Entity::key).contains(peru);
    }

    @Test
    void theTextsSideStays() {
        EntityKey chile = new EntityKey(EntityType.COUNTRY, "Chile");
        Extraction extraction = new Extraction("a", List.of(
                new Entity(RIVERA, "Ana Rivera", List.of(), "envoy", chile)), List.of(), List.of());
        Extraction filled = SIDES.fill(extraction, Map.of(RIVERA,
                new Link("Q1", 0.9, null, "Peruvian politician, Prime Minister of Peru")));
        assertThat(filled).isSameAs(extraction);
    }
}
