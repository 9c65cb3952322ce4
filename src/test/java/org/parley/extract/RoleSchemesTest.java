package org.parley.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.parley.extract.ActLexicon.Pattern;
import org.parley.extract.RoleScheme.Field;
import org.parley.nlp.DependencyPattern.Graph;
import org.parley.nlp.Sentence;

/** The role schemes load, cover every scheme the act lexicon may name, and find parties on hand-built sentences. */
class RoleSchemesTest {

    private static final WordClasses WORDS = WordClasses.load(ActLexicon.load(),
            Lexicon.load("/org/parley/extract/speech-verbs.txt"), Lexicon.load("/org/parley/extract/light-verbs.txt"));
    private static final RoleSchemes SCHEMES = RoleSchemes.load(WORDS);

    @Test
    void everySchemeOfTheLexiconIsInTheFile() {
        for (Pattern pattern : Pattern.values()) {
            assertThat(SCHEMES.of(pattern)).as(pattern.name()).isNotNull();
            assertThat(SCHEMES.of(pattern).name()).isEqualTo(RoleSchemes.name(pattern));
        }
    }

    @Test
    void anAddresseeHungOnTheObjectIsFound() {
        // "Oslo offered a truce to Lima and Quito": "to Lima" on the object, as the parser often hangs it.
        Sentence s = sentence("Oslo/NNP offered/VBD/O/offer a/DT truce/NN to/IN Lima/NNP and/CC Quito/NNP ./.",
                "nsubj 2 1", "root 0 2", "det 4 3", "obj 2 4", "case 6 5", "nmod:to 4 6", "cc 8 7", "conj:and 6 8",
                "punct 2 9");
        assertThat(nodes(Pattern.SUBJ_TO_ADDRESSEE, Field.ADDRESSEE, s, 1)).containsExactly(5);
        assertThat(nodes(Pattern.SUBJ_OBJ_ADDRESSEE, Field.ADDRESSEE, s, 1)).containsExactly(3);
    }

    @Test
    void theSubjectOfAClauseMarkedByTheVerbsPrepositionIsTheAddressee() {
        // "Oslo called on Lima to withdraw", parsed with "on" marking "withdraw".
        Sentence s = sentence("Oslo/NNP called/VBD/O/call on/IN Lima/NNP to/TO withdraw/VB ./.",
                "nsubj 2 1", "root 0 2", "mark 6 3", "nsubj 6 4", "mark 6 5", "advcl:on 2 6", "punct 2 7");
        assertThat(nodes(Pattern.SUBJ_ON_ADDRESSEE, Field.ADDRESSEE, s, 1)).containsExactly(3);
        // Not when the preposition is not the word right after the verb.
        Sentence apart = sentence("Oslo/NNP called/VBD/O/call again/RB on/IN Lima/NNP to/TO withdraw/VB ./.",
                "nsubj 2 1", "root 0 2", "advmod 2 3", "mark 7 4", "nsubj 7 5", "mark 7 6", "advcl:on 2 7",
                "punct 2 8");
        assertThat(nodes(Pattern.SUBJ_ON_ADDRESSEE, Field.ADDRESSEE, apart, 1)).isEmpty();
    }

    @Test
    void participantsComeInTheOrderOfTheLines() {
        // "Oslo met Quito with Lima": the agent, then "with", then the object.
        Sentence s = sentence("Oslo/NNP met/VBD/O/meet Quito/NNP with/IN Lima/NNP ./.",
                "nsubj 2 1", "root 0 2", "obj 2 3", "case 5 4", "obl:with 2 5", "punct 2 6");
        RoleScheme scheme = SCHEMES.of(Pattern.SUBJ_WITH_PARTICIPANTS);
        assertThat(scheme.places(Field.PARTICIPANTS).get(0).isAgent()).isTrue();
        assertThat(nodes(Pattern.SUBJ_WITH_PARTICIPANTS, Field.PARTICIPANTS, s, 1)).containsExactly(4, 2);
    }

    @Test
    void bothHalvesOfAHyphenedPairOwnANoun() {
        // "the Lima-Quito talks": the parser hangs "Lima" from "Quito", not from "talks".
        Sentence s = sentence("the/DT Lima/NNP -/HYPH Quito/NNP talks/NNS/O/talk",
                "det 5 1", "compound 4 2", "punct 4 3", "compound 5 4", "root 0 5");
        assertThat(nodes(Pattern.NOUN, Field.AGENT, s, 4)).containsExactly(3, 1);
        // Not a name two words away without the hyphen: "the Lima city Quito talks".
        Sentence plain = sentence("the/DT Lima/NNP city/NN Quito/NNP talks/NNS/O/talk",
                "det 5 1", "compound 4 2", "compound 4 3", "compound 5 4", "root 0 5");
        assertThat(nodes(Pattern.NOUN, Field.AGENT, plain, 4)).containsExactly(3);
    }

    @Test
    void theVerbDoneDuringAMeetingIsFound() {
        // "Lima agreed during a call"
        Sentence s = sentence("Lima/NNP agreed/VBD/O/agree during/IN a/DT call/NN ./.",
                "nsubj 2 1", "root 0 2", "case 5 3", "det 5 4", "obl:during 2 5", "punct 2 6");
        assertThat(nodes(Pattern.NOUN, Field.DURING, s, 4)).containsExactly(1);
    }

    @Test
    void aLightVerbCarriesAMeasureOfMeetings() {
        // "Lima held two rounds of talks"
        Sentence held = sentence("Lima/NNP held/VBD/O/hold two/CD rounds/NNS/O/round of/IN talks/NNS/O/talk ./.",
                "nsubj 2 1", "root 0 2", "nummod 4 3", "obj 2 4", "case 6 5", "nmod:of 4 6", "punct 2 7");
        assertThat(nodes(Pattern.NOUN, Field.CARRIER, held, 5)).containsExactly(1);
        // "Lima welcomed the outcome of the talks": "welcome" is no light verb.
        Sentence welcomed = sentence("Lima/NNP welcomed/VBD/O/welcome the/DT outcome/NN of/IN talks/NNS/O/talk ./.",
                "nsubj 2 1", "root 0 2", "det 4 3", "obj 2 4", "case 6 5", "nmod:of 4 6", "punct 2 7");
        assertThat(nodes(Pattern.NOUN, Field.CARRIER, welcomed, 5)).isEmpty();
        assertThat(nodes(Pattern.NOUN, Field.CARRIER, welcomed, 3)).containsExactly(1);
    }

    @Test
    void aLineThatNamesNoRoleNodeIsRefused() {
        assertThatThrownBy(() -> RoleSchemes.parse("test.txt", "scheme: subj\naddressee: {}=act >obj {}=object\n",
                WORDS))
                .hasMessageContaining("test.txt:2");
        assertThatThrownBy(() -> RoleSchemes.parse("test.txt", "scheme: subj\nagent: subject(act)\n", WORDS))
                .hasMessageContaining("no scheme");
    }

    private static java.util.List<Integer> nodes(Pattern pattern, Field role, Sentence sentence, int act) {
        return SCHEMES.of(pattern).nodes(role, Graph.of(sentence), act);
    }

    private static Sentence sentence(String tokens, String... dependencies) {
        return Docs.dated("2026-01-01").sentence(tokens, dependencies).build().sentences().get(0);
    }
}
