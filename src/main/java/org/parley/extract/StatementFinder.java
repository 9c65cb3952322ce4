package org.parley.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.parley.nlp.AnnotatedDoc;
import org.parley.nlp.Dependency;
import org.parley.nlp.Quote;
import org.parley.nlp.Sentence;

/**
 * Turns attributed quotations into statements. The speaker comes first from the sentence's grammar — the subject of a
 * speech verb outside the quotation ("…,” Trump stated; Grushko was reported as saying …), through coreference when
 * it is a pronoun — and otherwise from CoreNLP's quote attribution. A quotation no one can be found for is left out.
 */
final class StatementFinder {

    /** How many sentences back a quotation still continues a speaker's remarks and takes their date. */
    private static final int CONTINUATION_SENTENCES = 2;
    private static final Set<String> FIRST_PERSON = Set.of("i", "we");
    /** Modals that say what someone must do ("should", "must"). */
    private static final Set<String> DEONTIC_MODALS = Lexicon.wordClass("deontic-modals");
    /** Offices and groups that speak for a side: "the foreign ministry", "officials". */
    private static final Set<String> SIDE_NOUNS = Lexicon.wordClass("side-nouns");
    /** Nouns that name a word: what is quoted right after one is mentioned, not said. */
    private static final Set<String> MENTIONING_NOUNS = Lexicon.wordClass("mentioning-nouns");

    private final Lexicon speechVerbs;
    private final Gazetteer gazetteer;
    private final IssueLexicon issues;

    StatementFinder(Lexicon speechVerbs, Gazetteer gazetteer, IssueLexicon issues) {
        this.speechVerbs = speechVerbs;
        this.gazetteer = gazetteer;
        this.issues = issues;
    }

    List<Act> find(AnnotatedDoc doc, DocEntities entities) {
        List<Act> acts = new ArrayList<>();
        Act previous = null;
        int previousSentence = -100;
        int previousFirstSentence = -100;
        for (Quote quote : doc.quotes()) {
            // A headline's quotation is restated in the body, where its speaker and time are.
            Sentence first = doc.sentence(quote.firstSentence());
            if (Headlines.isHeadline(first) || Headlines.isLeadingLine(doc, first)) {
                continue;
            }
            Set<EntityKey> namedInside = namedInside(quote, doc, entities);
            Optional<SpeechVerb> verb = speechVerb(doc, quote, entities, namedInside);
            Optional<EntityKey> speaker = verb.map(SpeechVerb::speaker);
            // "rejected the offer, calling it a “hypocritical peace show”": words quoted inside someone's own clause
            // are theirs, whoever CoreNLP's attribution (which looks for utterances) would pick.
            Optional<Integer> embedding = verb.isPresent() ? Optional.empty() : embeddingVerb(doc, quote);
            if (embedding.isPresent() && !isFragment(quote)) {
                speaker = speakerOf(doc.sentence(quote.firstSentence()), embedding.get(), entities)
                        .filter(k -> !namedInside.contains(k));
            }
            boolean continuesPrevious = previous != null
                    && quote.firstSentence() - previousSentence <= CONTINUATION_SENTENCES;
            boolean deontic = isDeontic(doc, quote);
            if (speaker.isEmpty() && continuesPrevious && standsAlone(doc, quote)) {
                // A paragraph that is only a quotation goes on with the previous speaker's remarks (news convention):
                // the same statement, unless one of the two says what others must do.
                if (previous.type() == ActType.STATEMENT && !deontic) {
                    Act merged = continued(doc, previous, previousFirstSentence, quote);
                    acts.set(acts.size() - 1, merged);
                    previous = merged;
                    previousSentence = quote.lastSentence();
                    continue;
                }
                speaker = Optional.of(previous.agents().get(0));
            }
            if (speaker.isEmpty() && !isFragment(quote) && embedding.isEmpty()) {
                // CoreNLP's attribution guesses well for whole utterances, poorly for scare quotes and titles.
                speaker = quote.speakerMention().flatMap(entities::in)
                        .or(() -> quote.canonicalSpeaker().flatMap(entities::byName))
                        .filter(key -> !namedInside.contains(key));
            }
            speaker = speaker.map(gazetteer::actorOf).filter(EntityKey::isActor);
            if (speaker.isEmpty() || isTitleQuote(doc, quote) || isMentionedWord(doc, quote)) {
                continue;
            }
            // "“The talks,” Lavrov said, “were useful.”": one utterance split around its attribution.
            boolean splitUtterance = previous != null && previous.type() == ActType.STATEMENT && !deontic
                    && quote.firstSentence() <= previousSentence && previous.agents().equals(List.of(speaker.get()));
            if (splitUtterance) {
                Act merged = continued(doc, previous, previousFirstSentence, quote);
                acts.set(acts.size() - 1, merged);
                previous = merged;
                continue;
            }
            // Undated quotations take the date of their speaker's remarks just before (see Discourse).
            When date = verb.flatMap(v -> dateOf(doc, v)).orElse(null);
            String label = entities.label(speaker.get()) + ": " + verb.filter(v -> isFragment(quote))
                    .flatMap(v -> reportedClause(doc, v)).map(StatementFinder::abbreviateClause)
                    .orElse("\u201C" + abbreviate(quote.text()) + "\u201D");
            // "Part of these guarantees should be the neutral status of Ukraine": a speaker saying what others must
            // do makes a demand.
            ActType type = deontic ? ActType.DEMAND : ActType.STATEMENT;
            EntityKey who = speaker.get();
            // A demand is made of the parties it names: "the refusal of NATO countries to accept it".
            List<EntityKey> addressees = !deontic ? List.of() : namedInside.stream()
                    .map(gazetteer::actorOf).filter(k -> k.isActor() && !k.equals(who)).distinct().toList();
            Act act = new Act(type, List.of(who), List.of(), addressees, topics(doc, quote),
                    quote.text(), date, null, null, null, null,
                    doc.textOfSentences(quote.firstSentence(), quote.lastSentence()), quote.begin(),
                    type.cameoRootCode(), label);
            acts.add(act);
            previous = act;
            previousSentence = quote.lastSentence();
            previousFirstSentence = quote.firstSentence();
        }
        return acts;
    }

    /** The issues the quoted words name. */
    private List<Issue> topics(AnnotatedDoc doc, Quote quote) {
        Set<Issue> found = new java.util.LinkedHashSet<>();
        for (int s = quote.firstSentence(); s <= quote.lastSentence(); s++) {
            Sentence sentence = doc.sentence(s);
            found.addAll(issues.find(sentence, t -> sentence.token(t).begin() > quote.begin()
                    && sentence.token(t).end() < quote.end()));
        }
        return List.copyOf(found);
    }

    /** People named inside a quotation are spoken about, not speaking: "I just had a call with President Putin". */
    private static Set<EntityKey> namedInside(Quote quote, AnnotatedDoc doc, DocEntities entities) {
        Set<EntityKey> inside = new HashSet<>();
        for (NamedMention m : entities.namedMentions()) {
            var first = doc.sentence(m.span().sentence()).token(m.span().start());
            if (first.begin() > quote.begin() && first.begin() < quote.end()) {
                inside.add(m.key());
            }
        }
        return inside;
    }

    /** A statement with one more quotation of the same remarks: the quotes joined, the evidence spanning both. */
    private Act continued(AnnotatedDoc doc, Act previous, int firstSentence, Quote quote) {
        String text = previous.quote() + " " + quote.text();
        java.util.LinkedHashSet<Issue> topics = new java.util.LinkedHashSet<>(previous.topics());
        topics.addAll(topics(doc, quote));
        String label = previous.label().substring(0, previous.label().indexOf(": "))
                + ": \u201C" + abbreviate(text) + "\u201D";
        return new Act(previous.type(), previous.agents(), List.of(), List.of(), List.copyOf(topics), text,
                previous.when(), null, null, null, null, doc.textOfSentences(firstSentence, quote.lastSentence()),
                previous.begin(), previous.cameoCode(), label);
    }

    /**
     * Whether the quotation says what others should or must do: a "should"/"must" whose clause has a subject other
     * than the speaker ("we must identify the pathways" commits the speaker; it demands nothing of others).
     */
    private static boolean isDeontic(AnnotatedDoc doc, Quote quote) {
        for (int s = quote.firstSentence(); s <= quote.lastSentence(); s++) {
            Sentence sentence = doc.sentence(s);
            for (Dependency d : sentence.dependencies()) {
                var modal = sentence.token(d.dependent());
                boolean inside = modal.begin() > quote.begin() && modal.end() < quote.end();
                if (inside && d.is("mark") && d.governor() >= 0 && isStipulation(sentence, d.dependent())
                        && namesAnotherParty(sentence, d.governor())) {
                    return true; // "will be observed provided that it is observed by the other side too"
                }
                boolean mustDo = d.is("aux") && DEONTIC_MODALS.contains(modal.word().toLowerCase(java.util.Locale.ROOT));
                // "would have to be freed": an obligation verb whose "to" clause is inside the quotation.
                boolean haveTo = ReportedStatements.isObligationClause(sentence, d)
                        && sentence.token(d.governor()).begin() > quote.begin();
                if (!inside || d.governor() < 0 || !mustDo && !haveTo) {
                    continue;
                }
                boolean selfCommitment = sentence.dependents(d.governor()).stream()
                        .filter(x -> x.relation().startsWith("nsubj"))
                        .anyMatch(x -> FIRST_PERSON.contains(sentence.token(x.dependent()).word().toLowerCase(java.util.Locale.ROOT)));
                if (!selfCommitment) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "provided (that)", "providing", "only if": a condition the speaker sets another party. */
    private static boolean isStipulation(Sentence sentence, int mark) {
        String word = sentence.token(mark).word().toLowerCase(java.util.Locale.ROOT);
        String before = mark > 0 ? sentence.token(mark - 1).word().toLowerCase(java.util.Locale.ROOT) : "";
        // The parser often makes "provided" a verb and "that" the clause's marker.
        return word.equals("provided") || word.equals("providing")
                || word.equals("that") && (before.equals("provided") || before.equals("providing"))
                || word.equals("if") && before.equals("only");
    }

    /** Whether a clause's subject or agent names a party: a name among its words ("by the Kyiv regime"). */
    private static boolean namesAnotherParty(Sentence sentence, int clause) {
        return sentence.dependents(clause).stream()
                .filter(d -> d.relation().startsWith("nsubj") || d.is("obl:agent") || d.is("obl:by"))
                .anyMatch(d -> Tree.subtree(sentence, d.dependent()).stream()
                        .anyMatch(t -> sentence.token(t).isProperNoun()));
    }

    /** Whether the quotation's sentences hold nothing but the quotation (no "he said" around it). */
    private static boolean standsAlone(AnnotatedDoc doc, Quote quote) {
        String around = doc.text().substring(doc.sentence(quote.firstSentence()).begin(), quote.begin())
                + doc.text().substring(quote.end(), Math.max(quote.end(), doc.sentence(quote.lastSentence()).end()));
        return around.chars().noneMatch(Character::isLetter);
    }

    /** A few words without a sentence's punctuation: "significant progress", "theft". */
    private static boolean isFragment(Quote quote) {
        return Discourse.isFragment(quote.text());
    }

    /**
     * A word quoted after a noun that names it ("avoided the word “sanctions”") is mentioned, not said by anyone.
     */
    private static boolean isMentionedWord(AnnotatedDoc doc, Quote quote) {
        Sentence sentence = doc.sentence(quote.firstSentence());
        return (isFragment(quote) || Discourse.isQuotedTerm(quote.text())) && sentence.tokens().stream()
                .filter(t -> t.end() <= quote.begin()).reduce((a, b) -> b)
                .filter(t -> MENTIONING_NOUNS.contains(t.word().toLowerCase(java.util.Locale.ROOT)))
                .isPresent();
    }

    /**
     * A quoted name hanging from a preposition is a title, not speech: speaking on CNN's "State of the Union".
     */
    private static boolean isTitleQuote(AnnotatedDoc doc, Quote quote) {
        if (quote.firstSentence() != quote.lastSentence()) {
            return false;
        }
        Sentence sentence = doc.sentence(quote.firstSentence());
        for (var token : sentence.tokens()) {
            if (token.begin() <= quote.begin() || token.end() >= quote.end()) {
                continue;
            }
            for (Dependency up : sentence.governors(token.index())) {
                boolean fromOutside = up.governor() >= 0 && (sentence.token(up.governor()).end() <= quote.begin()
                        || sentence.token(up.governor()).begin() >= quote.end());
                if (fromOutside && (up.is("obl") || up.is("nmod")) && token.isProperNoun()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The verb whose clause a one-sentence quotation is part of, as an object, complement or oblique ("calling it a
     * “peace show”", "condemned the launch as “a grave threat”"); empty for a quotation that is reported speech, the
     * complement or neighbour of a speech verb.
     */
    private Optional<Integer> embeddingVerb(AnnotatedDoc doc, Quote quote) {
        if (quote.firstSentence() != quote.lastSentence()) {
            return Optional.empty();
        }
        Sentence sentence = doc.sentence(quote.firstSentence());
        for (var token : sentence.tokens()) {
            if (token.begin() <= quote.begin() || token.end() >= quote.end()) {
                continue;
            }
            for (Dependency up : sentence.governors(token.index())) {
                // A word of another quotation governing this one joins two quoted pieces: "“... power plants,” and
                // “dividing up certain assets.”"
                if (up.governor() < 0 || up.is("punct") || inAnyQuote(doc, sentence.token(up.governor()))) {
                    continue;
                }
                boolean reported = up.is("ccomp") || up.is("parataxis") || up.is("dep");
                if (reported) {
                    return Optional.empty();
                }
                // Hung from a speech verb however the parser labelled it, the quotation is what was said.
                return verbAbove(sentence, up.governor())
                        .filter(verb -> !speechVerbs.contains(sentence.token(verb).lemma()));
            }
        }
        return Optional.empty();
    }

    private static boolean inAnyQuote(AnnotatedDoc doc, org.parley.nlp.Token token) {
        return doc.quotes().stream().anyMatch(q -> token.begin() > q.begin() && token.end() < q.end());
    }

    /** The word itself if a verb, else the nearest verb governing it. */
    private static Optional<Integer> verbAbove(Sentence sentence, int word) {
        int current = word;
        for (int step = 0; step < 4 && current >= 0; step++) {
            if (sentence.token(current).isVerb()) {
                return Optional.of(current);
            }
            current = sentence.governors(current).stream().map(Dependency::governor).findFirst().orElse(-1);
        }
        return Optional.empty();
    }

    private record SpeechVerb(int sentence, int token, EntityKey speaker) {
    }

    /** The speech verb nearest the quotation, outside it, in one of its sentences, whose speaker we can name. */
    private Optional<SpeechVerb> speechVerb(AnnotatedDoc doc, Quote quote, DocEntities entities,
                                            Set<EntityKey> namedInside) {
        SpeechVerb best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int s = quote.firstSentence(); s <= quote.lastSentence(); s++) {
            Sentence sentence = doc.sentence(s);
            for (int t = 0; t < sentence.size(); t++) {
                var token = sentence.token(t);
                if (!token.isVerb() || !speechVerbs.contains(token.lemma())
                        || token.begin() >= quote.begin() && token.end() <= quote.end()) {
                    continue;
                }
                // A state named inside the quotation is spoken about, unless an office of it speaks ("the Iranian
                // foreign ministry said “... Finland's requirements ...”").
                int verb = t;
                Optional<EntityKey> speaker = speakerOf(sentence, t, entities)
                        .filter(k -> !namedInside.contains(k) || spokenForByAnOffice(sentence, verb, entities));
                int distance = token.begin() < quote.begin() ? quote.begin() - token.end() : token.begin() - quote.end();
                if (speaker.isPresent() && distance < bestDistance) {
                    best = new SpeechVerb(s, t, speaker.get());
                    bestDistance = distance;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The speaker of a speech verb: its subject; for "X was quoted/reported as saying" the subject of the verb it
     * hangs from; for "Izvestia quoted X as saying" the object of "quote", and for "Izvestia quoted an official" no one
     * known.
     */
    private Optional<EntityKey> speakerOf(Sentence sentence, int verb, DocEntities entities) {
        if (ReportedStatements.relays(sentence, verb)) {
            // Whoever quotes or cites relays another's words ("the agency said, quoting two diplomats"): the
            // speaker is the one quoted or nobody known, never the subject.
            return firstEntity(sentence, sentence.dependents(verb, "obj"), entities);
        }
        Optional<EntityKey> subject = subjectOf(sentence, verb, entities);
        if (subject.isPresent()) {
            return subject;
        }
        for (Dependency up : sentence.governors(verb)) {
            // A participle the parser left hanging ("rejected the offer, calling it ...") is a clause of its own.
            boolean hangingParticiple = up.is("dep") && sentence.token(verb).pos().equals("VBG");
            if (up.governor() >= 0 && (up.is("advcl") || up.is("xcomp") || up.is("conj") || hangingParticiple)) {
                Optional<EntityKey> upper = subjectOf(sentence, up.governor(), entities);
                if (upper.isPresent()) {
                    return upper;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<EntityKey> subjectOf(Sentence sentence, int verb, DocEntities entities) {
        List<Integer> subjects = new ArrayList<>(sentence.dependents(verb, "nsubj"));
        subjects.addAll(sentence.dependents(verb, "nsubj:pass"));
        return firstEntity(sentence, subjects, entities)
                .or(() -> subjects.stream().map(s -> sideOfUnnamed(sentence, s, entities)).flatMap(Optional::stream)
                        .findFirst());
    }

    /** Whether a speech verb's subject is an unnamed office or group of a side, not a name. */
    private boolean spokenForByAnOffice(Sentence sentence, int verb, DocEntities entities) {
        List<Integer> subjects = sentence.dependents(verb, "nsubj");
        return firstEntity(sentence, subjects, entities).isEmpty()
                && subjects.stream().anyMatch(s -> sideOfUnnamed(sentence, s, entities).isPresent());
    }

    /**
     * "the Finnish foreign ministry said", "U.S. officials said": an unnamed office or group speaks for the state that
     * modifies it.
     */
    private Optional<EntityKey> sideOfUnnamed(Sentence sentence, int subject, DocEntities entities) {
        String word = sentence.token(subject).word().toLowerCase(java.util.Locale.ROOT);
        if (!SIDE_NOUNS.contains(word) && !gazetteer.isTitle(word)) {
            return Optional.empty();
        }
        for (Dependency d : sentence.dependents(subject)) {
            if (d.is("amod") || d.is("compound") || d.is("nmod:poss")) {
                Optional<EntityKey> side = entities.atOrNamed(sentence, d.dependent())
                        .filter(k -> k.type() == EntityType.COUNTRY || k.type() == EntityType.ORGANIZATION)
                        .or(() -> gazetteer.countryOfDemonym(sentence.token(d.dependent()).word())
                                .map(country -> new EntityKey(EntityType.COUNTRY, country)));
                if (side.isPresent()) {
                    return side;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<EntityKey> firstEntity(Sentence sentence, List<Integer> tokens, DocEntities entities) {
        for (int token : tokens) {
            Optional<EntityKey> key = entities.atOrNamed(sentence, token);
            if (key.isPresent()) {
                return key;
            }
        }
        return Optional.empty();
    }

    /**
     * When the speech verb's own time expression says ("said Sunday", "stated on Monday", "said last week"), or that of
     * the speech verb whose clause it is in ("noted in a letter Friday it replied “favourably”").
     */
    private Optional<When> dateOf(AnnotatedDoc doc, SpeechVerb verb) {
        Sentence sentence = doc.sentence(verb.sentence());
        Optional<When> own = dateOf(doc, sentence, verb.token());
        if (own.isPresent()) {
            return own;
        }
        return sentence.governors(verb.token()).stream()
                .filter(d -> d.governor() >= 0 && d.is("ccomp") && speechVerbs.contains(Tree.lemma(sentence, d.governor())))
                .map(d -> dateOf(doc, sentence, d.governor()))
                .flatMap(Optional::stream).findFirst();
    }

    private static Optional<When> dateOf(AnnotatedDoc doc, Sentence sentence, int verb) {
        Dates.Tense tense = Dates.isPastTense(sentence, verb) ? Dates.Tense.PAST : Dates.Tense.UNKNOWN;
        Optional<When> own = Dates.ofHead(sentence, verb, tense, doc.date());
        if (own.isPresent()) {
            return own;
        }
        // "replied in a letter on Friday", "told reporters in an interview on Sunday": the time of the occasion.
        return sentence.dependents(verb).stream()
                .filter(d -> Set.of("obl:in", "obl:during", "obl:at").contains(d.relation())
                        && sentence.token(d.dependent()).isNoun())
                .map(d -> Dates.ofHead(sentence, d.dependent(), tense, doc.date()))
                .flatMap(Optional::stream).findFirst();
    }

    /**
     * "X said the “modest” gains on fishing quotas would hold through the winter": a few quoted words inside a reported
     * clause say less than the clause, which is what the statement is about.
     */
    private static Optional<String> reportedClause(AnnotatedDoc doc, SpeechVerb verb) {
        Sentence sentence = doc.sentence(verb.sentence());
        java.util.BitSet clause = new java.util.BitSet();
        sentence.dependents(verb.token(), "ccomp").forEach(c -> clause.or(Tree.subtree(sentence, c)));
        if (clause.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(sentence.textOf(clause.nextSetBit(0), clause.length()));
    }

    /** A reported clause as a label: as long as an act's label ({@link ActParts#label}). */
    private static String abbreviateClause(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 140 ? oneLine : oneLine.substring(0, 137).strip() + "\u2026";
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77).strip() + "\u2026";
    }
}
