package org.parley.link;

import java.util.List;
import java.util.Optional;

/**
 * Finds the English Wikipedia article of a linked entity in CoreNLP's WikiDict: the article a name most often links
 * to, accepted only when its title is the entity's label or one of its aliases (WikiDict's "Zelensky" is a TV show).
 */
public final class WikipediaPages {

    private final WikiDictIndex wikiDict;

    public WikipediaPages(WikiDictIndex wikiDict) {
        this.wikiDict = wikiDict;
    }

    /** The article title ("Vladimir_Putin"), or empty when WikiDict does not name one that fits. */
    public Optional<String> titleOf(WikidataEntry entry) {
        List<String> names = entry.aliases().isEmpty() ? List.of(entry.label()) : entry.aliases();
        for (WikiTitle title : wikiDict.titles(entry.label())) {
            String asName = LinkNames.normalise(title.title().replace('_', ' '));
            if (title.probability() >= 0.5 && names.stream().map(LinkNames::normalise).anyMatch(asName::equals)) {
                return Optional.of(title.title());
            }
        }
        return Optional.empty();
    }
}
