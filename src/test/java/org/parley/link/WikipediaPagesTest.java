package org.parley.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.extract.EntityType;

/** A linked entity's Wikipedia article comes from WikiDict only when the article's title is one of its names. */
class WikipediaPagesTest {

    @TempDir
    Path dir;

    @Test
    void theArticleMustBeNamedLikeTheEntity() throws IOException {
        String wikiDict = String.join("\n",
                "Vladimir Putin\tVladimir_Putin\t1.0",
                "Volodymyr Zelenskyy\tZelensky_(TV_series)\t0.9",
                "Kyiv\tKiev\t0.97",
                "Jeddah\tJeddah\t0.3") + "\n";
        Path index = dir.resolve("wikidict.idx");
        WikiDictIndex.build(new ByteArrayInputStream(wikiDict.getBytes(StandardCharsets.UTF_8)), index);
        WikipediaPages pages = new WikipediaPages(WikiDictIndex.open(index));

        assertThat(pages.titleOf(entry("Q7747", "Vladimir Putin", EntityType.PERSON, "Putin")))
                .contains("Vladimir_Putin");
        // The article WikiDict gives is a TV series, not the president.
        assertThat(pages.titleOf(entry("Q3874799", "Volodymyr Zelenskyy", EntityType.PERSON, "Zelensky")))
                .isEmpty();
        // An old title that is an alias of the entity is its article.
        assertThat(pages.titleOf(entry("Q1899", "Kyiv", EntityType.PLACE, "Kiev"))).contains("Kiev");
        // Too rare a link from this name to trust.
        assertThat(pages.titleOf(entry("Q374365", "Jeddah", EntityType.PLACE, "Jidda"))).isEqualTo(Optional.empty());
    }

    private static WikidataEntry entry(String qid, String label, EntityType type, String alias) {
        return new WikidataEntry(qid, label, type, List.of(label, alias), "", null, 0);
    }
}
