package org.parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who takes part in an act when the sentence names them indirectly: by a title, by "the two nations", after an inverted
 * speech verb, or only as what is sought "with" someone. Invented sentences, parsed as CoreNLP parses them.
 */
class PartiesTest {

    private static final Extractor EXTRACTOR = Extractor.standard();
    private static final EntityKey LEHTO = new EntityKey(EntityType.PERSON, "Aino Lehto");
    private static final EntityKey BERG = new EntityKey(EntityType.PERSON, "Jonas Berg");
    private static final EntityKey CHAD = country("Chad");
    private static final EntityKey NIGER = country("Niger");

    private static EntityKey country(String name) {
        return new EntityKey(EntityType.COUNTRY, name);
    }

    private static List<Act> acts(Docs docs, ActType type) {
        return EXTRACTOR.extract(docs.build()).acts().stream().filter(a -> a.type() == type).toList();
    }

    // Norwegian Prime Minister Jonas Berg, Finnish Trade Minister Aino Lehto and their aides arrived in Oslo on Friday.
    // "There are a few points left to settle," said the Finnish Trade Minister to journalists after two days of talks
    // with Swedish officials.
    private static Docs twoMinistersThenATitle() {
        return Docs.dated("2025-05-10")
                .sentence("Norwegian/JJ/NATIONALITY/Norwegian Prime/NNP/TITLE/Prime Minister/NNP/TITLE/Minister "
                                + "Jonas/NNP/PERSON/Jonas Berg/NNP/PERSON/Berg ,/,/O/, Finnish/NNP/NATIONALITY/Finnish "
                                + "Trade/NNP/TITLE/Trade Minister/NNP/TITLE/Minister Aino/NNP/PERSON/Aino "
                                + "Lehto/NNP/PERSON/Lehto and/CC/O/and their/PRP$/O/they aides/NNS/O/aide "
                                + "arrived/VBD/O/arrive in/IN/O/in Oslo/NNP/CITY/Oslo on/IN/O/on "
                                + "Friday/NNP/DATE=2025-05-09/Friday ././O/.",
                        "amod 3 1", "compound 3 2", "compound 5 3", "compound 5 4", "nsubj 15 5", "punct 5 6",
                        "compound 9 7", "compound 9 8", "compound 11 9", "compound 11 10", "conj:and 5 11",
                        "nsubj 15 11", "cc 14 12", "nmod:poss 14 13", "conj:and 5 14", "nsubj 15 14", "root 0 15",
                        "case 17 16", "obl:in 15 17", "case 19 18", "obl:on 15 19", "punct 15 20")
                .sentence("\u201C/``/O/\u201C There/EX/O/there are/VBP/O/be a/DT/O/a few/JJ/O/few "
                                + "points/NNS/O/point left/VBD/O/leave to/TO/O/to settle/VB/O/settle ,/,/O/, "
                                + "\u201D/''/O/\u201D said/VBD/O/say the/DT/O/the Finnish/NNP/NATIONALITY/Finnish "
                                + "Trade/NNP/TITLE/Trade Minister/NNP/TITLE/Minister to/IN/O/to journalists/NNS/O/journalist "
                                + "after/IN/O/after two/CD/DURATION=P2D/two days/NNS/DURATION=P2D/day of/IN/O/of "
                                + "talks/NNS/O/talk with/IN/O/with Swedish/JJ/NATIONALITY/Swedish "
                                + "officials/NNS/O/official ././O/.",
                        "punct 12 1", "expl 3 2", "ccomp 12 3", "det 6 4", "amod 6 5", "nsubj 7 6",
                        "nsubj:xsubj 9 6", "ccomp 3 7", "mark 9 8", "xcomp 7 9", "punct 12 10", "punct 12 11",
                        "root 0 12", "det 16 13", "compound 16 14", "compound 16 15", "obj 12 16", "case 18 17",
                        "obl:to 12 18", "case 21 19", "nummod 21 20", "obl:after 12 21", "case 23 22",
                        "nmod:of 21 23", "case 26 24", "amod 26 25", "nmod:with 23 26", "punct 12 27")
                .quoteIn(1);
    }

    private static Act talksWithSweden(Docs docs) {
        List<Act> meetings = acts(docs, ActType.MEETING).stream()
                .filter(m -> m.participants().contains(country("Sweden"))).toList();
        assertThat(meetings).hasSize(1);
        return meetings.get(0);
    }

    @Test
    void theSpeakerAfterAnInvertedSpeechVerbTakesPartInTheTalksTheSentenceHangsOnIt() {
        // Named by title alone, the minister acts for the state the title names.
        assertThat(talksWithSweden(twoMinistersThenATitle()).participants())
                .containsExactlyInAnyOrder(country("Finland"), country("Sweden"));
    }

    @Test
    void aTitleDescriptionIsThePersonIntroducedWithThatTitleWhateverCoreferenceChainedItTo() {
        // Coreference put "the Finnish Trade Minister" in the chain of the first minister named.
        Docs docs = twoMinistersThenATitle().chain("0:1-5", "1:13-16");
        assertThat(talksWithSweden(docs).participants()).containsExactlyInAnyOrder(LEHTO, country("Sweden"))
                .doesNotContain(BERG);
    }

    @Test
    void theTwoNationsAreTheLastTwoStatesNamedBeforeThem() {
        // The Finnish president plans to visit Chad and Niger next month, after the signing of a border treaty
        // between the two nations.
        List<Act> acceptances = acts(Docs.dated("2025-05-10")
                .sentence("The/DT/O/the Finnish/JJ/NATIONALITY/Finnish president/NN/TITLE/president plans/NNS/O/plan "
                                + "to/TO/O/to visit/VB/O/visit Chad/NNP/COUNTRY/Chad and/CC/O/and Niger/NNP/COUNTRY/Niger "
                                + "next/JJ/DATE=2025-06/next month/NN/DATE=2025-06/month ,/,/O/, after/IN/O/after "
                                + "the/DT/O/the signing/NN/O/signing of/IN/O/of a/DT/O/a border/NN/O/border "
                                + "treaty/NN/O/treaty between/IN/O/between the/DT/O/the two/CD/NUMBER=2.0/two "
                                + "nations/NNS/O/nation ././O/.",
                        "det 3 1", "amod 3 2", "root 0 3", "nsubj 6 4", "mark 6 5", "acl:to 3 6", "obj 6 7",
                        "cc 9 8", "obj 6 9", "conj:and 7 9", "amod 11 10", "obl:tmod 6 11", "punct 3 12",
                        "case 15 13", "det 15 14", "dep 12 15", "case 19 16", "det 19 17", "compound 19 18",
                        "nmod:of 15 19", "case 23 20", "det 23 21", "nummod 23 22", "nmod:between 19 23",
                        "punct 15 24"), ActType.ACCEPTANCE);
        assertThat(acceptances).singleElement()
                .satisfies(a -> assertThat(a.agents()).containsExactlyInAnyOrder(CHAD, NIGER));
    }

    @Test
    void whoADealIsSoughtWithIsTheAddresseeOfTheRequest() {
        // Peru is seeking an accord with Chile on fishing rights.
        List<Act> onTheObject = acts(Docs.dated("2025-05-10")
                .sentence("Peru/NNP/COUNTRY/Peru is/VBZ/O/be seeking/VBG/O/seek an/DT/O/a accord/NN/O/accord "
                                + "with/IN/O/with Chile/NNP/COUNTRY/Chile on/IN/O/on fishing/NN/O/fishing "
                                + "rights/NNS/O/right ././O/.",
                        "nsubj 3 1", "aux 3 2", "root 0 3", "det 5 4", "obj 3 5", "case 7 6", "nmod:with 5 7",
                        "case 10 8", "compound 10 9", "nmod:on 5 10", "punct 3 11"), ActType.PROPOSAL);
        assertThat(onTheObject).singleElement()
                .satisfies(p -> assertThat(p.addressees()).containsExactly(country("Chile")));
        // Canada has been seeking a trade deal with Mexico to lower steel tariffs. ("with Mexico to lower" is read as
        // a clause whose subject is Mexico.)
        List<Act> beforeAnInfinitive = acts(Docs.dated("2025-05-10")
                .sentence("Canada/NNP/COUNTRY/Canada has/VBZ/O/have been/VBN/O/be seeking/VBG/O/seek a/DT/O/a "
                                + "trade/NN/O/trade deal/NN/O/deal with/IN/O/with Mexico/NNP/COUNTRY/Mexico to/TO/O/to "
                                + "lower/VB/O/lower steel/NN/O/steel tariffs/NNS/O/tariff ././O/.",
                        "nsubj 4 1", "aux 4 2", "aux 4 3", "root 0 4", "det 7 5", "compound 7 6", "obj 4 7",
                        "mark 11 8", "nsubj 11 9", "mark 11 10", "acl:to 7 11", "compound 13 12", "obj 11 13",
                        "punct 4 14"), ActType.PROPOSAL);
        assertThat(beforeAnInfinitive).singleElement()
                .satisfies(p -> assertThat(p.addressees()).containsExactly(country("Mexico")));
    }

    @Test
    void aJointAcceptanceBindsItsPartiesToEachOtherAsWellAsToTheProposer() {
        // Chad and Niger accepted Egypt's truce proposal on Sunday.
        List<Act> acceptances = acts(Docs.dated("2025-05-10")
                .sentence("Chad/NNP/COUNTRY/Chad and/CC/O/and Niger/NNP/COUNTRY/Niger accepted/VBD/O/accept "
                                + "Egypt/NNP/COUNTRY/Egypt 's/POS/O/'s truce/NN/O/truce proposal/NN/O/proposal on/IN/O/on "
                                + "Sunday/NNP/DATE=2025-05-04/Sunday ././O/.",
                        "nsubj 4 1", "cc 3 2", "conj:and 1 3", "nsubj 4 3", "root 0 4", "nmod:poss 8 5", "case 5 6",
                        "compound 8 7", "obj 4 8", "case 10 9", "obl:on 4 10", "punct 4 11"), ActType.ACCEPTANCE);
        assertThat(acceptances).singleElement().satisfies(a -> {
            assertThat(a.agents()).containsExactlyInAnyOrder(CHAD, NIGER);
            assertThat(a.addressees()).containsExactlyInAnyOrder(country("Egypt"), CHAD, NIGER);
        });
    }

    @Test
    void aPersonAndTheirOwnStateMakeNoMeeting() {
        // Speaking in Kayes, western Mali, Malian President Ana Keita said the border talks had gone well.
        // (The parser may take the region after the town for the object of "speaking".)
        List<Act> meetings = acts(Docs.dated("2025-05-10")
                .sentence("Speaking/VBG/O/speak in/IN/O/in Kayes/NNP/CITY/Kayes ,/,/O/, western/JJ/O/western "
                                + "Mali/NNP/COUNTRY/Mali ,/,/O/, Malian/NNP/NATIONALITY/Malian President/NNP/TITLE/President "
                                + "Ana/NNP/PERSON/Ana Keita/NNP/PERSON/Keita said/VBD/O/say the/DT/O/the border/NN/O/border "
                                + "talks/NNS/O/talk had/VBD/O/have gone/VBN/O/go well/RB/O/well ././O/.",
                        "advcl 12 1", "case 3 2", "obl:in 1 3", "punct 3 4", "amod 6 5", "obj 1 6", "punct 6 7",
                        "compound 11 8", "compound 11 9", "compound 11 10", "nsubj 12 11", "root 0 12", "det 15 13",
                        "compound 15 14", "nsubj 17 15", "aux 17 16", "ccomp 12 17", "advmod 17 18", "punct 12 19"),
                ActType.MEETING);
        assertThat(meetings).isEmpty();
    }

    @Test
    void theLeadersOfASummitAreItsParties() {
        // Chad held a summit with Niger in N'Djamena on Monday. The summit leaders agreed to reopen the border crossings.
        List<Act> acceptances = acts(Docs.dated("2025-05-10")
                .sentence("Chad/NNP/COUNTRY/Chad held/VBD/O/hold a/DT/O/a summit/NN/O/summit with/IN/O/with "
                                + "Niger/NNP/COUNTRY/Niger in/IN/O/in N'Djamena/NNP/LOCATION/N'Djamena on/IN/O/on "
                                + "Monday/NNP/DATE=2025-05-05/Monday ././O/.",
                        "nsubj 2 1", "root 0 2", "det 4 3", "obj 2 4", "case 6 5", "nmod:with 4 6", "case 8 7",
                        "nmod:in 4 8", "case 10 9", "obl:on 2 10", "punct 2 11")
                .sentence("The/DT/O/the summit/NN/O/summit leaders/NNS/O/leader agreed/VBD/O/agree to/TO/O/to "
                                + "reopen/VB/O/reopen the/DT/O/the border/NN/O/border crossings/NNS/O/crossing ././O/.",
                        "det 3 1", "compound 3 2", "nsubj 4 3", "nsubj:xsubj 6 3", "root 0 4", "mark 6 5", "xcomp 4 6",
                        "det 9 7", "compound 9 8", "obj 6 9", "punct 4 10"), ActType.ACCEPTANCE);
        assertThat(acceptances).singleElement()
                .satisfies(a -> assertThat(a.agents()).containsExactlyInAnyOrder(CHAD, NIGER));
    }

    @Test
    void plansAnnouncedAreTheAnnouncersPlansWhateverTheParserMakesTheObjectOfTheInfinitive() {
        // Kenyan President Ruth Otieno had announced plans to visit Chad and Niger in June. ("plans" parsed as the
        // object of "announced" and the subject of "visit")
        List<Act> meetings = acts(Docs.dated("2025-05-10")
                .sentence("Kenyan/JJ/NATIONALITY/Kenyan President/NNP/TITLE/President Ruth/NNP/PERSON/Ruth "
                                + "Otieno/NNP/PERSON/Otieno had/VBD/O/have announced/VBN/O/announce plans/NNS/O/plan "
                                + "to/TO/O/to visit/VB/O/visit Chad/NNP/COUNTRY/Chad and/CC/O/and Niger/NNP/COUNTRY/Niger "
                                + "in/IN/O/in June/NNP/DATE=2025-06/June ././O/.",
                        "amod 2 1", "compound 4 2", "compound 4 3", "nsubj 6 4", "aux 6 5", "root 0 6", "obj 6 7",
                        "nsubj:xsubj 9 7", "mark 9 8", "xcomp 6 9", "obj 9 10", "cc 12 11", "obj 9 12",
                        "conj:and 10 12", "case 14 13", "obl:in 9 14", "punct 6 15"), ActType.MEETING);
        assertThat(meetings).singleElement().satisfies(m -> assertThat(m.participants())
                .containsExactlyInAnyOrder(new EntityKey(EntityType.PERSON, "Ruth Otieno"), CHAD, NIGER));
    }

    @Test
    void whoExpectsAPlanToBeUnveiledIsNotWhoUnveilsIt() {
        // Chad's negotiators are expecting a new border plan to be unveiled.
        List<Act> proposals = acts(Docs.dated("2025-05-10")
                .sentence("Chad/NNP/COUNTRY/Chad 's/POS/O/'s negotiators/NNS/O/negotiator are/VBP/O/be "
                                + "expecting/VBG/O/expect a/DT/O/a new/JJ/O/new border/NN/O/border plan/NN/O/plan "
                                + "to/TO/O/to be/VB/O/be unveiled/VBN/O/unveil ././O/.",
                        "nmod:poss 3 1", "case 1 2", "nsubj 5 3", "aux 5 4", "root 0 5", "det 9 6", "amod 9 7",
                        "compound 9 8", "obj 5 9", "nsubj:pass:xsubj 12 9", "mark 12 10", "aux:pass 12 11",
                        "xcomp 5 12", "punct 5 13"), ActType.PROPOSAL);
        assertThat(proposals).noneMatch(p -> p.agents().contains(CHAD));
    }

    @Test
    void aTitleNamedBeforeThePersonIsThePersonIntroducedLaterWithThatTitle() {
        // The Finnish trade envoy to Sweden said she was in contact with Swedish officials.
        // Trade Envoy Aino Lehto spoke to reporters in Oslo.
        List<Act> meetings = acts(Docs.dated("2025-05-10")
                .sentence("The/DT/O/the Finnish/JJ/NATIONALITY/Finnish trade/NN/O/trade envoy/NN/TITLE/envoy to/IN/O/to "
                                + "Sweden/NNP/COUNTRY/Sweden said/VBD/O/say she/PRP/O/she was/VBD/O/be "
                                + "in/IN/O/in contact/NN/O/contact with/IN/O/with Swedish/JJ/NATIONALITY/Swedish "
                                + "officials/NNS/O/official ././O/.",
                        "det 4 1", "amod 4 2", "compound 4 3", "nsubj 7 4", "case 6 5", "nmod:to 4 6", "root 0 7",
                        "nsubj 11 8", "cop 11 9", "case 11 10", "ccomp 7 11", "case 14 12", "amod 14 13",
                        "nmod:with 11 14", "punct 7 15")
                .sentence("Trade/NNP/O/Trade Envoy/NNP/TITLE/Envoy Aino/NNP/PERSON/Aino Lehto/NNP/PERSON/Lehto "
                                + "spoke/VBD/O/speak to/IN/O/to reporters/NNS/O/reporter in/IN/O/in Oslo/NNP/CITY/Oslo ././O/.",
                        "compound 2 1", "compound 4 2", "compound 4 3", "nsubj 5 4", "root 0 5", "case 7 6",
                        "obl:to 5 7", "case 9 8", "obl:in 5 9", "punct 5 10")
                .chain("0:1-4", "0:8-8"), ActType.MEETING); // (CoreNLP heads the first mention at "envoy")
        assertThat(meetings).singleElement().satisfies(m -> assertThat(m.participants())
                .containsExactlyInAnyOrder(LEHTO, country("Sweden")));
    }

    @Test
    void whoConfirmsTalksWithAPartnerTakesPartInThem() {
        // Norway confirmed ongoing talks with Sweden.
        List<Act> meetings = acts(Docs.dated("2025-05-10")
                .sentence("Norway/NNP/COUNTRY/Norway confirmed/VBD/O/confirm ongoing/JJ/O/ongoing talks/NNS/O/talk "
                                + "with/IN/O/with Sweden/NNP/COUNTRY/Sweden ././O/.",
                        "nsubj 2 1", "root 0 2", "amod 4 3", "obj 2 4", "case 6 5", "nmod:with 4 6", "punct 2 7"),
                ActType.MEETING);
        assertThat(meetings).singleElement().satisfies(m -> assertThat(m.participants())
                .containsExactlyInAnyOrder(country("Norway"), country("Sweden")));
    }

    @Test
    void anAnswerGoesToWhoseTheAnsweredThingIs() {
        // Chad welcomed Niger's interest in a border truce.
        List<Act> acceptances = acts(Docs.dated("2025-05-10")
                .sentence("Chad/NNP/COUNTRY/Chad welcomed/VBD/O/welcome Niger/NNP/COUNTRY/Niger 's/POS/O/'s "
                                + "interest/NN/O/interest in/IN/O/in a/DT/O/a border/NN/O/border truce/NN/O/truce ././O/.",
                        "nsubj 2 1", "root 0 2", "nmod:poss 5 3", "case 3 4", "obj 2 5", "case 9 6", "det 9 7",
                        "compound 9 8", "nmod:in 5 9", "punct 2 10"), ActType.ACCEPTANCE);
        assertThat(acceptances).singleElement()
                .satisfies(a -> assertThat(a.addressees()).containsExactly(NIGER));
        // Mali rejected the Niger-Chad accord on Friday.
        List<Act> rejections = acts(Docs.dated("2025-05-10")
                .sentence("Mali/NNP/COUNTRY/Mali rejected/VBD/O/reject the/DT/O/the Niger/NNP/LOCATION/Niger "
                                + "-/HYPH/LOCATION/- Chad/NNP/LOCATION/Chad accord/NN/O/accord on/IN/O/on "
                                + "Friday/NNP/DATE=2025-05-09/Friday ././O/.",
                        "nsubj 2 1", "root 0 2", "det 7 3", "compound 6 4", "punct 6 5", "compound 7 6", "obj 2 7",
                        "case 9 8", "obl:on 2 9", "punct 2 10"), ActType.REJECTION);
        assertThat(rejections).singleElement()
                .satisfies(r -> assertThat(r.addressees()).containsExactlyInAnyOrder(NIGER, CHAD));
    }

    @Test
    void themIsTheGroupNamedJustBeforeAndRefusedTalksWithThemAreRefusedToThem() {
        // The Sahel Liberation Front seized two towns last month.
        // Mali's president has refused talks with them, accusing them of serving foreign powers.
        EntityKey front = new EntityKey(EntityType.ORGANIZATION, "Sahel Liberation Front");
        Docs docs = Docs.dated("2025-05-10")
                .sentence("The/DT/O/the Sahel/NNP/ORGANIZATION/Sahel Liberation/NNP/ORGANIZATION/Liberation "
                                + "Front/NNP/ORGANIZATION/Front seized/VBD/O/seize two/CD/NUMBER=2.0/two towns/NNS/O/town "
                                + "last/JJ/DATE=2025-04/last month/NN/DATE=2025-04/month ././O/.",
                        "det 4 1", "compound 4 2", "compound 4 3", "nsubj 5 4", "root 0 5", "nummod 7 6", "obj 5 7",
                        "amod 9 8", "obl:tmod 5 9", "punct 5 10")
                .sentence("Mali/NNP/COUNTRY/Mali 's/POS/O/'s president/NN/TITLE/president has/VBZ/O/have "
                                + "refused/VBN/O/refuse talks/NNS/O/talk with/IN/O/with them/PRP/O/they ,/,/O/, "
                                + "accusing/VBG/O/accuse them/PRP/O/they of/IN/O/of serving/VBG/O/serve foreign/JJ/O/foreign "
                                + "powers/NNS/O/power ././O/.",
                        "nmod:poss 3 1", "case 1 2", "nsubj 5 3", "aux 5 4", "root 0 5", "obj 5 6", "case 8 7",
                        "nmod:with 6 8", "punct 5 9", "dep 5 10", "obj 10 11", "case 15 12", "amod 15 13",
                        "amod 15 14", "obl:of 10 15", "punct 5 16")
                .chain("1:8-8", "1:11-11");
        assertThat(acts(docs, ActType.REJECTION)).singleElement()
                .satisfies(r -> assertThat(r.addressees()).containsExactly(front));
        assertThat(acts(docs, ActType.ACCUSATION)).singleElement()
                .satisfies(a -> assertThat(a.addressees()).containsExactly(front));
    }

    // President Ruth Otieno hosted the leaders of Chad and Niger in Nairobi on Friday.
    private static Docs otienoHostedTheLeadersOfChadAndNiger() {
        return Docs.dated("2025-05-10")
                .sentence("President/NNP/TITLE/President Ruth/NNP/PERSON/Ruth Otieno/NNP/PERSON/Otieno hosted/VBD/O/host "
                                + "the/DT/O/the leaders/NNS/O/leader of/IN/O/of Chad/NNP/COUNTRY/Chad and/CC/O/and "
                                + "Niger/NNP/COUNTRY/Niger in/IN/O/in Nairobi/NNP/CITY/Nairobi on/IN/O/on "
                                + "Friday/NNP/DATE=2025-05-09/Friday ././O/.",
                        "compound 3 1", "compound 3 2", "nsubj 4 3", "root 0 4", "det 6 5", "obj 4 6", "case 8 7",
                        "nmod:of 6 8", "cc 10 9", "nmod:of 6 10", "conj:and 8 10", "case 12 11", "obl:in 4 12",
                        "case 14 13", "obl:on 4 14", "punct 4 15");
    }

    @Test
    void bothLeadersNamedNowhereInTheirSentenceAreTheGuestsOfTheLatestMeeting() {
        // President Ruth Otieno hosted the leaders of Chad and Niger in Nairobi on Friday.
        // Both leaders thanked President Otieno for her efforts.
        List<Act> statements = acts(otienoHostedTheLeadersOfChadAndNiger()
                .sentence("Both/DT/O/both leaders/NNS/O/leader thanked/VBD/O/thank President/NNP/TITLE/President "
                                + "Otieno/NNP/PERSON/Otieno for/IN/O/for her/PRP$/O/she efforts/NNS/O/effort ././O/.",
                        "det 2 1", "nsubj 3 2", "root 0 3", "compound 5 4", "obj 3 5", "case 8 6", "nmod:poss 8 7",
                        "obl:for 3 8", "punct 3 9"), ActType.STATEMENT);
        assertThat(statements).singleElement()
                .satisfies(s -> assertThat(s.agents()).containsExactlyInAnyOrder(CHAD, NIGER));
    }

    @Test
    void aParticipleOfBothLeadersIsTheirs() {
        // President Ruth Otieno hosted the leaders of Chad and Niger in Nairobi on Friday.
        // This resulted in both leaders suggesting that they would sign a border accord.
        List<Act> proposals = acts(otienoHostedTheLeadersOfChadAndNiger()
                .sentence("This/DT/O/this resulted/VBD/O/result in/IN/O/in both/DT/O/both leaders/NNS/O/leader "
                                + "suggesting/VBG/O/suggest that/IN/O/that they/PRP/O/they would/MD/O/would sign/VB/O/sign "
                                + "a/DT/O/a border/NN/O/border accord/NN/O/accord ././O/.",
                        "nsubj 2 1", "root 0 2", "case 5 3", "det 5 4", "obl:in 2 5", "acl 5 6", "mark 10 7",
                        "nsubj 10 8", "aux 10 9", "ccomp 6 10", "det 13 11", "compound 13 12", "obj 10 13",
                        "punct 2 14"), ActType.PROPOSAL);
        assertThat(proposals).singleElement()
                .satisfies(p -> assertThat(p.agents()).containsExactlyInAnyOrder(CHAD, NIGER));
    }

    @Test
    void aNounSetAfterANameByADashIsThatNamesParty() {
        // The summit in Niamey went calmly for Chad — the only country opposing the truce plan — until the final day.
        List<Act> rejections = acts(Docs.dated("2025-05-10")
                .sentence("The/DT/O/the summit/NN/O/summit in/IN/O/in Niamey/NNP/CITY/Niamey went/VBD/O/go "
                                + "calmly/RB/O/calmly for/IN/O/for Chad/NNP/COUNTRY/Chad \u2014/:/O/\u2014 the/DT/O/the "
                                + "only/JJ/O/only country/NN/O/country opposing/VBG/O/oppose the/DT/O/the truce/NN/O/truce "
                                + "plan/NN/O/plan \u2014/HYPH/O/\u2014 until/IN/O/until the/DT/DURATION=PXD/the "
                                + "final/JJ/DURATION=PXD/final day/NN/DURATION=PXD/day ././O/.",
                        "det 2 1", "nsubj 5 2", "case 4 3", "nmod:in 2 4", "root 0 5", "advmod 5 6", "case 8 7",
                        "obl:for 5 8", "punct 5 9", "det 12 10", "amod 12 11", "parataxis 5 12", "acl 12 13",
                        "det 16 14", "compound 16 15", "obj 13 16", "punct 12 17", "case 21 18", "det 21 19",
                        "amod 21 20", "nmod:until 12 21", "punct 5 22"), ActType.REJECTION);
        assertThat(rejections).singleElement().satisfies(r -> assertThat(r.agents()).containsExactly(CHAD));
    }

    @Test
    void capitalisedWordsSpelledOutBeforeAnAbbreviationNameABodyNerMissed() {
        // The Chadian Armed Forces (CAF) rejected the truce plan on Monday. (NER tags only the demonym.)
        List<Act> rejections = acts(Docs.dated("2025-05-10")
                .sentence("The/DT/O/the Chadian/JJ/NATIONALITY/Chadian Armed/NNP/O/Armed Forces/NNPS/O/Forces "
                                + "(/-LRB-/O/( CAF/NN/O/caf )/-RRB-/O/) rejected/VBD/O/reject the/DT/O/the truce/NN/O/truce "
                                + "plan/NN/O/plan on/IN/O/on Monday/NNP/DATE=2025-05-05/Monday ././O/.",
                        "det 6 1", "compound 4 2", "compound 4 3", "dep 6 4", "punct 6 5", "nsubj 8 6", "punct 8 7",
                        "root 0 8", "det 11 9", "compound 11 10", "obj 8 11", "case 13 12", "obl:on 8 13",
                        "punct 8 14"), ActType.REJECTION);
        assertThat(rejections).singleElement().satisfies(r -> assertThat(r.agents())
                .containsExactly(new EntityKey(EntityType.ORGANIZATION, "Chadian Armed Forces")));
    }

    @Test
    void aPersonNamedAgainByAgeIsTheLastPersonNamedBefore() {
        // Ruth Otieno spoke in Nairobi. The 61-year-old said the border crossings would reopen next month.
        List<Act> statements = acts(Docs.dated("2025-05-10")
                .sentence("Ruth/NNP/PERSON/Ruth Otieno/NNP/PERSON/Otieno spoke/VBD/O/speak in/IN/O/in "
                                + "Nairobi/NNP/CITY/Nairobi ././O/.",
                        "compound 2 1", "nsubj 3 2", "root 0 3", "case 5 4", "obl:in 3 5", "punct 3 6")
                .sentence("The/DT/O/the 61/CD/DURATION=P61Y/61 -/HYPH/DURATION=P61Y/- year/NN/DURATION=P61Y/year "
                                + "-/HYPH/DURATION=P61Y/- old/JJ/DURATION=P61Y/old said/VBD/O/say the/DT/O/the "
                                + "border/NN/O/border crossings/NNS/O/crossing would/MD/O/would reopen/VB/O/reopen "
                                + "next/JJ/DATE=2025-06/next month/NN/DATE=2025-06/month ././O/.",
                        "det 6 1", "nummod 4 2", "punct 4 3", "dep 6 4", "punct 6 5", "nsubj 7 6", "root 0 7",
                        "det 10 8", "compound 10 9", "nsubj 12 10", "aux 12 11", "ccomp 7 12", "amod 14 13",
                        "obl:tmod 12 14", "punct 7 15"), ActType.STATEMENT);
        assertThat(statements).singleElement().satisfies(s -> assertThat(s.agents())
                .containsExactly(new EntityKey(EntityType.PERSON, "Ruth Otieno")));
    }

    @Test
    void aSubjectPronounIsNotItsOwnVerbsObjectAndTwoPeopleOfOneSideStillMeet() {
        // Ruth Otieno said she would brief Jonas Berg on the talks on Friday. (Coreference chained "she" to Berg.)
        List<Act> meetings = acts(Docs.dated("2025-05-10")
                .sentence("Ruth/NNP/PERSON/Ruth Otieno/NNP/PERSON/Otieno said/VBD/O/say she/PRP/O/she would/MD/O/would "
                                + "brief/VB/O/brief Jonas/NNP/PERSON/Jonas Berg/NNP/PERSON/Berg on/IN/O/on the/DT/O/the "
                                + "talks/NNS/O/talk on/IN/O/on Friday/NNP/DATE=2025-05-09/Friday ././O/.",
                        "compound 2 1", "nsubj 3 2", "root 0 3", "nsubj 6 4", "aux 6 5", "ccomp 3 6", "compound 8 7",
                        "obj 6 8", "case 11 9", "det 11 10", "obl:on 6 11", "case 13 12", "nmod:on 11 13",
                        "punct 3 14")
                .chain("0:7-8", "0:4-4"), ActType.MEETING);
        assertThat(meetings).singleElement().satisfies(m -> assertThat(m.participants())
                .containsExactlyInAnyOrder(new EntityKey(EntityType.PERSON, "Ruth Otieno"), BERG));
    }

    @Test
    void aRelativePronounTheParserLeftAsSubjectIsTheNounItsClauseModifies() {
        // Togo proposed a new plan for the border on Monday. The talks were opened by Ghana, which has accepted the
        // plan. (The relative clause is parsed as a "dep" of Ghana, with "which" as its subject.)
        List<Act> acceptances = acts(Docs.dated("2025-05-10")
                .sentence("Togo/NNP/COUNTRY/Togo proposed/VBD/O/propose a/DT/O/a new/JJ/O/new plan/NN/O/plan "
                                + "for/IN/O/for the/DT/O/the border/NN/O/border on/IN/O/on "
                                + "Monday/NNP/DATE=2025-05-05/Monday ././O/.",
                        "nsubj 2 1", "root 0 2", "det 5 3", "amod 5 4", "obj 2 5", "case 8 6", "det 8 7",
                        "nmod:for 5 8", "case 10 9", "obl:on 2 10", "punct 2 11")
                .sentence("The/DT/O/the talks/NNS/O/talk were/VBD/O/be opened/VBN/O/open by/IN/O/by "
                                + "Ghana/NNP/COUNTRY/Ghana ,/,/O/, which/WDT/O/which has/VBZ/O/have accepted/VBN/O/accept "
                                + "the/DT/O/the plan/NN/O/plan ././O/.",
                        "det 2 1", "nsubj:pass 4 2", "aux:pass 4 3", "root 0 4", "case 6 5", "obl:agent 4 6",
                        "punct 6 7", "nsubj 10 8", "aux 10 9", "dep 6 10", "det 12 11", "obj 10 12", "punct 4 13")
                .chain("0:3-8", "1:11-12"), ActType.ACCEPTANCE);
        assertThat(acceptances).singleElement().satisfies(a -> {
            assertThat(a.agents()).containsExactly(country("Ghana"));
            assertThat(a.addressees()).containsExactly(country("Togo"));
        });
    }

    @Test
    void whoADemandThatClauseNamesIsItsAddresseeAndWhatItAsksIsNotYetDone() {
        // Chad's foreign minister Abakar Mahamat demanded that the Nigerien regime fully respect the ceasefire
        // agreement.
        List<Act> acts = EXTRACTOR.extract(Docs.dated("2025-05-10")
                .sentence("Chad/NNP/COUNTRY/Chad 's/POS/O/'s foreign/JJ/TITLE/foreign minister/NN/TITLE/minister "
                                + "Abakar/NNP/PERSON/Abakar Mahamat/NNP/PERSON/Mahamat demanded/VBD/O/demand that/IN/O/that "
                                + "the/DT/O/the Nigerien/NNP/NATIONALITY/Nigerien regime/NN/O/regime fully/RB/O/fully "
                                + "respect/VB/O/respect the/DT/O/the ceasefire/NN/O/ceasefire agreement/NN/O/agreement "
                                + "././O/.",
                        "nmod:poss 4 1", "case 1 2", "amod 4 3", "nsubj 7 4", "compound 6 5", "dep 4 6", "root 0 7",
                        "mark 13 8", "det 11 9", "compound 11 10", "nsubj 13 11", "advmod 13 12", "ccomp 7 13",
                        "det 16 14", "compound 16 15", "obj 13 16", "punct 7 17")
                .build()).acts();
        // "the Nigerien regime" is Niger; its respecting the truce is demanded, not reported as an acceptance.
        assertThat(acts).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo(ActType.DEMAND);
            assertThat(d.addressees()).containsExactly(NIGER);
        });
    }

    @Test
    void criticismGoesToWhoseDeedIsCriticised() {
        List<Act> accusations = acts(Docs.dated("2026-02-13")
                // Kenya recalled its ambassador in protest at Ethiopia's border raids.
                .sentence("Kenya/NNP/COUNTRY/Kenya recalled/VBD/O/recall its/PRP$/O/its "
                                + "ambassador/NN/TITLE/ambassador in/IN/O/in protest/NN/O/protest at/IN/O/at "
                                + "Ethiopia/NNP/COUNTRY/Ethiopia 's/POS/O/'s border/NN/O/border raids/NNS/O/raid ././O/.",
                        "nsubj 2 1", "root 0 2", "nmod:poss 4 3", "obj 2 4", "case 6 5", "obl:in 2 6", "case 11 7",
                        "nmod:poss 11 8", "case 8 9", "compound 11 10", "nmod:at 6 11", "punct 2 12"), ActType.ACCUSATION);
        assertThat(accusations).singleElement().satisfies(a -> assertThat(a.addressees()).containsExactly(
                country("Ethiopia")));
    }

    @Test
    void aCommitmentIsMadeToWhomThePromisedActIsDone() {
        List<Act> acceptances = acts(Docs.dated("2026-02-13")
                // Kenya and Ethiopia agreed to keep supporting Somalia.
                .sentence("Kenya/NNP/COUNTRY/Kenya and/CC/O/and Ethiopia/NNP/COUNTRY/Ethiopia agreed/VBD/O/agree "
                                + "to/TO/O/to keep/VB/O/keep supporting/VBG/O/support Somalia/NNP/COUNTRY/Somalia ././O/.",
                        "nsubj 4 1", "nsubj:xsubj 6 1", "cc 3 2", "conj:and 1 3", "nsubj 4 3", "nsubj:xsubj 6 3",
                        "root 0 4", "mark 6 5", "xcomp 4 6", "xcomp 6 7", "obj 7 8", "punct 4 9"), ActType.ACCEPTANCE);
        assertThat(acceptances).singleElement().satisfies(a -> assertThat(a.addressees()).contains(
                country("Somalia")));
    }

    @Test
    void partiesTheParserTookForObjectsOfSaidAreTheSubjectsOfWhatWasSaid() {
        // (CoreNLP reads the listed states as objects of "said" and hangs "resisting" on it.)
        List<Act> rejections = acts(Docs.dated("2026-02-13")
                // The envoy said Chad, Niger and "several" other states were resisting the draft.
                .sentence("The/DT/O/the envoy/NN/TITLE/envoy said/VBD/O/say Chad/NNP/COUNTRY/Chad ,/,/O/, "
                                + "Niger/NNP/COUNTRY/Niger and/CC/O/and \u201C/``/O/\u201C several/JJ/O/several "
                                + "\u201D/''/O/\u201D other/JJ/O/other states/NNS/O/state were/VBD/O/be "
                                + "resisting/VBG/O/resist the/DT/O/the draft/NN/O/draft ././O/.",
                        "det 2 1", "nsubj 3 2", "root 0 3", "obj 3 4", "punct 4 5", "obj 3 6", "conj:and 4 6",
                        "cc 12 7", "punct 12 8", "amod 12 9", "punct 12 10", "amod 12 11", "obj 3 12", "conj:and 4 12",
                        "aux 14 13", "dep 3 14", "det 16 15", "obj 14 16", "punct 3 17"), ActType.REJECTION);
        assertThat(rejections).singleElement().satisfies(r -> assertThat(r.agents()).containsExactly(CHAD, NIGER));
    }

    @Test
    void theBlocAloneIsTheOrganisationNamedJustBefore() {
        List<Act> demands = acts(Docs.dated("2026-03-05")
                // The Caribbean Community held an emergency summit on Monday.
                .sentence("The/DT/O/the Caribbean/NNP/ORGANIZATION/Caribbean Community/NNP/ORGANIZATION/Community "
                                + "held/VBD/O/hold an/DT/O/a emergency/NN/O/emergency summit/NN/O/summit on/IN/O/on "
                                + "Monday/NNP/DATE=2026-03-02/Monday ././O/.",
                        "det 3 1", "compound 3 2", "nsubj 4 3", "root 0 4", "det 7 5", "compound 7 6", "obj 4 7",
                        "case 9 8", "obl:on 4 9", "punct 4 10")
                // The bloc urged Guyana and Suriname to show restraint.
                .sentence("The/DT/O/the bloc/NN/O/bloc urged/VBD/O/urge Guyana/NNP/COUNTRY/Guyana and/CC/O/and "
                                + "Suriname/NNP/COUNTRY/Suriname to/TO/O/to show/VB/O/show restraint/NN/O/restraint ././O/.",
                        "det 2 1", "nsubj 3 2", "root 0 3", "obj 3 4", "nsubj:xsubj 8 4", "cc 6 5", "obj 3 6",
                        "conj:and 4 6", "nsubj:xsubj 8 6", "mark 8 7", "xcomp 3 8", "obj 8 9", "punct 3 10"), ActType.DEMAND);
        assertThat(demands).singleElement().satisfies(d -> {
            assertThat(d.agents()).containsExactly(new EntityKey(EntityType.ORGANIZATION, "Caribbean Community"));
            assertThat(d.addressees()).containsExactlyInAnyOrder(country("Guyana"), country("Suriname"));
        });
    }
}
