package org.parley.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.nlp.AnnotatedDoc;
import org.parley.nlp.Dependency;
import org.parley.nlp.Sentence;
import org.parley.nlp.Span;
import org.parley.nlp.Token;

/**
 * Finds the names of actors and places in each sentence: CoreNLP's named entities, corrected and completed by the
 * gazetteer of world politics (CoreNLP misses "Kyiv", calls "the Kremlin" a location and a headline's "Trump" an
 * organisation).
 */
final class MentionFinder {

    /** CoreNLP's fine-grained NER tags that name actors or places, and what they name. */
    private static final Map<String, EntityType> NER_TYPES = Map.of(
            "PERSON", EntityType.PERSON,
            "COUNTRY", EntityType.COUNTRY,
            "NATIONALITY", EntityType.COUNTRY,
            "ORGANIZATION", EntityType.ORGANIZATION,
            "CITY", EntityType.PLACE,
            "STATE_OR_PROVINCE", EntityType.PLACE,
            "LOCATION", EntityType.PLACE);

    /** Words of a picture credit or caption line: "(Photo: Jane Doe/Reuters)", "AP Photo/Evan Vucci". */
    private static final java.util.Set<String> CREDIT_WORDS = java.util.Set.of("photo", "photos", "photograph",
            "photographs", "picture", "pictures", "image", "images", "credit", "credits");

    /** Participles that give a group its name: "known as", "called", "dubbed". */
    private static final java.util.Set<String> NAMING_VERBS = Lexicon.wordClass("naming-verbs");
    /** Words between a naming verb and the name: "known as the “...”". */
    private static final java.util.Set<String> NAME_OPENERS = java.util.Set.of("as", "the", "\u201c", "\"", "``", "'");
    /** Lowercase words inside a name: "Friends of the Horn". */
    private static final java.util.Set<String> INNER_NAME_WORDS = java.util.Set.of("of", "the", "and", "for");

    /** "COP29", "Cop30": a UN climate conference, by its session number. */
    private static final java.util.regex.Pattern CONFERENCE_OF_PARTIES =
            java.util.regex.Pattern.compile("(?:COP|Cop)(\\d{1,2})");

    private final Gazetteer gazetteer;

    MentionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<NamedMention> find(AnnotatedDoc doc) {
        List<NamedMention> mentions = new ArrayList<>();
        for (Sentence sentence : doc.sentences()) {
            // A photographer named in a credit line is not part of the story.
            if (isCreditLine(sentence)) {
                continue;
            }
            List<NamedMention> inSentence = new ArrayList<>(nerMentions(sentence));
            for (NamedMention conference : conferenceMentions(sentence)) {
                inSentence.removeIf(n -> n.span().overlaps(conference.span()));
                inSentence.add(conference);
            }
            for (NamedMention body : spelledOutBodies(sentence)) {
                // "the Chadian Armed Forces (CAF)": the spelled-out name covers what NER made of its words.
                inSentence.removeIf(n -> contains(body, n) && !n.key().equals(body.key()));
                if (inSentence.stream().noneMatch(n -> n.span().overlaps(body.span()))) {
                    inSentence.add(body);
                }
            }
            for (NamedMention group : namedGroups(sentence)) {
                // The given name covers what NER made of its words ("the Friends of the Horn" is no person "Horn").
                inSentence.removeIf(n -> contains(group, n));
                if (inSentence.stream().noneMatch(n -> n.span().overlaps(group.span()))) {
                    inSentence.add(group);
                }
            }
            for (NamedMention m : gazetteerMentions(sentence)) {
                List<NamedMention> overlapped = inSentence.stream().filter(n -> n.span().overlaps(m.span())).toList();
                // "the Democratic Republic of Congo's": a known name that spans every piece NER cut it into (here
                // "Republic of", "Congo") is the name.
                boolean covers = !overlapped.isEmpty() && overlapped.stream().allMatch(n -> contains(m, n)
                        && n.span().length() < m.span().length());
                if (overlapped.isEmpty() || covers) {
                    inSentence.removeAll(overlapped);
                    inSentence.add(m);
                }
            }
            inSentence.sort(Comparator.comparingInt(m -> m.span().start()));
            mentions.addAll(inSentence);
        }
        return placesMistakenForPeople(doc, mentions);
    }

    /**
     * "Cop29 ground out a deal", "the COP30 presidency": the UN climate conferences are named by a convention, COP and
     * the session's number, which NER does not know; a conference of the parties acts as the body that adopts texts.
     */
    private static List<NamedMention> conferenceMentions(Sentence sentence) {
        List<NamedMention> found = new ArrayList<>();
        for (int t = 0; t < sentence.size(); t++) {
            java.util.regex.Matcher m = CONFERENCE_OF_PARTIES.matcher(sentence.token(t).word());
            if (m.matches()) {
                Span span = new Span(sentence.index(), t, t + 1, t);
                found.add(new NamedMention(span, sentence.token(t).word(),
                        new EntityKey(EntityType.ORGANIZATION, "COP" + m.group(1)), true));
            }
        }
        return found;
    }

    /**
     * "the Chadian Armed Forces (CAF)": capitalised words whose initials spell the abbreviation in brackets after
     * them name a body, whether or not NER saw one ("of", "the", "and" inside do not count).
     */
    private static List<NamedMention> spelledOutBodies(Sentence sentence) {
        List<NamedMention> found = new ArrayList<>();
        for (int open = 2; open + 2 < sentence.size(); open++) {
            String bracket = sentence.token(open).word();
            String abbreviation = sentence.token(open + 1).word();
            boolean closed = sentence.token(open + 2).word().matches("\\)|-RRB-");
            if (!bracket.matches("\\(|-LRB-") || !closed || !abbreviation.matches("[A-Z]{2,6}")) {
                continue;
            }
            int letter = abbreviation.length() - 1;
            int start = open;
            for (int t = open - 1; t >= 0 && letter >= 0; t--) {
                String word = sentence.token(t).word();
                if (INNER_NAME_WORDS.contains(word)) {
                    continue;
                }
                if (!Character.isUpperCase(word.charAt(0)) || word.charAt(0) != abbreviation.charAt(letter)) {
                    break;
                }
                letter--;
                start = t;
            }
            if (letter < 0 && open - start >= 2) {
                String name = sentence.textOf(start, open);
                found.add(new NamedMention(new Span(sentence.index(), start, open, open - 1), name,
                        new EntityKey(EntityType.ORGANIZATION, name), false));
            }
        }
        return found;
    }

    /**
     * "envoys known as the “Friends of the Horn”", "a group dubbed the Quint": a name given to a group
     * names a body, and the words it was given to ("representatives", "leaders") stand for that body there. The name
     * is the capitalised phrase after "known as", "called" or "dubbed" (with "of", "the", "and" inside it).
     */
    private static List<NamedMention> namedGroups(Sentence sentence) {
        List<NamedMention> found = new ArrayList<>();
        for (Dependency naming : sentence.dependencies()) {
            int verb = naming.dependent();
            boolean namingVerb = naming.relation().startsWith("acl") && naming.governor() >= 0
                    && sentence.token(verb).pos().equals("VBN")
                    && NAMING_VERBS.contains(sentence.token(verb).lemma().toLowerCase(java.util.Locale.ROOT));
            if (!namingVerb) {
                continue;
            }
            int start = verb + 1;
            while (start < sentence.size() && NAME_OPENERS.contains(sentence.token(start).word().toLowerCase(
                    java.util.Locale.ROOT))) {
                start++;
            }
            int end = start;
            while (end < sentence.size()) {
                int next = end;
                while (next < sentence.size() && INNER_NAME_WORDS.contains(sentence.token(next).word())) {
                    next++; // "of the" inside "Friends of the Horn"
                }
                if (next >= sentence.size() || !Character.isUpperCase(sentence.token(next).word().charAt(0))) {
                    break;
                }
                end = next + 1;
            }
            if (end - start < 2 || !Character.isUpperCase(sentence.token(start).word().charAt(0))) {
                continue; // one capitalised word is as likely a person's or a place's name
            }
            String name = sentence.textOf(start, end);
            EntityKey key = new EntityKey(EntityType.ORGANIZATION, name);
            found.add(new NamedMention(new Span(sentence.index(), start, end, end - 1), name, key, false));
            for (int group : Tree.withConjuncts(sentence, naming.governor())) {
                found.add(new NamedMention(new Span(sentence.index(), group, group + 1, group),
                        sentence.token(group).word(), key, false));
            }
        }
        return found;
    }

    private static boolean contains(NamedMention outer, NamedMention inner) {
        return outer.span().start() <= inner.span().start() && inner.span().end() <= outer.span().end();
    }

    /**
     * "Kyiv was ready to exchange prisoners": NER sometimes takes a capital or a country that acts for a person. A
     * one-word "person" named like a known state, capital or seat of government, with no title before it, is that
     * place, unless the article names a person whose name holds the word ("Jordan" after "Michael Jordan").
     */
    private List<NamedMention> placesMistakenForPeople(AnnotatedDoc doc, List<NamedMention> mentions) {
        java.util.Set<String> personWords = new java.util.HashSet<>();
        mentions.stream().filter(m -> m.key().type() == EntityType.PERSON && m.span().length() > 1)
                .forEach(m -> personWords.addAll(Names.personWords(m.key().name())));
        return mentions.stream().map(m -> {
            Sentence sentence = doc.sentence(m.span().sentence());
            boolean bareName = m.key().type() == EntityType.PERSON && m.span().length() == 1
                    && !Names.personWords(m.key().name()).stream().anyMatch(personWords::contains)
                    && (m.span().start() == 0 || !sentence.token(m.span().start() - 1).ner().equals("TITLE"));
            Optional<GazetteerEntry> known = bareName ? gazetteer.lookup(m.key().name()) : Optional.empty();
            boolean stateOrSeat = known.filter(k -> k.type() == EntityType.COUNTRY || k.governmentSeat()
                    || gazetteer.countryOfCapital(m.key().name()).isPresent()).isPresent();
            return stateOrSeat ? m.withKey(keyOf(known.get())) : m;
        }).toList();
    }

    /** A line without a verb that names a picture: a credit or a caption heading. */
    static boolean isCreditLine(Sentence sentence) {
        boolean verb = sentence.tokens().stream().anyMatch(t -> t.pos().startsWith("VB"));
        return !verb && sentence.tokens().stream()
                .anyMatch(t -> CREDIT_WORDS.contains(t.word().toLowerCase(java.util.Locale.ROOT)));
    }

    private List<NamedMention> nerMentions(Sentence sentence) {
        List<NamedMention> found = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        int i = 0;
        while (i < tokens.size()) {
            String tag = tokens.get(i).ner();
            if (!NER_TYPES.containsKey(tag)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && tokens.get(end).ner().equals(tag)) {
                end++;
            }
            // A demonym is one word: "Russian and Ukrainian officials" holds two countries.
            if (tag.equals("ORGANIZATION") && beforeTitleAndName(sentence, end)) {
                portfolioAffiliation(sentence, i, end).ifPresent(found::add);
            } else if (tag.equals("NATIONALITY")) {
                for (int j = i; j < end; j++) {
                    classify(sentence, j, j + 1, tag).ifPresent(found::add);
                }
            } else {
                List<int[]> pieces = hyphenedPair(sentence, i, end);
                if (pieces.size() == 1) {
                    classify(sentence, i, end, tag).ifPresent(found::add);
                }
                // The run's NER tag was for the whole; each half is what the gazetteer knows it as.
                for (int[] piece : pieces.size() > 1 ? pieces : List.<int[]>of()) {
                    String words = sentence.textOf(piece[0], piece[1]);
                    Span span = new Span(sentence.index(), piece[0], piece[1], headOf(sentence, piece[0], piece[1]));
                    gazetteer.lookup(words).ifPresent(e -> found.add(new NamedMention(span, words, keyOf(e), true)));
                }
            }
            i = end;
        }
        return found;
    }

    /**
     * "the Kenya-Ethiopia talks", "a Macron-Xi meeting": NER reads a hyphened pair of known names as one name. When
     * the whole is no known name and both halves are, they are two; else the run is one name ("Guinea-Bissau").
     */
    private List<int[]> hyphenedPair(Sentence sentence, int start, int end) {
        for (int h = start + 1; h < end - 1; h++) {
            String word = sentence.token(h).word();
            if ((word.equals("-") || word.equals("\u2013"))
                    && gazetteer.lookup(sentence.textOf(start, end)).isEmpty()
                    && gazetteer.lookup(sentence.textOf(start, h)).isPresent()
                    && gazetteer.lookup(sentence.textOf(h + 1, end)).isPresent()) {
                return List.of(new int[] {start, h}, new int[] {h + 1, end});
            }
        }
        return List.<int[]>of(new int[] {start, end});
    }

    /**
     * Whether a title and then a person's name follow: NER reads "Chinese Commerce" in "Chinese Commerce Minister Wang
     * Wentao" as an organisation, but the words are the minister's country and portfolio.
     */
    private boolean beforeTitleAndName(Sentence sentence, int end) {
        List<String> lower = sentence.tokens().stream().map(t -> t.word().toLowerCase(java.util.Locale.ROOT)).toList();
        int t = end;
        while (t < sentence.size()) {
            int title = Math.max(gazetteer.longestTitleAt(lower, t), sentence.token(t).ner().equals("TITLE") ? 1 : 0);
            if (title == 0) {
                break;
            }
            t += title;
        }
        return t > end && t < sentence.size() && sentence.token(t).ner().equals("PERSON");
    }

    /** The longest leading part of a portfolio phrase that names a known state or body: "Chinese", "EU". */
    private Optional<NamedMention> portfolioAffiliation(Sentence sentence, int start, int end) {
        for (int last = end; last > start; last--) {
            String words = sentence.textOf(start, last);
            Optional<String> country = gazetteer.countryOfDemonym(words);
            Optional<EntityKey> key = country.map(c -> new EntityKey(EntityType.COUNTRY, c))
                    .or(() -> gazetteer.lookup(words).map(MentionFinder::keyOf));
            if (key.isPresent()) {
                Span span = new Span(sentence.index(), start, last, headOf(sentence, start, last));
                return Optional.of(new NamedMention(span, words, key.get(), true));
            }
        }
        return Optional.empty();
    }

    private Optional<NamedMention> classify(Sentence sentence, int start, int end, String tag) {
        String surface = sentence.textOf(start, end);
        String name = Names.clean(surface);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        // A name has a capital letter; CoreNLP sometimes tags "the states" as a country.
        if (name.chars().noneMatch(Character::isUpperCase)) {
            return Optional.empty();
        }
        EntityType nerType = NER_TYPES.get(tag);
        Span span = new Span(sentence.index(), start, end, headOf(sentence, start, end));
        Optional<EntityKey> known = gazetteer.lookup(name).or(() -> gazetteer.lookup(titleCase(name)))
                .map(MentionFinder::keyOf);
        if (tag.equals("NATIONALITY")) {
            return gazetteer.countryOfDemonym(name)
                    .map(country -> new NamedMention(span, surface, new EntityKey(EntityType.COUNTRY, country), true));
        }
        // NER sees the context, the gazetteer does not: a person who shares a name with a place stays a person, and
        // a place NER found ("Georgia", the US state) is not turned into a country of the same name.
        boolean personNamedLikeSomethingElse = nerType == EntityType.PERSON && known.isPresent()
                && known.get().type() != EntityType.PERSON;
        boolean placeNamedLikeCountry = nerType == EntityType.PLACE && known.isPresent()
                && known.get().type() == EntityType.COUNTRY && gazetteer.lookup(name).filter(GazetteerEntry::governmentSeat).isEmpty();
        if (known.isPresent() && !personNamedLikeSomethingElse && !placeNamedLikeCountry) {
            return Optional.of(new NamedMention(span, surface, known.get(), true));
        }
        return Optional.of(new NamedMention(span, surface, new EntityKey(nerType, name), true));
    }

    /** "MOSCOW" (a dateline) → "Moscow"; other names are returned as they are. */
    private static String titleCase(String name) {
        if (!name.equals(name.toUpperCase(java.util.Locale.ROOT)) || name.length() <= 4) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length());
        boolean start = true;
        for (char c : name.toCharArray()) {
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return out.toString();
    }

    private List<NamedMention> gazetteerMentions(Sentence sentence) {
        List<String> words = sentence.tokens().stream().map(Token::word).toList();
        List<NamedMention> found = new ArrayList<>();
        for (GazetteerMatch match : gazetteer.findAll(words)) {
            // A name starts with a capital ("Bosnia and Herzegovina"); a sentence-initial pronoun is not a name.
            Token first = sentence.token(match.start());
            if (Character.isLowerCase(first.word().charAt(0)) || first.isPronoun()) {
                continue;
            }
            Span span = new Span(sentence.index(), match.start(), match.end(), headOf(sentence, match.start(), match.end()));
            found.add(new NamedMention(span, sentence.textOf(match.start(), match.end()), keyOf(match.entry()), false));
        }
        return found;
    }

    private static EntityKey keyOf(GazetteerEntry entry) {
        if (entry.governmentSeat() && entry.countryOfSeat() != null) {
            return new EntityKey(EntityType.COUNTRY, entry.countryOfSeat());
        }
        return new EntityKey(entry.type(), entry.canonicalName());
    }

    /** The token of the span whose governor lies outside it: the head of a multiword name. */
    static int headOf(Sentence sentence, int start, int end) {
        for (int i = end - 1; i >= start; i--) {
            int token = i;
            boolean governedInside = sentence.governors(token).stream()
                    .anyMatch(d -> d.governor() >= start && d.governor() < end && d.governor() != token);
            if (!governedInside) {
                return token;
            }
        }
        return end - 1;
    }
}
