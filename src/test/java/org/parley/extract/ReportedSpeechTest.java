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

    @Test
    void aStatementReadFromAFewQuotedWordsIsAboutTheWholeReportedClause() {
        // Jonas Berg said the “modest” gains on fishing quotas would hold through the winter.
        List<Act> acts = EXTRACTOR.extract(Docs.dated("2025-05-10")
                .sentence("Jonas/NNP/PERSON/Jonas Berg/NNP/PERSON/Berg said/VBD/O/say the/DT/O/the \u201C/``/O/\u201C "
                                + "modest/JJ/O/modest \u201D/''/O/\u201D gains/NNS/O/gain on/IN/O/on fishing/NN/O/fishing "
                                + "quotas/NNS/O/quota would/MD/O/would hold/VB/O/hold through/IN/O/through the/DT/O/the "
                                + "winter/NN/DATE=2025-WI/winter ././O/.",
                        "compound 2 1", "nsubj 3 2", "root 0 3", "det 8 4", "punct 8 5", "amod 8 6", "punct 8 7",
                        "nsubj 13 8", "case 11 9", "compound 11 10", "nmod:on 8 11", "aux 13 12", "ccomp 3 13",
                        "case 16 14", "det 16 15", "obl:through 13 16", "punct 3 17")
                .quoteIn(0, "Jonas Berg").build()).acts();
        assertThat(acts).filteredOn(a -> a.type() == ActType.STATEMENT).singleElement().satisfies(s -> {
            assertThat(s.quote()).isEqualTo("modest");
            assertThat(s.label()).contains("gains on fishing quotas would hold");
        });
    }

    @Test
    void aQuotationAndTheVerbThatFramesItAreOneStatement() {
        // Ruth Otieno described Friday as “a fine day for both our nations.”
        List<Act> acts = EXTRACTOR.extract(Docs.dated("2025-05-10")
                .sentence("Ruth/NNP/PERSON/Ruth Otieno/NNP/PERSON/Otieno described/VBN/O/describe "
                                + "Friday/NNP/DATE=2025-05-09/Friday as/IN/O/as \u201C/``/O/\u201C a/DT/O/a fine/JJ/O/fine "
                                + "day/NN/DURATION=P1D/day for/IN/O/for both/CC/O/both our/PRP$/O/we nations/NNS/O/nation "
                                + "././O/. \u201D/''/O/\u201D",
                        "compound 2 1", "nsubj 3 2", "root 0 3", "obl:tmod 3 4", "case 9 5", "punct 9 6", "det 9 7",
                        "amod 9 8", "obl:as 3 9", "case 13 10", "dep 13 11", "nmod:poss 13 12", "nmod:for 9 13",
                        "punct 3 14", "punct 3 15")
                .quoteIn(0, "Ruth Otieno").build()).acts();
        assertThat(acts).filteredOn(a -> a.type() == ActType.STATEMENT).singleElement()
                .satisfies(s -> assertThat(s.quote()).isEqualTo("a fine day for both our nations."));
    }

    @Test
    void anUnnamedOfficeSpeaksForTheStateThatModifiesIt() {
        // “The talks were useful,” the Finnish foreign ministry said.
        List<Act> acts = EXTRACTOR.extract(Docs.dated("2025-05-10")
                .sentence("\u201C/``/O/\u201C The/DT/O/the talks/NNS/O/talk were/VBD/O/be useful/JJ/O/useful ,/,/O/, "
                                + "\u201D/''/O/\u201D the/DT/O/the Finnish/JJ/NATIONALITY/Finnish foreign/JJ/O/foreign "
                                + "ministry/NN/O/ministry said/VBD/O/say ././O/.",
                        "punct 12 1", "det 3 2", "nsubj 5 3", "cop 5 4", "ccomp 12 5", "punct 12 6", "punct 12 7",
                        "det 11 8", "amod 11 9", "amod 11 10", "nsubj 12 11", "root 0 12", "punct 12 13")
                .quoteIn(0).build()).acts();
        assertThat(acts).filteredOn(a -> a.type() == ActType.STATEMENT).singleElement()
                .satisfies(s -> assertThat(s.agents()).containsExactly(new EntityKey(EntityType.COUNTRY, "Finland")));
    }

    @Test
    void aQuotationAfterTheColonOfASaidActIsThatActsWords() {
        // The Finnish president announced that she would raise tariffs on Swedish timber: “They will pay more for
        // every tonne.”
        List<Act> acts = EXTRACTOR.extract(Docs.dated("2025-05-10")
                .sentence("The/DT/O/the Finnish/JJ/NATIONALITY/Finnish president/NN/TITLE/president "
                                + "announced/VBD/O/announce that/IN/O/that she/PRP/O/she would/MD/O/would raise/VB/O/raise "
                                + "tariffs/NNS/O/tariff on/IN/O/on Swedish/JJ/NATIONALITY/Swedish timber/NN/O/timber :/:/O/: "
                                + "\u201C/``/O/\u201C They/PRP/O/they will/MD/O/will pay/VB/O/pay more/JJR/O/more for/IN/O/for "
                                + "every/DT/O/every tonne/NN/O/tonne ././O/. \u201D/''/O/\u201D",
                        "det 3 1", "amod 3 2", "nsubj 4 3", "root 0 4", "mark 8 5", "nsubj 8 6", "aux 8 7", "ccomp 4 8",
                        "obj 8 9", "case 12 10", "amod 12 11", "nmod:on 9 12", "punct 4 13", "punct 4 14", "nsubj 17 15",
                        "aux 17 16", "ccomp 4 17", "obj 17 18", "case 21 19", "det 21 20", "obl:for 17 21", "punct 4 22",
                        "punct 4 23")
                .chain("0:1-3", "0:6-6")
                .quoteIn(0).build()).acts();
        assertThat(acts).filteredOn(a -> a.type() == ActType.STATEMENT).isEmpty();
        assertThat(acts).filteredOn(a -> a.type() == ActType.THREAT).singleElement()
                .satisfies(t -> assertThat(t.quote()).isEqualTo("They will pay more for every tonne."));
    }

    @Test
    void aQuotationThatOnlyNamesAnActWithANounStaysAStatement() {
        // “The accord reflects Finland's security requirements,” the Finnish foreign ministry said.
        List<Act> acts = EXTRACTOR.extract(Docs.dated("2025-05-10")
                .sentence("\u201C/``/O/\u201C The/DT/O/the accord/NN/O/accord reflects/VBZ/O/reflect "
                                + "Finland/NNP/COUNTRY/Finland 's/POS/O/'s security/NN/O/security "
                                + "requirements/NNS/O/requirement ,/,/O/, \u201D/''/O/\u201D the/DT/O/the "
                                + "Finnish/JJ/NATIONALITY/Finnish foreign/JJ/O/foreign ministry/NN/O/ministry said/VBD/O/say ././O/.",
                        "punct 4 1", "det 3 2", "nsubj 4 3", "dep 15 4", "nmod:poss 8 5", "case 5 6", "compound 8 7",
                        "obj 4 8", "punct 4 9", "punct 4 10", "det 14 11", "amod 14 12", "amod 14 13", "nsubj 15 14",
                        "root 0 15", "punct 15 16")
                .quoteIn(0).build()).acts();
        assertThat(acts).filteredOn(a -> a.type() == ActType.STATEMENT).singleElement()
                .satisfies(s -> assertThat(s.agents()).containsExactly(new EntityKey(EntityType.COUNTRY, "Finland")));
    }

    @Test
    void aQuotationThatMakesItsActConditionalOnAnotherPartyDemandsIt() {
        // Mali's defence ministry wrote on its website, “The truce will be observed by our troops, provided that it is
        // also observed by the Sahel Liberation Front.”
        List<Act> acts = EXTRACTOR.extract(Docs.dated("2025-05-10")
                .sentence("Mali/NNP/COUNTRY/Mali 's/POS/O/'s defence/NN/O/defence ministry/NN/O/ministry wrote/VBD/O/write "
                                + "on/IN/O/on its/PRP$/O/its website/NN/O/website ,/,/O/, \u201C/``/O/\u201C The/DT/O/the "
                                + "truce/NN/O/truce will/MD/O/will be/VB/O/be observed/VBN/O/observe by/IN/O/by our/PRP$/O/we "
                                + "troops/NNS/O/troops ,/,/O/, provided/VBD/O/provide that/IN/O/that it/PRP/O/it is/VBZ/O/be "
                                + "also/RB/O/also observed/VBN/O/observe by/IN/O/by the/DT/O/the Sahel/NNP/ORGANIZATION/Sahel "
                                + "Liberation/NNP/ORGANIZATION/Liberation Front/NNP/ORGANIZATION/Front ././O/. \u201D/''/O/\u201D",
                        "nmod:poss 4 1", "case 1 2", "compound 4 3", "nsubj 5 4", "root 0 5", "case 8 6", "nmod:poss 8 7",
                        "obl:on 5 8", "punct 5 9", "punct 5 10", "det 12 11", "nsubj:pass 15 12", "aux 15 13",
                        "aux:pass 15 14", "ccomp 5 15", "case 18 16", "nmod:poss 18 17", "obl:agent 15 18",
                        "punct 15 19", "dep 15 20", "mark 25 21", "nsubj:pass 25 22", "aux:pass 25 23", "advmod 25 24",
                        "ccomp 20 25", "case 30 26", "det 30 27", "compound 30 28", "compound 30 29",
                        "obl:agent 25 30", "punct 5 31", "punct 5 32")
                .quoteIn(0).build()).acts();
        assertThat(acts).filteredOn(a -> a.type() == ActType.DEMAND).singleElement().satisfies(d -> assertThat(
                d.addressees()).containsExactly(new EntityKey(EntityType.ORGANIZATION, "Sahel Liberation Front")));
    }

    @Test
    void aReportedActTheParserHangsAsADependentIsStillTheReportedAct() {
        // Otieno said that Chad had agreed to reopen the border, the Times reports. (parsed with "agreed" a dep of
        // "reports", itself the clause of "said")
        List<Act> acts = EXTRACTOR.extract(Docs.dated("2025-05-10")
                .sentence("Otieno/NNP/PERSON/Otieno said/VBD/O/say that/IN/O/that Chad/NNP/COUNTRY/Chad had/VBD/O/have "
                                + "agreed/VBN/O/agree to/TO/O/to reopen/VB/O/reopen the/DT/O/the border/NN/O/border ,/,/O/, "
                                + "the/DT/ORGANIZATION/the Times/NNP/ORGANIZATION/Times reports/NNS/O/report ././O/.",
                        "nsubj 2 1", "root 0 2", "mark 6 3", "nsubj 6 4", "nsubj:xsubj 8 4", "aux 6 5", "dep 14 6",
                        "mark 8 7", "xcomp 6 8", "det 10 9", "obj 8 10", "punct 14 11", "det 14 12",
                        "compound 14 13", "ccomp 2 14", "punct 2 15")
                .build()).acts();
        assertThat(acts).filteredOn(a -> a.type() == ActType.ACCEPTANCE).singleElement()
                .satisfies(a -> assertThat(a.agents()).containsExactly(new EntityKey(EntityType.COUNTRY, "Chad")));
        assertThat(acts).filteredOn(a -> a.type() == ActType.STATEMENT).isEmpty();
    }

    @Test
    void aStatementOfTwoJoinedSpeechVerbsIsAboutBoth() {
        // Kenya's envoy, Ruth Otieno, confirmed the postponement of the talks but said a new date was hard to set.
        List<Act> acts = EXTRACTOR.extract(Docs.dated("2025-05-10")
                .sentence("Kenya/NNP/COUNTRY/Kenya 's/POS/O/'s envoy/NN/TITLE/envoy ,/,/O/, Ruth/NNP/PERSON/Ruth "
                                + "Otieno/NNP/PERSON/Otieno ,/,/O/, confirmed/VBD/O/confirm the/DT/O/the "
                                + "postponement/NN/O/postponement of/IN/O/of the/DT/O/the talks/NNS/O/talk but/CC/O/but "
                                + "said/VBD/O/say a/DT/O/a new/JJ/O/new date/NN/O/date was/VBD/O/be hard/JJ/O/hard to/TO/O/to "
                                + "set/VB/O/set ././O/.",
                        "nmod:poss 3 1", "case 1 2", "nsubj 8 3", "nsubj 15 3", "punct 3 4", "compound 6 5",
                        "appos 3 6", "punct 8 7", "root 0 8", "det 10 9", "obj 8 10", "case 13 11", "det 13 12",
                        "nmod:of 10 13", "cc 15 14", "conj:but 8 15", "det 18 16", "amod 18 17", "nsubj 20 18",
                        "nsubj:xsubj 22 18", "cop 20 19", "ccomp 15 20", "mark 22 21", "xcomp 20 22", "punct 8 23")
                .build()).acts();
        assertThat(acts).filteredOn(a -> a.type() == ActType.STATEMENT).singleElement()
                .satisfies(s -> assertThat(s.label()).endsWith(": confirmed the postponement of the talks but said a new "
                        + "date was hard to set."));
    }

    @Test
    void aFewQuotedWordsStayTheSpeakersWhenAnotherPartysActComesEarlierInTheSentence() {
        // Ruth Otieno declined to comment on Chad's lawsuit against Niger, and said that “the official position of the
        // talks” mattered more.
        List<Act> acts = EXTRACTOR.extract(Docs.dated("2025-05-10")
                .sentence("Ruth/NNP/PERSON/Ruth Otieno/NNP/PERSON/Otieno declined/VBD/O/decline to/TO/O/to "
                                + "comment/VB/O/comment on/IN/O/on Chad/NNP/COUNTRY/Chad 's/POS/O/'s lawsuit/NN/O/lawsuit "
                                + "against/IN/O/against Niger/NNP/COUNTRY/Niger ,/,/O/, and/CC/O/and said/VBD/O/say "
                                + "that/IN/O/that \u201C/``/O/\u201C the/DT/O/the official/JJ/O/official "
                                + "position/NN/O/position of/IN/O/of the/DT/O/the talks/NNS/O/talk \u201D/''/O/\u201D "
                                + "mattered/VBD/O/matter more/RBR/O/more ././O/.",
                        "compound 2 1", "nsubj 3 2", "nsubj:xsubj 5 2", "nsubj 14 2", "root 0 3", "mark 5 4",
                        "xcomp 3 5", "case 9 6", "nmod:poss 9 7", "case 7 8", "obl:on 5 9", "case 11 10",
                        "nmod:against 9 11", "punct 3 12", "cc 14 13", "conj:and 3 14", "mark 24 15", "punct 24 16",
                        "det 19 17", "amod 19 18", "nsubj 24 19", "case 22 20", "det 22 21", "nmod:of 19 22",
                        "punct 24 23", "ccomp 14 24", "advmod 24 25", "punct 3 26")
                .quoteIn(0, "Ruth Otieno").build()).acts();
        assertThat(acts).filteredOn(a -> a.type() == ActType.ACCUSATION).singleElement()
                .satisfies(a -> assertThat(a.quote()).isNull());
        assertThat(acts).filteredOn(a -> a.type() == ActType.STATEMENT).singleElement()
                .satisfies(s -> assertThat(s.quote()).isEqualTo("the official position of the talks"));
    }

    @Test
    void anAgreementStillToBeAnnouncedIsAcceptedAlreadyByThoseWhoWillAnnounceIt() {
        // Diplomats said the border agreement would be announced by Ghana and Togo on Friday.
        List<Act> acts = EXTRACTOR.extract(Docs.dated("2025-05-10")
                .sentence("Diplomats/NNS/O/diplomat said/VBD/O/say the/DT/O/the border/NN/O/border "
                                + "agreement/NN/O/agreement would/MD/O/would be/VB/O/be announced/VBN/O/announce by/IN/O/by "
                                + "Ghana/NNP/COUNTRY/Ghana and/CC/O/and Togo/NNP/COUNTRY/Togo on/IN/O/on "
                                + "Friday/NNP/DATE=2025-05-09/Friday ././O/.",
                        "nsubj 2 1", "root 0 2", "det 5 3", "compound 5 4", "nsubj:pass 8 5", "aux 8 6",
                        "aux:pass 8 7", "ccomp 2 8", "case 10 9", "obl:agent 8 10", "cc 12 11", "obl:agent 8 12",
                        "conj:and 10 12", "case 14 13", "obl:on 8 14", "punct 2 15")
                .build()).acts();
        // What is to come is the announcement: the agreement is not merely offered (a proposal), it is accepted.
        assertThat(acts).filteredOn(a -> a.type() != ActType.STATEMENT).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(ActType.ACCEPTANCE);
            assertThat(a.agents()).containsExactlyInAnyOrder(new EntityKey(EntityType.COUNTRY, "Ghana"),
                    new EntityKey(EntityType.COUNTRY, "Togo"));
        });
    }

    @Test
    void whatAPartySaysWouldHaveToBeDoneIsDemandedLikeWhatMustBeDone() {
        // The Chadian government said the prisoners would have to be freed by Friday.
        List<Act> acts = EXTRACTOR.extract(Docs.dated("2025-05-10")
                .sentence("The/DT/O/the Chadian/JJ/NATIONALITY/Chadian government/NN/O/government said/VBD/O/say "
                                + "the/DT/O/the prisoners/NNS/O/prisoner would/MD/O/would have/VB/O/have to/TO/O/to "
                                + "be/VB/O/be freed/VBN/O/free by/IN/O/by Friday/NNP/DATE=2025-05-09/Friday ././O/.",
                        "det 3 1", "amod 3 2", "nsubj 4 3", "root 0 4", "det 6 5", "nsubj 8 6", "aux 8 7",
                        "ccomp 4 8", "mark 11 9", "aux:pass 11 10", "ccomp 8 11", "case 13 12", "obl:agent 11 13",
                        "punct 4 14")
                .build()).acts();
        assertThat(acts).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo(ActType.DEMAND);
            assertThat(d.agents()).containsExactly(new EntityKey(EntityType.COUNTRY, "Chad"));
        });
    }

    @Test
    void whatSomeoneFearsOrHopesAnotherPartyWillDoIsNotReportedAsDone() {
        // Officials in Niamey fear that Chad will make large concessions in the talks with Nigeria.
        List<Act> acts = EXTRACTOR.extract(Docs.dated("2025-05-10")
                .sentence("Officials/NNS/O/official in/IN/O/in Niamey/NNP/CITY/Niamey fear/VBP/O/fear that/IN/O/that "
                                + "Chad/NNP/COUNTRY/Chad will/MD/O/will make/VB/O/make large/JJ/O/large "
                                + "concessions/NNS/O/concession in/IN/O/in the/DT/O/the talks/NNS/O/talk with/IN/O/with "
                                + "Nigeria/NNP/COUNTRY/Nigeria ././O/.",
                        "nsubj 4 1", "case 3 2", "nmod:in 1 3", "root 0 4", "mark 8 5", "nsubj 8 6", "aux 8 7",
                        "ccomp 4 8", "amod 10 9", "obj 8 10", "case 13 11", "det 13 12", "obl:in 8 13",
                        "case 15 14", "nmod:with 13 15", "punct 4 16")
                .build()).acts();
        assertThat(acts).isEmpty();
    }

    @Test
    void aPartyThatDeemsSomethingSoStatesItsJudgement() {
        List<Act> acts = EXTRACTOR.extract(Docs.dated("2026-02-14")
                // The mediators said on Friday that Sudan had broken the truce, and Chad deemed that the talks had
                // failed.
                .sentence("The/DT/O/the mediators/NNS/O/mediator said/VBD/O/say on/IN/O/on "
                                + "Friday/NNP/DATE=2026-02-13/Friday that/IN/O/that Sudan/NNP/COUNTRY/Sudan had/VBD/O/have "
                                + "broken/VBN/O/break the/DT/O/the truce/NN/O/truce ,/,/O/, and/CC/O/and "
                                + "Chad/NNP/COUNTRY/Chad deemed/VBD/O/deem that/IN/O/that the/DT/O/the talks/NNS/O/talk "
                                + "had/VBD/O/have failed/VBN/O/fail ././O/.",
                        "det 2 1", "nsubj 3 2", "root 0 3", "case 5 4", "obl:on 3 5", "mark 9 6", "nsubj 9 7",
                        "aux 9 8", "ccomp 3 9", "det 11 10", "obj 9 11", "punct 9 12", "cc 15 13", "nsubj 15 14",
                        "ccomp 3 15", "conj:and 9 15", "mark 20 16", "det 18 17", "nsubj 20 18", "aux 20 19",
                        "ccomp 15 20", "punct 3 21")
                .build()).acts();
        assertThat(acts).filteredOn(a -> a.type() == ActType.STATEMENT).singleElement()
                .satisfies(s -> assertThat(s.agents()).containsExactly(new EntityKey(EntityType.COUNTRY, "Chad")));
    }

    @Test
    void sayingAnotherPartyBrokeACommitmentAccusesIt() {
        List<Act> acts = EXTRACTOR.extract(Docs.dated("2026-02-16")
                // Kenya said on Monday that Ethiopia had violated the border accord.
                .sentence("Kenya/NNP/COUNTRY/Kenya said/VBD/O/say on/IN/O/on Monday/NNP/DATE=2026-02-16/Monday "
                                + "that/WDT/O/that Ethiopia/NNP/COUNTRY/Ethiopia had/VBD/O/have violated/VBN/O/violate "
                                + "the/DT/O/the border/NN/O/border accord/NN/O/accord ././O/.",
                        "nsubj 2 1", "root 0 2", "case 4 3", "obl:on 2 4", "dep 8 5", "nsubj 8 6", "aux 8 7",
                        "ccomp 2 8", "det 11 9", "compound 11 10", "obj 8 11", "punct 2 12")
                .build()).acts();
        assertThat(acts).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(ActType.ACCUSATION);
            assertThat(a.agents()).containsExactly(new EntityKey(EntityType.COUNTRY, "Kenya"));
            assertThat(a.addressees()).containsExactly(new EntityKey(EntityType.COUNTRY, "Ethiopia"));
        });
    }

    @Test
    void denyingThatAnotherPartyBrokeACommitmentAccusesNobody() {
        List<Act> acts = EXTRACTOR.extract(Docs.dated("2026-02-16")
                // Kenya denied that Ethiopia had violated the border accord.
                .sentence("Kenya/NNP/COUNTRY/Kenya denied/VBD/O/deny that/IN/O/that Ethiopia/NNP/COUNTRY/Ethiopia "
                                + "had/VBD/O/have violated/VBN/O/violate the/DT/O/the border/NN/O/border accord/NN/O/accord "
                                + "././O/.",
                        "nsubj 2 1", "root 0 2", "mark 6 3", "nsubj 6 4", "aux 6 5", "ccomp 2 6", "det 9 7",
                        "compound 9 8", "obj 6 9", "punct 2 10")
                .build()).acts();
        assertThat(acts).noneMatch(a -> a.type() == ActType.ACCUSATION);
    }
}
