package org.parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The WordNet tool finds the derived forms a class needs: a verb's noun, a word's synonyms in its first senses. */
class LexiconSuggestTest {

    private static final LexiconSuggest WORDNET = LexiconSuggest.load();

    @Test
    void aVerbYieldsItsDerivedNoun() throws Exception {
        assertThat(WORDNET.related("accuse", 'V', "ACCUSATION", 2))
                .anySatisfy(c -> {
                    assertThat(c.form()).isEqualTo("accusation");
                    assertThat(c.pos()).isEqualTo('N');
                    assertThat(c.relation()).isEqualTo("derived");
                });
        assertThat(WORDNET.related("reject", 'V', "REJECTION", 2)).extracting(LexiconSuggest.Candidate::form)
                .contains("rejection");
    }

    @Test
    void aNounYieldsItsDerivedVerbAndAnAdjectiveItsSimilarAdjectives() throws Exception {
        assertThat(WORDNET.related("refusal", 'N', "REJECTION", 1)).extracting(LexiconSuggest.Candidate::form)
                .contains("refuse");
        assertThat(WORDNET.related("ready", 'A', "PROPOSAL", 2)).extracting(LexiconSuggest.Candidate::form)
                .isNotEmpty();
    }

    @Test
    void onlyTheFirstSensesAreFollowed() throws Exception {
        // "hold" in its 24th sense means "reject"; the tool follows a word's first senses only, so the lexicon's
        // "reject" offers "hold" only at a rank that marks it as a minor sense of a polysemous word.
        assertThat(WORDNET.related("reject", 'V', "REJECTION", 2))
                .filteredOn(c -> c.form().equals("hold")).allSatisfy(c -> assertThat(c.rank()).isGreaterThan(1));
    }
}
