package org.parley.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {

    /** Immutable, so one instance serves every test. */
    private static final Gazetteer GAZETTEER = Gazetteer.load();

    /** The 193 member states of the United Nations, by the name the gazetteer gives them. */
    private static final List<String> UN_MEMBERS = List.of(
            "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Antigua and Barbuda", "Argentina", "Armenia",
            "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus",
            "Belgium", "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia and Herzegovina", "Botswana", "Brazil",
            "Brunei", "Bulgaria", "Burkina Faso", "Burundi", "Cambodia", "Cameroon", "Canada", "Cape Verde",
            "Central African Republic", "Chad", "Chile", "China", "Colombia", "Comoros",
            "Democratic Republic of the Congo", "Republic of the Congo", "Costa Rica", "Croatia", "Cuba", "Cyprus",
            "Czech Republic", "Denmark", "Djibouti", "Dominica", "Dominican Republic", "East Timor", "Ecuador",
            "Egypt", "El Salvador", "Equatorial Guinea", "Eritrea", "Estonia", "Eswatini", "Ethiopia", "Fiji",
            "Finland", "France", "Gabon", "Gambia", "Georgia", "Germany", "Ghana", "Greece", "Grenada",
            "Guatemala", "Guinea", "Guinea-Bissau", "Guyana", "Haiti", "Honduras", "Hungary", "Iceland", "India",
            "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Ivory Coast", "Jamaica", "Japan", "Jordan",
            "Kazakhstan", "Kenya", "Kiribati", "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho",
            "Liberia", "Libya", "Liechtenstein", "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia",
            "Maldives", "Mali", "Malta", "Marshall Islands", "Mauritania", "Mauritius", "Mexico",
            "Federated States of Micronesia", "Moldova", "Monaco", "Mongolia", "Montenegro", "Morocco",
            "Mozambique", "Myanmar", "Namibia", "Nauru", "Nepal", "Netherlands", "New Zealand", "Nicaragua",
            "Niger", "Nigeria", "North Korea", "North Macedonia", "Norway", "Oman", "Pakistan", "Palau", "Panama",
            "Papua New Guinea", "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Romania",
            "Russia", "Rwanda", "Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines", "Samoa",
            "San Marino", "São Tomé and Príncipe", "Saudi Arabia", "Senegal", "Serbia", "Seychelles",
            "Sierra Leone", "Singapore", "Slovakia", "Slovenia", "Solomon Islands", "Somalia", "South Africa",
            "South Korea", "South Sudan", "Spain", "Sri Lanka", "Sudan", "Suriname", "Sweden", "Switzerland",
            "Syria", "Tajikistan", "Tanzania", "Thailand", "Togo", "Tonga", "Trinidad and Tobago", "Tunisia",
            "Turkey", "Turkmenistan", "Tuvalu", "Uganda", "Ukraine", "United Arab Emirates", "United Kingdom",
            "United States", "Uruguay", "Uzbekistan", "Vanuatu", "Venezuela", "Vietnam", "Yemen", "Zambia",
            "Zimbabwe");

    @Test
    void noNameIsGivenToTwoDifferentEntities() {
        List<NameConflict> conflicts = GAZETTEER.conflicts();
        conflicts.forEach(conflict -> System.out.println("Gazetteer name conflict: " + conflict));
        assertThat(conflicts).isEmpty();
    }

    @Test
    void conflictingDataIsReportedNotSilentlyMerged() {
        Gazetteer clashing = new GazetteerBuilder().build(
                List.of(new CountryRow("Dominica", List.of(), List.of("Dominican"), List.of(List.of("Roseau"))),
                        new CountryRow("Dominican Republic", List.of("Dominica"), List.of("Dominican"), List.of())),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

        assertThat(clashing.conflicts()).extracting(NameConflict::name).containsExactlyInAnyOrder("Dominica", "Dominican");
        assertThat(clashing.lookup("Dominica")).map(GazetteerEntry::canonicalName).contains("Dominica");
    }

    @Test
    void knowsEveryMemberOfTheUnitedNations() {
        assertThat(UN_MEMBERS).hasSize(193).doesNotHaveDuplicates();
        for (String member : UN_MEMBERS) {
            assertThat(GAZETTEER.lookup(member)).as(member)
                    .contains(GazetteerEntry.of(member, EntityType.COUNTRY));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Vatican City; Vatican City
            State of Palestine; Palestine
            Taiwan; Taiwan
            Republic of Kosovo; Kosovo
            Sahrawi Arab Democratic Republic; Western Sahara
            TRNC; Northern Cyprus
            Somaliland; Somaliland
            Transnistria; Transnistria
            """)
    void knowsObserverAndDisputedStates(String name, String country) {
        assertThat(GAZETTEER.lookup(name)).contains(GazetteerEntry.of(country, EntityType.COUNTRY));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            U.S.; United States
            US; United States
            USA; United States
            America; United States
            United States of America; United States
            Russian Federation; Russia
            UK; United Kingdom
            Britain; United Kingdom
            Great Britain; United Kingdom
            People's Republic of China; China
            Türkiye; Turkey
            Turkiye; Turkey
            Burma; Myanmar
            Czechia; Czech Republic
            Holland; Netherlands
            the Netherlands; Netherlands
            The Gambia; Gambia
            Côte d’Ivoire; Ivory Coast
            Cote d'Ivoire; Ivory Coast
            DRC; Democratic Republic of the Congo
            DR Congo; Democratic Republic of the Congo
            Congo-Brazzaville; Republic of the Congo
            Swaziland; Eswatini
            Timor-Leste; East Timor
            Cabo Verde; Cape Verde
            UAE; United Arab Emirates
            KSA; Saudi Arabia
            Persia; Iran
            Republic of Korea; South Korea
            DPRK; North Korea
            Viet Nam; Vietnam
            Bosnia; Bosnia and Herzegovina
            Lao PDR; Laos
            St. Lucia; Saint Lucia
            United Mexican States; Mexico
            Federative Republic of Brazil; Brazil
            Aotearoa; New Zealand
            """)
    void aliasesResolveToOneCanonicalCountry(String alias, String country) {
        assertThat(GAZETTEER.lookup(alias)).contains(GazetteerEntry.of(country, EntityType.COUNTRY));
    }

    @Test
    void namesMatchCaseSensitivelyAndWhole() {
        assertThat(GAZETTEER.lookup("us")).isEmpty();
        assertThat(GAZETTEER.lookup("nato")).isEmpty();
        assertThat(GAZETTEER.lookup("turkey")).isEmpty();
        assertThat(GAZETTEER.lookup("Saudi")).as("a demonym is not a name").isEmpty();
        assertThat(GAZETTEER.lookup("Arabia")).isEmpty();
        assertThat(GAZETTEER.lookup("Chad")).map(GazetteerEntry::canonicalName).contains("Chad");
    }

    @Test
    void whitespaceApostrophesAndTheArticleAreNormalised() {
        assertThat(GAZETTEER.lookup("Saudi  Arabia")).map(GazetteerEntry::canonicalName).contains("Saudi Arabia");
        assertThat(GAZETTEER.lookup(" South\u00A0Sudan ")).map(GazetteerEntry::canonicalName).contains("South Sudan");
        assertThat(GAZETTEER.lookup("the Kremlin")).isEqualTo(GAZETTEER.lookup("Kremlin"));
        assertThat(GAZETTEER.lookup("The White House")).isEqualTo(GAZETTEER.lookup("White House"));
        assertThat(GAZETTEER.lookup("Quai d’Orsay")).map(GazetteerEntry::canonicalName).contains("France");
    }

    @Test
    void anAliasWrittenWithTheArticleNeedsIt() {
        assertThat(GAZETTEER.lookup("the Alliance")).map(GazetteerEntry::canonicalName).contains("NATO");
        assertThat(GAZETTEER.lookup("Alliance")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Russian; Russia
            Russians; Russia
            Ukrainian; Ukraine
            American; United States
            Americans; United States
            U.S.; United States
            British; United Kingdom
            Briton; United Kingdom
            French; France
            Saudi; Saudi Arabia
            Saudis; Saudi Arabia
            Chinese; China
            Israeli; Israel
            Palestinian; Palestine
            Iranian; Iran
            Turkish; Turkey
            Nigerian; Nigeria
            Nigerien; Niger
            Kenyan; Kenya
            Brazilian; Brazil
            Argentine; Argentina
            Filipino; Philippines
            Emirati; United Arab Emirates
            Dutch; Netherlands
            Swiss; Switzerland
            Kazakh; Kazakhstan
            North Korean; North Korea
            South Korean; South Korea
            Sudanese; Sudan
            South Sudanese; South Sudan
            Turkish Cypriot; Northern Cyprus
            Greek Cypriot; Cyprus
            Congolese; Democratic Republic of the Congo
            Taiwanese; Taiwan
            Kosovar; Kosovo
            Ukraine; Ukraine
            """)
    void demonymsNameTheirState(String demonym, String country) {
        assertThat(GAZETTEER.countryOfDemonym(demonym)).contains(country);
    }

    @Test
    void aWordThatIsNoDemonymNamesNoCountry() {
        assertThat(GAZETTEER.countryOfDemonym("Korean")).as("North or South: ambiguous").isEmpty();
        assertThat(GAZETTEER.countryOfDemonym("Kremlin")).isEmpty();
        assertThat(GAZETTEER.countryOfDemonym("russian")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Moscow; Russia
            Kyiv; Ukraine
            Kiev; Ukraine
            Washington; United States
            Washington, D.C.; United States
            Beijing; China
            London; United Kingdom
            Paris; France
            Berlin; Germany
            Tehran; Iran
            Jerusalem; Israel
            Ankara; Turkey
            New Delhi; India
            Islamabad; Pakistan
            Tokyo; Japan
            Seoul; South Korea
            Pyongyang; North Korea
            Canberra; Australia
            Ottawa; Canada
            Brasília; Brazil
            Brasilia; Brazil
            Buenos Aires; Argentina
            Caracas; Venezuela
            Abuja; Nigeria
            Nairobi; Kenya
            Addis Ababa; Ethiopia
            Pretoria; South Africa
            Kinshasa; Democratic Republic of the Congo
            Astana; Kazakhstan
            Riyadh; Saudi Arabia
            Doha; Qatar
            Taipei; Taiwan
            Pristina; Kosovo
            Ramallah; Palestine
            """)
    void capitalsNameTheirState(String capital, String country) {
        assertThat(GAZETTEER.countryOfCapital(capital)).contains(country);
    }

    @Test
    void aCapitalIsAPlaceUnlessItIsNamedLikeItsCityState() {
        assertThat(GAZETTEER.lookup("Kiev")).contains(GazetteerEntry.of("Kyiv", EntityType.PLACE));
        assertThat(GAZETTEER.lookup("Nairobi")).contains(GazetteerEntry.of("Nairobi", EntityType.PLACE));
        assertThat(GAZETTEER.lookup("Washington")).contains(GazetteerEntry.of("Washington, D.C.", EntityType.PLACE));
        assertThat(GAZETTEER.lookup("Singapore")).contains(GazetteerEntry.of("Singapore", EntityType.COUNTRY));
        assertThat(GAZETTEER.countryOfCapital("Sumy")).as("not a capital").isEmpty();
    }

    @Test
    void aCityThatActsIsItsStateOrTheOrganisationItStandsFor() {
        EntityKey moscow = GAZETTEER.lookup("Moscow").map(e -> new EntityKey(e.type(), e.canonicalName())).orElseThrow();
        EntityKey brussels = GAZETTEER.lookup("Brussels").map(e -> new EntityKey(e.type(), e.canonicalName()))
                .orElseThrow();
        EntityKey sumy = GAZETTEER.lookup("Sumy").map(e -> new EntityKey(e.type(), e.canonicalName())).orElseThrow();

        assertThat(GAZETTEER.actorOf(moscow)).isEqualTo(new EntityKey(EntityType.COUNTRY, "Russia"));
        assertThat(GAZETTEER.actorOf(brussels)).isEqualTo(new EntityKey(EntityType.ORGANIZATION, "European Union"));
        assertThat(brussels.type()).as("still a place where it is a place").isEqualTo(EntityType.PLACE);
        assertThat(GAZETTEER.countryOfCapital("Brussels")).contains("Belgium");
        assertThat(GAZETTEER.actorOf(sumy)).as("not a capital").isEqualTo(sumy);
    }

    @Test
    void anActingCityOfAnUnknownOrganisationFailsTheLoad() {
        List<ActingCityRow> acting = List.of(new ActingCityRow("Roseau", "Caribbean League", "acting-cities.tsv line 6"));
        List<CountryRow> countries = List.of(new CountryRow("Dominica", List.of(), List.of(), List.of(List.of("Roseau"))));

        assertThatThrownBy(() -> new GazetteerBuilder().build(countries, List.of(), List.of(), acting, List.of(),
                List.of(), List.of()))
                .isInstanceOf(GazetteerDataException.class)
                .hasMessageContaining("Caribbean League");
    }

    @Test
    void aStateWithSeveralCapitalsHasOnePlacePerCity() {
        assertThat(GAZETTEER.lookup("La Paz")).contains(GazetteerEntry.of("La Paz", EntityType.PLACE));
        assertThat(GAZETTEER.lookup("Sucre")).contains(GazetteerEntry.of("Sucre", EntityType.PLACE));
        assertThat(GAZETTEER.countryOfCapital("La Paz")).contains("Bolivia");
        assertThat(GAZETTEER.lookup("Cape Town")).contains(GazetteerEntry.of("Cape Town", EntityType.PLACE));
        assertThat(GAZETTEER.countryOfCapital("Cape Town")).contains("South Africa");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Sumy; Sumy; Ukraine
            Kharkov; Kharkiv; Ukraine
            Odessa; Odesa; Ukraine
            Kursk; Kursk; Russia
            St. Petersburg; Saint Petersburg; Russia
            Khan Yunis; Khan Younis; Palestine
            Erbil; Erbil; Iraq
            El Fasher; El Fasher; Sudan
            Goma; Goma; Democratic Republic of the Congo
            Tigray; Tigray; Ethiopia
            Davos; Davos; Switzerland
            The Hague; The Hague; Netherlands
            Greenland; Greenland; Denmark
            Hong Kong; Hong Kong; China
            Rawalpindi; Rawalpindi; Pakistan
            Moscow; Moscow; Russia
            """)
    void knowsPlacesOfWarsDisputesAndSummits(String name, String place, String country) {
        assertThat(GAZETTEER.lookup(name)).contains(GazetteerEntry.of(place, EntityType.PLACE));
        assertThat(GAZETTEER.countryOfPlace(name)).contains(country);
    }

    @Test
    void placesOfDisputedSovereigntyBelongToNoState() {
        assertThat(GAZETTEER.lookup("Golan Heights")).map(GazetteerEntry::type).contains(EntityType.PLACE);
        assertThat(GAZETTEER.countryOfPlace("Golan Heights")).isEmpty();
        assertThat(GAZETTEER.countryOfPlace("Strait of Hormuz")).isEmpty();
        assertThat(GAZETTEER.countryOfPlace("Falklands")).isEmpty();
        assertThat(GAZETTEER.lookup("Hague")).as("written only with its article").isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Kremlin; Russia
            White House; United States
            Pentagon; United States
            State Department; United States
            Foggy Bottom; United States
            Downing Street; United Kingdom
            Élysée; France
            Elysee Palace; France
            Zhongnanhai; China
            Bankova; Ukraine
            Casa Rosada; Argentina
            Blue House; South Korea
            """)
    void governmentSeatsStandForTheirCountry(String seat, String country) {
        assertThat(GAZETTEER.lookup(seat))
                .contains(new GazetteerEntry(country, EntityType.COUNTRY, true, country));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            NATO; NATO
            North Atlantic Treaty Organization; NATO
            EU; European Union
            U.N.; United Nations
            UN Security Council; United Nations Security Council
            G7; G7
            Group of Twenty; G20
            OSCE; Organization for Security and Co-operation in Europe
            IAEA; International Atomic Energy Agency
            WHO; World Health Organization
            IMF; International Monetary Fund
            World Bank; World Bank
            WTO; World Trade Organization
            AU; African Union
            ASEAN; ASEAN
            Arab League; Arab League
            OPEC; OPEC
            BRICS; BRICS
            CSTO; Collective Security Treaty Organization
            SCO; Shanghai Cooperation Organisation
            ICC; International Criminal Court
            ICJ; International Court of Justice
            Council of Europe; Council of Europe
            European Commission; European Commission
            European Parliament; European Parliament
            Red Cross; International Committee of the Red Cross
            ICRC; International Committee of the Red Cross
            ECOWAS; Economic Community of West African States
            Hamas; Hamas
            Houthis; Houthis
            """)
    void knowsInternationalOrganisations(String name, String organisation) {
        assertThat(GAZETTEER.lookup(name)).contains(GazetteerEntry.of(organisation, EntityType.ORGANIZATION));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Zelensky; Volodymyr Zelenskyy; PERSON
            Zelenskiy; Volodymyr Zelenskyy; PERSON
            Erdogan; Recep Tayyip Erdoğan; PERSON
            Abu Mazen; Mahmoud Abbas; PERSON
            Jidda; Jeddah; PLACE
            Sochi; Sochi; PLACE
            Kursk region; Kursk Oblast; PLACE
            Reuters; Reuters; ORGANIZATION
            Holy See; Holy See; ORGANIZATION
            """)
    void knowsTheLinkersVerifiedEntitiesByTheirAliases(String alias, String label, EntityType type) {
        assertThat(GAZETTEER.lookup(alias)).contains(GazetteerEntry.of(label, type));
    }

    @Test
    void findAllMatchesTheLongestNamesLeftToRight() {
        List<String> tokens = List.of("The", "White", "House", "said", "U.S.", "and", "Saudi", "Arabia", "officials",
                "met", "in", "Guinea", "-", "Bissau", "with", "the", "Alliance", "and", "Democratic", "Republic", "of",
                "the", "Congo", "envoys", ".");

        List<GazetteerMatch> matches = GAZETTEER.findAll(tokens);

        assertThat(matches).extracting(GazetteerMatch::start, GazetteerMatch::end, m -> m.entry().canonicalName())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, 3, "United States"),
                        org.assertj.core.groups.Tuple.tuple(4, 5, "United States"),
                        org.assertj.core.groups.Tuple.tuple(6, 8, "Saudi Arabia"),
                        org.assertj.core.groups.Tuple.tuple(11, 14, "Guinea-Bissau"),
                        org.assertj.core.groups.Tuple.tuple(16, 17, "NATO"),
                        org.assertj.core.groups.Tuple.tuple(18, 23, "Democratic Republic of the Congo"));
        assertThat(matches.get(0).entry().governmentSeat()).isTrue();
        assertThat(matches.get(1).entry().governmentSeat()).isFalse();
    }

    @Test
    void findAllPrefersTheLongerNameAndSkipsWhatItDoesNotKnow() {
        List<String> tokens = List.of("South", "Sudan", "and", "Sudan", "told", "us", "the", "Alliance", "Alliance",
                "Papua", "New", "Guinea", "Kremlin", "’s", "aide");

        assertThat(GAZETTEER.findAll(tokens))
                .extracting(GazetteerMatch::start, m -> m.entry().canonicalName())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0, "South Sudan"),
                        org.assertj.core.groups.Tuple.tuple(3, "Sudan"),
                        org.assertj.core.groups.Tuple.tuple(7, "NATO"),
                        org.assertj.core.groups.Tuple.tuple(9, "Papua New Guinea"),
                        org.assertj.core.groups.Tuple.tuple(12, "Russia"));
    }

    @Test
    void aPlaceThatHoldsAStatesNameIsNotThatState() {
        List<String> tokens = List.of("Latin", "America", ",", "the", "Jordan", "Valley", "and", "Sea", "of", "Japan");

        assertThat(GAZETTEER.findAll(tokens))
                .extracting(m -> m.entry().canonicalName())
                .containsExactly("Latin America", "Jordan Valley", "Sea of Japan");
    }

    @Test
    void titlesAreRecognisedAsPhrases() {
        assertThat(GAZETTEER.isTitle("prime minister")).isTrue();
        assertThat(GAZETTEER.isTitle("secretary-general")).isTrue();
        assertThat(GAZETTEER.isTitle("secretary general")).isTrue();
        assertThat(GAZETTEER.isTitle("special envoy")).isTrue();
        assertThat(GAZETTEER.isTitle("spokesman")).isTrue();
        assertThat(GAZETTEER.isTitle("crown prince")).isTrue();
        assertThat(GAZETTEER.isTitle("ceasefire")).isFalse();
        assertThat(GAZETTEER.isTitle("minister foreign")).isFalse();
    }

    @Test
    void longestTitleAtCountsTheWordsOfTheLongestTitle() {
        List<String> words = List.of("kremlin", "spokesman", "dmitry", "peskov", "and", "deputy", "foreign", "minister",
                "alexander", "grushko", "met", "the", "un", "secretary", "-", "general");

        assertThat(GAZETTEER.longestTitleAt(words, 0)).isZero();
        assertThat(GAZETTEER.longestTitleAt(words, 1)).isEqualTo(1);
        assertThat(GAZETTEER.longestTitleAt(words, 5)).isEqualTo(3);
        assertThat(GAZETTEER.longestTitleAt(words, 6)).isEqualTo(2);
        assertThat(GAZETTEER.longestTitleAt(words, 13)).isEqualTo(3);
        assertThat(GAZETTEER.longestTitleAt(List.of("National", "Security", "Adviser"), 0)).isEqualTo(3);
    }

    @Test
    void everyCountryNamedByADemonymOrCapitalIsAKnownCountry() {
        assertThat(GAZETTEER.canonicalNames(EntityType.COUNTRY))
                .containsAll(GAZETTEER.countriesReferenced());
    }

    @Test
    void aMalformedRowFailsWithItsLine() {
        List<String> header = List.of("name", "aliases", "kind");

        assertThatThrownBy(() -> TsvTable.parse("organizations.tsv",
                List.of("name\taliases\tkind", "# comment", "NATO\tthe Alliance"), header))
                .isInstanceOf(GazetteerDataException.class)
                .hasMessageContaining("organizations.tsv line 3");
        assertThatThrownBy(() -> TsvTable.parse("organizations.tsv", List.of("name\tkind", "NATO\tthe Alliance"), header))
                .isInstanceOf(GazetteerDataException.class)
                .hasMessageContaining("header");
        TsvTable.Row emptyAlternative = TsvTable.parse("countries.tsv",
                List.of("name\taliases\tkind", "Chad\tRepublic of Chad||\tstate"), header).get(0);
        assertThatThrownBy(() -> emptyAlternative.alternatives(1)).isInstanceOf(GazetteerDataException.class);
    }

    @Test
    void aSeatOfAnUnknownCountryFailsTheLoad() {
        GazetteerBuilder builder = new GazetteerBuilder();
        List<SeatRow> seats = List.of(new SeatRow("Kremlin", "Muscovy", "government-seats.tsv line 2"));

        assertThatThrownBy(() -> builder.build(List.of(), List.of(), seats, List.of(), List.of(), List.of(), List.of()))
                .isInstanceOf(GazetteerDataException.class)
                .hasMessageContaining("Muscovy");
    }

    @Test
    void gazetteerDataDoesNotLeakIntoLookupsOfUnknownNames() {
        assertThat(GAZETTEER.lookup("")).isEmpty();
        assertThat(GAZETTEER.lookup("the")).isEmpty();
        assertThat(GAZETTEER.findAll(List.of())).isEmpty();
        assertThat(GAZETTEER.lookup("Narnia")).isEqualTo(Optional.empty());
    }
}
