package org.parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.parley.nlp.Sentence;
import org.junit.jupiter.api.Test;

/**
 * What is not an act, or not a new one: a headline's quotation, an agreement only striven for, a meeting inside a
 * threat, a text described "according to" a source, a need; and one proposal reported three times. Sentences written
 * for these tests, parsed by CoreNLP ({@code DevExplain spec}).
 */
class ActMentionsAndScopeTest {

    private static final Extractor EXTRACTOR = Extractor.standard();
    private static final EntityKey ETHIOPIA = new EntityKey(EntityType.COUNTRY, "Ethiopia");
    private static final EntityKey ERITREA = new EntityKey(EntityType.COUNTRY, "Eritrea");
    private static final EntityKey GHANA = new EntityKey(EntityType.COUNTRY, "Ghana");

    private static List<Act> acts(Docs docs, ActType type) {
        return EXTRACTOR.extract(docs.build()).acts().stream().filter(a -> a.type() == type).toList();
    }

    @Test
    void aQuotationThatIsTheHeadlineIsNoStatementTheBodyGivesItsOwn() {
        List<Act> statements = acts(Docs.dated("2026-02-12")
                // “We are close to a deal”
                .sentence("“/``/O/“ We/PRP/O/we are/VBP/O/be close/JJ/O/close to/IN/O/to a/DT/O/a deal/NN/O/deal ”/''/O/”",
                        "root 0 1", "nsubj 7 2", "cop 7 3", "case 7 4", "fixed 4 5", "det 7 6", "obl:close_to 1 7",
                        "punct 7 8")
                .quoteIn(0, "Ruto")
                // Kenya's president William Ruto said on Monday that a deal with Ethiopia was near.
                .sentence("Kenya/NNP/COUNTRY/Kenya 's/POS/O/'s president/NN/TITLE/president William/NNP/PERSON/William Ruto/NNP/PERSON/Ruto said/VBD/O/say on/IN/O/on Monday/NNP/DATE=2026-02-09/Monday that/IN/O/that a/DT/O/a deal/NN/O/deal with/IN/O/with Ethiopia/NNP/COUNTRY/Ethiopia was/VBD/O/be near/JJ/O/near ././O/.",
                        "nmod:poss 3 1", "case 1 2", "nsubj 6 3", "compound 5 4", "dep 3 5", "root 0 6", "case 8 7",
                        "obl:on 6 8", "mark 15 9", "det 11 10", "nsubj 15 11", "case 13 12", "nmod:with 11 13",
                        "cop 15 14", "ccomp 6 15", "punct 6 16")
                // “We are close to a deal,” Ruto told reporters in Nairobi.
                .sentence("“/``/O/“ We/PRP/O/we are/VBP/O/be close/JJ/O/close to/IN/O/to a/DT/O/a deal/NN/O/deal ,/,/O/, ”/''/O/” Ruto/NNP/PERSON/Ruto told/VBD/O/tell reporters/NNS/O/reporter in/IN/O/in Nairobi/NNP/CITY/Nairobi ././O/.",
                        "punct 11 1", "nsubj 7 2", "cop 7 3", "case 7 4", "fixed 4 5", "det 7 6", "ccomp 11 7",
                        "punct 11 8", "punct 11 9", "nsubj 11 10", "root 0 11", "obj 11 12", "case 14 13",
                        "obl:in 11 14", "punct 11 15")
                .quoteIn(2, "Ruto"), ActType.STATEMENT);
        assertThat(statements).isNotEmpty()
                .noneMatch(s -> s.evidence().startsWith("\u201CWe are close to a deal\u201D"));
        assertThat(statements).anyMatch(s -> s.evidence().endsWith("told reporters in Nairobi."));
    }

    @Test
    void aHeadlineIsALineWithoutAStopEvenWhenItIsAQuotation() {
        assertThat(Headlines.isHeadline(first("\u201C/`` We/PRP are/VBP close/JJ to/IN a/DT deal/NN \u201D/''")))
                .isTrue();
        assertThat(Headlines.isHeadline(first("\u201C/`` We/PRP are/VBP close/JJ ./. \u201D/'' Ruto/NNP said/VBD ./.")))
                .isFalse();
        assertThat(Headlines.isHeadline(first("\u201C/`` We/PRP are/VBP close/JJ to/IN a/DT deal/NN ./. \u201D/''")))
                .as("a quotation that closes on its own stop").isFalse();
    }

    @Test
    void whoQuotesAnotherRelaysTheWordsAndIsNoSpeakerWhoIsQuotedIs() {
        Sentence active = first("AFP/NNP/ORGANIZATION quoted/VBD/O/quote a/DT diplomat/NN ./.",
                "nsubj 2 1", "root 0 2", "det 4 3", "obj 2 4", "punct 2 5");
        Sentence passive = first("Ruto/NNP/PERSON was/VBD/O/be quoted/VBN/O/quote as/IN saying/VBG/O/say ./.",
                "nsubj:pass 3 1", "aux:pass 3 2", "root 0 3", "mark 5 4", "advcl:as 3 5", "punct 3 6");
        assertThat(ReportedStatements.relays(active, 1)).isTrue();
        assertThat(ReportedStatements.relays(passive, 2)).isFalse();
    }

    private static Sentence first(String tokens, String... dependencies) {
        return Docs.dated("2026-02-12").sentence(tokens, dependencies).build().sentence(0);
    }

    @Test
    void anAgreementOnlyStrivenForIsNoAcceptance() {
        Extraction x = EXTRACTOR.extract(Docs.dated("2026-02-04")
                // Chad and Niger held talks in Niamey on Tuesday, aiming to agree on a joint border force.
                .sentence("Chad/NNP/COUNTRY/Chad and/CC/O/and Niger/NNP/COUNTRY/Niger held/VBD/O/hold talks/NNS/O/talk in/IN/O/in Niamey/NNP/CITY/Niamey on/IN/O/on Tuesday/NNP/DATE=2026-02-03/Tuesday ,/,/O/, aiming/VBG/O/aim to/TO/O/to agree/VB/O/agree on/IN/O/on a/DT/O/a joint/JJ/O/joint border/NN/O/border force/NN/O/force ././O/.",
                        "nsubj 4 1", "cc 3 2", "conj:and 1 3", "nsubj 4 3", "root 0 4", "obj 4 5", "case 7 6",
                        "nmod:in 5 7", "case 9 8", "obl:on 4 9", "punct 4 10", "dep 4 11", "mark 13 12", "xcomp 11 13",
                        "case 18 14", "det 18 15", "amod 18 16", "compound 18 17", "obl:on 13 18", "punct 4 19")
                .build());
        assertThat(x.acts()).extracting(Act::type).containsExactly(ActType.MEETING);
    }

    @Test
    void aMeetingInsideAThreatIsThreatenedNotHeld() {
        Extraction x = EXTRACTOR.extract(Docs.dated("2026-02-09")
                // Kenya warned that it would stop brokering talks between Chad and Niger if the shelling continued.
                .sentence("Kenya/NNP/COUNTRY/Kenya warned/VBD/O/warn that/IN/O/that it/PRP/O/it would/MD/O/would stop/VB/O/stop brokering/VBG/O/broker talks/NNS/O/talk between/IN/O/between Chad/NNP/COUNTRY/Chad and/CC/O/and Niger/NNP/COUNTRY/Niger if/IN/O/if the/DT/O/the shelling/VBG/O/shell continued/VBN/O/continue ././O/.",
                        "nsubj 2 1", "root 0 2", "mark 6 3", "nsubj 6 4", "aux 6 5", "ccomp 2 6", "amod 8 7", "obj 6 8",
                        "case 10 9", "nmod:between 8 10", "cc 12 11", "nmod:between 8 12", "conj:and 10 12",
                        "mark 16 13", "nsubj 16 14", "amod 14 15", "advcl:if 6 16", "punct 2 17")
                .build());
        assertThat(x.acts()).extracting(Act::type).containsExactly(ActType.THREAT);
    }

    @Test
    void aTextDescribedAccordingToASourceIsNoStatementOfIt() {
        Extraction x = EXTRACTOR.extract(Docs.dated("2026-02-06")
                // According to Norway, the second chapter of the draft covers the exchange of prisoners.
                .sentence("According/VBG/O/accord to/IN/O/to Norway/NNP/COUNTRY/Norway ,/,/O/, the/DT/O/the second/JJ/ORDINAL=2.0/second chapter/NN/O/chapter of/IN/O/of the/DT/O/the draft/NN/O/draft covers/VBZ/O/cover the/DT/O/the exchange/NN/O/exchange of/IN/O/of prisoners/NNS/O/prisoner ././O/.",
                        "case 3 1", "fixed 1 2", "obl:according_to 11 3", "punct 11 4", "det 7 5", "amod 7 6",
                        "nsubj 11 7", "case 10 8", "det 10 9", "nmod:of 7 10", "root 0 11", "det 13 12", "obj 11 13",
                        "case 15 14", "nmod:of 13 15", "punct 11 16")
                .build());
        assertThat(x.acts()).isEmpty();
    }

    @Test
    void aPartysRequirementsAreItsNeedsNotADemand() {
        Extraction x = EXTRACTOR.extract(Docs.dated("2026-02-10")
                // The new text meets Niger's requirements, the mediator said.
                .sentence("The/DT/O/the new/JJ/O/new text/NN/O/text meets/VBZ/O/meet Niger/NNP/COUNTRY/Niger 's/POS/O/'s requirements/NNS/O/requirement ,/,/O/, the/DT/O/the mediator/NN/TITLE/mediator said/VBD/O/say ././O/.",
                        "det 3 1", "amod 3 2", "nsubj 4 3", "ccomp 11 4", "nmod:poss 7 5", "case 5 6", "obj 4 7",
                        "punct 11 8", "det 10 9", "nsubj 11 10", "root 0 11", "punct 11 12")
                .build());
        assertThat(x.acts()).noneMatch(a -> a.type() == ActType.DEMAND);
    }

    @Test
    void aTruceInTheWarWithASideIsOfferedToItAndTheHolidayItCoversDoesNotDateIt() {
        List<Act> proposals = acts(Docs.dated("2026-02-05")
                // Eritrea announced a truce in the war with Ethiopia for Christmas.
                .sentence("Eritrea/NNP/COUNTRY/Eritrea announced/VBD/O/announce a/DT/O/a truce/NN/O/truce in/IN/O/in the/DT/O/the war/NN/CAUSE_OF_DEATH/war with/IN/O/with Ethiopia/NNP/COUNTRY/Ethiopia for/IN/O/for Christmas/NNP/DATE=2025-12-25/Christmas ././O/.",
                        "nsubj 2 1", "root 0 2", "det 4 3", "obj 2 4", "case 7 5", "det 7 6", "nmod:in 4 7", "case 9 8",
                        "nmod:with 7 9", "case 11 10", "nmod:for 7 11", "punct 2 12"), ActType.PROPOSAL);
        assertThat(proposals).singleElement().satisfies(p -> {
            assertThat(p.agents()).containsExactly(ERITREA);
            assertThat(p.addressees()).containsExactly(ETHIOPIA);
            assertThat(p.date()).isNotEqualTo(LocalDate.parse("2025-12-25"));
        });
    }

    @Test
    void aProposalReportedThreeTimesIsOneActEvidencedWhereTheTextDatesIt() {
        List<Act> proposals = acts(Docs.dated("2026-02-07")
                // Eritrea has declared a short truce in its war with Ethiopia.
                .sentence("Eritrea/NNP/COUNTRY/Eritrea has/VBZ/O/have declared/VBN/O/declare a/DT/O/a short/JJ/O/short truce/NN/O/truce in/IN/O/in its/PRP$/O/its war/NN/CAUSE_OF_DEATH/war with/IN/O/with Ethiopia/NNP/COUNTRY/Ethiopia ././O/.",
                        "nsubj 3 1", "aux 3 2", "root 0 3", "det 6 4", "amod 6 5", "obj 3 6", "case 9 7",
                        "nmod:poss 9 8", "nmod:in 6 9", "case 11 10", "nmod:with 9 11", "punct 3 12")
                // On Saturday, Eritrea announced a three-day truce, saying that all fighting would stop at midnight.
                .sentence("On/IN/O/on Saturday/NNP/DATE=2026-02-07/Saturday ,/,/O/, Eritrea/NNP/COUNTRY/Eritrea announced/VBD/O/announce a/DT/O/a three/CD/DURATION=P3D/three -/HYPH/DURATION=P3D/- day/NN/DURATION=P3D/day truce/NN/O/truce ,/,/O/, saying/VBG/O/say that/IN/O/that all/DT/O/all fighting/NN/O/fighting would/MD/O/would stop/VB/O/stop at/IN/O/at midnight/NN/TIME=2026-02-07T00:00/midnight ././O/.",
                        "case 2 1", "obl:on 5 2", "punct 5 3", "nsubj 5 4", "root 0 5", "det 10 6", "nummod 9 7",
                        "punct 9 8", "compound 10 9", "obj 5 10", "punct 5 11", "dep 5 12", "mark 17 13", "det 15 14",
                        "nsubj 17 15", "aux 17 16", "ccomp 12 17", "case 19 18", "obl:at 17 19", "punct 5 20")
                // Eritrea proposed the truce after Ethiopia shelled a border town.
                .sentence("Eritrea/NNP/COUNTRY/Eritrea proposed/VBD/O/propose the/DT/O/the truce/NN/O/truce after/IN/O/after Ethiopia/NNP/COUNTRY/Ethiopia shelled/VBD/O/shell a/DT/O/a border/NN/O/border town/NN/O/town ././O/.",
                        "nsubj 2 1", "root 0 2", "det 4 3", "obj 2 4", "mark 7 5", "nsubj 7 6", "advcl:after 2 7",
                        "det 10 8", "compound 10 9", "obj 7 10", "punct 2 11"), ActType.PROPOSAL);
        assertThat(proposals).singleElement().satisfies(p -> {
            assertThat(p.evidence()).startsWith("On Saturday, Eritrea announced");
            assertThat(p.date()).isEqualTo(LocalDate.parse("2026-02-07"));
            assertThat(p.laterEvidence()).hasSize(2).anyMatch(e -> e.startsWith("Eritrea has declared"))
                    .anyMatch(e -> e.startsWith("Eritrea proposed the truce"));
        });
    }

    @Test
    void aQuotationThatGoesOnKeepsItsStatementAndItsSpeaker() {
        Extraction x = EXTRACTOR.extract(Docs.dated("2026-02-08")
                // “We met for six hours in Doha,” Ruto said.
                .sentence("“/``/O/“ We/PRP/O/we met/VBD/O/meet for/IN/O/for six/CD/DURATION=PT6H/six hours/NNS/DURATION=PT6H/hour in/IN/O/in Doha/NNP/CITY/Doha ,/,/O/, ”/''/O/” Ruto/NNP/PERSON/Ruto said/VBD/O/say ././O/.",
                        "punct 12 1", "nsubj 3 2", "ccomp 12 3", "case 6 4", "nummod 6 5", "obl:for 3 6", "case 8 7",
                        "obl:in 3 8", "punct 12 9", "punct 12 10", "nsubj 12 11", "root 0 12", "punct 12 13")
                .quoteIn(0, "Ruto")
                // “I told them I will visit Chad and Niger next month.”
                .sentence("“/``/O/“ I/PRP/O/I told/VBD/O/tell them/PRP/O/they I/PRP/O/I will/MD/O/will visit/VB/O/visit Chad/NNP/COUNTRY/Chad and/CC/O/and Niger/NNP/COUNTRY/Niger next/JJ/DATE=2026-03/next month/NN/DATE=2026-03/month ././O/. ”/''/O/”",
                        "punct 3 1", "nsubj 3 2", "root 0 3", "obj 3 4", "nsubj 7 5", "aux 7 6", "parataxis 3 7",
                        "obj 7 8", "cc 10 9", "obj 7 10", "conj:and 8 10", "amod 12 11", "obl:tmod 7 12", "punct 3 13",
                        "punct 3 14")
                .quoteIn(1, "Ruto")
                .build());
        assertThat(x.acts()).filteredOn(a -> a.type() == ActType.STATEMENT).singleElement()
                .satisfies(s -> assertThat(s.quote()).startsWith("We met for six hours"));
        assertThat(x.acts()).filteredOn(a -> a.type() == ActType.MEETING).singleElement().satisfies(m -> {
            assertThat(m.participants()).extracting(EntityKey::name).contains("Ruto", "Chad", "Niger");
            assertThat(m.status()).isEqualTo("planned");
        });
    }

    @Test
    void aRelativeClauseAfterACommaIsAboutTheNounBeforeItWhereverTheParserHangsIt() {
        List<Act> proposals = acts(Docs.dated("2026-02-11")
                // Several neighbours, including Ghana, which offered to host the talks, welcomed the plan.
                .sentence("Several/JJ/O/several neighbours/NNS/O/neighbour ,/,/O/, including/VBG/O/include Ghana/NNP/COUNTRY/Ghana ,/,/O/, which/WDT/O/which offered/VBD/O/offer to/TO/O/to host/VB/O/host the/DT/O/the talks/NNS/O/talk ,/,/O/, welcomed/VBD/O/welcome the/DT/O/the plan/NN/O/plan ././O/.",
                        "amod 2 1", "root 0 2", "punct 2 3", "case 5 4", "nmod:including 2 5", "punct 5 6", "dep 5 7",
                        "dep 7 8", "mark 10 9", "xcomp 8 10", "det 12 11", "obj 10 12", "punct 10 13", "dep 10 14",
                        "det 16 15", "obj 14 16", "punct 2 17"), ActType.PROPOSAL);
        assertThat(proposals).singleElement().satisfies(p -> assertThat(p.agents()).containsExactly(GHANA));
    }

    @Test
    void anAgreementOnlyConsideredIsNoAcceptanceItsSpeakerStatesIt() {
        // A sentence of docs/dev-set (the team's own evaluation articles).
        Extraction x = EXTRACTOR.extract(Docs.dated("2025-06-03")
                // EU foreign policy chief Kaja Kallas said the bloc would consider lifting the measures it imposed on 
                // Pristina in 2023 once tensions eased.
                .sentence("EU/NNP/ORGANIZATION/EU foreign/JJ/O/foreign policy/NN/TITLE/policy chief/NN/TITLE/chief "
                                + "Kaja/NNP/PERSON/Kaja Kallas/NNP/PERSON/Kallas said/VBD/O/say the/DT/O/the bloc/NN/O/bloc "
                                + "would/MD/O/would consider/VB/O/consider lifting/VBG/O/lift the/DT/O/the "
                                + "measures/NNS/O/measure it/PRP/O/it imposed/VBD/O/impose on/IN/O/on "
                                + "Pristina/NNP/CITY/Pristina in/IN/O/in 2023/CD/DATE=2023/2023 once/RB/DATE=PAST_REF/once "
                                + "tensions/NNS/O/tension eased/VBD/O/ease ././O/.",
                        "compound 4 1", "amod 3 2", "compound 4 3", "compound 6 4", "compound 6 5", "nsubj 7 6",
                        "root 0 7", "det 9 8", "nsubj 11 9", "aux 11 10", "ccomp 7 11", "xcomp 11 12", "det 14 13",
                        "obj 12 14", "nsubj 16 15", "dep 12 16", "case 18 17", "obl:on 16 18", "case 20 19",
                        "obl:in 16 20", "advmod 23 21", "nsubj 23 22", "advcl 16 23", "punct 7 24")
                .build());
        assertThat(x.acts()).extracting(Act::type).containsExactly(ActType.STATEMENT);
    }
}
