package org.parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Negotiation-act rules on hand-built sentences that are not from the corpus (article date: Tuesday 2025-06-10). */
class ActFinderTest {

    private static final Extractor EXTRACTOR = Extractor.standard();
    private static final EntityKey CHINA = new EntityKey(EntityType.COUNTRY, "China");
    private static final EntityKey IRAN = new EntityKey(EntityType.COUNTRY, "Iran");

    private static List<Act> acts(Docs docs, ActType type) {
        return EXTRACTOR.extract(docs.build()).acts().stream().filter(a -> a.type() == type).toList();
    }

    @Test
    void aCapitalThatActsIsItsState() {
        // Beijing rejected the proposal .
        List<Act> rejections = acts(Docs.dated("2025-06-10")
                .sentence("Beijing/NNP/CITY rejected/VBD the/DT proposal/NN ./.",
                        "nsubj 2 1", "root 0 2", "det 4 3", "obj 2 4", "punct 2 5"), ActType.REJECTION);
        assertThat(rejections).singleElement().satisfies(a -> assertThat(a.agents()).containsExactly(CHINA));
    }

    @Test
    void brusselsThatActsIsTheEuropeanUnion() {
        // Brussels rejected the proposal .
        List<Act> rejections = acts(Docs.dated("2025-06-10")
                .sentence("Brussels/NNP/CITY rejected/VBD the/DT proposal/NN ./.",
                        "nsubj 2 1", "root 0 2", "det 4 3", "obj 2 4", "punct 2 5"), ActType.REJECTION);
        assertThat(rejections).singleElement().satisfies(a -> assertThat(a.agents())
                .containsExactly(new EntityKey(EntityType.ORGANIZATION, "European Union")));
    }

    @Test
    void aMeetingLastWeekIsDatedByItsWeekNotByADay() {
        // Macron spoke with Modi last week .  (SUTime: "last week" of Tuesday 2025-06-10 is 2025-W23)
        List<Act> meetings = acts(Docs.dated("2025-06-10")
                .sentence("Macron/NNP/PERSON spoke/VBD/O/speak with/IN Modi/NNP/PERSON last/JJ/DATE=2025-W23 "
                                + "week/NN/DATE=2025-W23 ./.",
                        "nsubj 2 1", "root 0 2", "case 4 3", "obl:with 2 4", "amod 6 5", "obl:tmod 2 6", "punct 2 7"),
                ActType.MEETING);
        assertThat(meetings).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo("held");
            assertThat(m.when()).isEqualTo(new When(LocalDate.parse("2025-06-02"), LocalDate.parse("2025-06-08")));
            assertThat(m.date()).as("no single day").isNull();
        });
    }

    @Test
    void aMeetingNextMonthIsPlannedForThatMonth() {
        // Kenya and Sudan will meet next month .
        List<Act> meetings = acts(Docs.dated("2025-06-10")
                .sentence("Kenya/NNP/COUNTRY and/CC Sudan/NNP/COUNTRY will/MD meet/VB next/JJ/DATE=2025-07 "
                                + "month/NN/DATE=2025-07 ./.",
                        "nsubj 5 1", "cc 3 2", "conj:and 1 3", "nsubj 5 3", "aux 5 4", "root 0 5", "amod 7 6",
                        "obl:tmod 5 7", "punct 5 8"),
                ActType.MEETING);
        assertThat(meetings).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo("planned");
            assertThat(m.when()).isEqualTo(new When(LocalDate.parse("2025-07-01"), LocalDate.parse("2025-07-31")));
        });
    }

    // The parse CoreNLP gives: "called" joined to "good" inside what was said, with "talks" copied as its subject.
    private static Docs saidAndCalledFor(String subject, String subjectPos) {
        return Docs.dated("2025-06-10").sentence("Hun/NNP/PERSON Manet/NNP/PERSON said/VBD/O/say the/DT "
                        + subject + "/" + subjectPos + " had/VBD/O/have been/VBN/O/be very/RB good/JJ and/CC "
                        + "called/VBN/O/call for/IN a/DT ceasefire/NN ./.",
                "compound 2 1", "nsubj 3 2", "root 0 3", "det 5 4", "nsubj 9 5", "nsubj 11 5", "aux 9 6", "cop 9 7",
                "advmod 9 8", "ccomp 3 9", "cc 11 10", "ccomp 3 11", "conj:and 9 11", "case 14 12", "det 14 13",
                "obl:for 11 14", "punct 3 15");
    }

    @Test
    void aVerbTheParserJoinedToWhatWasSaidIsTheSpeakersOwnAct() {
        // Hun Manet said the talks had been very good and called for a ceasefire .
        List<Act> proposals = acts(saidAndCalledFor("talks", "NNS/O/talk"), ActType.PROPOSAL);

        assertThat(proposals).singleElement().satisfies(a -> {
            assertThat(a.agents()).extracting(EntityKey::name).containsExactly("Hun Manet");
            assertThat(a.topics()).extracting(Issue::id).contains("ceasefire");
        });
    }

    @Test
    void peopleInWhatWasSaidKeepTheirOwnVerb() {
        // Hun Manet said the negotiators had been very good and called for a ceasefire . (the negotiators called)
        List<Act> proposals = acts(saidAndCalledFor("negotiators", "NNS/O/negotiator"), ActType.PROPOSAL);

        assertThat(proposals).noneSatisfy(a -> assertThat(a.agents()).extracting(EntityKey::name)
                .contains("Hun Manet"));
    }

    @Test
    void aFiniteVerbTheParserJoinedToAnInfinitiveIsTheActOfWhoeverGovernsIt() {
        // Araghchi called on both sides to respect borders and proposed a meeting .
        List<Act> proposals = acts(Docs.dated("2025-06-10")
                .sentence("Araghchi/NNP/PERSON called/VBD/O/call on/IN both/DT sides/NNS/O/side to/TO respect/VB "
                                + "borders/NNS/O/border and/CC proposed/VBD/O/propose a/DT meeting/NN ./.",
                        "nsubj 2 1", "root 0 2", "mark 7 3", "det 5 4", "nsubj 7 5", "nsubj 10 5", "mark 7 6",
                        "advcl:to 2 7", "obj 7 8", "cc 10 9", "advcl:to 2 10", "conj:and 7 10", "det 12 11",
                        "obj 10 12", "punct 2 13"), ActType.PROPOSAL);

        assertThat(proposals).anySatisfy(a -> {
            assertThat(a.agents()).extracting(EntityKey::name).containsExactly("Araghchi");
            assertThat(a.evidence()).contains("proposed");
            assertThat(a.begin()).isEqualTo(a.evidence().indexOf("proposed"));
        });
    }

    @Test
    void aWarningThatTheWarnersOwnForcesWillActIsAThreat() {
        // Dagalo warned that his forces would continue their offensive .
        List<Act> threats = acts(Docs.dated("2025-06-10")
                .sentence("Dagalo/NNP/PERSON warned/VBD/O/warn that/IN his/PRP$/O/he forces/NNS/O/force would/MD "
                                + "continue/VB their/PRP$/O/they offensive/NN ./.",
                        "nsubj 2 1", "root 0 2", "mark 7 3", "nmod:poss 5 4", "nsubj 7 5", "aux 7 6", "ccomp 2 7",
                        "nmod:poss 9 8", "obj 7 9", "punct 2 10"), ActType.THREAT);

        assertThat(threats).singleElement().satisfies(a -> assertThat(a.agents()).extracting(EntityKey::name)
                .containsExactly("Dagalo"));
    }

    @Test
    void theTimeOfALightVerbDatesItsMeetingNoun() {
        // Egypt and Qatar will join the talks next week .
        List<Act> meetings = acts(Docs.dated("2025-06-10")
                .sentence("Egypt/NNP/COUNTRY and/CC Qatar/NNP/COUNTRY will/MD join/VB the/DT talks/NNS/O/talk "
                                + "next/JJ/DATE=2025-W25 week/NN/DATE=2025-W25 ./.",
                        "nsubj 5 1", "cc 3 2", "conj:and 1 3", "nsubj 5 3", "aux 5 4", "root 0 5", "det 7 6",
                        "obj 5 7", "amod 9 8", "obl:tmod 5 9", "punct 5 10"), ActType.MEETING);

        assertThat(meetings).singleElement().satisfies(m -> {
            assertThat(m.participants()).extracting(EntityKey::name).containsExactlyInAnyOrder("Egypt", "Qatar");
            assertThat(m.when()).isEqualTo(new When(LocalDate.parse("2025-06-16"), LocalDate.parse("2025-06-22")));
        });
    }

    @Test
    void unnamedMinistersStandForTheStatesThatModifyThem() {
        // Armenian and Azerbaijani foreign ministers met in Abu Dhabi .
        List<Act> meetings = acts(Docs.dated("2025-06-10")
                .sentence("Armenian/JJ/NATIONALITY/armenian and/CC Azerbaijani/JJ/NATIONALITY/azerbaijani foreign/JJ "
                                + "ministers/NNS/O/minister met/VBD/O/meet in/IN Abu_Dhabi/NNP/CITY ./.",
                        "amod 5 1", "cc 3 2", "conj:and 1 3", "amod 5 3", "amod 5 4", "nsubj 6 5", "root 0 6",
                        "case 8 7", "obl:in 6 8", "punct 6 9"), ActType.MEETING);

        assertThat(meetings).singleElement().satisfies(m -> assertThat(m.participants()).extracting(EntityKey::name)
                .containsExactlyInAnyOrder("Armenia", "Azerbaijan"));
    }

    @Test
    void anAccusationHasItsTargetAsAddresseeAndItsIssueAsTopic() {
        // Kenya accused Sudan of violating the truce .
        List<Act> accusations = acts(Docs.dated("2025-06-10")
                .sentence("Kenya/NNP/COUNTRY accused/VBD/O/accuse Sudan/NNP/COUNTRY of/IN violating/VBG/O/violate the/DT truce/NN ./.",
                        "nsubj 2 1", "root 0 2", "obj 2 3", "mark 5 4", "advcl:of 2 5", "det 7 6", "obj 5 7",
                        "punct 2 8"), ActType.ACCUSATION);
        assertThat(accusations).singleElement().satisfies(a -> {
            assertThat(a.agents()).containsExactly(new EntityKey(EntityType.COUNTRY, "Kenya"));
            assertThat(a.addressees()).containsExactly(new EntityKey(EntityType.COUNTRY, "Sudan"));
            assertThat(a.topics()).extracting(Issue::id).contains("ceasefire");
            assertThat(a.cameoCode()).startsWith("11");
        });
    }

    @Test
    void aMeetingInTheFutureIsPlannedAndItsWeekdayLiesAhead() {
        // Macron will speak with Modi on Friday .
        List<Act> meetings = acts(Docs.dated("2025-06-10")
                .sentence("Macron/NNP/PERSON will/MD speak/VB with/IN Modi/NNP/PERSON on/IN Friday/NNP/DATE=2025-06-13 ./.",
                        "nsubj 3 1", "aux 3 2", "root 0 3", "case 5 4", "obl:with 3 5", "case 7 6", "obl:on 3 7",
                        "punct 3 8"), ActType.MEETING);
        assertThat(meetings).singleElement().satisfies(m -> {
            assertThat(m.participants()).extracting(EntityKey::name).hasSize(2);
            assertThat(m.status()).isEqualTo("planned");
            assertThat(m.date()).isEqualTo(LocalDate.parse("2025-06-13"));
        });
    }

    @Test
    void aMeetingInThePastIsHeldAndItsWeekdayLiesBehind() {
        // Macron spoke with Modi on Friday .  (SUTime puts a bare Friday after the article date)
        List<Act> meetings = acts(Docs.dated("2025-06-10")
                .sentence("Macron/NNP/PERSON spoke/VBD/O/speak with/IN Modi/NNP/PERSON on/IN Friday/NNP/DATE=2025-06-13 ./.",
                        "nsubj 2 1", "root 0 2", "case 4 3", "obl:with 2 4", "case 6 5", "obl:on 2 6", "punct 2 7"),
                ActType.MEETING);
        assertThat(meetings).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo("held");
            assertThat(m.date()).isEqualTo(LocalDate.parse("2025-06-06"));
        });
    }

    @Test
    void aNegatedAcceptanceIsNoAcceptance() {
        // Iran did not accept the offer .
        List<Act> acceptances = acts(Docs.dated("2025-06-10")
                .sentence("Iran/NNP/COUNTRY did/VBD not/RB accept/VB the/DT offer/NN ./.",
                        "nsubj 4 1", "aux 4 2", "advmod 4 3", "root 0 4", "det 6 5", "obj 4 6", "punct 4 7"),
                ActType.ACCEPTANCE);
        assertThat(acceptances).isEmpty();
    }

    @Test
    void yetToCommitIsNoAcceptance() {
        // Iran has yet to accept the offer .
        List<Act> acceptances = acts(Docs.dated("2025-06-10")
                .sentence("Iran/NNP/COUNTRY has/VBZ yet/RB to/TO accept/VB the/DT offer/NN ./.",
                        "nsubj 2 1", "root 0 2", "advmod 2 3", "mark 5 4", "xcomp 2 5", "det 7 6", "obj 5 7",
                        "punct 2 8"), ActType.ACCEPTANCE);
        assertThat(acceptances).isEmpty();
    }

    @Test
    void declinedToCommentRejectsNothing() {
        // China declined to comment .
        List<Act> rejections = acts(Docs.dated("2025-06-10")
                .sentence("China/NNP/COUNTRY declined/VBD/O/decline to/TO comment/VB ./.",
                        "nsubj 2 1", "root 0 2", "mark 4 3", "xcomp 2 4", "punct 2 5"), ActType.REJECTION);
        assertThat(rejections).isEmpty();
    }

    @Test
    void wouldAgreeOnlyIfIsADemandThatKeepsItsCondition() {
        // Iran would agree to talks only if sanctions are lifted .
        Extraction x = EXTRACTOR.extract(Docs.dated("2025-06-10")
                .sentence("Iran/NNP/COUNTRY would/MD agree/VB to/IN talks/NNS only/RB if/IN sanctions/NNS/O/sanction are/VBP lifted/VBN ./.",
                        "nsubj 3 1", "aux 3 2", "root 0 3", "case 5 4", "obl:to 3 5", "advmod 10 6", "mark 10 7",
                        "nsubj:pass 10 8", "aux:pass 10 9", "advcl 3 10", "punct 3 11")
                .build());
        assertThat(x.acts()).noneMatch(a -> a.type() == ActType.ACCEPTANCE);
        assertThat(x.acts()).filteredOn(a -> a.type() == ActType.DEMAND).singleElement().satisfies(d -> {
            assertThat(d.agents()).containsExactly(IRAN);
            assertThat(d.condition()).contains("sanctions are lifted");
        });
    }

    @Test
    void aPossessiveGivesANominalDemandItsAgent() {
        // China 's demands include sanctions relief .
        List<Act> demands = acts(Docs.dated("2025-06-10")
                .sentence("China/NNP/COUNTRY 's/POS demands/NNS include/VBP/O/include sanctions/NNS/O/sanction relief/NN ./.",
                        "nmod:poss 3 1", "case 1 2", "nsubj 4 3", "root 0 4", "compound 6 5", "obj 4 6", "punct 4 7"),
                ActType.DEMAND);
        assertThat(demands).singleElement().satisfies(d -> assertThat(d.agents()).containsExactly(CHINA));
    }

    @Test
    void aNominalCallTakesItsParticipantsFromTheLightVerbAndWith() {
        // Macron held a call with Modi .
        List<Act> meetings = acts(Docs.dated("2025-06-10")
                .sentence("Macron/NNP/PERSON held/VBD/O/hold a/DT call/NN with/IN Modi/NNP/PERSON ./.",
                        "nsubj 2 1", "root 0 2", "det 4 3", "obj 2 4", "case 6 5", "nmod:with 4 6", "punct 2 7"),
                ActType.MEETING);
        assertThat(meetings).singleElement().satisfies(m -> {
            assertThat(m.participants()).hasSize(2);
            assertThat(m.status()).isEqualTo("held");
        });
    }

    @Test
    void aRejectionRespondsToTheProposalItAnswers() {
        // Kenya proposed a truce . Sudan rejected the proposal .
        Extraction x = EXTRACTOR.extract(Docs.dated("2025-06-10")
                .sentence("Kenya/NNP/COUNTRY proposed/VBD/O/propose a/DT truce/NN ./.",
                        "nsubj 2 1", "root 0 2", "det 4 3", "obj 2 4", "punct 2 5")
                .sentence("Sudan/NNP/COUNTRY rejected/VBD the/DT proposal/NN ./.",
                        "nsubj 2 1", "root 0 2", "det 4 3", "obj 2 4", "punct 2 5")
                .build());
        Act proposal = x.acts().stream().filter(a -> a.type() == ActType.PROPOSAL).findFirst().orElseThrow();
        Act rejection = x.acts().stream().filter(a -> a.type() == ActType.REJECTION).findFirst().orElseThrow();
        assertThat(rejection.respondsTo()).isEqualTo(proposal.ref());
    }

    @Test
    void aReportedClauseWithoutQuotationMarksIsAStatement() {
        // Kenya said that sanctions would remain .
        List<Act> statements = acts(Docs.dated("2025-06-10")
                .sentence("Kenya/NNP/COUNTRY said/VBD that/IN sanctions/NNS/O/sanction would/MD remain/VB ./.",
                        "nsubj 2 1", "root 0 2", "mark 6 3", "nsubj 6 4", "aux 6 5", "ccomp 2 6", "punct 2 7"),
                ActType.STATEMENT);
        assertThat(statements).singleElement().satisfies(s -> assertThat(s.topics()).extracting(Issue::id)
                .contains("sanctions"));
    }

    @Test
    void weInsideAQuotationIsItsSpeaker() {
        // “ We will demand guarantees , ” Lavrov said .
        List<Act> demands = acts(Docs.dated("2025-06-10")
                .sentence("\u201C/`` We/PRP will/MD demand/VB guarantees/NNS ,/, \u201D/'' Lavrov/NNP/PERSON said/VBD ./.",
                        "nsubj 4 2", "aux 4 3", "ccomp 9 4", "obj 4 5", "nsubj 9 8", "root 0 9", "punct 9 10")
                .quoteIn(0), ActType.DEMAND);
        assertThat(demands).singleElement().satisfies(d -> assertThat(d.agents()).extracting(EntityKey::name)
                .singleElement().asString().endsWith("Lavrov"));
    }

    @Test
    void thePassiveSubjectIsTheAddresseeAndTheByPhraseTheAgent() {
        // Sudan was accused by Kenya .
        List<Act> accusations = acts(Docs.dated("2025-06-10")
                .sentence("Sudan/NNP/COUNTRY was/VBD accused/VBN/O/accuse by/IN Kenya/NNP/COUNTRY ./.",
                        "nsubj:pass 3 1", "aux:pass 3 2", "root 0 3", "case 5 4", "obl:agent 3 5", "punct 3 6"),
                ActType.ACCUSATION);
        assertThat(accusations).singleElement().satisfies(a -> {
            assertThat(a.agents()).containsExactly(new EntityKey(EntityType.COUNTRY, "Kenya"));
            assertThat(a.addressees()).containsExactly(new EntityKey(EntityType.COUNTRY, "Sudan"));
        });
    }

    @Test
    void aSentenceAttributedWithAccordingToIsTheSourcesStatement() {
        // Talks will resume in Geneva , according to Iran .
        List<Act> statements = acts(Docs.dated("2025-06-10")
                .sentence("Talks/NNS/O/talk will/MD resume/VB in/IN Geneva/NNP/CITY ,/, according/VBG to/IN Iran/NNP/COUNTRY ./.",
                        "nsubj 3 1", "aux 3 2", "root 0 3", "case 5 4", "obl:in 3 5", "case 9 7", "fixed 7 8",
                        "obl:according_to 3 9", "punct 3 10"), ActType.STATEMENT);
        assertThat(statements).singleElement().satisfies(s -> assertThat(s.agents()).containsExactly(IRAN));
    }

    @Test
    void aMediumTheSpeakerToldIsNotAnAddressee() {
        // “ The door is open , ” Erdogan told Anadolu .
        Extraction x = EXTRACTOR.extract(Docs.dated("2025-06-10")
                .sentence("\u201C/`` The/DT door/NN is/VBZ open/JJ ,/, \u201D/'' Kalin/NNP/PERSON told/VBD Anadolu/NNP/ORGANIZATION ./.",
                        "det 3 2", "nsubj 5 3", "cop 5 4", "ccomp 9 5", "nsubj 9 8", "root 0 9", "obj 9 10", "punct 9 11")
                .quoteIn(0).build());
        assertThat(x.acts()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(ActType.STATEMENT);
            assertThat(a.agents()).extracting(EntityKey::name).containsExactly("Kalin");
            assertThat(a.addressees()).isEmpty();
        });
    }

    @Test
    void aQuotationSplitAroundItsAttributionIsOneStatement() {
        // “ The talks , ” Kalin said , “ were useful . ”
        Docs docs = Docs.dated("2025-06-10")
                .sentence("\u201C/`` The/DT talks/NNS ,/, \u201D/'' Kalin/NNP/PERSON said/VBD ,/, \u201C/`` were/VBD useful/JJ ./. \u201D/''",
                        "det 3 2", "nsubj 11 3", "nsubj 7 6", "parataxis 11 7", "cop 11 10", "root 0 11", "punct 11 12");
        docs.quoteIn(0).secondQuoteIn(0);
        Extraction x = EXTRACTOR.extract(docs.build());
        assertThat(x.acts()).singleElement().satisfies(a -> assertThat(a.quote()).isEqualTo("The talks, were useful."));
    }

    @Test
    void severalActsInOneSentenceAreEachFound() {
        // Kenya proposed a truce and Sudan rejected it .
        Extraction x = EXTRACTOR.extract(Docs.dated("2025-06-10")
                .sentence("Kenya/NNP/COUNTRY proposed/VBD/O/propose a/DT truce/NN and/CC Sudan/NNP/COUNTRY rejected/VBD/O/reject it/PRP ./.",
                        "nsubj 2 1", "root 0 2", "det 4 3", "obj 2 4", "cc 7 5", "nsubj 7 6", "conj:and 2 7",
                        "obj 7 8", "punct 2 9")
                .build());
        assertThat(x.acts()).extracting(Act::type).containsExactlyInAnyOrder(ActType.PROPOSAL, ActType.REJECTION);
        Act rejection = x.acts().stream().filter(a -> a.type() == ActType.REJECTION).findFirst().orElseThrow();
        assertThat(rejection.agents()).containsExactly(new EntityKey(EntityType.COUNTRY, "Sudan"));
    }

    @Test
    void talksInACityHaveTheCityAsPlaceNotAsParty() {
        // Kenya and Sudan held talks in Jeddah .
        List<Act> meetings = acts(Docs.dated("2025-06-10")
                .sentence("Kenya/NNP/COUNTRY and/CC Sudan/NNP/COUNTRY held/VBD/O/hold talks/NNS/O/talk in/IN Jeddah/NNP/CITY ./.",
                        "nsubj 4 1", "cc 3 2", "conj:and 1 3", "nsubj 4 3", "root 0 4", "obj 4 5", "case 7 6",
                        "nmod:in 5 7", "punct 4 8"), ActType.MEETING);
        assertThat(meetings).singleElement().satisfies(m -> {
            assertThat(m.participants()).extracting(EntityKey::name).containsExactlyInAnyOrder("Kenya", "Sudan");
            assertThat(m.location()).isEqualTo(new EntityKey(EntityType.PLACE, "Jeddah"));
        });
    }

    @Test
    void whoIsPersuadedToAgreeIsNotThePersuader() {
        // Kenya urged Sudan to accept the truce .
        Extraction x = EXTRACTOR.extract(Docs.dated("2025-06-10")
                .sentence("Kenya/NNP/COUNTRY urged/VBD/O/urge Sudan/NNP/COUNTRY to/TO accept/VB the/DT truce/NN ./.",
                        "nsubj 2 1", "root 0 2", "obj 2 3", "mark 5 4", "xcomp 2 5", "det 7 6", "obj 5 7", "punct 2 8")
                .build());
        assertThat(x.acts()).filteredOn(a -> a.type() == ActType.DEMAND).singleElement().satisfies(p -> {
            assertThat(p.agents()).containsExactly(new EntityKey(EntityType.COUNTRY, "Kenya"));
            assertThat(p.addressees()).containsExactly(new EntityKey(EntityType.COUNTRY, "Sudan"));
        });
        // The acceptance urged on Sudan has not happened.
        assertThat(x.acts()).noneMatch(a -> a.type() == ActType.ACCEPTANCE);
    }

    @Test
    void aMeetingHeldInAPhoneCallIsACallDatedByTheCall() {
        // Macron will speak with Modi in a phone call on Friday .
        List<Act> meetings = acts(Docs.dated("2025-06-10")
                .sentence("Macron/NNP/PERSON will/MD speak/VB with/IN Modi/NNP/PERSON in/IN a/DT phone/NN call/NN on/IN Friday/NNP/DATE=2025-06-13 ./.",
                        "nsubj 3 1", "aux 3 2", "root 0 3", "case 5 4", "obl:with 3 5", "case 9 6", "det 9 7",
                        "compound 9 8", "obl:in 3 9", "case 11 10", "nmod:on 9 11", "punct 3 12"), ActType.MEETING);
        assertThat(meetings).singleElement().satisfies(m -> {
            assertThat(m.cameoCode()).isEqualTo("041");
            assertThat(m.date()).isEqualTo(LocalDate.parse("2025-06-13"));
            assertThat(m.status()).isEqualTo("planned");
        });
    }

    @Test
    void aSeatOfGovernmentThatActsIsItsState() {
        // The Kremlin rejected the plan .
        List<Act> rejections = acts(Docs.dated("2025-06-10")
                .sentence("The/DT Kremlin/NNP/LOCATION rejected/VBD/O/reject the/DT plan/NN ./.",
                        "det 2 1", "nsubj 3 2", "root 0 3", "det 5 4", "obj 3 5", "punct 3 6"), ActType.REJECTION);
        assertThat(rejections).singleElement().satisfies(r ->
                assertThat(r.agents()).containsExactly(new EntityKey(EntityType.COUNTRY, "Russia")));
    }

    @Test
    void aCountryModifyingAProposalIsItsAgent() {
        // Iran studied a U.S. proposal .
        List<Act> proposals = acts(Docs.dated("2025-06-10")
                .sentence("Iran/NNP/COUNTRY studied/VBD/O/study a/DT U.S./NNP/COUNTRY proposal/NN ./.",
                        "nsubj 2 1", "root 0 2", "det 5 3", "compound 5 4", "obj 2 5", "punct 2 6"), ActType.PROPOSAL);
        assertThat(proposals).singleElement().satisfies(p ->
                assertThat(p.agents()).containsExactly(new EntityKey(EntityType.COUNTRY, "United States")));
    }

    @Test
    void aCityNamingTalksIsTheirPlace() {
        // Kenya joined the Jeddah talks with Sudan .
        List<Act> meetings = acts(Docs.dated("2025-06-10")
                .sentence("Kenya/NNP/COUNTRY joined/VBD/O/join the/DT Jeddah/NNP/CITY talks/NNS/O/talk with/IN Sudan/NNP/COUNTRY ./.",
                        "nsubj 2 1", "root 0 2", "det 5 3", "compound 5 4", "obj 2 5", "case 7 6", "nmod:with 5 7",
                        "punct 2 8"), ActType.MEETING);
        assertThat(meetings).singleElement().satisfies(m -> {
            assertThat(m.location()).isEqualTo(new EntityKey(EntityType.PLACE, "Jeddah"));
            assertThat(m.participants()).extracting(EntityKey::name).doesNotContain("Jeddah").contains("Sudan");
        });
    }

    @Test
    void aWarningThatTheWarnersSideWillActIsAThreatAgainstWhoeverMustMeetTheCondition() {
        // Kenya warned that it would impose sanctions if Sudan refused the truce .
        Extraction extraction = EXTRACTOR.extract(Docs.dated("2025-06-10")
                .sentence("Kenya/NNP/COUNTRY/Kenya warned/VBD/O/warn that/IN/O/that it/PRP/O/it would/MD/O/would "
                                + "impose/VB/O/impose sanctions/NNS/O/sanction if/IN/O/if Sudan/NNP/COUNTRY/Sudan "
                                + "refused/VBD/O/refuse the/DT/O/the truce/NN/O/truce ././O/.",
                        "nsubj 2 1", "root 0 2", "mark 6 3", "nsubj 6 4", "aux 6 5", "ccomp 2 6", "obj 6 7",
                        "mark 10 8", "nsubj 10 9", "advcl:if 6 10", "det 12 11", "obj 10 12", "punct 2 13")
                .build());
        assertThat(extraction.acts()).filteredOn(a -> a.type() == ActType.THREAT).singleElement().satisfies(a -> {
            assertThat(a.agents()).containsExactly(new EntityKey(EntityType.COUNTRY, "Kenya"));
            assertThat(a.addressees()).containsExactly(new EntityKey(EntityType.COUNTRY, "Sudan"));
            assertThat(a.condition()).contains("Sudan refused");
            assertThat(a.topics()).extracting(Issue::id).contains("sanctions");
        });
        // What Sudan might refuse has not happened.
        assertThat(extraction.acts()).noneMatch(a -> a.type() == ActType.REJECTION);
    }

    @Test
    void aWarningAboutWhatMayHappenIsAStatementNotAThreat() {
        // Kenya warned that the talks could collapse .
        Extraction extraction = EXTRACTOR.extract(Docs.dated("2025-06-10")
                .sentence("Kenya/NNP/COUNTRY warned/VBD/O/warn that/IN the/DT talks/NNS/O/talk could/MD "
                                + "collapse/VB ./.",
                        "nsubj 2 1", "root 0 2", "mark 7 3", "det 5 4", "nsubj 7 5", "aux 7 6", "ccomp 2 7",
                        "punct 2 8")
                .build());
        assertThat(extraction.acts()).extracting(Act::type).containsExactly(ActType.STATEMENT);
    }

    @Test
    void aPastActReportedOnADayHappenedByThatDay() {
        // Spanish Foreign Minister Jose Albares said on Monday that Spain had accepted the offer .
        List<Act> acceptances = acts(Docs.dated("2025-06-10")
                .sentence("Spanish/JJ/NATIONALITY/Spanish Foreign/NNP/TITLE/Foreign Minister/NNP/TITLE/Minister "
                                + "Jose/NNP/PERSON/Jose Albares/NNP/PERSON/Albares said/VBD/O/say on/IN/O/on "
                                + "Monday/NNP/DATE=2025-06-09/Monday that/IN/O/that Spain/NNP/COUNTRY/Spain "
                                + "had/VBD/O/have accepted/VBN/O/accept the/DT/O/the offer/NN/O/offer ././O/.",
                        "amod 3 1", "compound 3 2", "compound 5 3", "compound 5 4", "nsubj 6 5", "root 0 6",
                        "case 8 7", "obl:on 6 8", "mark 12 9", "nsubj 12 10", "aux 12 11", "ccomp 6 12",
                        "det 14 13", "obj 12 14", "punct 6 15"), ActType.ACCEPTANCE);
        assertThat(acceptances).singleElement().satisfies(a -> {
            assertThat(a.agents()).containsExactly(new EntityKey(EntityType.COUNTRY, "Spain"));
            assertThat(a.date()).isEqualTo(LocalDate.parse("2025-06-09"));
        });
    }

    @Test
    void anOfferToDoSomethingIsAProposal() {
        // Brazil offered to host talks in Brasilia .
        List<Act> proposals = acts(Docs.dated("2025-06-10")
                .sentence("Brazil/NNP/COUNTRY/Brazil offered/VBD/O/offer to/TO/O/to host/VB/O/host talks/NNS/O/talk "
                                + "in/IN/O/in Brasilia/NNP/CITY/Brasilia ././O/.",
                        "nsubj 2 1", "nsubj:xsubj 4 1", "root 0 2", "mark 4 3", "xcomp 2 4", "obj 4 5", "case 7 6",
                        "nmod:in 5 7", "punct 2 8"), ActType.PROPOSAL);
        assertThat(proposals).singleElement()
                .satisfies(a -> assertThat(a.agents()).containsExactly(new EntityKey(EntityType.COUNTRY, "Brazil")));
    }

    @Test
    void theThreatenedPartyIsFoundWhereverTheParserHangsTheCondition() {
        // Chinese Commerce Minister Wang spoke .
        // Wang warned that China would retaliate against pork if the EU refused .  ("refused" hangs from "pork")
        List<Act> threats = acts(Docs.dated("2025-06-10")
                .sentence("Chinese/JJ/NATIONALITY Commerce/NNP/TITLE Minister/NNP/TITLE Wang/NNP/PERSON "
                                + "spoke/VBD/O/speak ./.",
                        "amod 4 1", "compound 4 2", "compound 4 3", "nsubj 5 4", "root 0 5", "punct 5 6")
                .sentence("Wang/NNP/PERSON/Wang warned/VBD/O/warn that/IN/O/that China/NNP/COUNTRY/China "
                                + "would/MD/O/would retaliate/VB/O/retaliate against/IN/O/against pork/NN/O/pork "
                                + "if/IN/O/if the/DT/O/the EU/NNP/ORGANIZATION/EU refused/VBD/O/refuse ././O/.",
                        "nsubj 2 1", "root 0 2", "mark 6 3", "nsubj 6 4", "aux 6 5", "ccomp 2 6", "case 8 7",
                        "obl:against 6 8", "mark 12 9", "det 11 10", "nsubj 12 11", "dep 8 12", "punct 2 13"),
                ActType.THREAT);
        assertThat(threats).singleElement().satisfies(a -> {
            assertThat(a.agents()).extracting(EntityKey::name).containsExactly("Wang");
            assertThat(a.addressees()).extracting(EntityKey::name).containsExactly("European Union");
        });
    }

    @Test
    void whoIsToActOnADemandIsItsAddressee() {
        // Japan demanded that China lift the ban .
        List<Act> demands = acts(Docs.dated("2025-06-10")
                .sentence("Japan/NNP/COUNTRY/Japan demanded/VBD/O/demand that/IN/O/that China/NNP/COUNTRY/China "
                                + "lift/VB/O/lift the/DT/O/the ban/NN/O/ban ././O/.",
                        "nsubj 2 1", "root 0 2", "mark 5 3", "nsubj 5 4", "ccomp 2 5", "det 7 6", "obj 5 7",
                        "punct 2 8"), ActType.DEMAND);
        assertThat(demands).singleElement().satisfies(a -> {
            assertThat(a.agents()).extracting(EntityKey::name).containsExactly("Japan");
            assertThat(a.addressees()).containsExactly(CHINA);
        });
    }

    @Test
    void whoActsAfterTalksWithSomeoneTookPartInThem() {
        // Okafor spoke to reporters after talks with Lindqvist .
        List<Act> meetings = acts(Docs.dated("2025-06-10")
                .sentence("Okafor/NNP/PERSON spoke/VBD/O/speak to/IN/O/to reporters/NNS/O/reporter after/IN/O/after "
                                + "talks/NNS/O/talk with/IN/O/with Lindqvist/NNP/PERSON ././O/.",
                        "nsubj 2 1", "root 0 2", "case 4 3", "obl:to 2 4", "case 6 5", "obl:after 2 6", "case 8 7",
                        "nmod:with 6 8", "punct 2 9"), ActType.MEETING);
        assertThat(meetings).singleElement().satisfies(m ->
                assertThat(m.participants()).extracting(EntityKey::name).containsExactlyInAnyOrder("Okafor", "Lindqvist"));
    }

    @Test
    void aReportHungOnWhatItReportsIsTheActItReports() {
        // Kenya and Sudan agreed to a truce , Okafor said .   (the parser makes "said" a parataxis of "agreed")
        Extraction extraction = EXTRACTOR.extract(Docs.dated("2025-06-10")
                .sentence("Kenya/NNP/COUNTRY and/CC Sudan/NNP/COUNTRY agreed/VBD/O/agree to/IN a/DT truce/NN ,/, "
                                + "Okafor/NNP/PERSON said/VBD/O/say ./.",
                        "nsubj 4 1", "cc 3 2", "conj:and 1 3", "nsubj 4 3", "root 0 4", "case 7 5", "det 7 6",
                        "obl:to 4 7", "punct 4 8", "nsubj 10 9", "parataxis 4 10", "punct 4 11")
                .build());
        // The gold's granularity: Okafor's report is the acceptance it reports, not a statement beside it.
        assertThat(extraction.acts()).extracting(Act::type).containsExactly(ActType.ACCEPTANCE);
        assertThat(extraction.acts().get(0).agents()).extracting(EntityKey::name)
                .containsExactlyInAnyOrder("Kenya", "Sudan");
    }

    @Test
    void aSentenceCaseHeadlineIsLeftToTheBody() {
        // Kenya rejects Sudan's offer of talks   (the text's first line, no stop)
        List<Act> rejections = acts(Docs.dated("2025-06-10")
                .sentence("Kenya/NNP/COUNTRY rejects/VBZ/O/reject Sudan/NNP/COUNTRY 's/POS offer/NN of/IN talks/NNS/O/talk",
                        "nsubj 2 1", "root 0 2", "nmod:poss 5 3", "case 3 4", "obj 2 5", "case 7 6", "nmod:of 5 7"),
                ActType.REJECTION);
        assertThat(rejections).isEmpty();
    }

    @Test
    void aTitleTheParserMadeTheConjunctStandsForThePersonItTitles() {
        // Okafor spoke with Lindqvist and Foreign Minister Haddad .  (the parser conjoins "Minister", not "Haddad")
        List<Act> meetings = acts(Docs.dated("2025-06-10")
                .sentence("Okafor/NNP/PERSON spoke/VBD/O/speak with/IN Lindqvist/NNP/PERSON and/CC Foreign/NNP/TITLE "
                                + "Minister/NNP/TITLE Haddad/NNP/PERSON ./.",
                        "nsubj 2 1", "root 0 2", "case 4 3", "obl:with 2 4", "cc 7 5", "compound 7 6",
                        "conj:and 4 7", "obl:with 2 7", "dep 4 8", "punct 2 9"), ActType.MEETING);
        assertThat(meetings).singleElement().satisfies(m -> assertThat(m.participants())
                .extracting(EntityKey::name).containsExactlyInAnyOrder("Okafor", "Lindqvist", "Haddad"));
    }

    private static EntityKey country(String name) {
        return new EntityKey(EntityType.COUNTRY, name);
    }

    @Test
    void aParticipleModifyingANounNamesItsAgentsInItsByPhrase() {
        // Ethiopia rejected every compromise put forward by Egypt and Sudan .  (CoreNLP's parse: "by" an obl:by)
        List<Act> acts = EXTRACTOR.extract(Docs.dated("2025-06-10")
                .sentence("Ethiopia/NNP/COUNTRY rejected/VBD/O/reject every/DT compromise/NN put/VBN/O/put "
                                + "forward/RB by/IN Egypt/NNP/COUNTRY and/CC Sudan/NNP/COUNTRY ./.",
                        "nsubj 2 1", "root 0 2", "det 4 3", "obj 2 4", "acl 4 5", "compound:prt 5 6", "case 8 7",
                        "obl:by 5 8", "cc 10 9", "obl:by 5 10", "conj:and 8 10", "punct 2 11")
                .build()).acts();
        assertThat(acts).filteredOn(a -> a.type() == ActType.PROPOSAL).singleElement()
                .satisfies(a -> assertThat(a.agents()).containsExactly(country("Egypt"), country("Sudan")));
        assertThat(acts).filteredOn(a -> a.type() == ActType.REJECTION).singleElement()
                .satisfies(a -> assertThat(a.agents()).containsExactly(country("Ethiopia")));
    }

    // Guyana asked the United Nations to halt the referendum , accusing Caracas of aggression .
    // CoreNLP hangs the participle on "referendum"; asking someone to act is an appeal.
    private static final Docs ASKED_AND_ACCUSING = Docs.dated("2025-06-10")
            .sentence("Guyana/NNP/COUNTRY asked/VBD/O/ask the/DT United/NNP/ORGANIZATION Nations/NNP/ORGANIZATION "
                            + "to/TO halt/VB/O/halt the/DT referendum/NN ,/, accusing/VBG/O/accuse Caracas/NNP/CITY "
                            + "of/IN aggression/NN ./.",
                    "nsubj 2 1", "root 0 2", "det 5 3", "compound 5 4", "obj 2 5", "nsubj:xsubj 7 5", "mark 7 6",
                    "xcomp 2 7", "det 9 8", "obj 7 9", "punct 9 10", "acl 9 11", "obj 11 12", "case 14 13",
                    "obl:of 11 14", "punct 2 15");

    @Test
    void aParticipleAfterACommaIsTheMainSubjectsActWhereverTheParserHungIt() {
        assertThat(acts(ASKED_AND_ACCUSING, ActType.ACCUSATION)).singleElement().satisfies(a -> {
            assertThat(a.agents()).containsExactly(country("Guyana"));
            assertThat(a.addressees()).containsExactly(country("Venezuela"));
        });
    }

    @Test
    void askingSomeoneToActIsAnAppealToThem() {
        assertThat(acts(ASKED_AND_ACCUSING, ActType.PROPOSAL)).singleElement().satisfies(a -> {
            assertThat(a.agents()).containsExactly(country("Guyana"));
            assertThat(a.addressees()).extracting(EntityKey::name).containsExactly("United Nations");
        });
    }

    @Test
    void aBareAskIsNoAppeal() {
        // Reporters asked Kenya about the talks .
        List<Act> acts = EXTRACTOR.extract(Docs.dated("2025-06-10")
                .sentence("Reporters/NNS asked/VBD/O/ask Kenya/NNP/COUNTRY about/IN the/DT talks/NNS/O/talk ./.",
                        "nsubj 2 1", "root 0 2", "obj 2 3", "case 6 4", "det 6 5", "obl:about 2 6", "punct 2 7")
                .build()).acts();
        assertThat(acts).noneMatch(a -> a.type() == ActType.PROPOSAL);
    }

    @Test
    void tellingAnotherPartyToActIsADemand() {
        // Tanzania told Uganda to withdraw its troops .
        List<Act> demands = acts(Docs.dated("2025-06-10")
                .sentence("Tanzania/NNP/COUNTRY told/VBD/O/tell Uganda/NNP/COUNTRY to/TO withdraw/VB/O/withdraw "
                                + "its/PRP$ troops/NNS ./.",
                        "nsubj 2 1", "root 0 2", "obj 2 3", "nsubj:xsubj 5 3", "mark 5 4", "xcomp 2 5",
                        "nmod:poss 7 6", "obj 5 7", "punct 2 8"), ActType.DEMAND);
        assertThat(demands).singleElement().satisfies(a -> {
            assertThat(a.agents()).containsExactly(country("Tanzania"));
            assertThat(a.addressees()).containsExactly(country("Uganda"));
        });
    }

    @Test
    void callOnWithItsPrepositionParsedAsAMarkerIsStillAnAppealAndWhatItAsksHasNotHappened() {
        // Kenya called on Ethiopia and Eritrea to accept the ceasefire .  (CoreNLP's parse of "called on both sides
        // to show restraint": "on" marks the infinitive, whose subject is whom the appeal is made to)
        List<Act> acts = EXTRACTOR.extract(Docs.dated("2025-06-10")
                .sentence("Kenya/NNP/COUNTRY called/VBD/O/call on/IN Ethiopia/NNP/COUNTRY and/CC "
                                + "Eritrea/NNP/COUNTRY to/TO accept/VB/O/accept the/DT ceasefire/NN ./.",
                        "nsubj 2 1", "root 0 2", "mark 8 3", "nsubj 8 4", "cc 6 5", "conj:and 4 6", "nsubj 8 6",
                        "mark 8 7", "advcl:to 2 8", "det 10 9", "obj 8 10", "punct 2 11")
                .build()).acts();
        assertThat(acts).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(ActType.DEMAND);
            assertThat(a.agents()).containsExactly(country("Kenya"));
            assertThat(a.addressees()).containsExactly(country("Ethiopia"), country("Eritrea"));
        });
    }

    @Test
    void partiesWhoActDuringACallTookPartInIt() {
        // Ishiba and Lee agreed during a phone call on Sunday to strengthen security cooperation .
        List<Act> meetings = acts(Docs.dated("2025-06-10")
                .sentence("Ishiba/NNP/PERSON and/CC Lee/NNP/PERSON agreed/VBD/O/agree during/IN a/DT phone/NN "
                                + "call/NN/O/call on/IN Sunday/NNP/DATE=2025-06-08 to/TO strengthen/VB/O/strengthen "
                                + "security/NN cooperation/NN ./.",
                        "nsubj 4 1", "cc 3 2", "conj:and 1 3", "nsubj 4 3", "root 0 4", "case 8 5", "det 8 6",
                        "compound 8 7", "obl:during 4 8", "case 10 9", "nmod:on 8 10", "mark 12 11", "acl:to 8 12",
                        "compound 14 13", "obj 12 14", "punct 4 15"), ActType.MEETING);
        assertThat(meetings).singleElement().satisfies(m -> {
            assertThat(m.participants()).extracting(EntityKey::name).containsExactly("Ishiba", "Lee");
            assertThat(m.date()).isEqualTo(LocalDate.parse("2025-06-08"));
            assertThat(m.status()).isEqualTo("held");
        });
    }

    @Test
    void aDeadlineIsNotWhenTheActHappened() {
        // Germany has pushed for a deal before the end of the year .
        List<Act> proposals = acts(Docs.dated("2025-06-10")
                .sentence("Germany/NNP/COUNTRY has/VBZ/O/have pushed/VBN/O/push for/IN a/DT deal/NN before/IN "
                                + "the/DT/DATE=2025 end/NN/DATE=2025 of/IN/DATE=2025 the/DT/DATE=2025 year/NN/DATE=2025 ./.",
                        "nsubj 3 1", "aux 3 2", "root 0 3", "case 6 4", "det 6 5", "obl:for 3 6", "case 9 7",
                        "det 9 8", "obl:before 3 9", "case 12 10", "det 12 11", "nmod:of 9 12", "punct 3 13"),
                ActType.PROPOSAL);
        assertThat(proposals).singleElement().satisfies(a -> assertThat(a.when()).isNull());
    }

    @Test
    void aSecondVerbOfTheSameSubjectSharesTheFirstsTime() {
        // China protested on Thursday and threatened sanctions .
        List<Act> threats = acts(Docs.dated("2025-06-10")
                .sentence("China/NNP/COUNTRY protested/VBD/O/protest on/IN Thursday/NNP/DATE=2025-06-12 and/CC "
                                + "threatened/VBD/O/threaten sanctions/NNS/O/sanction ./.",
                        "nsubj 2 1", "nsubj 6 1", "root 0 2", "case 4 3", "obl:on 2 4", "cc 6 5", "conj:and 2 6",
                        "obj 6 7", "punct 2 8"), ActType.THREAT);
        assertThat(threats).singleElement()
                .satisfies(a -> assertThat(a.date()).isEqualTo(LocalDate.parse("2025-06-05")));
    }

    @Test
    void aMeetingSomeoneIsUrgedToHoldHasNotHappened() {
        // Washington urged Beijing to engage in dialogue with Taipei .
        List<Act> acts = EXTRACTOR.extract(Docs.dated("2025-06-10")
                .sentence("Washington/NNP/STATE_OR_PROVINCE urged/VBD/O/urge Beijing/NNP/CITY to/TO "
                                + "engage/VB/O/engage in/IN dialogue/NN/O/dialogue with/IN Taipei/NNP/CITY ./.",
                        "nsubj 2 1", "root 0 2", "obj 2 3", "nsubj:xsubj 5 3", "mark 5 4", "xcomp 2 5", "case 7 6",
                        "obl:in 5 7", "case 9 8", "nmod:with 7 9", "punct 2 10")
                .build()).acts();
        assertThat(acts).extracting(Act::type).containsExactly(ActType.DEMAND);
    }

    @Test
    void roundsOfTalksHeldAreTalksHeld() {
        // Sefcovic and Goyal held two rounds of talks .
        List<Act> meetings = acts(Docs.dated("2025-06-10")
                .sentence("Sefcovic/NNP/PERSON and/CC Goyal/NNP/PERSON held/VBD/O/hold two/CD rounds/NNS/O/round "
                                + "of/IN talks/NNS/O/talk ./.",
                        "nsubj 4 1", "cc 3 2", "conj:and 1 3", "nsubj 4 3", "root 0 4", "nummod 6 5", "obj 4 6",
                        "case 8 7", "nmod:of 6 8", "punct 4 9"), ActType.MEETING);
        assertThat(meetings).singleElement().satisfies(m -> assertThat(m.participants())
                .extracting(EntityKey::name).containsExactly("Sefcovic", "Goyal"));
    }

    @Test
    void reportingWhatAnotherPartyMustDoIsADemand() {
        // Russia said Ukraine must withdraw its troops .
        List<Act> acts = EXTRACTOR.extract(Docs.dated("2025-06-10")
                .sentence("Russia/NNP/COUNTRY said/VBD/O/say Ukraine/NNP/COUNTRY must/MD withdraw/VB/O/withdraw "
                                + "its/PRP$ troops/NNS ./.",
                        "nsubj 2 1", "root 0 2", "nsubj 5 3", "aux 5 4", "ccomp 2 5", "nmod:poss 7 6", "obj 5 7",
                        "punct 2 8")
                .build()).acts();
        assertThat(acts).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(ActType.DEMAND);
            assertThat(a.agents()).containsExactly(country("Russia"));
            assertThat(a.addressees()).containsExactly(country("Ukraine"));
        });
    }

    @Test
    void whatTheSpeakerSaysItMustDoIsAStatement() {
        // Russia said it must protect its citizens .
        List<Act> acts = EXTRACTOR.extract(Docs.dated("2025-06-10")
                .sentence("Russia/NNP/COUNTRY said/VBD/O/say it/PRP must/MD protect/VB/O/protect its/PRP$ "
                                + "citizens/NNS ./.",
                        "nsubj 2 1", "root 0 2", "nsubj 5 3", "aux 5 4", "ccomp 2 5", "nmod:poss 7 6", "obj 5 7",
                        "punct 2 8")
                .build()).acts();
        assertThat(acts).extracting(Act::type).containsExactly(ActType.STATEMENT);
    }

    @Test
    void anOfficeSpeaksForWhoseOfficeItIs() {
        // Lai thanked Japan . His office said Taiwan would not yield .
        List<Act> statements = acts(Docs.dated("2025-06-10")
                .sentence("Lai/NNP/PERSON thanked/VBD/O/thank Japan/NNP/COUNTRY ./.",
                        "nsubj 2 1", "root 0 2", "obj 2 3", "punct 2 4")
                .sentence("His/PRP$ office/NN said/VBD/O/say Taiwan/NNP/COUNTRY would/MD not/RB yield/VB/O/yield ./.",
                        "nmod:poss 2 1", "nsubj 3 2", "root 0 3", "nsubj 7 4", "aux 7 5", "advmod 7 6", "ccomp 3 7",
                        "punct 3 8")
                .chain("0:1-1", "1:1-1"), ActType.STATEMENT);
        // The first sentence is a statement of thanks (the thanked-party pattern); the office's is the second.
        assertThat(statements).filteredOn(a -> a.evidence().startsWith("His office")).singleElement()
                .satisfies(a -> assertThat(a.agents()).extracting(EntityKey::name).containsExactly("Lai"));
    }

    @Test
    void aPossessivePronounKeepsItsOwnReferentInsideAMentionCoreferenceMisplaced() {
        // India rejected the offer . Sharif warned that his country would respond .
        // (coreference chains "his country" with India, and "his" with Sharif)
        List<Act> threats = acts(Docs.dated("2025-06-10")
                .sentence("India/NNP/COUNTRY rejected/VBD/O/reject the/DT offer/NN ./.",
                        "nsubj 2 1", "root 0 2", "det 4 3", "obj 2 4", "punct 2 5")
                .sentence("Sharif/NNP/PERSON warned/VBD/O/warn that/IN his/PRP$ country/NN would/MD "
                                + "respond/VB/O/respond ./.",
                        "nsubj 2 1", "root 0 2", "mark 7 3", "nmod:poss 5 4", "nsubj 7 5", "aux 7 6", "ccomp 2 7",
                        "punct 2 8")
                .chain("0:1-1", "1:4-5")
                .chain("1:1-1", "1:4-4"), ActType.THREAT);
        assertThat(threats).singleElement()
                .satisfies(a -> assertThat(a.agents()).extracting(EntityKey::name).containsExactly("Sharif"));
    }

    @Test
    void anActReportedBeforeItsSpeechVerbTakesTheReportsDate() {
        // Israel and Lebanon have agreed to hold talks , Salam said on Friday .  (CoreNLP: "agreed" an advcl of "said")
        List<Act> acceptances = acts(Docs.dated("2025-06-10")
                .sentence("Israel/NNP/COUNTRY and/CC Lebanon/NNP/COUNTRY have/VBP/O/have agreed/VBN/O/agree to/TO "
                                + "hold/VB/O/hold talks/NNS/O/talk ,/, Salam/NNP/PERSON said/VBD/O/say on/IN "
                                + "Friday/NNP/DATE=2025-06-13 ./.",
                        "nsubj 5 1", "cc 3 2", "conj:and 1 3", "nsubj 5 3", "aux 5 4", "advcl 11 5", "mark 7 6",
                        "xcomp 5 7", "obj 7 8", "punct 11 9", "nsubj 11 10", "root 0 11", "case 13 12",
                        "obl:on 11 13", "punct 11 14"), ActType.ACCEPTANCE);
        assertThat(acceptances).singleElement()
                .satisfies(a -> assertThat(a.date()).isEqualTo(LocalDate.parse("2025-06-06")));
    }

    @Test
    void unnamedMinistersOfStatesStandForThem() {
        // The foreign ministers of Congo and Rwanda signed a peace agreement .
        List<Act> acceptances = acts(Docs.dated("2025-06-10")
                .sentence("The/DT foreign/JJ ministers/NNS/O/minister of/IN Congo/NNP/COUNTRY and/CC "
                                + "Rwanda/NNP/COUNTRY signed/VBD/O/sign a/DT peace/NN agreement/NN ./.",
                        "det 3 1", "amod 3 2", "nsubj 8 3", "case 5 4", "nmod:of 3 5", "cc 7 6", "nmod:of 3 7",
                        "conj:and 5 7", "root 0 8", "det 11 9", "compound 11 10", "obj 8 11", "punct 8 12"),
                ActType.ACCEPTANCE);
        assertThat(acceptances).singleElement().satisfies(a -> assertThat(a.agents())
                .containsExactly(new EntityKey(EntityType.COUNTRY, "Democratic Republic of the Congo"),
                        country("Rwanda")));
    }

    @Test
    void counterpartsStandForTheStatesThatModifyThem() {
        // Araqchi met his British , French and German counterparts in Geneva .
        List<Act> meetings = acts(Docs.dated("2025-06-10")
                .sentence("Araqchi/NNP/PERSON met/VBD/O/meet his/PRP$ British/JJ/NATIONALITY ,/, "
                                + "French/JJ/NATIONALITY and/CC German/JJ/NATIONALITY counterparts/NNS/O/counterpart "
                                + "in/IN Geneva/NNP/CITY ./.",
                        "nsubj 2 1", "root 0 2", "nmod:poss 9 3", "amod 9 4", "punct 4 5", "conj:and 4 6",
                        "amod 9 6", "cc 8 7", "conj:and 4 8", "amod 9 8", "obj 2 9", "case 11 10", "obl:in 2 11",
                        "punct 2 12"), ActType.MEETING);
        assertThat(meetings).singleElement().satisfies(m -> assertThat(m.participants()).extracting(EntityKey::name)
                .containsExactly("Araqchi", "United Kingdom", "France", "Germany"));
    }

    @Test
    void aMeetingConvenedInAMonthIsPlannedForIt() {
        // Guterres said he would convene a meeting with Greece and Turkey in July .
        List<Act> meetings = acts(Docs.dated("2025-06-10")
                .sentence("Guterres/NNP/PERSON said/VBD/O/say he/PRP would/MD convene/VB/O/convene a/DT "
                                + "meeting/NN/O/meeting with/IN Greece/NNP/COUNTRY and/CC Turkey/NNP/COUNTRY in/IN "
                                + "July/NNP/DATE=2025-07 ./.",
                        "nsubj 2 1", "root 0 2", "nsubj 5 3", "aux 5 4", "ccomp 2 5", "det 7 6", "obj 5 7",
                        "case 9 8", "nmod:with 7 9", "cc 11 10", "nmod:with 7 11", "conj:and 9 11", "case 13 12",
                        "obl:in 5 13", "punct 2 14")
                .chain("0:1-1", "0:3-3"), ActType.MEETING);
        assertThat(meetings).singleElement().satisfies(m -> {
            assertThat(m.participants()).extracting(EntityKey::name).contains("Greece", "Turkey");
            assertThat(m.status()).isEqualTo("planned");
            assertThat(m.when()).isEqualTo(new When(LocalDate.parse("2025-07-01"), LocalDate.parse("2025-07-31")));
        });
    }

    @Test
    void anAcceptanceSaidNotToHappenIsARejection() {
        // Iran said it would not accept the plan .
        Docs docs = Docs.dated("2025-06-10")
                .sentence("Iran/NNP/COUNTRY said/VBD/O/say it/PRP would/MD not/RB accept/VB/O/accept the/DT "
                                + "plan/NN ./.",
                        "nsubj 2 1", "root 0 2", "nsubj 6 3", "aux 6 4", "advmod 6 5", "ccomp 2 6", "det 8 7",
                        "obj 6 8", "punct 2 9")
                .chain("0:1-1", "0:3-3");
        assertThat(acts(docs, ActType.ACCEPTANCE)).isEmpty();
        assertThat(acts(docs, ActType.REJECTION)).singleElement()
                .satisfies(r -> assertThat(r.agents()).containsExactly(IRAN));
    }

    @Test
    void anAcceptanceThatHasNotHappenedYetIsNoRejection() {
        // Iran has not yet accepted the plan .
        Docs docs = Docs.dated("2025-06-10")
                .sentence("Iran/NNP/COUNTRY has/VBZ/O/have not/RB yet/RB accepted/VBN/O/accept the/DT plan/NN ./.",
                        "nsubj 5 1", "aux 5 2", "advmod 5 3", "advmod 5 4", "root 0 5", "det 7 6", "obj 5 7",
                        "punct 5 8");
        assertThat(acts(docs, ActType.REJECTION)).isEmpty();
        assertThat(acts(docs, ActType.ACCEPTANCE)).isEmpty();
    }

    @Test
    void refusingToDiscussIsARejectionOfTalks() {
        // Hamas said it would not discuss its weapons while Israeli troops remained in Gaza .
        List<Act> rejections = acts(Docs.dated("2025-06-10")
                .sentence("Hamas/NNP/ORGANIZATION said/VBD/O/say it/PRP would/MD not/RB discuss/VB/O/discuss "
                                + "its/PRP$ weapons/NNS/O/weapon while/IN Israeli/JJ/NATIONALITY troops/NNS/O/troops "
                                + "remained/VBD/O/remain in/IN Gaza/NNP/STATE_OR_PROVINCE ./.",
                        "nsubj 2 1", "root 0 2", "nsubj 6 3", "aux 6 4", "advmod 6 5", "ccomp 2 6",
                        "nmod:poss 8 7", "obj 6 8", "mark 12 9", "amod 11 10", "nsubj 12 11", "advcl:while 6 12",
                        "case 14 13", "obl:in 12 14", "punct 2 15")
                .chain("0:1-1", "0:3-3"), ActType.REJECTION);
        assertThat(rejections).singleElement().satisfies(r -> {
            assertThat(r.agents()).extracting(EntityKey::name).containsExactly("Hamas");
            assertThat(r.cameoCode()).isEqualTo("125");
        });
    }

    @Test
    void decliningToMeetIsARejectionOfTalks() {
        // Iran declined to meet the envoy .
        Docs docs = Docs.dated("2025-06-10")
                .sentence("Iran/NNP/COUNTRY declined/VBD/O/decline to/TO meet/VB/O/meet the/DT envoy/NN ./.",
                        "nsubj 2 1", "root 0 2", "mark 4 3", "xcomp 2 4", "det 6 5", "obj 4 6", "punct 2 7");
        assertThat(acts(docs, ActType.MEETING)).isEmpty();
        assertThat(acts(docs, ActType.REJECTION)).singleElement().satisfies(r -> {
            assertThat(r.agents()).containsExactly(IRAN);
            assertThat(r.cameoCode()).isEqualTo("125");
        });
    }

    @Test
    void whatADenialIsAboutDidNotHappen() {
        // China denied that it had made any concession on tariffs .
        Docs docs = Docs.dated("2025-06-10")
                .sentence("China/NNP/COUNTRY denied/VBD/O/deny that/IN it/PRP had/VBD/O/have made/VBN/O/make "
                                + "any/DT concession/NN/O/concession on/IN tariffs/NNS/O/tariff ./.",
                        "nsubj 2 1", "root 0 2", "mark 6 3", "nsubj 6 4", "aux 6 5", "ccomp 2 6", "det 8 7",
                        "obj 6 8", "case 10 9", "nmod:on 8 10", "punct 2 11");
        assertThat(acts(docs, ActType.ACCEPTANCE)).isEmpty();
        assertThat(acts(docs, ActType.REJECTION)).as("the denial rejects the claim").singleElement()
                .satisfies(r -> assertThat(r.agents()).containsExactly(CHINA));
    }

    @Test
    void aThreatIsAgainstWhoeverMustMeetItsCondition() {
        // Trump threatened to impose tariffs if Beijing retaliated .
        List<Act> threats = acts(Docs.dated("2025-06-10")
                .sentence("Trump/NNP/PERSON threatened/VBD/O/threaten to/TO impose/VB/O/impose tariffs/NNS/O/tariff "
                                + "if/IN Beijing/NNP/CITY retaliated/VBD/O/retaliate ./.",
                        "nsubj 2 1", "root 0 2", "mark 4 3", "xcomp 2 4", "obj 4 5", "mark 8 6", "nsubj 8 7",
                        "advcl:if 4 8", "punct 2 9"), ActType.THREAT);
        assertThat(threats).singleElement().satisfies(t -> assertThat(t.addressees()).containsExactly(CHINA));
    }

    @Test
    void aThreatIsAgainstThePartyItsActIsDoneTo() {
        // Israel warned that it would keep striking Hezbollah targets .
        List<Act> threats = acts(Docs.dated("2025-06-10")
                .sentence("Israel/NNP/COUNTRY warned/VBD/O/warn that/IN it/PRP would/MD keep/VB/O/keep "
                                + "striking/VBG/O/strike Hezbollah/NNP/ORGANIZATION targets/NNS/O/target ./.",
                        "nsubj 2 1", "root 0 2", "mark 6 3", "nsubj 6 4", "aux 6 5", "ccomp 2 6", "xcomp 6 7",
                        "compound 9 8", "obj 7 9", "punct 2 10"), ActType.THREAT);
        assertThat(threats).singleElement().satisfies(t -> assertThat(t.addressees()).extracting(EntityKey::name)
                .containsExactly("Hezbollah"));
    }

    @Test
    void anAnswerIsAddressedToWhoeverMadeTheDemand() {
        // Ali demanded that Maduro withdraw troops . Maduro rejected the demand .
        List<Act> rejections = acts(Docs.dated("2025-06-10")
                .sentence("Ali/NNP/PERSON demanded/VBD/O/demand that/IN Maduro/NNP/PERSON withdraw/VB/O/withdraw "
                                + "troops/NNS/O/troops ./.",
                        "nsubj 2 1", "root 0 2", "mark 5 3", "nsubj 5 4", "ccomp 2 5", "obj 5 6", "punct 2 7")
                .sentence("Maduro/NNP/PERSON rejected/VBD/O/reject the/DT demand/NN ./.",
                        "nsubj 2 1", "root 0 2", "det 4 3", "obj 2 4", "punct 2 5"), ActType.REJECTION);
        assertThat(rejections).singleElement().satisfies(r -> {
            assertThat(r.respondsTo()).isNotNull();
            assertThat(r.addressees()).extracting(EntityKey::name).containsExactly("Ali");
        });
    }

    @Test
    void aReportedSubjunctiveIsADemandOfItsSubject() {
        // Beijing insisted that Washington treat it as an equal .
        List<Act> demands = acts(Docs.dated("2025-06-10")
                .sentence("Beijing/NNP/CITY insisted/VBD/O/insist that/IN Washington/NNP/CITY treat/VB/O/treat it/PRP "
                                + "as/IN an/DT equal/NN ./.",
                        "nsubj 2 1", "root 0 2", "mark 5 3", "nsubj 5 4", "ccomp 2 5", "obj 5 6", "case 9 7",
                        "det 9 8", "obl:as 5 9", "punct 2 10"), ActType.DEMAND);
        assertThat(demands).singleElement().satisfies(d -> {
            assertThat(d.agents()).containsExactly(CHINA);
            assertThat(d.addressees()).extracting(EntityKey::name).containsExactly("United States");
        });
    }

    @Test
    void aParticipleAfterACommaHappensWhenItsVerbDoes() {
        // Boric suspended the talks on Friday , accusing the rebels of crimes .
        List<Act> accusations = acts(Docs.dated("2025-06-10")
                .sentence("Boric/NNP/PERSON suspended/VBD/O/suspend the/DT talks/NNS/O/talk on/IN "
                                + "Friday/NNP/DATE=2025-06-13 ,/, accusing/VBG/O/accuse the/DT rebels/NNS/O/rebel of/IN "
                                + "crimes/NNS/O/crime ./.",
                        "nsubj 2 1", "root 0 2", "det 4 3", "obj 2 4", "case 6 5", "obl:on 2 6", "punct 2 7",
                        "dep 2 8", "det 10 9", "obj 8 10", "case 12 11", "obl:of 8 12", "punct 2 13"),
                ActType.ACCUSATION);
        assertThat(accusations).singleElement()
                .satisfies(a -> assertThat(a.date()).isEqualTo(LocalDate.parse("2025-06-06")));
    }

    @Test
    void aLeadersGovernmentIsTheStateHeRepresents() {
        // Chilean President Gabriel Boric arrived . His government held talks with Peru .
        List<Act> meetings = acts(Docs.dated("2025-06-10")
                .sentence("Chilean/JJ/NATIONALITY President/NNP/TITLE Gabriel/NNP/PERSON Boric/NNP/PERSON "
                                + "arrived/VBD/O/arrive ./.",
                        "amod 4 1", "compound 4 2", "compound 4 3", "nsubj 5 4", "root 0 5", "punct 5 6")
                .sentence("His/PRP$ government/NN/O/government held/VBD/O/hold talks/NNS/O/talk with/IN "
                                + "Peru/NNP/COUNTRY ./.",
                        "nmod:poss 2 1", "nsubj 3 2", "root 0 3", "obj 3 4", "case 6 5", "nmod:with 4 6",
                        "punct 3 7")
                .chain("0:3-4", "1:1-1"), ActType.MEETING);
        assertThat(meetings).singleElement().satisfies(m -> assertThat(m.participants()).extracting(EntityKey::name)
                .containsExactly("Chile", "Peru"));
    }

    @Test
    void aReportedDemandKeepsTheFewWordsItQuotes() {
        // Rubio told reporters that Hamas must be disarmed “ as soon as possible ” .
        List<Act> acts = EXTRACTOR.extract(Docs.dated("2025-06-10")
                .sentence("Rubio/NNP/PERSON told/VBD/O/tell reporters/NNS/O/reporter that/IN "
                                + "Hamas/NNP/ORGANIZATION must/MD be/VB/O/be disarmed/VBN/O/disarm \u201C/`` as/RB "
                                + "soon/RB as/IN possible/JJ \u201D/'' ./.",
                        "nsubj 2 1", "root 0 2", "obj 2 3", "mark 8 4", "nsubj:pass 8 5", "aux 8 6",
                        "aux:pass 8 7", "ccomp 2 8", "advmod 11 10", "advmod 8 11", "case 13 12", "obl 11 13",
                        "punct 2 15")
                .quoteIn(0).build()).acts();
        assertThat(acts).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo(ActType.DEMAND);
            assertThat(d.agents()).extracting(EntityKey::name).singleElement().asString().endsWith("Rubio");
            assertThat(d.addressees()).extracting(EntityKey::name).containsExactly("Hamas");
            assertThat(d.quote()).isEqualTo("as soon as possible");
        });
    }

    @Test
    void anActReportedInTheSimplePastWithoutATimeHappenedOnTheReportsDay() {
        // Macron said Paris would improve the roads . France has proposed a truce .
        List<Act> acts = EXTRACTOR.extract(Docs.dated("2025-06-10")
                .sentence("Macron/NNP/PERSON said/VBD/O/say Paris/NNP/CITY would/MD improve/VB/O/improve the/DT "
                                + "roads/NNS/O/road ./.",
                        "nsubj 2 1", "root 0 2", "nsubj 5 3", "aux 5 4", "ccomp 2 5", "det 7 6", "obj 5 7",
                        "punct 2 8")
                .sentence("France/NNP/COUNTRY has/VBZ/O/have proposed/VBN/O/propose a/DT truce/NN ./.",
                        "nsubj 3 1", "aux 3 2", "root 0 3", "det 5 4", "obj 3 5", "punct 3 6")
                .build()).acts();
        assertThat(acts).filteredOn(a -> a.type() == ActType.STATEMENT).singleElement()
                .satisfies(s -> assertThat(s.date()).isEqualTo(LocalDate.parse("2025-06-10")));
        assertThat(acts).filteredOn(a -> a.type() == ActType.PROPOSAL).singleElement()
                .satisfies(p -> assertThat(p.when()).as("the perfect reports an earlier act").isNull());
    }

    @Test
    void aPronounAfterASpeakerCoreferenceMissedIsThatSpeaker() {
        // Mendoza spoke . Peru 's foreign minister , Elmer Schialer , arrived . He proposed talks .
        // (CoreNLP left Schialer out of every chain and joined "He" to Mendoza.)
        List<Act> proposals = acts(Docs.dated("2025-06-10")
                .sentence("Mendoza/NNP/PERSON spoke/VBD/O/speak ./.", "nsubj 2 1", "root 0 2", "punct 2 3")
                .sentence("Peru/NNP/COUNTRY 's/POS foreign/JJ minister/NN/TITLE ,/, Elmer/NNP/PERSON "
                                + "Schialer/NNP/PERSON ,/, arrived/VBD/O/arrive ./.",
                        "nmod:poss 4 1", "case 1 2", "amod 4 3", "nsubj 9 4", "punct 4 5", "compound 7 6",
                        "appos 4 7", "punct 4 8", "root 0 9", "punct 9 10")
                .sentence("He/PRP proposed/VBD/O/propose talks/NNS/O/talk ./.",
                        "nsubj 2 1", "root 0 2", "obj 2 3", "punct 2 4")
                .chain("0:1-1", "2:1-1"), ActType.PROPOSAL);
        assertThat(proposals).singleElement().satisfies(p -> assertThat(p.agents()).extracting(EntityKey::name)
                .containsExactly("Elmer Schialer"));
    }

    @Test
    void aSecondVerbJoinedToASpeechVerbIsTheSpeakersSecondAct() {
        // Mendoza said the vote was illegal and accused Maduro of fraud .
        List<Act> acts = EXTRACTOR.extract(Docs.dated("2025-06-10")
                .sentence("Mendoza/NNP/PERSON said/VBD/O/say the/DT vote/NN was/VBD/O/be illegal/JJ and/CC "
                                + "accused/VBD/O/accuse Maduro/NNP/PERSON of/IN fraud/NN ./.",
                        "nsubj 2 1", "nsubj 8 1", "root 0 2", "det 4 3", "nsubj 6 4", "cop 6 5", "ccomp 2 6",
                        "cc 8 7", "conj:and 2 8", "obj 8 9", "case 11 10", "obl:of 8 11", "punct 2 12")
                .build()).acts();
        assertThat(acts).extracting(Act::type).containsExactlyInAnyOrder(ActType.STATEMENT, ActType.ACCUSATION);
    }

    @Test
    void aParticipleTheParserMadeAMarkerStillReportsItsClause() {
        // Iran rejected the offer , saying Washington must first lift sanctions .  ("saying" as mark of "lift")
        List<Act> demands = acts(Docs.dated("2025-06-10")
                .sentence("Iran/NNP/COUNTRY rejected/VBD/O/reject the/DT offer/NN ,/, saying/VBG/O/say "
                                + "Washington/NNP/CITY must/MD first/RB lift/VB/O/lift sanctions/NNS/O/sanction ./.",
                        "nsubj 2 1", "root 0 2", "det 4 3", "obj 2 4", "punct 2 5", "mark 10 6", "nsubj 10 7",
                        "aux 10 8", "advmod 10 9", "advcl:saying 2 10", "obj 10 11", "punct 2 12"), ActType.DEMAND);
        assertThat(demands).singleElement().satisfies(d -> {
            assertThat(d.agents()).containsExactly(IRAN);
            assertThat(d.addressees()).extracting(EntityKey::name).containsExactly("United States");
        });
    }

    @Test
    void denyingAnAccusationRejectsIt() {
        // Hamas denied the accusation .
        List<Act> rejections = acts(Docs.dated("2025-06-10")
                .sentence("Hamas/NNP/ORGANIZATION denied/VBD/O/deny the/DT accusation/NN/O/accusation ./.",
                        "nsubj 2 1", "root 0 2", "det 4 3", "obj 2 4", "punct 2 5"), ActType.REJECTION);
        assertThat(rejections).singleElement().satisfies(r -> {
            assertThat(r.agents()).extracting(EntityKey::name).containsExactly("Hamas");
            assertThat(r.cameoCode()).isEqualTo("120");
        });
    }

    @Test
    void readinessToAcceptIsAnOffer() {
        // Hamas said it was ready to accept a truce .
        Docs docs = Docs.dated("2025-06-10")
                .sentence("Hamas/NNP/ORGANIZATION said/VBD/O/say it/PRP was/VBD/O/be ready/JJ to/TO "
                                + "accept/VB/O/accept a/DT truce/NN ./.",
                        "nsubj 2 1", "root 0 2", "nsubj 5 3", "cop 5 4", "ccomp 2 5", "mark 7 6", "xcomp 5 7",
                        "det 9 8", "obj 7 9", "punct 2 10")
                .chain("0:1-1", "0:3-3");
        assertThat(acts(docs, ActType.ACCEPTANCE)).isEmpty();
        assertThat(acts(docs, ActType.PROPOSAL)).singleElement().satisfies(p -> {
            assertThat(p.agents()).extracting(EntityKey::name).containsExactly("Hamas");
            assertThat(p.cameoCode()).isEqualTo("030");
        });
    }

    @Test
    void anActReferredToWithAsHasNoPartiesOfItsOwn() {
        // Iran must withdraw its troops as agreed in Doha .
        List<Act> acceptances = acts(Docs.dated("2025-06-10")
                .sentence("Iran/NNP/COUNTRY must/MD withdraw/VB/O/withdraw its/PRP$ troops/NNS/O/troops as/IN "
                                + "agreed/VBN/O/agree in/IN Doha/NNP/CITY ./.",
                        "nsubj 3 1", "aux 3 2", "root 0 3", "nmod:poss 5 4", "obj 3 5", "case 7 6",
                        "advcl:as 3 7", "case 9 8", "obl:in 7 9", "punct 3 10"), ActType.ACCEPTANCE);
        assertThat(acceptances).isEmpty();
    }

    @Test
    void talksAboutAProposalDoNotMakeItTheirs() {
        // Macron will host Salam to discuss the proposal .
        List<Act> proposals = acts(Docs.dated("2025-06-10")
                .sentence("Macron/NNP/PERSON will/MD host/VB/O/host Salam/NNP/PERSON to/TO discuss/VB/O/discuss "
                                + "the/DT proposal/NN ./.",
                        "nsubj 3 1", "aux 3 2", "root 0 3", "obj 3 4", "mark 6 5", "advcl:to 3 6", "det 8 7",
                        "obj 6 8", "punct 3 9"), ActType.PROPOSAL);
        assertThat(proposals).isEmpty();
    }

    @Test
    void theTwoLeadersAreTheLastTwoPeopleNamed() {
        // Guterres hosted Christodoulides and Tatar , but the two leaders refused to meet .
        List<Act> rejections = acts(Docs.dated("2025-06-10")
                .sentence("Guterres/NNP/PERSON hosted/VBD/O/host Christodoulides/NNP/PERSON and/CC Tatar/NNP/PERSON "
                                + ",/, but/CC the/DT two/CD leaders/NNS/O/leader refused/VBD/O/refuse to/TO "
                                + "meet/VB/O/meet ./.",
                        "nsubj 2 1", "root 0 2", "obj 2 3", "cc 5 4", "conj:and 3 5", "obj 2 5", "punct 11 6",
                        "cc 11 7", "det 10 8", "nummod 10 9", "nsubj 11 10", "conj:but 2 11", "mark 13 12",
                        "xcomp 11 13", "punct 2 14"), ActType.REJECTION);
        assertThat(rejections).singleElement().satisfies(r -> assertThat(r.agents()).extracting(EntityKey::name)
                .containsExactlyInAnyOrder("Christodoulides", "Tatar"));
    }

    @Test
    void theTwoCountriesAreThePartiesOfTheLatestActWithTwoSides() {
        // Kenya and Sudan signed a deal . Egypt objected . The two countries agreed to open the border .
        List<Act> acceptances = acts(Docs.dated("2025-06-10")
                .sentence("Kenya/NNP/COUNTRY and/CC Sudan/NNP/COUNTRY signed/VBD/O/sign a/DT deal/NN ./.",
                        "nsubj 4 1", "cc 3 2", "conj:and 1 3", "nsubj 4 3", "root 0 4", "det 6 5", "obj 4 6",
                        "punct 4 7")
                .sentence("Egypt/NNP/COUNTRY objected/VBD/O/object ./.", "nsubj 2 1", "root 0 2", "punct 2 3")
                .sentence("The/DT two/CD countries/NNS/O/country agreed/VBD/O/agree to/TO open/VB/O/open the/DT "
                                + "border/NN ./.",
                        "det 3 1", "nummod 3 2", "nsubj 4 3", "root 0 4", "mark 6 5", "xcomp 4 6", "det 8 7",
                        "obj 6 8", "punct 4 9"), ActType.ACCEPTANCE);
        // Egypt's objection has one side; the deal before it had two, and they are "the two countries".
        assertThat(acceptances).filteredOn(a -> a.evidence().startsWith("The two")).singleElement()
                .satisfies(a -> assertThat(a.agents()).extracting(EntityKey::name)
                        .containsExactlyInAnyOrder("Kenya", "Sudan"));
    }

    @Test
    void theSidesAreNotGuessedWhenNoActHadTwoSides() {
        // Egypt objected . The two sides agreed to open the border .
        List<Act> acceptances = acts(Docs.dated("2025-06-10")
                .sentence("Egypt/NNP/COUNTRY objected/VBD/O/object ./.", "nsubj 2 1", "root 0 2", "punct 2 3")
                .sentence("The/DT two/CD sides/NNS/O/side agreed/VBD/O/agree to/TO open/VB/O/open the/DT "
                                + "border/NN ./.",
                        "det 3 1", "nummod 3 2", "nsubj 4 3", "root 0 4", "mark 6 5", "xcomp 4 6", "det 8 7",
                        "obj 6 8", "punct 4 9"), ActType.ACCEPTANCE);
        assertThat(acceptances).isEmpty();
    }

    @Test
    void proposedTalksHaveNotBeenHeld() {
        // Gil proposed direct negotiations between Venezuela and Guyana .
        Docs docs = Docs.dated("2025-06-10")
                .sentence("Gil/NNP/PERSON proposed/VBD/O/propose direct/JJ negotiations/NNS/O/negotiation "
                                + "between/IN Venezuela/NNP/COUNTRY and/CC Guyana/NNP/COUNTRY ./.",
                        "nsubj 2 1", "root 0 2", "amod 4 3", "obj 2 4", "case 6 5", "nmod:between 4 6", "cc 8 7",
                        "conj:and 6 8", "nmod:between 4 8", "punct 2 9");
        assertThat(acts(docs, ActType.MEETING)).isEmpty();
        assertThat(acts(docs, ActType.PROPOSAL)).hasSize(1);
    }

    @Test
    void anObjectPronounIsNotItsOwnVerbsSubject() {
        // Mendoza spoke with Schialer and urged him to compromise .  (CoreNLP chained "him" to Mendoza.)
        List<Act> proposals = acts(Docs.dated("2025-06-10")
                .sentence("Mendoza/NNP/PERSON spoke/VBD/O/speak with/IN Schialer/NNP/PERSON and/CC "
                                + "urged/VBD/O/urge him/PRP to/TO compromise/VB/O/compromise ./.",
                        "nsubj 2 1", "nsubj 6 1", "root 0 2", "case 4 3", "obl:with 2 4", "cc 6 5", "conj:and 2 6",
                        "obj 6 7", "mark 9 8", "xcomp 6 9", "punct 2 10")
                .chain("0:1-1", "0:7-7"), ActType.DEMAND);
        assertThat(proposals).singleElement().satisfies(p -> assertThat(p.addressees()).extracting(EntityKey::name)
                .containsExactly("Schialer"));
    }

    @Test
    void aTimeTheParserHungOnTheObjectDatesTheVerb() {
        // Kenya and Sudan signed an accord on Monday .  (parsed with "on Monday" under "accord")
        List<Act> acceptances = acts(Docs.dated("2025-06-11")
                .sentence("Kenya/NNP/COUNTRY and/CC Sudan/NNP/COUNTRY signed/VBD/O/sign an/DT accord/NN/O/accord "
                                + "on/IN Monday/NNP/DATE=2025-06-09 ./.",
                        "nsubj 4 1", "cc 3 2", "conj:and 1 3", "nsubj 4 3", "root 0 4", "det 6 5", "obj 4 6",
                        "case 8 7", "nmod:on 6 8", "punct 4 9"), ActType.ACCEPTANCE);
        assertThat(acceptances).singleElement()
                .satisfies(a -> assertThat(a.date()).isEqualTo(java.time.LocalDate.of(2025, 6, 9)));
    }

    @Test
    void theDeckUnderTheHeadlineIsLeftToTheBodyLikeTheHeadline() {
        // Kenya rejects the plan / Sudan rejected the plan as a trap / Kenya rejected the plan on Monday .
        List<Act> rejections = acts(Docs.dated("2025-06-11")
                .sentence("Kenya/NNP/COUNTRY rejects/VBZ/O/reject the/DT plan/NN/O/plan",
                        "nsubj 2 1", "root 0 2", "det 4 3", "obj 2 4")
                .sentence("Sudan/NNP/COUNTRY rejected/VBD/O/reject the/DT plan/NN/O/plan as/IN a/DT trap/NN",
                        "nsubj 2 1", "root 0 2", "det 4 3", "obj 2 4", "case 7 5", "det 7 6", "obl:as 2 7")
                .sentence("Kenya/NNP/COUNTRY rejected/VBD/O/reject the/DT plan/NN/O/plan ./.",
                        "nsubj 2 1", "root 0 2", "det 4 3", "obj 2 4", "punct 2 5"), ActType.REJECTION);
        assertThat(rejections).singleElement()
                .satisfies(r -> assertThat(r.evidence()).isEqualTo("Kenya rejected the plan."));
    }

    @Test
    void bothSidesAMediatorAppealsToAreNotTheLastJointActsParties() {
        // Okafor met Lindqvist . Guterres urged both sides to stop .
        List<Act> demands = acts(Docs.dated("2025-06-11")
                .sentence("Okafor/NNP/PERSON met/VBD/O/meet Lindqvist/NNP/PERSON ./.",
                        "nsubj 2 1", "root 0 2", "obj 2 3", "punct 2 4")
                .sentence("Guterres/NNP/PERSON urged/VBD/O/urge both/DT sides/NNS/O/side to/TO stop/VB/O/stop ./.",
                        "nsubj 2 1", "root 0 2", "det 4 3", "obj 2 4", "nsubj:xsubj 6 4", "mark 6 5", "xcomp 2 6",
                        "punct 2 7"), ActType.DEMAND);
        assertThat(demands).singleElement().satisfies(d -> assertThat(d.addressees()).isEmpty());
    }

    @Test
    void aParticipleSetBeforeTheSpeechVerbGivesItsTime() {
        // Speaking on Monday , Okafor said the plan had failed .
        List<Act> statements = acts(Docs.dated("2025-06-11")
                .sentence("Speaking/VBG/O/speak on/IN Monday/NNP/DATE=2025-06-09 ,/, Okafor/NNP/PERSON said/VBD/O/say "
                                + "the/DT plan/NN/O/plan had/VBD/O/have failed/VBN/O/fail ./.",
                        "advcl 6 1", "case 3 2", "obl:on 1 3", "punct 6 4", "nsubj 6 5", "root 0 6", "det 8 7",
                        "nsubj 10 8", "aux 10 9", "ccomp 6 10", "punct 6 11"), ActType.STATEMENT);
        assertThat(statements).singleElement()
                .satisfies(a -> assertThat(a.date()).isEqualTo(java.time.LocalDate.of(2025, 6, 9)));
    }

    @Test
    void aSubjectPronounOfAReportedClauseThatCoreferenceLeftOpenIsTheReporter() {
        // Okafor said he would meet Lindqvist .  (no coreference chain)
        List<Act> meetings = acts(Docs.dated("2025-06-11")
                .sentence("Okafor/NNP/PERSON said/VBD/O/say he/PRP would/MD meet/VB/O/meet Lindqvist/NNP/PERSON ./.",
                        "nsubj 2 1", "root 0 2", "nsubj 5 3", "aux 5 4", "ccomp 2 5", "obj 5 6", "punct 2 7"),
                ActType.MEETING);
        assertThat(meetings).singleElement().satisfies(m -> assertThat(m.participants()).extracting(EntityKey::name)
                .containsExactlyInAnyOrder("Okafor", "Lindqvist"));
    }

    @Test
    void whoIssuesAStatementReportsWhatItsClauseSays() {
        // Kenya and Sudan issued a statement saying they had agreed to a truce .  ("saying" parsed as a marker)
        List<Act> acceptances = acts(Docs.dated("2025-06-11")
                .sentence("Kenya/NNP/COUNTRY and/CC Sudan/NNP/COUNTRY issued/VBD/O/issue a/DT "
                                + "statement/NN/O/statement saying/VBG/O/say they/PRP had/VBD/O/have agreed/VBN/O/agree "
                                + "to/IN a/DT truce/NN/O/truce ./.",
                        "nsubj 4 1", "cc 3 2", "conj:and 1 3", "nsubj 4 3", "root 0 4", "det 6 5", "obj 4 6",
                        "mark 10 7", "nsubj 10 8", "aux 10 9", "ccomp 6 10", "case 13 11", "det 13 12",
                        "obl:to 10 13", "punct 4 14"), ActType.ACCEPTANCE);
        assertThat(acceptances).singleElement().satisfies(a -> assertThat(a.agents()).extracting(EntityKey::name)
                .containsExactlyInAnyOrder("Kenya", "Sudan"));
    }

    @Test
    void aTimeTheParserHungOnTheSubjectDatesTheVerb() {
        // Kenya and Sudan on Monday agreed to a truce .  (parsed with "on Monday" under "Sudan")
        List<Act> acceptances = acts(Docs.dated("2025-06-11")
                .sentence("Kenya/NNP/COUNTRY and/CC Sudan/NNP/COUNTRY on/IN Monday/NNP/DATE=2025-06-09 "
                                + "agreed/VBD/O/agree to/IN a/DT truce/NN/O/truce ./.",
                        "nsubj 6 1", "cc 3 2", "conj:and 1 3", "nsubj 6 3", "case 5 4", "nmod:on 3 5", "root 0 6",
                        "case 9 7", "det 9 8", "obl:to 6 9", "punct 6 10"), ActType.ACCEPTANCE);
        assertThat(acceptances).singleElement()
                .satisfies(a -> assertThat(a.date()).isEqualTo(java.time.LocalDate.of(2025, 6, 9)));
    }

    @Test
    void aMeetingNounCarriedByASimplePastIsDatedByTheArticle() {
        // Kenya held talks with Sudan .
        List<Act> meetings = acts(Docs.dated("2025-06-11")
                .sentence("Kenya/NNP/COUNTRY held/VBD/O/hold talks/NNS/O/talk with/IN Sudan/NNP/COUNTRY ./.",
                        "nsubj 2 1", "root 0 2", "obj 2 3", "case 5 4", "nmod:with 3 5", "punct 2 6"),
                ActType.MEETING);
        assertThat(meetings).singleElement()
                .satisfies(m -> assertThat(m.date()).isEqualTo(java.time.LocalDate.of(2025, 6, 11)));
    }

    @Test
    void whoActsAfterDaysOfTalksWithSomeoneTookPartInThem() {
        // Okafor spoke after two days of talks with Lindqvist .
        List<Act> meetings = acts(Docs.dated("2025-06-11")
                .sentence("Okafor/NNP/PERSON spoke/VBD/O/speak after/IN two/CD days/NNS/O/day of/IN talks/NNS/O/talk "
                                + "with/IN Lindqvist/NNP/PERSON ./.",
                        "nsubj 2 1", "root 0 2", "case 5 3", "nummod 5 4", "obl:after 2 5", "case 7 6", "nmod:of 5 7",
                        "case 9 8", "nmod:with 7 9", "punct 2 10"), ActType.MEETING);
        assertThat(meetings).singleElement().satisfies(m -> assertThat(m.participants()).extracting(EntityKey::name)
                .containsExactlyInAnyOrder("Okafor", "Lindqvist"));
    }

    @Test
    void aLaterMentionOfTheSameMeetingIsThatMeetingNotAnother() {
        // Kenya held talks with Sudan . Kenya resumed the talks with Sudan .
        List<Act> meetings = acts(Docs.dated("2025-06-11")
                .sentence("Kenya/NNP/COUNTRY held/VBD/O/hold talks/NNS/O/talk with/IN Sudan/NNP/COUNTRY ./.",
                        "nsubj 2 1", "root 0 2", "obj 2 3", "case 5 4", "nmod:with 3 5", "punct 2 6")
                .sentence("Kenya/NNP/COUNTRY resumed/VBD/O/resume the/DT talks/NNS/O/talk with/IN Sudan/NNP/COUNTRY ./.",
                        "nsubj 2 1", "root 0 2", "det 4 3", "obj 2 4", "case 6 5", "nmod:with 4 6", "punct 2 7"),
                ActType.MEETING);
        assertThat(meetings).singleElement().satisfies(m -> assertThat(m.evidence()).startsWith("Kenya held"));
    }

    @Test
    void aPatternsActInsideAQuotationIsTheSpeakersInTheirWords() {
        // “ We will impose new tariffs on Chile , ” Okafor said .
        List<Act> threats = acts(Docs.dated("2025-06-11")
                .sentence("\u201C/`` We/PRP will/MD impose/VB/O/impose new/JJ tariffs/NNS/O/tariff on/IN "
                                + "Chile/NNP/COUNTRY ,/, \u201D/'' Okafor/NNP/PERSON said/VBD/O/say ./.",
                        "punct 4 1", "nsubj 4 2", "aux 4 3", "ccomp 12 4", "amod 6 5", "obj 4 6", "case 8 7",
                        "nmod:on 6 8", "punct 12 9", "punct 12 10", "nsubj 12 11", "root 0 12", "punct 12 13")
                .quoteIn(0, "Okafor"), ActType.THREAT);
        assertThat(threats).singleElement().satisfies(t -> {
            assertThat(t.agents()).extracting(EntityKey::name).containsExactly("Okafor");
            assertThat(t.addressees()).extracting(EntityKey::name).containsExactly("Chile");
            assertThat(t.quote()).contains("impose new tariffs");
        });
    }

    @Test
    void aParticleTheParserTookForAnAdverbStillMakesThePhrasalVerb() {
        // Okafor pushed back against the plan .  ("back" parsed as an adverb)
        List<Act> rejections = acts(Docs.dated("2025-06-11")
                .sentence("Okafor/NNP/PERSON pushed/VBD/O/push back/RB against/IN the/DT plan/NN/O/plan ./.",
                        "nsubj 2 1", "root 0 2", "advmod 2 3", "case 6 4", "det 6 5", "obl:against 2 6",
                        "punct 2 7"), ActType.REJECTION);
        assertThat(rejections).singleElement()
                .satisfies(r -> assertThat(r.agents()).extracting(EntityKey::name).containsExactly("Okafor"));
    }

    @Test
    void aBlocOrGroupNamedByItsMemberNameActsForIt() {
        // The Chilean bloc agreed to the plan .
        List<Act> acceptances = acts(Docs.dated("2025-06-11")
                .sentence("The/DT Chilean/JJ/NATIONALITY bloc/NN/O/bloc agreed/VBD/O/agree to/IN the/DT plan/NN ./.",
                        "det 3 1", "amod 3 2", "nsubj 4 3", "root 0 4", "case 7 5", "det 7 6", "obl:to 4 7",
                        "punct 4 8"), ActType.ACCEPTANCE);
        assertThat(acceptances).singleElement()
                .satisfies(a -> assertThat(a.agents()).extracting(EntityKey::name).containsExactly("Chile"));
    }

    // ---- Parties and times a sentence leaves implicit (article date: Wednesday 2026-01-14) ----

    private static final EntityKey KENYA = new EntityKey(EntityType.COUNTRY, "Kenya");
    private static final EntityKey ETHIOPIA = new EntityKey(EntityType.COUNTRY, "Ethiopia");
    private static final EntityKey ERITREA = new EntityKey(EntityType.COUNTRY, "Eritrea");

    @Test
    void aHyphenedPairOfStatesAreTheTwoPartiesOfTheTalks() {
        // The Kenya-Ethiopia talks ended on Monday .
        List<Act> meetings = acts(Docs.dated("2026-01-14")
                .sentence("The/DT/O/the Kenya/NNP/LOCATION/Kenya -/HYPH/LOCATION/- Ethiopia/NNP/LOCATION/Ethiopia talks/NNS/O/talk ended/VBD/O/end on/IN/O/on Monday/NNP/DATE=2026-01-12/Monday ././O/.",
                        "det 5 1", "compound 4 2", "punct 4 3", "compound 5 4", "nsubj 6 5", "root 0 6", "case 8 7",
                        "obl:on 6 8", "punct 6 9"), ActType.MEETING);
        assertThat(meetings).singleElement().satisfies(m -> {
            assertThat(m.participants()).containsExactlyInAnyOrder(KENYA, ETHIOPIA);
            assertThat(m.date()).as("what the talks did dates them").isEqualTo(LocalDate.parse("2026-01-12"));
        });
    }

    @Test
    void talksWithOneNamedPartyAreAMeetingWithThatParty() {
        // Talks with Eritrea resumed on Tuesday .
        List<Act> meetings = acts(Docs.dated("2026-01-14")
                .sentence("Talks/NNS/O/talk with/IN/O/with Eritrea/NNP/COUNTRY/Eritrea resumed/VBD/O/resume on/IN/O/on Tuesday/NNP/DATE=2026-01-13/Tuesday ././O/.",
                        "nsubj 4 1", "case 3 2", "nmod:with 1 3", "root 0 4", "case 6 5", "obl:on 4 6", "punct 4 7"),
                ActType.MEETING);
        assertThat(meetings).singleElement().satisfies(m -> {
            assertThat(m.participants()).containsExactly(ERITREA);
            assertThat(m.date()).isEqualTo(LocalDate.parse("2026-01-13"));
        });
    }

    @Test
    void whoOnlyPretendsToTakePartInNegotiationsTookNoPart() {
        // Eritrea pretended to take part in the negotiations while shelling the border .
        List<Act> meetings = acts(Docs.dated("2026-01-14")
                .sentence("Eritrea/NNP/COUNTRY/Eritrea pretended/VBD/O/pretend to/TO/O/to take/VB/O/take part/NN/O/part in/IN/O/in the/DT/O/the negotiations/NNS/O/negotiation while/IN/O/while shelling/VBG/O/shell the/DT/O/the border/NN/O/border ././O/.",
                        "nsubj 2 1", "nsubj:xsubj 4 1", "root 0 2", "mark 4 3", "xcomp 2 4", "obj 4 5", "case 8 6",
                        "det 8 7", "obl:in 4 8", "mark 10 9", "advcl:while 4 10", "det 12 11", "obj 10 12",
                        "punct 2 13"), ActType.MEETING);
        assertThat(meetings).isEmpty();
    }

    @Test
    void suspendedTalksAreARejectionAndNotAlsoAMeeting() {
        // Ethiopia suspended its talks with Eritrea on Friday .
        List<Act> acts = EXTRACTOR.extract(Docs.dated("2026-01-14")
                .sentence("Ethiopia/NNP/COUNTRY/Ethiopia suspended/VBD/O/suspend its/PRP$/O/its talks/NNS/O/talk with/IN/O/with Eritrea/NNP/COUNTRY/Eritrea on/IN/O/on Friday/NNP/DATE=2026-01-16/Friday ././O/.",
                        "nsubj 2 1", "root 0 2", "nmod:poss 4 3", "obj 2 4", "case 6 5", "nmod:with 4 6", "case 8 7",
                        "obl:on 2 8", "punct 2 9").build()).acts();
        assertThat(acts).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(ActType.REJECTION);
            assertThat(a.agents()).containsExactly(ETHIOPIA);
        });
    }

    @Test
    void aNewsAgencyReportingIsNotAStatementOfTheNegotiation() {
        // Reuters reported that Kenya had accepted the proposal .
        List<Act> acts = EXTRACTOR.extract(Docs.dated("2026-01-14")
                .sentence("Reuters/NNP/ORGANIZATION/Reuters reported/VBD/O/report that/IN/O/that Kenya/NNP/COUNTRY/Kenya had/VBD/O/have accepted/VBN/O/accept the/DT/O/the proposal/NN/O/proposal ././O/.",
                        "nsubj 2 1", "root 0 2", "mark 6 3", "nsubj 6 4", "aux 6 5", "ccomp 2 6", "det 8 7", "obj 6 8",
                        "punct 2 9").build()).acts();
        assertThat(acts).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(ActType.ACCEPTANCE);
            assertThat(a.agents()).containsExactly(KENYA);
        });
    }

    @Test
    void theyChainedToACoordinationIsEveryPartyAndAJointActIsEachSidesToTheOther() {
        // Kenya and Ethiopia hailed Monday as historic as they announced a border deal .
        List<Act> acceptances = acts(Docs.dated("2026-01-14")
                .sentence("Kenya/NNP/COUNTRY/Kenya and/CC/O/and Ethiopia/NNP/COUNTRY/Ethiopia hailed/VBD/O/hail Monday/NNP/DATE=2026-01-12/Monday as/IN/O/as historic/JJ/O/historic as/IN/O/as they/PRP/O/they announced/VBD/O/announce a/DT/O/a border/NN/O/border deal/NN/O/deal ././O/.",
                        "nsubj 4 1", "cc 3 2", "conj:and 1 3", "nsubj 4 3", "root 0 4", "obl:tmod 4 5", "case 7 6",
                        "advcl:as 4 7", "mark 10 8", "nsubj 10 9", "advcl:as 7 10", "det 13 11", "compound 13 12",
                        "obj 10 13", "punct 4 14")
                .chain("0:1-3", "0:9-9"), ActType.ACCEPTANCE);
        assertThat(acceptances).singleElement().satisfies(a -> {
            assertThat(a.agents()).containsExactlyInAnyOrder(KENYA, ETHIOPIA);
            assertThat(a.addressees()).as("each side's to the other").containsExactlyInAnyOrder(KENYA, ETHIOPIA);
            assertThat(a.date()).as("an 'as' clause happens when its host does")
                    .isEqualTo(LocalDate.parse("2026-01-12"));
        });
    }

    @Test
    void wordsAddedByAnotherSpeakerKeepTheOccasionOfTheWordsBefore() {
        // Speaking on Thursday , President William Ruto said : " We are ready to sign . "
        // Prime Minister Abiy Ahmed added : " So are we , and we will . "
        List<Act> acts = EXTRACTOR.extract(Docs.dated("2026-01-14")
                .sentence("Speaking/VBG/O/speak on/IN/O/on Thursday/NNP/DATE=2026-01-15/Thursday ,/,/O/, President/NNP/TITLE/President William/NNP/PERSON/William Ruto/NNP/PERSON/Ruto said/VBD/O/say :/:/O/: \u201c/``/O/\u201c We/PRP/O/we are/VBP/O/be ready/JJ/O/ready to/TO/O/to sign/VB/O/sign ././O/. \u201d/''/O/\u201d",
                        "advcl 8 1", "case 3 2", "obl:on 1 3", "punct 8 4", "compound 7 5", "compound 7 6",
                        "nsubj 8 7", "root 0 8", "punct 8 9", "punct 8 10", "nsubj 13 11", "nsubj:xsubj 15 11",
                        "cop 13 12", "ccomp 8 13", "mark 15 14", "xcomp 13 15", "punct 8 16", "punct 8 17")
                .sentence("Prime/NNP/TITLE/Prime Minister/NNP/TITLE/Minister Abiy/NNP/PERSON/Abiy Ahmed/NNP/PERSON/Ahmed added/VBD/O/add :/:/O/: \u201c/``/O/\u201c So/RB/O/so are/VBP/O/be we/PRP/O/we ,/,/O/, and/CC/O/and we/PRP/O/we will/MD/O/will ././O/. \u201d/''/O/\u201d",
                        "compound 2 1", "compound 4 2", "compound 4 3", "nsubj 5 4", "root 0 5", "punct 5 6",
                        "punct 5 7", "advmod 10 8", "cop 10 9", "ccomp 5 10", "punct 10 11", "cc 14 12",
                        "nsubj 14 13", "ccomp 5 14", "conj:and 10 14", "punct 5 15", "punct 5 16")
                .quoteIn(0).quoteIn(1).build()).acts();
        LocalDate thursday = LocalDate.parse("2026-01-08");
        assertThat(acts).filteredOn(a -> a.type() == ActType.PROPOSAL).singleElement()
                .satisfies(a -> assertThat(a.date()).as("offered when said").isEqualTo(thursday));
        assertThat(acts).filteredOn(a -> a.type() == ActType.STATEMENT).singleElement()
                .satisfies(a -> assertThat(a.date()).isEqualTo(thursday));
    }

    @Test
    void aStatementIsDatedByTheOccasionItWasMadeOn() {
        // The Ethiopian foreign ministry said in a statement on Friday that it had received the letter .
        List<Act> statements = acts(Docs.dated("2026-01-14")
                .sentence("The/DT/O/the Ethiopian/JJ/NATIONALITY/Ethiopian foreign/JJ/O/foreign ministry/NN/O/ministry said/VBD/O/say in/IN/O/in a/DT/O/a statement/NN/O/statement on/IN/O/on Friday/NNP/DATE=2026-01-09/Friday that/IN/O/that it/PRP/O/it had/VBD/O/have received/VBN/O/receive the/DT/O/the letter/NN/O/letter ././O/.",
                        "det 4 1", "amod 4 2", "amod 4 3", "nsubj 5 4", "root 0 5", "case 8 6", "det 8 7",
                        "obl:in 5 8", "case 10 9", "nmod:on 8 10", "mark 14 11", "nsubj 14 12", "aux 14 13",
                        "ccomp 5 14", "det 16 15", "obj 14 16", "punct 5 17"), ActType.STATEMENT);
        assertThat(statements).singleElement()
                .satisfies(s -> assertThat(s.date()).isEqualTo(LocalDate.parse("2026-01-09")));
    }

    @Test
    void anActWithoutAnAddresseeIsDirectedAtThePartysCounterpartInTheArticle() {
        // Kenya and Ethiopia met in Nairobi on Monday to discuss the border . Ethiopia later rejected the plan .
        List<Act> rejections = acts(Docs.dated("2026-01-15")
                .sentence("Kenya/NNP/COUNTRY/Kenya and/CC/O/and Ethiopia/NNP/COUNTRY/Ethiopia met/VBD/O/meet in/IN/O/in Nairobi/NNP/CITY/Nairobi on/IN/O/on Monday/NNP/DATE=2026-01-12/Monday to/TO/O/to discuss/VB/O/discuss the/DT/O/the border/NN/O/border ././O/.",
                        "nsubj 4 1", "nsubj:xsubj 10 1", "cc 3 2", "conj:and 1 3", "nsubj 4 3", "nsubj:xsubj 10 3",
                        "root 0 4", "case 6 5", "obl:in 4 6", "case 8 7", "obl:on 4 8", "mark 10 9", "xcomp 4 10",
                        "det 12 11", "obj 10 12", "punct 4 13")
                .sentence("Ethiopia/NNP/COUNTRY/Ethiopia later/RB/O/later rejected/VBD/O/reject the/DT/O/the plan/NN/O/plan ././O/.",
                        "nsubj 3 1", "advmod 3 2", "root 0 3", "det 5 4", "obj 3 5", "punct 3 6"),
                ActType.REJECTION);
        assertThat(rejections).singleElement().satisfies(r -> {
            assertThat(r.agents()).containsExactly(ETHIOPIA);
            assertThat(r.addressees()).containsExactly(KENYA);
        });
    }

    @Test
    void whoReceivesAProposalFromOthersDidNotMakeIt() {
        // Hamas accepted the truce after receiving a proposal from mediators .
        List<Act> acts = EXTRACTOR.extract(Docs.dated("2026-01-20")
                .sentence("Hamas/NNP/ORGANIZATION/Hamas accepted/VBD/O/accept the/DT/O/the truce/NN/O/truce after/IN/O/after receiving/VBG/O/receive a/DT/O/a proposal/NN/O/proposal from/IN/O/from mediators/NNS/O/mediator ././O/.",
                        "nsubj 2 1", "root 0 2", "det 4 3", "obj 2 4", "mark 6 5", "advcl:after 2 6", "det 8 7",
                        "obj 6 8", "case 10 9", "nmod:from 8 10", "punct 2 11").build()).acts();
        assertThat(acts).extracting(Act::type).containsExactly(ActType.ACCEPTANCE);
    }

    @Test
    void aBodyThatConvenesIsAMeetingOfItsMembers() {
        // The African Union convened in Addis Ababa on Monday .
        List<Act> meetings = acts(Docs.dated("2026-01-20")
                .sentence("The/DT/O/the African/NNP/NATIONALITY/African Union/NNP/CITY/Union convened/VBD/O/convene in/IN/O/in Addis/NNP/LOCATION/Addis Ababa/NNP/LOCATION/Ababa on/IN/O/on Monday/NNP/DATE=2026-01-19/Monday ././O/.",
                        "det 3 1", "compound 3 2", "nsubj 4 3", "root 0 4", "case 7 5", "compound 7 6", "obl:in 4 7",
                        "case 9 8", "obl:on 4 9", "punct 4 10"), ActType.MEETING);
        assertThat(meetings).singleElement().satisfies(m -> {
            assertThat(m.participants()).containsExactly(new EntityKey(EntityType.ORGANIZATION, "African Union"));
            assertThat(m.date()).isEqualTo(LocalDate.parse("2026-01-19"));
        });
    }

    @Test
    void oneStateCallingIsNoMeetingOfItsOwn() {
        // Kenya called the plan unacceptable .
        List<Act> meetings = acts(Docs.dated("2026-01-20")
                .sentence("Kenya/NNP/COUNTRY/Kenya called/VBD/O/call the/DT/O/the plan/NN/O/plan unacceptable/JJ/O/unacceptable ././O/.",
                        "nsubj 2 1", "root 0 2", "det 4 3", "obj 2 4", "xcomp 2 5", "punct 2 6"), ActType.MEETING);
        assertThat(meetings).isEmpty();
    }

    @Test
    void anAttributionByAccordingToIsTheReportedActNotAStatementBesideIt() {
        // Kenya rejected the plan on Friday , according to a note circulated by Ethiopia .
        List<Act> acts = EXTRACTOR.extract(Docs.dated("2026-01-20")
                .sentence("Kenya/NNP/COUNTRY/Kenya rejected/VBD/O/reject the/DT/O/the plan/NN/O/plan on/IN/O/on Friday/NNP/DATE=2026-01-23/Friday ,/,/O/, according/VBG/O/accord to/IN/O/to a/DT/O/a note/NN/O/note circulated/VBN/O/circulate by/IN/O/by Ethiopia/NNP/COUNTRY/Ethiopia ././O/.",
                        "nsubj 2 1", "root 0 2", "det 4 3", "obj 2 4", "case 6 5", "nmod:on 4 6", "punct 2 7",
                        "case 11 8", "fixed 8 9", "det 11 10", "obl:according_to 2 11", "acl 11 12", "case 14 13",
                        "obl:by 12 14", "punct 2 15").build()).acts();
        assertThat(acts).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(ActType.REJECTION);
            assertThat(a.agents()).containsExactly(KENYA);
        });
    }

    @Test
    void thanksInsideAQuotationAreOneStatementInThoseWords() {
        // " We want to thank Kenya for its help , " Abiy Ahmed said .
        List<Act> acts = EXTRACTOR.extract(Docs.dated("2026-01-20")
                .sentence("\u201c/``/O/\u201c We/PRP/O/we want/VBP/O/want to/TO/O/to thank/VB/O/thank Kenya/NNP/COUNTRY/Kenya for/IN/O/for its/PRP$/O/its help/NN/O/help ,/,/O/, \u201d/''/O/\u201d Abiy/NNP/PERSON/Abiy Ahmed/NNP/PERSON/Ahmed said/VBD/O/say ././O/.",
                        "punct 14 1", "nsubj 3 2", "nsubj:xsubj 5 2", "ccomp 14 3", "mark 5 4", "xcomp 3 5",
                        "obj 5 6", "case 9 7", "nmod:poss 9 8", "obl:for 5 9", "punct 14 10", "punct 14 11",
                        "compound 13 12", "nsubj 14 13", "root 0 14", "punct 14 15")
                .quoteIn(0).build()).acts();
        assertThat(acts).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(ActType.STATEMENT);
            assertThat(a.addressees()).containsExactly(KENYA);
            assertThat(a.quote()).contains("thank Kenya");
        });
    }

    @Test
    void anActDoneBySayingItHappensWhenItIsSaidWhateverTheTenseOfItsClause() {
        // Kenya said it would reject any plan that divides the region .
        List<Act> rejections = acts(Docs.dated("2026-01-20")
                .sentence("Kenya/NNP/COUNTRY/Kenya said/VBD/O/say it/PRP/O/it would/MD/O/would reject/VB/O/reject any/DT/O/any plan/NN/O/plan that/WDT/O/that divides/VBZ/O/divide the/DT/O/the region/NN/O/region ././O/.",
                        "nsubj 2 1", "root 0 2", "nsubj 5 3", "aux 5 4", "ccomp 2 5", "det 7 6", "obj 5 7",
                        "nsubj 9 7", "ref 7 8", "acl:relcl 7 9", "det 11 10", "obj 9 11", "punct 2 12"),
                ActType.REJECTION);
        assertThat(rejections).singleElement().satisfies(r -> {
            assertThat(r.agents()).containsExactly(KENYA);
            assertThat(r.date()).as("said in the simple past: the day of the report")
                    .isEqualTo(LocalDate.parse("2026-01-20"));
        });
    }

    @Test
    void talksAreDatedByTheVerbThatOrganisesThem() {
        // The African Union organised talks between Kenya and Ethiopia in Nairobi on March 3 .
        List<Act> meetings = acts(Docs.dated("2026-01-20")
                .sentence("The/DT/O/the African/NNP/NATIONALITY/African Union/NNP/CITY/Union organised/VBD/O/organise talks/NNS/O/talk between/IN/O/between Kenya/NNP/COUNTRY/Kenya and/CC/O/and Ethiopia/NNP/COUNTRY/Ethiopia in/IN/O/in Nairobi/NNP/CITY/Nairobi on/IN/O/on March/NNP/DATE=2026-03-03/March 3/CD/DATE=2026-03-03/3 ././O/.",
                        "det 3 1", "compound 3 2", "nsubj 4 3", "root 0 4", "obj 4 5", "case 7 6",
                        "nmod:between 5 7", "cc 9 8", "nmod:between 5 9", "conj:and 7 9", "case 11 10",
                        "nmod:in 5 11", "case 13 12", "obl:on 4 13", "nummod 13 14", "punct 4 15"),
                ActType.MEETING);
        assertThat(meetings).singleElement().satisfies(m -> {
            assertThat(m.participants()).contains(KENYA, ETHIOPIA);
            assertThat(m.date()).isEqualTo(LocalDate.parse("2026-03-03"));
            assertThat(m.status()).isEqualTo("planned");
        });
    }

    @Test
    void theSpeakerAfterAnInvertedSpeechVerbIsItsSubjectEvenWhenParsedAsItsObject() {
        // " We are not ready yet , " said William Ruto , adding he would meet Abiy Ahmed on Friday .
        // (CoreNLP at times reads the speaker of "said William Ruto" as the verb's object, as here.)
        List<Act> meetings = acts(Docs.dated("2026-01-20")
                .sentence("\u201c/``/O/\u201c We/PRP/O/we are/VBP/O/be not/RB/O/not ready/JJ/O/ready yet/RB/O/yet ,/,/O/, \u201d/''/O/\u201d said/VBD/O/say William/NNP/PERSON/William Ruto/NNP/PERSON/Ruto ,/,/O/, adding/VBG/O/add he/PRP/O/he would/MD/O/would meet/VB/O/meet Abiy/NNP/PERSON/Abiy Ahmed/NNP/PERSON/Ahmed on/IN/O/on Friday/NNP/DATE=2026-01-23/Friday ././O/.",
                        "punct 9 1", "nsubj 5 2", "cop 5 3", "advmod 5 4", "ccomp 9 5", "advmod 5 6", "punct 9 7",
                        "punct 9 8", "root 0 9", "compound 11 10", "obj 9 11", "punct 11 12", "mark 16 13",
                        "nsubj 16 14", "aux 16 15", "advcl:adding 9 16", "compound 18 17", "obj 16 18",
                        "case 20 19", "obl:on 16 20", "punct 9 21")
                .quoteIn(0), ActType.MEETING);
        assertThat(meetings).singleElement().satisfies(m -> {
            assertThat(m.participants()).extracting(EntityKey::name)
                    .containsExactlyInAnyOrder("William Ruto", "Abiy Ahmed");
            assertThat(m.status()).isEqualTo("planned");
        });
    }

    @Test
    void aBarePluralOfNationsIsNotTheNegotiationsParties() {
        // Kenya and Ethiopia met on Monday . Egypt is the only one of the nations that rejects the levy .
        List<Act> rejections = acts(Docs.dated("2026-01-20")
                .sentence("Kenya/NNP/COUNTRY/Kenya and/CC/O/and Ethiopia/NNP/COUNTRY/Ethiopia met/VBD/O/meet on/IN/O/on Monday/NNP/DATE=2026-01-19/Monday ././O/.",
                        "nsubj 4 1", "cc 3 2", "conj:and 1 3", "nsubj 4 3", "root 0 4", "case 6 5", "obl:on 4 6",
                        "punct 4 7")
                .sentence("Egypt/NNP/COUNTRY/Egypt is/VBZ/O/be the/DT/O/the only/JJ/O/only one/CD/NUMBER=1.0/one of/IN/O/of the/DT/O/the nations/NNS/O/nation that/WDT/O/that rejects/VBZ/O/reject the/DT/O/the levy/NN/O/levy ././O/.",
                        "nsubj 8 1", "cop 8 2", "det 8 3", "amod 8 4", "det:qmod 8 5", "fixed 5 6", "det 8 7",
                        "root 0 8", "nsubj 10 8", "ref 8 9", "acl:relcl 8 10", "det 12 11", "obj 10 12",
                        "punct 8 13"), ActType.REJECTION);
        assertThat(rejections).noneMatch(r -> r.agents().contains(KENYA) || r.agents().contains(ETHIOPIA));
    }

    @Test
    void aLaterMentionOfTalksIsTheSameMeetingWithItsSentenceAsLaterEvidence() {
        // Kenya and Ethiopia held talks in Nairobi on Monday . The talks between Kenya and Ethiopia ended without a
        // statement .
        List<Act> meetings = acts(Docs.dated("2026-01-20")
                .sentence("Kenya/NNP/COUNTRY/Kenya and/CC/O/and Ethiopia/NNP/COUNTRY/Ethiopia held/VBD/O/hold talks/NNS/O/talk in/IN/O/in Nairobi/NNP/CITY/Nairobi on/IN/O/on Monday/NNP/DATE=2026-01-19/Monday ././O/.",
                        "nsubj 4 1", "cc 3 2", "conj:and 1 3", "nsubj 4 3", "root 0 4", "obj 4 5", "case 7 6",
                        "nmod:in 5 7", "case 9 8", "obl:on 4 9", "punct 4 10")
                .sentence("The/DT/O/the talks/NNS/O/talk between/IN/O/between Kenya/NNP/COUNTRY/Kenya and/CC/O/and Ethiopia/NNP/COUNTRY/Ethiopia ended/VBD/O/end without/IN/O/without a/DT/O/a statement/NN/O/statement ././O/.",
                        "det 2 1", "nsubj 7 2", "case 4 3", "nmod:between 2 4", "cc 6 5", "nmod:between 2 6",
                        "conj:and 4 6", "root 0 7", "case 10 8", "det 10 9", "obl:without 7 10", "punct 7 11"),
                ActType.MEETING);
        assertThat(meetings).singleElement().satisfies(m -> {
            assertThat(m.evidence()).startsWith("Kenya and Ethiopia held talks");
            assertThat(m.laterEvidence()).singleElement().asString().startsWith("The talks between Kenya");
            assertThat(m.date()).isEqualTo(LocalDate.parse("2026-01-19"));
        });
    }

    @Test
    void whatACommuniqueSaysWasAgreedByTheDayItWasReleased() {
        // Kenya and Ethiopia on Monday released a short communique stating they had agreed to reopen the border .
        String words = "Kenya/NNP/COUNTRY/Kenya and/CC/O/and Ethiopia/NNP/COUNTRY/Ethiopia on/IN/O/on Monday/NNP/DATE=2026-01-19/Monday released/VBD/O/release a/DT/O/a short/JJ/O/short communique/NN/O/communique stating/VBG/O/state they/PRP/O/they had/VBD/O/have agreed/VBN/O/agree to/TO/O/to reopen/VB/O/reopen the/DT/O/the border/NN/O/border ././O/.";
        List<Act> asParsed = acts(Docs.dated("2026-01-20")
                .sentence(words, "nsubj 6 1", "cc 3 2", "conj:and 1 3", "nsubj 6 3", "case 5 4", "obl:on 6 5",
                        "root 0 6", "det 9 7", "amod 9 8", "obj 6 9", "acl 9 10", "nsubj 13 11", "nsubj:xsubj 15 11",
                        "aux 13 12", "ccomp 10 13", "mark 15 14", "xcomp 13 15", "det 17 16", "obj 15 17",
                        "punct 6 18")
                .chain("0:1-3", "0:11-11"), ActType.ACCEPTANCE);
        // CoreNLP also reads such a participle as a mere marker of the clause, which then hangs from the noun.
        List<Act> asMarker = acts(Docs.dated("2026-01-20")
                .sentence(words, "nsubj 6 1", "cc 3 2", "conj:and 1 3", "nsubj 6 3", "case 5 4", "obl:on 6 5",
                        "root 0 6", "det 9 7", "amod 9 8", "obj 6 9", "mark 13 10", "nsubj 13 11",
                        "nsubj:xsubj 15 11", "aux 13 12", "ccomp 9 13", "mark 15 14", "xcomp 13 15", "det 17 16",
                        "obj 15 17", "punct 6 18")
                .chain("0:1-3", "0:11-11"), ActType.ACCEPTANCE);
        for (List<Act> acceptances : List.of(asParsed, asMarker)) {
            assertThat(acceptances).singleElement().satisfies(a -> {
                assertThat(a.agents()).containsExactlyInAnyOrder(KENYA, ETHIOPIA);
                assertThat(a.date()).isEqualTo(LocalDate.parse("2026-01-19"));
            });
        }
    }

    @Test
    void aKnownPersonWithoutASideInTheTextSpeaksForTheStateTheVerifiedTableDescribes() {
        // Kenya held talks with Donald Trump on Monday . Kenya later rejected the plan .
        // (The verified Wikidata table describes Trump as President of the United States.)
        List<Act> rejections = acts(Docs.dated("2026-01-20")
                .sentence("Kenya/NNP/COUNTRY/Kenya held/VBD/O/hold talks/NNS/O/talk with/IN/O/with Donald/NNP/PERSON/Donald Trump/NNP/PERSON/Trump on/IN/O/on Monday/NNP/DATE=2026-01-19/Monday ././O/.",
                        "nsubj 2 1", "root 0 2", "obj 2 3", "case 6 4", "compound 6 5", "nmod:with 3 6", "case 8 7",
                        "obl:on 2 8", "punct 2 9")
                .sentence("Kenya/NNP/COUNTRY/Kenya later/RB/O/later rejected/VBD/O/reject the/DT/O/the plan/NN/O/plan ././O/.",
                        "nsubj 3 1", "advmod 3 2", "root 0 3", "det 5 4", "obj 3 5", "punct 3 6"),
                ActType.REJECTION);
        assertThat(rejections).singleElement().satisfies(r -> assertThat(r.addressees())
                .as("the counterpart is the side Trump speaks for").containsExactly(
                        new EntityKey(EntityType.COUNTRY, "United States")));
    }

    @Test
    void whatASourceSaysAnotherPartyShouldDoIsItsDemand() {
        // According to Kenya , Ethiopia should withdraw its troops from the border .
        List<Act> acts = EXTRACTOR.extract(Docs.dated("2026-01-20")
                .sentence("According/VBG/O/accord to/IN/O/to Kenya/NNP/COUNTRY/Kenya ,/,/O/, Ethiopia/NNP/COUNTRY/Ethiopia should/MD/O/should withdraw/VB/O/withdraw its/PRP$/O/its troops/NNS/O/troops from/IN/O/from the/DT/O/the border/NN/O/border ././O/.",
                        "case 3 1", "fixed 1 2", "obl:according_to 7 3", "punct 7 4", "nsubj 7 5", "aux 7 6",
                        "root 0 7", "nmod:poss 9 8", "obj 7 9", "case 12 10", "det 12 11", "obl:from 7 12",
                        "punct 7 13").build()).acts();
        assertThat(acts).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo(ActType.DEMAND);
            assertThat(d.agents()).containsExactly(KENYA);
            assertThat(d.addressees()).containsExactly(ETHIOPIA);
        });
    }

    @Test
    void aGroupKnownByAGivenNameIsABodyThatTakesPartInTheMeetingItAttends() {
        // On Monday , Nairobi hosted a conference attended by several foreign ministers known as the Friends of the Horn .
        List<Act> meetings = acts(Docs.dated("2026-01-20")
                .sentence("On/IN/O/on Monday/NNP/DATE=2026-01-19/Monday ,/,/O/, Nairobi/NNP/CITY/Nairobi hosted/VBD/O/host a/DT/O/a conference/NN/O/conference attended/VBN/O/attend by/IN/O/by several/JJ/O/several foreign/JJ/O/foreign ministers/NNS/O/minister known/VBN/O/know as/IN/O/as the/DT/O/the Friends/NNS/O/friend of/IN/O/of the/DT/O/the Horn/NNP/PERSON/Horn ././O/.",
                        "case 2 1", "obl:on 5 2", "punct 5 3", "nsubj 5 4", "root 0 5", "det 7 6", "obj 5 7",
                        "acl 7 8", "case 12 9", "amod 12 10", "amod 12 11", "obl:by 8 12", "acl 12 13",
                        "case 16 14", "det 16 15", "obl:as 13 16", "case 19 17", "det 19 18", "nmod:of 16 19",
                        "punct 5 20"), ActType.MEETING);
        EntityKey friends = new EntityKey(EntityType.ORGANIZATION, "Friends of the Horn");
        assertThat(meetings).singleElement().satisfies(m -> assertThat(m.participants())
                .as("the host's state and the group that attends").containsExactlyInAnyOrder(KENYA, friends));
    }

    @Test
    void whatThePartiesOfADatedMeetingDidTogetherAfterwardsTheyDidAtThatMeeting() {
        // Kenya and Ethiopia met in Nairobi on Monday . The two sides agreed to reopen the border .
        List<Act> acceptances = acts(Docs.dated("2026-01-20")
                .sentence("Kenya/NNP/COUNTRY/Kenya and/CC/O/and Ethiopia/NNP/COUNTRY/Ethiopia met/VBD/O/meet in/IN/O/in Nairobi/NNP/CITY/Nairobi on/IN/O/on Monday/NNP/DATE=2026-01-19/Monday ././O/.",
                        "nsubj 4 1", "cc 3 2", "conj:and 1 3", "nsubj 4 3", "root 0 4", "case 6 5", "obl:in 4 6",
                        "case 8 7", "obl:on 4 8", "punct 4 9")
                .sentence("The/DT/O/the two/CD/NUMBER=2.0/two sides/NNS/O/side agreed/VBD/O/agree to/TO/O/to reopen/VB/O/reopen the/DT/O/the border/NN/O/border ././O/.",
                        "det 3 1", "nummod 3 2", "nsubj 4 3", "nsubj:xsubj 6 3", "root 0 4", "mark 6 5", "xcomp 4 6",
                        "det 8 7", "obj 6 8", "punct 4 9"), ActType.ACCEPTANCE);
        assertThat(acceptances).singleElement().satisfies(a -> {
            assertThat(a.agents()).containsExactlyInAnyOrder(KENYA, ETHIOPIA);
            assertThat(a.date()).as("the meeting's day, not the report's").isEqualTo(LocalDate.parse("2026-01-19"));
        });
    }

    @Test
    void denyingHavingDoneSomethingRejectsTheClaim() {
        // Rwanda denied giving military help to the rebels .
        List<Act> rejections = acts(Docs.dated("2026-01-20")
                .sentence("Rwanda/NNP/COUNTRY/Rwanda denied/VBD/O/deny giving/VBG/O/give military/JJ/O/military help/NN/O/help to/IN/O/to the/DT/O/the rebels/NNS/O/rebel ././O/.",
                        "nsubj 2 1", "root 0 2", "xcomp 2 3", "amod 5 4", "obj 3 5", "case 8 6", "det 8 7",
                        "obl:to 3 8", "punct 2 9"), ActType.REJECTION);
        assertThat(rejections).singleElement().satisfies(r -> assertThat(r.agents()).extracting(EntityKey::name)
                .containsExactly("Rwanda"));
    }

    @Test
    void wordsQuotedFromAReportedReplyAreDatedByTheReport() {
        // Kenya noted in a letter Friday it replied " favourably " to the offer .
        List<Act> statements = acts(Docs.dated("2026-01-20")
                .sentence("Kenya/NNP/COUNTRY/Kenya noted/VBD/O/note in/IN/O/in a/DT/O/a letter/NN/O/letter Friday/NNP/DATE=2026-01-16/Friday it/PRP/O/it replied/VBD/O/reply \u201c/``/O/\u201c favourably/RB/O/favourably \u201d/''/O/\u201d to/IN/O/to the/DT/O/the offer/NN/O/offer ././O/.",
                        "nsubj 2 1", "root 0 2", "case 5 3", "det 5 4", "obl:in 2 5", "obl:tmod 2 6", "nsubj 8 7",
                        "ccomp 2 8", "punct 10 9", "advmod 8 10", "punct 10 11", "case 14 12", "det 14 13",
                        "obl:to 8 14", "punct 2 15")
                .quoteIn(0), ActType.STATEMENT);
        assertThat(statements).singleElement().satisfies(s -> {
            assertThat(s.agents()).containsExactly(KENYA);
            assertThat(s.date()).isEqualTo(LocalDate.parse("2026-01-16"));
        });
    }

    @Test
    void aGerundAfterAPrepositionOfTimeHasTheSubjectOfItsClause() {
        // After meeting Abiy Ahmed in Addis Ababa , William Ruto flew home on Monday .
        List<Act> meetings = acts(Docs.dated("2026-01-20")
                .sentence("After/IN/O/after meeting/VBG/O/meet Abiy/NNP/PERSON/Abiy Ahmed/NNP/PERSON/Ahmed in/IN/O/in Addis/NNP/LOCATION/Addis Ababa/NNP/LOCATION/Ababa ,/,/O/, William/NNP/PERSON/William Ruto/NNP/PERSON/Ruto flew/VBD/O/fly home/RB/O/home on/IN/O/on Monday/NNP/DATE=2026-01-19/Monday ././O/.",
                        "mark 2 1", "advcl:after 11 2", "compound 4 3", "obj 2 4", "case 7 5", "compound 7 6",
                        "obl:in 2 7", "punct 11 8", "compound 10 9", "nsubj 11 10", "root 0 11", "advmod 11 12",
                        "case 14 13", "obl:on 11 14", "punct 11 15"), ActType.MEETING);
        assertThat(meetings).singleElement().satisfies(m -> assertThat(m.participants()).extracting(EntityKey::name)
                .containsExactlyInAnyOrder("William Ruto", "Abiy Ahmed"));
    }

    @Test
    void informingAnotherPartyIsAConsultationBetweenThem() {
        List<Act> meetings = acts(Docs.dated("2026-02-13")
                // Kenya informed Ethiopia of its decision on Monday.
                .sentence("Kenya/NNP/COUNTRY/Kenya informed/VBD/O/inform Ethiopia/NNP/COUNTRY/Ethiopia of/IN/O/of "
                                + "its/PRP$/O/its decision/NN/O/decision on/IN/O/on Monday/NNP/DATE=2026-02-16/Monday "
                                + "././O/.",
                        "nsubj 2 1", "root 0 2", "obj 2 3", "case 6 4", "nmod:poss 6 5", "obl:of 2 6", "case 8 7",
                        "nmod:on 6 8", "punct 2 9"), ActType.MEETING);
        assertThat(meetings).singleElement().satisfies(m -> assertThat(m.participants()).extracting(EntityKey::name)
                .containsExactlyInAnyOrder("Kenya", "Ethiopia"));
    }

    @Test
    void aPatternActsLabelSaysWhatWasDoneNotOnlyToWhat() {
        // Chad released twelve prisoners on Sunday .
        List<Act> acceptances = acts(Docs.dated("2026-02-10")
                .sentence("Chad/NNP/COUNTRY released/VBD/O/release twelve/CD prisoners/NNS/O/prisoner on/IN "
                                + "Sunday/NNP/DATE=2026-02-08 ./.",
                        "nsubj 2 1", "root 0 2", "nummod 4 3", "obj 2 4", "case 6 5", "obl:on 2 6", "punct 2 7"),
                ActType.ACCEPTANCE);
        assertThat(acceptances).singleElement().satisfies(a -> assertThat(a.label())
                .isEqualTo("Chad: released twelve prisoners"));
    }

    @Test
    void aCapitalOneVisitsStandsForItsStatesGovernment() {
        // Mahamat Deby visited Niamey on Monday .
        List<Act> meetings = acts(Docs.dated("2026-02-10")
                .sentence("Mahamat/NNP/PERSON Deby/NNP/PERSON visited/VBD/O/visit Niamey/NNP/CITY on/IN "
                                + "Monday/NNP/DATE=2026-02-09 ./.",
                        "compound 2 1", "nsubj 3 2", "root 0 3", "obj 3 4", "case 6 5", "obl:on 3 6", "punct 3 7"),
                ActType.MEETING);
        assertThat(meetings).singleElement().satisfies(m -> assertThat(m.participants()).extracting(EntityKey::name)
                .containsExactlyInAnyOrder("Mahamat Deby", "Niger"));
    }

    @Test
    void aDescriptionSaysWhatTheThingIsCalled() {
        // Kenya described the draft as a step forward .
        List<Act> statements = acts(Docs.dated("2026-02-10")
                .sentence("Kenya/NNP/COUNTRY described/VBD/O/describe the/DT draft/NN as/IN a/DT step/NN "
                                + "forward/RB ./.",
                        "nsubj 2 1", "root 0 2", "det 4 3", "obj 2 4", "case 7 5", "det 7 6", "obl:as 2 7",
                        "advmod 7 8", "punct 2 9"),
                ActType.STATEMENT);
        assertThat(statements).singleElement().satisfies(s -> assertThat(s.label())
                .isEqualTo("Kenya: described the draft as a step forward"));
    }
}
