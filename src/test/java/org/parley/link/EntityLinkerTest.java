package org.parley.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.extract.Entity;
import org.parley.extract.EntityKey;
import org.parley.extract.EntityType;
import org.parley.extract.Extraction;

/** The hard cases of linking: the right entity or none, never a guess. */
class EntityLinkerTest {

    private static final EntityLinker SHIPPED = EntityLinker.offline();

    private static Entity entity(EntityType type, String name) {
        return new Entity(new EntityKey(type, name), name, List.of(), null, null);
    }

    private static Map<EntityKey, Link> link(EntityLinker linker, Entity... entities) {
        return linker.link(new Extraction("test", List.of(entities), List.of(), List.of()));
    }

    @Test
    void theShippedTableLinksTheProtagonistsOfTheNews() {
        Entity putin = new Entity(new EntityKey(EntityType.PERSON, "Vladimir Putin"), "Vladimir Putin",
                List.of("Putin", "the Russian leader"), "President", new EntityKey(EntityType.COUNTRY, "Russia"));
        Map<EntityKey, Link> links = link(SHIPPED, putin, entity(EntityType.COUNTRY, "Russia"),
                entity(EntityType.ORGANIZATION, "NATO"), entity(EntityType.PLACE, "Kyiv"));
        assertThat(links.get(putin.key()).qid()).isEqualTo("Q7747");
        assertThat(links.get(putin.key()).confidence()).isGreaterThan(0.9);
        assertThat(links.values()).extracting(Link::qid).containsExactlyInAnyOrder("Q7747", "Q159", "Q7184", "Q1899");
    }

    @Test
    void washingtonTheCityAndWashingtonTheGovernmentAreDifferentEntities() {
        // "talks in Washington" is the place; "Washington aims ..." is the United States (extraction maps the
        // capital that acts to its country before linking).
        Map<EntityKey, Link> links = link(SHIPPED, entity(EntityType.PLACE, "Washington, D.C."),
                entity(EntityType.COUNTRY, "United States"));
        assertThat(links.get(new EntityKey(EntityType.PLACE, "Washington, D.C.")).qid()).isEqualTo("Q61");
        assertThat(links.get(new EntityKey(EntityType.COUNTRY, "United States")).qid()).isEqualTo("Q30");
    }

    @Test
    void aPersonNeverLinksToAPlaceOfTheSameName() throws IOException {
        EntityLinker linker = new EntityLinker(List.of(QidTable.parse(new StringReader("""
                qid\tlabel\ttype\taliases\tdescription
                Q230\tGeorgia\tCountry\tGeorgia|Sakartvelo\tcountry in the Caucasus
                Q1428\tGeorgia\tPlace\tGeorgia|State of Georgia\tstate of the United States of America
                """))), EntityLinker.DEFAULT_THRESHOLD);
        Map<EntityKey, Link> links = link(linker, entity(EntityType.PERSON, "Georgia"),
                entity(EntityType.COUNTRY, "Georgia"), entity(EntityType.PLACE, "Georgia"));
        assertThat(links).doesNotContainKey(new EntityKey(EntityType.PERSON, "Georgia"));
        assertThat(links.get(new EntityKey(EntityType.COUNTRY, "Georgia")).qid()).isEqualTo("Q230");
        assertThat(links.get(new EntityKey(EntityType.PLACE, "Georgia")).qid()).isEqualTo("Q1428");
    }

    @Test
    void anUnknownPersonStaysUnlinkedEvenWhenASurnameIsFamous() {
        Map<EntityKey, Link> links = link(SHIPPED, entity(EntityType.PERSON, "Maria Putin"),
                entity(EntityType.PERSON, "Viktor Orbanovich"));
        assertThat(links).isEmpty();
    }

    @Test
    void aSurnameAloneLinksOnlyThroughAVerifiedAlias() {
        // The article never gave the full name; the verified table lists "Zelensky" as his name.
        Map<EntityKey, Link> links = link(SHIPPED, new Entity(new EntityKey(EntityType.PERSON, "Zelensky"),
                "Zelensky", List.of(), "President", new EntityKey(EntityType.COUNTRY, "Ukraine")));
        assertThat(links.values()).extracting(Link::qid).containsExactly("Q3874799");
    }

    @Test
    void twoEquallyGoodCandidatesLeaveTheEntityUnlinked() throws IOException {
        EntityLinker linker = new EntityLinker(List.of(QidTable.parse(new StringReader("""
                qid\tlabel\ttype\taliases\tdescription
                Q100\tJohn Smith\tPerson\tJohn Smith\tdiplomat of the United Kingdom
                Q200\tJohn Smith\tPerson\tJohn Smith\tAmerican senator
                """))), EntityLinker.DEFAULT_THRESHOLD);
        assertThat(link(linker, entity(EntityType.PERSON, "John Smith"))).isEmpty();
        // ... unless the article says which: "British diplomat John Smith".
        Entity british = new Entity(new EntityKey(EntityType.PERSON, "John Smith"), "John Smith", List.of(),
                "diplomat", new EntityKey(EntityType.COUNTRY, "United Kingdom"));
        assertThat(link(linker, british).values()).extracting(Link::qid).containsExactly("Q100");
    }
}
