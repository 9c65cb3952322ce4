package org.parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Rules of the first extraction, on hand-built sentences that are not from the corpus. */
class ExtractorTest {

    private static final Extractor EXTRACTOR = Extractor.standard();

    private static Entity entity(Extraction extraction, String name) {
        return extraction.entities().stream().filter(e -> e.label().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + extraction.entities()));
    }

    @Test
    void aTitleAndDemonymBeforeTheNameGiveRoleAndCountry() {
        // French Foreign Minister Jean-Noel Barrot arrived .
        Extraction x = EXTRACTOR.extract(Docs.dated("2025-06-10")
                .sentence("French/JJ/NATIONALITY Foreign/NNP/TITLE Minister/NNP/TITLE Jean-Noel/NNP/PERSON Barrot/NNP/PERSON arrived/VBD ./.",
                        "amod 5 1", "compound 5 2", "compound 5 3", "compound 5 4", "nsubj 6 5", "root 0 6", "punct 6 7")
                .build());
        Entity barrot = entity(x, "Jean-Noel Barrot");
        assertThat(barrot.role()).isEqualTo("Foreign Minister");
        assertThat(barrot.represents()).isEqualTo(new EntityKey(EntityType.COUNTRY, "France"));
        assertThat(x.entities()).extracting(Entity::key).contains(new EntityKey(EntityType.COUNTRY, "France"));
    }

    @Test
    void aGovernmentSeatBeforeATitleNamesTheState() {
        // Elysee spokeswoman Maud Bregeon spoke .
        Extraction x = EXTRACTOR.extract(Docs.dated("2025-06-10")
                .sentence("Élysée/NNP/LOCATION spokeswoman/NN/TITLE Maud/NNP/PERSON Bregeon/NNP/PERSON spoke/VBD ./.",
                        "compound 4 1", "compound 4 2", "compound 4 3", "nsubj 5 4", "root 0 5", "punct 5 6")
                .build());
        Entity bregeon = entity(x, "Maud Bregeon");
        assertThat(bregeon.role()).isEqualTo("spokeswoman");
        assertThat(bregeon.represents()).isEqualTo(new EntityKey(EntityType.COUNTRY, "France"));
    }

    @Test
    void aPossessiveCountryBeforeTheTitleIsTheSide() {
        // China 's special envoy Li Hui visited Kyiv .
        Extraction x = EXTRACTOR.extract(Docs.dated("2025-06-10")
                .sentence("China/NNP/COUNTRY 's/POS special/JJ envoy/NN/TITLE Li/NNP/PERSON Hui/NNP/PERSON visited/VBD Kyiv/NNP ./.",
                        "nmod:poss 6 1", "case 1 2", "amod 4 3", "compound 6 4", "compound 6 5", "nsubj 7 6",
                        "root 0 7", "obj 7 8", "punct 7 9")
                .build());
        Entity li = entity(x, "Li Hui");
        assertThat(li.role()).isEqualTo("special envoy");
        assertThat(li.represents()).isEqualTo(new EntityKey(EntityType.COUNTRY, "China"));
        assertThat(x.entities()).extracting(Entity::key).contains(new EntityKey(EntityType.PLACE, "Kyiv"));
    }

    @Test
    void anAppositionGivesTheRoleAndAnEnvoyForAPresidentRepresentsThePresidentsCountry() {
        // President Recep Tayyip Erdogan of Turkey spoke . Ibrahim Kalin , an adviser to President Erdogan , arrived .
        Extraction x = EXTRACTOR.extract(Docs.dated("2025-06-10")
                .sentence("President/NNP/TITLE Recep/NNP/PERSON Tayyip/NNP/PERSON Erdogan/NNP/PERSON of/IN Turkey/NNP/COUNTRY spoke/VBD ./.",
                        "compound 4 1", "compound 4 2", "compound 4 3", "case 6 5", "nmod:of 4 6", "nsubj 7 4",
                        "root 0 7", "punct 7 8")
                .sentence("Ibrahim/NNP/PERSON Kalin/NNP/PERSON ,/, an/DT adviser/NN/TITLE to/IN President/NNP/TITLE Erdogan/NNP/PERSON ,/, arrived/VBD ./.",
                        "compound 2 1", "punct 2 3", "det 5 4", "appos 2 5", "case 8 6", "compound 8 7",
                        "nmod:to 5 8", "punct 2 9", "nsubj 10 2", "root 0 10", "punct 10 11")
                .build());
        // The gazetteer knows him: his canonical name is the one Wikidata gives.
        Entity erdogan = entity(x, "Recep Tayyip Erdoğan");
        assertThat(erdogan.role()).isEqualTo("President");
        assertThat(erdogan.represents()).isEqualTo(new EntityKey(EntityType.COUNTRY, "Turkey"));
        Entity kalin = entity(x, "Ibrahim Kalin");
        assertThat(kalin.role()).isEqualTo("adviser");
        assertThat(kalin.represents()).isEqualTo(new EntityKey(EntityType.COUNTRY, "Turkey"));
        // "Erdogan" alone is the same person as "Recep Tayyip Erdogan": one entity, not two.
        assertThat(x.entities()).filteredOn(e -> e.label().contains("Erdo")).hasSize(1);
    }

    @Test
    void aQuotationIsAStatementOfTheSpeechVerbsSubjectResolvedThroughCoreference() {
        // Japanese Prime Minister Shigeru Ishiba arrived . “ We want a lasting truce , ” he said on Friday .
        Extraction x = EXTRACTOR.extract(Docs.dated("2025-06-10")
                .sentence("Japanese/JJ/NATIONALITY Prime/NNP/TITLE Minister/NNP/TITLE Shigeru/NNP/PERSON Ishiba/NNP/PERSON arrived/VBD ./.",
                        "amod 5 1", "compound 5 2", "compound 5 3", "compound 5 4", "nsubj 6 5", "root 0 6", "punct 6 7")
                .sentence("\u201C/`` We/PRP want/VBP a/DT lasting/JJ truce/NN ,/, \u201D/'' he/PRP said/VBD on/IN Friday/NNP/DATE=2025-06-13 ./.",
                        "nsubj 3 2", "ccomp 10 3", "det 6 4", "amod 6 5", "obj 3 6", "nsubj 10 9", "root 0 10",
                        "case 12 11", "obl:on 10 12", "punct 10 13")
                .chain("0:4-5", "1:9-9")
                .quoteIn(1)
                .build());
        assertThat(x.acts()).hasSize(1);
        Act statement = x.acts().get(0);
        assertThat(statement.type()).isEqualTo(ActType.STATEMENT);
        assertThat(statement.agents()).containsExactly(new EntityKey(EntityType.PERSON, "Shigeru Ishiba"));
        assertThat(statement.quote()).isEqualTo("We want a lasting truce,");
        assertThat(statement.evidence()).startsWith("\u201CWe want").endsWith("on Friday.");
        // "said on Friday" in the past: the Friday before the article's Tuesday, not the one after.
        assertThat(statement.date()).isEqualTo(LocalDate.parse("2025-06-06"));
    }

    @Test
    void aPersonNamedInsideTheQuotationIsNotItsSpeaker() {
        // “ I spoke with President Lula today , ” Milei told reporters .
        Extraction x = EXTRACTOR.extract(Docs.dated("2025-06-10")
                .sentence("\u201C/`` I/PRP spoke/VBD with/IN President/NNP/TITLE Lula/NNP/PERSON today/NN/DATE=2025-06-10 ,/, \u201D/'' Milei/NNP/PERSON told/VBD reporters/NNS ./.",
                        "nsubj 3 2", "ccomp 11 3", "case 6 4", "compound 6 5", "obl:with 3 6", "obl:tmod 3 7",
                        "nsubj 11 10", "root 0 11", "obj 11 12", "punct 11 13")
                .quoteIn(0)
                .build());
        assertThat(x.acts()).singleElement()
                .satisfies(a -> assertThat(a.agents()).containsExactly(new EntityKey(EntityType.PERSON, "Milei")));
    }

    @Test
    void aQuotedTitleAfterAPrepositionIsNotAStatement() {
        // Blinken said on CBS 's “ Face the Nation . ”
        Extraction x = EXTRACTOR.extract(Docs.dated("2025-06-10")
                .sentence("Blinken/NNP/PERSON said/VBD on/IN CBS/NNP/ORGANIZATION 's/POS \u201C/`` Face/NNP the/DT Nation/NNP ./. \u201D/''",
                        "nsubj 2 1", "root 0 2", "case 7 3", "nmod:poss 7 4", "case 4 5", "obl:on 2 7",
                        "det 9 8", "obj 7 9", "punct 2 10")
                .quoteIn(0)
                .build());
        assertThat(x.acts()).isEmpty();
    }

    @Test
    void aQuotationThatStandsAloneContinuesThePreviousSpeakersStatement() {
        // “ The talks were useful , ” Tusk said . “ More work remains . ”
        Extraction x = EXTRACTOR.extract(Docs.dated("2025-06-10")
                .sentence("\u201C/`` The/DT talks/NNS were/VBD useful/JJ ,/, \u201D/'' Tusk/NNP/PERSON said/VBD ./.",
                        "det 3 2", "nsubj 5 3", "cop 5 4", "ccomp 9 5", "nsubj 9 8", "root 0 9", "punct 9 10")
                .quoteIn(0)
                .sentence("\u201C/`` More/JJR work/NN remains/VBZ ./. \u201D/''",
                        "amod 3 2", "nsubj 4 3", "root 0 4", "punct 4 5")
                .quoteIn(1)
                .build());
        // One speaker's continuing remarks are one statement whose evidence spans both sentences.
        assertThat(x.acts()).singleElement().satisfies(a -> {
            assertThat(a.agents()).containsExactly(new EntityKey(EntityType.PERSON, "Tusk"));
            assertThat(a.quote()).isEqualTo("The talks were useful, More work remains.");
            assertThat(a.evidence()).contains("Tusk said.").endsWith("More work remains.\u201D");
        });
    }

    @Test
    void aSpeakerReportedAsSayingIsTheSubjectOfTheReportingVerb() {
        // Lavrov was quoted by Interfax as saying “ the door is open . ”
        Extraction x = EXTRACTOR.extract(Docs.dated("2025-06-10")
                .sentence("Lavrov/NNP/PERSON was/VBD quoted/VBN by/IN Interfax/NNP/ORGANIZATION as/IN saying/VBG \u201C/`` the/DT door/NN is/VBZ open/JJ ./. \u201D/''",
                        "nsubj:pass 3 1", "aux:pass 3 2", "root 0 3", "case 5 4", "obl:agent 3 5", "mark 7 6",
                        "advcl 3 7", "det 10 9", "nsubj 12 10", "cop 12 11", "ccomp 7 12", "punct 3 13")
                .quoteIn(0)
                .build());
        assertThat(x.acts()).singleElement().satisfies(a ->
                assertThat(a.agents()).containsExactly(new EntityKey(EntityType.PERSON, "Sergey Lavrov")));
    }

    @Test
    void aPortfolioBeforeATitleIsPartOfTheOfficeNotAnOrganisation() {
        // Chinese Commerce Minister Wang Wentao spoke .   (NER tags "Chinese Commerce" ORGANIZATION)
        Extraction x = EXTRACTOR.extract(Docs.dated("2025-06-10")
                .sentence("Chinese/JJ/ORGANIZATION Commerce/NNP/ORGANIZATION Minister/NNP/O Wang/NNP/PERSON "
                                + "Wentao/NNP/PERSON spoke/VBD/O/speak ./.",
                        "amod 3 1", "compound 3 2", "compound 5 3", "compound 5 4", "nsubj 6 5", "root 0 6",
                        "punct 6 7")
                .build());
        Entity wang = entity(x, "Wang Wentao");
        assertThat(wang.role()).isEqualTo("Commerce Minister");
        assertThat(wang.represents()).isEqualTo(new EntityKey(EntityType.COUNTRY, "China"));
        assertThat(x.entities()).noneMatch(e -> e.key().type() == EntityType.ORGANIZATION);
    }

    @Test
    void anHonorificAfterTheOfficeIsNotPartOfTheRole() {
        // Qatar 's Prime Minister Sheikh Mohammed Al Thani arrived .
        Extraction x = EXTRACTOR.extract(Docs.dated("2025-06-10")
                .sentence("Qatar/NNP/COUNTRY 's/POS Prime/NNP/TITLE Minister/NNP/TITLE Sheikh/NNP/TITLE "
                                + "Mohammed/NNP/PERSON Al/NNP/PERSON Thani/NNP/PERSON arrived/VBD ./.",
                        "nmod:poss 4 1", "case 1 2", "compound 4 3", "nsubj 9 4", "compound 8 5", "compound 8 6",
                        "compound 8 7", "dep 4 8", "root 0 9", "punct 9 10")
                .build());
        Entity thani = entity(x, "Mohammed Al Thani");
        assertThat(thani.role()).isEqualTo("Prime Minister");
        assertThat(thani.represents()).isEqualTo(new EntityKey(EntityType.COUNTRY, "Qatar"));
    }

    @Test
    void aPhotographerInACreditLineIsNotAnActor() {
        Extraction x = EXTRACTOR.extract(Docs.dated("2025-06-10")
                .sentence("Kenya/NNP/COUNTRY hosted/VBD/O/host the/DT talks/NNS/O/talk ./.",
                        "nsubj 2 1", "root 0 2", "det 4 3", "obj 2 4", "punct 2 5")
                .sentence("(/-LRB- Photo/NN/O/photo :/: Jane/NNP/PERSON Doe/NNP/PERSON -/HYPH Reuters/NNP/ORGANIZATION )/-RRB-",
                        "punct 2 1", "root 0 2", "punct 2 3", "compound 7 4", "compound 7 5", "punct 7 6",
                        "dep 2 7", "punct 2 8")
                .build());
        assertThat(x.entities()).extracting(Entity::label).containsExactly("Kenya");
    }

    @Test
    void wordsQuotedInsideSomeonesOwnClauseAreTheirsWhateverTheAttributionGuessed() {
        // Lee proposed talks . Pyongyang rejected the offer , calling it a “ hypocritical show , ” state media said .
        // (CoreNLP's parse; its quote attribution gave the words to Lee)
        Extraction x = EXTRACTOR.extract(Docs.dated("2025-06-10")
                .sentence("Lee/NNP/PERSON proposed/VBD/O/propose talks/NNS/O/talk ./.",
                        "nsubj 2 1", "root 0 2", "obj 2 3", "punct 2 4")
                .sentence("Pyongyang/NNP/CITY rejected/VBD/O/reject the/DT offer/NN ,/, calling/VBG/O/call it/PRP "
                                + "a/DT \u201C/`` hypocritical/JJ show/NN ,/, \u201D/'' state/NN media/NNS said/VBD ./.",
                        "nsubj 2 1", "root 0 2", "det 4 3", "obj 2 4", "punct 2 5", "dep 2 6", "obj 6 7", "det 11 8",
                        "punct 11 9", "amod 11 10", "obl:npmod 6 11", "punct 11 12", "punct 11 13", "compound 15 14",
                        "nsubj 16 15", "dep 11 16", "punct 2 17")
                .quoteIn(1, "Lee")
                .build());
        assertThat(x.acts()).filteredOn(a -> a.quote() != null).singleElement()
                .satisfies(a -> assertThat(a.agents()).containsExactly(new EntityKey(EntityType.COUNTRY, "North Korea")));
    }

    @Test
    void aReportedActIsTheActAndTheSpeakersSideActingInsideItsNounPhraseIsAnotherAct() {
        // Egyptian Foreign Minister Badr Abdelatty said Addis Ababa had rejected every compromise put forward by
        // Cairo and Khartoum .
        Extraction x = EXTRACTOR.extract(Docs.dated("2025-06-10")
                .sentence("Egyptian/JJ/NATIONALITY Foreign/NNP/TITLE Minister/NNP/TITLE Badr/NNP/PERSON "
                                + "Abdelatty/NNP/PERSON said/VBD/O/say Addis/NNP/CITY Ababa/NNP/CITY had/VBD/O/have "
                                + "rejected/VBN/O/reject every/DT compromise/NN put/VBN/O/put forward/RB by/IN "
                                + "Cairo/NNP/CITY and/CC Khartoum/NNP/CITY ./.",
                        "amod 3 1", "compound 3 2", "compound 5 3", "compound 5 4", "nsubj 6 5", "root 0 6",
                        "compound 8 7", "nsubj 10 8", "aux 10 9", "ccomp 6 10", "det 12 11", "obj 10 12", "acl 12 13",
                        "compound:prt 13 14", "case 16 15", "obl:by 13 16", "cc 18 17", "obl:by 13 18",
                        "conj:and 16 18", "punct 6 19")
                .build());
        // The minister's report is the rejection it reports (the gold's granularity: one act, not a statement beside
        // it); the compromise put forward by his own side is a proposal of its own, not folded into anything.
        assertThat(x.acts()).extracting(Act::type).containsExactlyInAnyOrder(ActType.REJECTION, ActType.PROPOSAL);
        assertThat(x.acts()).filteredOn(a -> a.type() == ActType.PROPOSAL).singleElement()
                .satisfies(a -> assertThat(a.agents()).extracting(EntityKey::name)
                        .containsExactlyInAnyOrder("Egypt", "Sudan"));
    }

    @Test
    void aParentheticalReportOfAnActIsThatAct() {
        // Qatar offered to host the talks , a Qatari official said .  (the report parsed as parataxis)
        Extraction x = EXTRACTOR.extract(Docs.dated("2025-06-10")
                .sentence("Qatar/NNP/COUNTRY offered/VBD/O/offer to/TO host/VB/O/host the/DT talks/NNS/O/talk ,/, "
                                + "a/DT Qatari/JJ/NATIONALITY official/NN said/VBD/O/say ./.",
                        "nsubj 2 1", "nsubj:xsubj 4 1", "root 0 2", "mark 4 3", "xcomp 2 4", "det 6 5", "obj 4 6",
                        "punct 2 7", "det 10 8", "amod 10 9", "nsubj 11 10", "parataxis 2 11", "punct 2 12")
                .build());
        assertThat(x.acts()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(ActType.PROPOSAL);
            assertThat(a.agents()).containsExactly(new EntityKey(EntityType.COUNTRY, "Qatar"));
        });
    }

    @Test
    void aCapitalThatNerTookForAPersonIsTheCapital() {
        // Kyiv was ready to exchange all prisoners .
        Extraction x = EXTRACTOR.extract(Docs.dated("2025-06-10")
                .sentence("Kyiv/NNP/PERSON was/VBD/O/be ready/JJ to/TO exchange/VB/O/exchange all/DT "
                                + "prisoners/NNS/O/prisoner ./.",
                        "nsubj 3 1", "nsubj:xsubj 5 1", "cop 3 2", "root 0 3", "mark 5 4", "xcomp 3 5", "det 7 6",
                        "obj 5 7", "punct 3 8")
                .build());
        assertThat(x.entities()).extracting(Entity::key).containsExactly(new EntityKey(EntityType.PLACE, "Kyiv"));
    }

    @Test
    void aPersonNamedLikeAPlaceStaysAPersonWithATitleOrAFullName() {
        // President Georgia spoke . Jordan Peterson arrived . Jordan left .
        Extraction x = EXTRACTOR.extract(Docs.dated("2025-06-10")
                .sentence("President/NNP/TITLE Georgia/NNP/PERSON spoke/VBD/O/speak ./.",
                        "compound 2 1", "nsubj 3 2", "root 0 3", "punct 3 4")
                .sentence("Jordan/NNP/PERSON Peterson/NNP/PERSON arrived/VBD/O/arrive ./.",
                        "compound 2 1", "nsubj 3 2", "root 0 3", "punct 3 4")
                .sentence("Jordan/NNP/PERSON left/VBD/O/leave ./.", "nsubj 2 1", "root 0 2", "punct 2 3")
                .build());
        assertThat(x.entities()).extracting(Entity::key).containsExactlyInAnyOrder(
                new EntityKey(EntityType.PERSON, "Georgia"), new EntityKey(EntityType.PERSON, "Jordan Peterson"));
    }

    @Test
    void anAbbreviationDefinedInBracketsIsTheNameItFollows() {
        // Fighters of the Allied Democratic Forces ( ADF ) advanced . The ADF rejected the plan .
        Extraction x = EXTRACTOR.extract(Docs.dated("2025-06-10")
                .sentence("Fighters/NNS/O/fighter of/IN the/DT Allied/NNP/ORGANIZATION Democratic/NNP/ORGANIZATION "
                                + "Forces/NNPS/ORGANIZATION (/-LRB- ADF/NNP/ORGANIZATION )/-RRB- advanced/VBD/O/advance ./.",
                        "nsubj 10 1", "case 6 2", "det 6 3", "compound 6 4", "compound 6 5", "nmod:of 1 6",
                        "punct 8 7", "appos 6 8", "punct 8 9", "root 0 10", "punct 10 11")
                .sentence("The/DT ADF/NNP/O rejected/VBD/O/reject the/DT plan/NN ./.",
                        "det 2 1", "nsubj 3 2", "root 0 3", "det 5 4", "obj 3 5", "punct 3 6")
                .build());
        EntityKey movement = new EntityKey(EntityType.ORGANIZATION, "Allied Democratic Forces");
        assertThat(x.entities()).extracting(Entity::key).contains(movement)
                .noneMatch(k -> k.name().equals("ADF"));
        assertThat(x.acts()).filteredOn(a -> a.type() == ActType.REJECTION).singleElement()
                .satisfies(a -> assertThat(a.agents()).containsExactly(movement));
    }

    @Test
    void aTitleAndCommaBeforeTheNameAreAnAppositionWhateverTheParserApposedTheNameTo() {
        // Soto and his Peruvian counterpart , Elena Ruiz , met .  (the parser apposes "Ruiz" to "Soto")
        Extraction x = EXTRACTOR.extract(Docs.dated("2025-06-10")
                .sentence("Soto/NNP/PERSON and/CC his/PRP$ Peruvian/JJ/NATIONALITY counterpart/NN ,/, Elena/NNP/PERSON "
                                + "Ruiz/NNP/PERSON ,/, met/VBD/O/meet ./.",
                        "nsubj 10 1", "cc 5 2", "nmod:poss 5 3", "amod 5 4", "conj:and 1 5", "punct 1 6",
                        "compound 8 7", "appos 1 8", "punct 1 9", "root 0 10", "punct 10 11")
                .build());
        Entity ruiz = entity(x, "Elena Ruiz");
        assertThat(ruiz.role()).isEqualTo("counterpart");
        assertThat(ruiz.represents()).isEqualTo(new EntityKey(EntityType.COUNTRY, "Peru"));
    }

    @Test
    void theHeadOfADelegationRepresentsTheDelegationsSide() {
        // The head of the Chilean delegation , Marta Vidal , spoke .
        Extraction x = EXTRACTOR.extract(Docs.dated("2025-06-10")
                .sentence("The/DT head/NN/TITLE of/IN the/DT Chilean/JJ/NATIONALITY delegation/NN ,/, Marta/NNP/PERSON "
                                + "Vidal/NNP/PERSON ,/, spoke/VBD/O/speak ./.",
                        "det 2 1", "nsubj 11 2", "case 6 3", "det 6 4", "amod 6 5", "nmod:of 2 6", "punct 2 7",
                        "compound 9 8", "appos 2 9", "punct 2 10", "root 0 11", "punct 11 12")
                .build());
        Entity vidal = entity(x, "Marta Vidal");
        assertThat(vidal.represents()).isEqualTo(new EntityKey(EntityType.COUNTRY, "Chile"));
    }

    @Test
    void aLowercasePortfolioWordBelongsToTheOfficeAndTheDemonymBeforeItIsTheSide() {
        // Chilean trade negotiator Ana Pardo spoke .
        Extraction x = EXTRACTOR.extract(Docs.dated("2025-06-10")
                .sentence("Chilean/JJ/NATIONALITY trade/NN negotiator/NN/TITLE Ana/NNP/PERSON Pardo/NNP/PERSON "
                                + "spoke/VBD/O/speak ./.",
                        "amod 5 1", "compound 3 2", "compound 5 3", "compound 5 4", "nsubj 6 5", "root 0 6",
                        "punct 6 7")
                .build());
        Entity pardo = entity(x, "Ana Pardo");
        assertThat(pardo.role()).isEqualTo("trade negotiator");
        assertThat(pardo.represents()).isEqualTo(new EntityKey(EntityType.COUNTRY, "Chile"));
    }

    @Test
    void whoHeadsOrLeadsAGroupActsForItsSide() {
        // Talks with Chilean officials headed by Minister Ana Pardo ended . Luis Vera led the Peruvian team with
        // Marta Soto .
        Extraction x = EXTRACTOR.extract(Docs.dated("2025-06-10")
                .sentence("Talks/NNS/O/talk with/IN Chilean/JJ/NATIONALITY officials/NNS/O/official headed/VBN/O/head "
                                + "by/IN Minister/NNP/TITLE Ana/NNP/PERSON Pardo/NNP/PERSON ended/VBD/O/end ./.",
                        "nsubj 10 1", "case 4 2", "amod 4 3", "nmod:with 1 4", "acl 1 5", "case 9 6",
                        "compound 9 7", "compound 9 8", "obl:by 5 9", "root 0 10", "punct 10 11")
                .sentence("Luis/NNP/PERSON Vera/NNP/PERSON led/VBD/O/lead the/DT Peruvian/JJ/NATIONALITY team/NN "
                                + "with/IN Marta/NNP/PERSON Soto/NNP/PERSON ./.",
                        "compound 2 1", "nsubj 3 2", "root 0 3", "det 6 4", "amod 6 5", "obj 3 6", "case 9 7",
                        "compound 9 8", "obl:with 3 9", "punct 3 10")
                .build());
        assertThat(entity(x, "Ana Pardo").represents()).isEqualTo(new EntityKey(EntityType.COUNTRY, "Chile"));
        assertThat(entity(x, "Luis Vera").represents()).isEqualTo(new EntityKey(EntityType.COUNTRY, "Peru"));
        assertThat(entity(x, "Marta Soto").represents()).isEqualTo(new EntityKey(EntityType.COUNTRY, "Peru"));
    }

    @Test
    void aTitleCoreferenceRefersToThePersonByGivesTheirSide() {
        // Ana Pardo arrived . The Chilean minister spoke .
        Extraction x = EXTRACTOR.extract(Docs.dated("2025-06-10")
                .sentence("Ana/NNP/PERSON Pardo/NNP/PERSON arrived/VBD/O/arrive ./.",
                        "compound 2 1", "nsubj 3 2", "root 0 3", "punct 3 4")
                .sentence("The/DT Chilean/JJ/NATIONALITY minister/NN/TITLE spoke/VBD/O/speak ./.",
                        "det 3 1", "amod 3 2", "nsubj 4 3", "root 0 4", "punct 4 5")
                .chain("0:1-2", "1:1-3")
                .build());
        assertThat(entity(x, "Ana Pardo").represents()).isEqualTo(new EntityKey(EntityType.COUNTRY, "Chile"));
    }

    @Test
    void aTermQuotedInsideAMeetingsPhraseIsTheMeetingsNotAStatement() {
        // Kenya hosted Sudan for a “ peace summit , ” aimed at ending the war .
        Extraction x = EXTRACTOR.extract(Docs.dated("2025-06-10")
                .sentence("Kenya/NNP/COUNTRY hosted/VBD/O/host Sudan/NNP/COUNTRY for/IN a/DT \u201C/`` peace/NN "
                                + "summit/NN/O/summit ,/, \u201D/'' aimed/VBN/O/aim at/IN ending/VBG/O/end the/DT war/NN ./.",
                        "nsubj 2 1", "root 0 2", "obj 2 3", "case 8 4", "det 8 5", "punct 8 6", "compound 8 7",
                        "obl:for 2 8", "punct 8 9", "punct 8 10", "acl 8 11", "mark 13 12", "advcl:at 11 13",
                        "det 15 14", "obj 13 15", "punct 2 16")
                .quoteIn(0, "Kenya")
                .build());
        assertThat(x.acts()).extracting(Act::type).containsExactly(ActType.MEETING);
    }

    @Test
    void aKnownNameCoveringThePiecesNerCutItIntoIsTheName() {
        // The Democratic Republic of Congo 's government spoke .  (NER: "Republic of" a place, "Congo" a country)
        Extraction x = EXTRACTOR.extract(Docs.dated("2025-06-10")
                .sentence("The/DT Democratic/JJ/O Republic/NNP/LOCATION of/IN/LOCATION Congo/NNP/COUNTRY 's/POS "
                                + "government/NN spoke/VBD/O/speak ./.",
                        "det 3 1", "amod 3 2", "nmod:poss 7 3", "case 5 4", "nmod:of 3 5", "case 5 6", "nsubj 8 7",
                        "root 0 8", "punct 8 9")
                .build());
        assertThat(x.entities()).extracting(Entity::key)
                .containsExactly(new EntityKey(EntityType.COUNTRY, "Democratic Republic of the Congo"));
    }

    @Test
    void aUnClimateConferenceNamedByItsSessionIsAnOrganisation() {
        // Cop31 adopted the final text .
        Extraction x = EXTRACTOR.extract(Docs.dated("2026-11-20")
                .sentence("Cop31/NNP/O/Cop31 adopted/VBD/O/adopt the/DT/O/the final/JJ/O/final text/NN/O/text ././O/.",
                        "nsubj 2 1", "root 0 2", "det 5 3", "amod 5 4", "obj 2 5", "punct 2 6")
                .build());
        assertThat(x.entities()).extracting(Entity::key)
                .contains(new EntityKey(EntityType.ORGANIZATION, "COP31"));
    }
}
