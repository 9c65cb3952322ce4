package org.parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A word quoted as a word is no statement; talks counted in rounds or days are their participants' talks, and what
 * the round did dates them; a time hung deep in the verb's phrase is still the verb's.
 */
class QuotedWordsTalksAndTimesTest {

    private static final Extractor EXTRACTOR = Extractor.standard();

    private static List<Act> acts(Docs docs, ActType type) {
        return EXTRACTOR.extract(docs.build()).acts().stream().filter(a -> a.type() == type).toList();
    }

    private static EntityKey country(String name) {
        return new EntityKey(EntityType.COUNTRY, name);
    }

    @Test
    void aWordQuotedAfterTheNounWordIsMentionedNotSaid() {
        // Keita avoided the word “sanctions,” but her meaning was plain.
        List<Act> statements = acts(Docs.dated("2025-05-10")
                .sentence("Keita/NNP/PERSON/Keita avoided/VBD/O/avoid the/DT/O/the word/NN/O/word \u201C/``/O/\u201C "
                                + "sanctions/NNS/O/sanction ,/,/O/, \u201D/''/O/\u201D but/CC/O/but her/PRP$/O/she "
                                + "meaning/NN/O/meaning was/VBD/O/be plain/JJ/O/plain ././O/.",
                        "nsubj 2 1", "root 0 2", "det 4 3", "obj 2 4", "punct 4 5", "dep 4 6", "punct 2 7",
                        "punct 2 8", "cc 13 9", "nmod:poss 11 10", "nsubj 13 11", "cop 13 12", "conj:but 2 13",
                        "punct 2 14")
                .quoteIn(0, "Keita"), ActType.STATEMENT);
        assertThat(statements).isEmpty();
    }

    @Test
    void talksCountedInRoundsAreTheTalksOfThoseWhoActAfterThem() {
        // After three rounds of talks, Mali and Senegal agreed to reopen the border.
        List<Act> meetings = acts(Docs.dated("2025-05-10")
                .sentence("After/IN/O/after three/CD/NUMBER=3.0/three rounds/NNS/O/round of/IN/O/of talks/NNS/O/talk "
                                + ",/,/O/, Mali/NNP/COUNTRY/Mali and/CC/O/and Senegal/NNP/COUNTRY/Senegal "
                                + "agreed/VBD/O/agree to/TO/O/to reopen/VB/O/reopen the/DT/O/the border/NN/O/border ././O/.",
                        "case 3 1", "nummod 3 2", "obl:after 10 3", "case 5 4", "nmod:of 3 5", "punct 10 6",
                        "nsubj 10 7", "nsubj:xsubj 12 7", "cc 9 8", "conj:and 7 9", "nsubj 10 9", "nsubj:xsubj 12 9",
                        "root 0 10", "mark 12 11", "xcomp 10 12", "det 14 13", "obj 12 14", "punct 10 15"),
                ActType.MEETING);
        assertThat(meetings).singleElement().satisfies(m -> assertThat(m.participants())
                .containsExactlyInAnyOrder(country("Mali"), country("Senegal")));
    }

    @Test
    void aTimeTheParserHangsOnTheLastNounOfTheVerbsPhraseDatesTheAct() {
        // Norway and Denmark launched a process to reimpose sanctions on Belarus over its border policy on Thursday.
        // (Parsed, as CoreNLP often does, with "to reimpose sanctions" a phrase of "launched" and "on Thursday" hung
        // from "policy".)
        List<Act> threats = acts(Docs.dated("2025-05-10")
                .sentence("Norway/NNP/COUNTRY/Norway and/CC/O/and Denmark/NNP/COUNTRY/Denmark launched/VBD/O/launch "
                                + "a/DT/O/a process/NN/O/process to/TO/O/to reimpose/VB/O/reimpose sanctions/NNS/O/sanction "
                                + "on/IN/O/on Belarus/NNP/COUNTRY/Belarus over/IN/O/over its/PRP$/O/its border/NN/O/border "
                                + "policy/NN/O/policy on/IN/O/on Thursday/NNP/DATE=2025-05-08/Thursday ././O/.",
                        "nsubj 4 1", "cc 3 2", "conj:and 1 3", "nsubj 4 3", "root 0 4", "det 6 5", "obj 4 6",
                        "case 9 7", "dep 9 8", "obl:to 4 9", "case 11 10", "nmod:on 9 11", "case 15 12",
                        "nmod:poss 15 13", "compound 15 14", "nmod:over 9 15", "case 17 16", "nmod:on 15 17",
                        "punct 4 18"), ActType.THREAT);
        assertThat(threats).singleElement()
                .satisfies(t -> assertThat(t.date()).isEqualTo(java.time.LocalDate.parse("2025-05-08")));
    }

    @Test
    void talksThatHaveConcludedEndedOnTheDayOfTheReport() {
        // The third round of talks between Chad and Niger in Doha has concluded after two hours.
        List<Act> meetings = acts(Docs.dated("2025-05-10")
                .sentence("The/DT/O/the third/JJ/ORDINAL=3.0/third round/NN/O/round of/IN/O/of talks/NNS/O/talk "
                                + "between/IN/O/between Chad/NNP/COUNTRY/Chad and/CC/O/and Niger/NNP/COUNTRY/Niger in/IN/O/in "
                                + "Doha/NNP/CITY/Doha has/VBZ/O/have concluded/VBN/O/conclude after/IN/O/after "
                                + "two/CD/DURATION=PT2H/two hours/NNS/DURATION=PT2H/hour ././O/.",
                        "det 3 1", "amod 3 2", "nsubj 13 3", "case 5 4", "nmod:of 3 5", "case 7 6", "nmod:between 5 7",
                        "cc 9 8", "nmod:between 5 9", "conj:and 7 9", "case 11 10", "nmod:in 5 11", "aux 13 12",
                        "root 0 13", "case 16 14", "nummod 16 15", "obl:after 13 16", "punct 13 17"),
                ActType.MEETING);
        assertThat(meetings).singleElement()
                .satisfies(m -> assertThat(m.date()).isEqualTo(java.time.LocalDate.parse("2025-05-10")));
    }

    @Test
    void whatTheSidesAlsoAgreedWasAgreedOnTheSameOccasion() {
        // Chad and Niger on Tuesday agreed to reopen the border.
        // The two sides also agreed to exchange prisoners, noting they would plan future cooperation.
        List<Act> acceptances = acts(Docs.dated("2025-05-10")
                .sentence("Chad/NNP/COUNTRY/Chad and/CC/O/and Niger/NNP/COUNTRY/Niger on/IN/O/on "
                                + "Tuesday/NNP/DATE=2025-05-06/Tuesday agreed/VBD/O/agree to/TO/O/to reopen/VB/O/reopen "
                                + "the/DT/O/the border/NN/O/border ././O/.",
                        "nsubj 6 1", "nsubj:xsubj 8 1", "cc 3 2", "conj:and 1 3", "nsubj 6 3", "nsubj:xsubj 8 3",
                        "case 5 4", "nmod:on 1 5", "root 0 6", "mark 8 7", "xcomp 6 8", "det 10 9", "obj 8 10",
                        "punct 6 11")
                .sentence("The/DT/O/the two/CD/NUMBER=2.0/two sides/NNS/O/side also/RB/O/also agreed/VBD/O/agree "
                                + "to/TO/O/to exchange/VB/O/exchange prisoners/NNS/O/prisoner ,/,/O/, noting/VBG/O/note "
                                + "they/PRP/O/they would/MD/O/would plan/VB/O/plan future/JJ/DATE=FUTURE_REF/future "
                                + "cooperation/NN/O/cooperation ././O/.",
                        "det 3 1", "nummod 3 2", "nsubj 5 3", "nsubj:xsubj 7 3", "advmod 5 4", "root 0 5", "mark 7 6",
                        "xcomp 5 7", "obj 7 8", "punct 7 9", "mark 13 10", "nsubj 13 11", "aux 13 12",
                        "advcl:noting 7 13", "amod 15 14", "obj 13 15", "punct 5 16"), ActType.ACCEPTANCE);
        assertThat(acceptances).hasSize(2).allSatisfy(a -> assertThat(a.date())
                .isEqualTo(java.time.LocalDate.parse("2025-05-06")));
    }

    @Test
    void aDayTheParserTookForTheSubjectOfAnInfinitiveIsTheVerbsDay() {
        // Norway presented a plan to Sweden on Wednesday to lift the blockade. ("on Wednesday to lift" parsed as a
        // clause whose subject is the day.)
        List<Act> proposals = acts(Docs.dated("2025-05-10")
                .sentence("Norway/NNP/COUNTRY/Norway presented/VBD/O/present a/DT/O/a plan/NN/O/plan to/IN/O/to "
                                + "Sweden/NNP/COUNTRY/Sweden on/IN/O/on Wednesday/NNP/DATE=2025-05-07/Wednesday to/TO/O/to "
                                + "lift/VB/O/lift the/DT/O/the blockade/NN/O/blockade ././O/.",
                        "nsubj 2 1", "root 0 2", "det 4 3", "obj 2 4", "case 6 5", "nmod:to 4 6", "mark 10 7",
                        "nsubj 10 8", "mark 10 9", "advcl:to 2 10", "det 12 11", "obj 10 12", "punct 2 13"),
                ActType.PROPOSAL);
        assertThat(proposals).singleElement()
                .satisfies(p -> assertThat(p.date()).isEqualTo(java.time.LocalDate.parse("2025-05-07")));
    }

    @Test
    void aSigningSetAsTheBackgroundOfALaterEventIsTheSigningReportedBefore() {
        // Chad and Niger signed the border accord in Doha on Monday.
        // After signing the accord, Chad and Niger held a joint press conference.
        List<Act> acceptances = acts(Docs.dated("2025-05-10")
                .sentence("Chad/NNP/COUNTRY/Chad and/CC/O/and Niger/NNP/COUNTRY/Niger signed/VBD/O/sign the/DT/O/the "
                                + "border/NN/O/border accord/NN/O/accord in/IN/O/in Doha/NNP/CITY/Doha on/IN/O/on "
                                + "Monday/NNP/DATE=2025-05-05/Monday ././O/.",
                        "nsubj 4 1", "cc 3 2", "conj:and 1 3", "nsubj 4 3", "root 0 4", "det 7 5", "compound 7 6",
                        "obj 4 7", "case 9 8", "nmod:in 7 9", "case 11 10", "obl:on 4 11", "punct 4 12")
                .sentence("After/IN/O/after signing/VBG/O/sign the/DT/O/the accord/NN/O/accord ,/,/O/, "
                                + "Chad/NNP/COUNTRY/Chad and/CC/O/and Niger/NNP/COUNTRY/Niger held/VBD/O/hold a/DT/O/a "
                                + "joint/JJ/O/joint press/NN/O/press conference/NN/O/conference ././O/.",
                        "mark 2 1", "advcl:after 9 2", "det 4 3", "obj 2 4", "punct 9 5", "nsubj 9 6", "cc 8 7",
                        "conj:and 6 8", "nsubj 9 8", "root 0 9", "det 13 10", "amod 13 11", "compound 13 12",
                        "obj 9 13", "punct 9 14"), ActType.ACCEPTANCE);
        assertThat(acceptances).singleElement().satisfies(a -> {
            assertThat(a.date()).isEqualTo(java.time.LocalDate.parse("2025-05-05"));
            assertThat(a.laterEvidence()).singleElement().asString().startsWith("After signing the accord");
        });
    }

    @Test
    void aMeetingEndedEarlyIsRefusedEvenWhenTheParserHangsEarlyOnTheAfterPhrase() {
        // President Mahamat Deby of Chad ended the meeting early after a row with President Abdourahamane Tiani of
        // Niger.
        Docs docs = Docs.dated("2025-05-10")
                .sentence("President/NNP/TITLE/President Mahamat/NNP/PERSON/Mahamat Deby/NNP/PERSON/Deby of/IN/O/of "
                                + "Chad/NNP/COUNTRY/Chad ended/VBD/O/end the/DT/O/the meeting/NN/O/meeting early/RB/O/early "
                                + "after/IN/O/after a/DT/O/a row/NN/O/row with/IN/O/with President/NNP/TITLE/President "
                                + "Abdourahamane/NNP/PERSON/Abdourahamane Tiani/NNP/PERSON/Tiani of/IN/O/of "
                                + "Niger/NNP/COUNTRY/Niger ././O/.",
                        "compound 3 1", "compound 3 2", "nsubj 6 3", "case 5 4", "nmod:of 3 5", "root 0 6",
                        "det 8 7", "obj 6 8", "advmod 12 9", "case 12 10", "det 12 11", "obl:after 6 12",
                        "case 16 13", "compound 16 14", "compound 16 15", "obl:with 6 16", "case 18 17",
                        "nmod:of 16 18", "punct 6 19");
        assertThat(acts(docs, ActType.REJECTION)).singleElement().satisfies(r -> assertThat(r.agents())
                .containsExactly(new EntityKey(EntityType.PERSON, "Mahamat Deby")));
    }

    @Test
    void aHyphenedMeetingNounTheTokenizerSplitIsStillAMeeting() {
        // The presidents of Chad and Niger had a sit-down in Niamey on Friday. ("sit - down": three tokens.)
        Docs docs = Docs.dated("2025-05-10")
                .sentence("The/DT/O/the presidents/NNS/O/president of/IN/O/of Chad/NNP/COUNTRY/Chad and/CC/O/and "
                                + "Niger/NNP/COUNTRY/Niger had/VBD/O/have a/DT/O/a sit/NN/O/sit -/HYPH/O/- down/NN/O/down "
                                + "in/IN/O/in Niamey/NNP/CITY/Niamey on/IN/O/on Friday/NNP/DATE=2025-05-09/Friday ././O/.",
                        "det 2 1", "nsubj 7 2", "case 4 3", "nmod:of 2 4", "cc 6 5", "nmod:of 2 6", "conj:and 4 6",
                        "root 0 7", "det 11 8", "compound 11 9", "punct 11 10", "obj 7 11", "case 13 12",
                        "nmod:in 11 13", "case 15 14", "obl:on 7 15", "punct 7 16");
        assertThat(acts(docs, ActType.MEETING)).singleElement().satisfies(m -> assertThat(m.participants())
                .containsExactlyInAnyOrder(country("Chad"), country("Niger")));
    }

    @Test
    void aTimeOnAVerbsComplementDatesTheVerb() {
        List<Act> meetings = acts(Docs.dated("2026-02-13")
                // Chad informed Niger of its decision on Wednesday.
                .sentence("Chad/NNP/COUNTRY/Chad informed/VBD/O/inform Niger/NNP/COUNTRY/Niger of/IN/O/of "
                                + "its/PRP$/O/its decision/NN/O/decision on/IN/O/on Wednesday/NNP/DATE=2026-02-11/Wednesday "
                                + "././O/.",
                        "nsubj 2 1", "root 0 2", "obj 2 3", "case 6 4", "nmod:poss 6 5", "obl:of 2 6", "case 8 7",
                        "nmod:on 6 8", "punct 2 9"), ActType.MEETING);
        assertThat(meetings).singleElement().satisfies(m -> {
            assertThat(m.participants()).containsExactlyInAnyOrder(country("Chad"), country("Niger"));
            assertThat(m.date()).isEqualTo(java.time.LocalDate.parse("2026-02-11"));
        });
    }

    @Test
    void aWordQuotedInsideWhatASpeakerReportsIsTheReportedActsWord() {
        Extraction x = EXTRACTOR.extract(Docs.dated("2026-02-13")
                // William Ruto said Chad, Niger and “several” other states were resisting the draft.
                .sentence("William/NNP/PERSON/William Ruto/NNP/PERSON/Ruto said/VBD/O/say Chad/NNP/COUNTRY/Chad "
                                + ",/,/O/, Niger/NNP/COUNTRY/Niger and/CC/O/and \u201C/``/O/\u201C several/JJ/O/several "
                                + "\u201D/''/O/\u201D other/JJ/O/other states/NNS/O/state were/VBD/O/be "
                                + "resisting/VBG/O/resist the/DT/O/the draft/NN/O/draft ././O/.",
                        "compound 2 1", "nsubj 3 2", "root 0 3", "nsubj 14 4", "punct 4 5", "conj:and 4 6",
                        "nsubj 14 6", "cc 12 7", "punct 12 8", "amod 12 9", "punct 12 10", "amod 12 11",
                        "conj:and 4 12", "nsubj 14 12", "aux 14 13", "ccomp 3 14", "det 16 15", "obj 14 16",
                        "punct 3 17")
                .quoteIn(0, "William Ruto").build());
        assertThat(x.acts()).noneMatch(a -> a.type() == ActType.STATEMENT);
        assertThat(x.acts()).filteredOn(a -> a.type() == ActType.REJECTION).singleElement().satisfies(r -> {
            assertThat(r.agents()).containsExactly(country("Chad"), country("Niger"));
            assertThat(r.quote()).isEqualTo("several");
        });
    }
}
