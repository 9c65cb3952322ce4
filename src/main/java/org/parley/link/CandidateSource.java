package org.parley.link;

import java.util.List;

/** Where the linker finds Wikidata entities that a name may refer to. */
public interface CandidateSource {

    /**
     * The entities whose label or alias is this name, compared case-insensitively after normalising white space and
     * apostrophes; an empty list when none is known. Never a fuzzy match: a wrong link is worse than none.
     */
    List<WikidataEntry> candidates(String name);

    /** What this source is, for the build's fingerprint: a different source relinks unchanged articles. */
    default String signature() {
        return getClass().getSimpleName();
    }
}
