package org.parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a speech verb reports, and what is only the circumstance of saying it. */
class ReportedSpeechTest {

    private static final Extractor EXTRACTOR = Extractor.standard();

    @Test
    void aParticipleOpeningTheSentenceIsTheSpeakersCircumstanceAndTheClauseIsStillReported() {
        // Appearing in the assembly hall via video link, Sir Alan Reed said the accord will be "good for both nations.
        // (CoreNLP takes the reported clause for an xcomp, and the quotation is never closed.)
        List<Act> acts = EXTRACTOR.extract(Docs.dated("2025-05-10")
                .sentence("Appearing/VBG/O/appear in/IN/O/in the/DT/O/the assembly/NN/O/assembly hall/NN/O/hall "
                                + "via/IN/O/via video/NN/O/video link/NN/O/link ,/,/O/, Sir/NNP/O/Sir Alan/NNP/PERSON/Alan "
                                + "Reed/NNP/PERSON/Reed said/VBD/O/say the/DT/O/the accord/NN/O/accord will/MD/O/will "
                                + "be/VB/O/be \u201C/``/O/\u201C good/JJ/O/good for/IN/O/for both/DT/O/both "
                                + "nations/NNS/O/nation ././O/.",
                        "advcl 13 1", "case 5 2", "det 5 3", "compound 5 4", "obl:in 1 5", "case 8 6", "compound 8 7",
                        "obl:via 1 8", "punct 13 9", "compound 12 10", "compound 12 11", "nsubj 13 12", "root 0 13",
                        "det 15 14", "nsubj 19 15", "aux 19 16", "cop 19 17", "punct 19 18", "xcomp 13 19",
                        "case 22 20", "det 22 21", "obl:for 19 22", "punct 13 23")
                .build()).acts();
        assertThat(acts).filteredOn(a -> a.type() == ActType.STATEMENT).singleElement()
                .satisfies(s -> assertThat(s.agents()).containsExactly(new EntityKey(EntityType.PERSON, "Alan Reed")));
    }
}
