package org.parley.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.nlp.AnnotatedDoc;
import org.parley.nlp.Dependency;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * Rules across the acts of one article, applied once every act is found: how news text spreads one speech event
 * over several sentences.
 */
final class Discourse {

    /** How many sentences on a speaker's remarks still belong to the occasion that dated them. */
    private static final int SAME_OCCASION_SENTENCES = 3;
    /** Speech verbs that go on with the occasion of the statement before: "Abiy added". */
    private static final java.util.Set<String> CONTINUING_VERBS = Lexicon.wordClass("continuing-verbs");

    /**
     * What a clause so marked, or a relative clause, tells happened around another event, not on the report's day:
     * "When Trump proposed a ceasefire", "an idea with which Ukraine agreed".
     */
    private static final java.util.Set<String> BACKGROUND_MARKS = java.util.Set.of("when", "after", "before", "since",
            "while", "as", "once", "until");

    /** Acts done by saying them: proposing, demanding, threatening, refusing, accusing. */
    private static final java.util.Set<ActType> SAID_ACTS = java.util.Set.of(ActType.PROPOSAL, ActType.DEMAND,
            ActType.THREAT, ActType.REJECTION, ActType.ACCUSATION);
    /**
     * Acts a later sentence reports again as the same act: a proposal is one offer on the table ("the US plan"). An
     * agreement is reported clause by clause ("agreed to halt fighting", then "agreed to work towards a truce"), each
     * a commitment of its own, so acceptances are not merged.
     */
    private static final java.util.Set<ActType> ONCE_ACTS = java.util.Set.of(ActType.PROPOSAL);
    private static final java.util.Set<String> SPEECH_VERBS =
            Lexicon.load("/org/parley/extract/speech-verbs.txt").entries();

    private Discourse() {
    }

    /**
     * @param sides whom each person represents: Grushko's words may state Russia's demand
     */
    static List<Act> apply(AnnotatedDoc doc, List<Act> acts, Map<EntityKey, EntityKey> sides) {
        List<Act> folded = oneStatementPerSentence(doc,
                foldQuotedActs(doc, foldFragmentQuotes(doc, acts, sides), sides), sides);
        // A later mention of a meeting is merged before undated acts are dated by the report ("the talks ended").
        List<Act> once = datedByTheReport(doc, atTheMeeting(oneMeetingOnce(oneOfferOnce(doc,
                backgroundMentionsOnce(doc, inheritDates(doc, foldReportedActs(doc, folded, sides))), sides)), sides));
        return Counterparts.fill(once, sides);
    }

    /**
     * "Otieno described Monday as “a good day for both nations”": the quotation and the verb that frames it are one
     * statement of one party in one sentence. The first statement of the party in the sentence stays, with the
     * quotation if it had none, and the addressees and topics of both.
     */
    private static List<Act> oneStatementPerSentence(AnnotatedDoc doc, List<Act> acts,
                                                     Map<EntityKey, EntityKey> sides) {
        List<Act> result = new ArrayList<>();
        for (Act act : acts) {
            int sentence = sentenceOf(doc, act.begin());
            Optional<Act> earlier = act.type() != ActType.STATEMENT ? Optional.empty() : result.stream()
                    .filter(other -> other.type() == ActType.STATEMENT && sentenceOf(doc, other.begin()) == sentence
                            && sameParty(other, act, sides))
                    .findFirst();
            if (earlier.isEmpty()) {
                result.add(act);
                continue;
            }
            Act kept = earlier.get();
            List<Issue> topics = new ArrayList<>(kept.topics());
            act.topics().stream().filter(t -> !topics.contains(t)).forEach(topics::add);
            List<EntityKey> addressees = new ArrayList<>(kept.addressees());
            act.addressees().stream().filter(a -> !addressees.contains(a)).forEach(addressees::add);
            Act merged = new Act(kept.type(), kept.agents(), kept.participants(), addressees, topics,
                    kept.quote() != null ? kept.quote() : act.quote(), kept.when() != null ? kept.when() : act.when(),
                    kept.location(), kept.status(), kept.condition(), kept.respondsTo(), kept.evidence(), kept.begin(),
                    kept.cameoCode(), kept.label(), kept.laterEvidence());
            result.set(result.indexOf(kept), merged);
        }
        return result;
    }

    /**
     * "Chad and Niger signed the accord in Doha. After signing it, the two ministers held a press conference": an act
     * set as the background of another ("after signing", "before signing", "following"), by a party of an act of its
     * kind an earlier sentence reported, is that act mentioned again, not a new one.
     */
    private static List<Act> backgroundMentionsOnce(AnnotatedDoc doc, List<Act> acts) {
        List<Act> ordered = new ArrayList<>(acts);
        ordered.sort(Comparator.comparingInt(Act::begin));
        List<Act> result = new ArrayList<>();
        for (Act act : ordered) {
            int sentence = sentenceOf(doc, act.begin());
            int earlier = -1;
            for (int i = result.size() - 1; i >= 0 && earlier < 0; i--) {
                Act e = result.get(i);
                boolean same = e.type() == act.type() && act.type() != ActType.STATEMENT
                        && sentenceOf(doc, e.begin()) < sentence
                        && act.agents().stream().anyMatch(e.agents()::contains);
                earlier = same ? i : -1;
            }
            if (earlier >= 0 && isBackground(doc, act)) {
                result.set(earlier, result.get(earlier).mentionedAgainIn(act.evidence()));
            } else {
                result.add(act);
            }
        }
        return result;
    }

    /**
     * "Eritrea has declared a truce ... On Saturday, Eritrea announced a three-day truce ... Eritrea proposed the truce
     * after ...": a later sentence that reports again a proposal the article reported already, by the same sides, on
     * a shared issue, with no other day, mentions that act again; it is not a new one. Answers to either mention
     * answer the act.
     */
    private static List<Act> oneOfferOnce(AnnotatedDoc doc, List<Act> acts, Map<EntityKey, EntityKey> sides) {
        List<Act> ordered = new ArrayList<>(acts);
        ordered.sort(Comparator.comparingInt(Act::begin));
        List<Act> result = new ArrayList<>();
        Map<Act.ActRef, Act.ActRef> movedTo = new java.util.HashMap<>();
        for (Act act : ordered) {
            int sentence = sentenceOf(doc, act.begin());
            int first = -1;
            for (int i = 0; i < result.size() && first < 0; i++) {
                Act e = result.get(i);
                boolean same = ONCE_ACTS.contains(act.type()) && e.type() == act.type()
                        && sentenceOf(doc, e.begin()) < sentence
                        && sidesOf(e, sides).equals(sidesOf(act, sides))
                        && e.topics().stream().anyMatch(act.topics()::contains)
                        && (act.when() == null || e.when() == null || act.when().equals(e.when()));
                first = same ? i : -1;
            }
            if (first < 0) {
                result.add(act);
                continue;
            }
            Act earlier = result.get(first);
            // A lead sums up ("Putin has declared a truce"); the sentence that says when reports the act ("Putin on
            // Saturday announced a truce, saying ..."), and is its evidence.
            boolean reportedLater = earlier.when() == null && act.when() != null;
            Act report = reportedLater ? act : earlier;
            Act mention = reportedLater ? earlier : act;
            Act merged = report.mentionedAgainIn(mention.evidence());
            for (String other : mention.laterEvidence()) {
                merged = merged.mentionedAgainIn(other);
            }
            if (merged.addressees().isEmpty()) {
                merged = merged.withAddressees(mention.addressees());
            }
            result.set(first, merged);
            movedTo.put(mention.ref(), merged.ref());
        }
        return result.stream().map(a -> a.respondsTo() != null && movedTo.containsKey(a.respondsTo())
                ? a.withRespondsTo(movedTo.get(a.respondsTo())) : a).toList();
    }

    /** The sides an act's agents speak for: a person counts as the state or body they represent. */
    private static java.util.Set<EntityKey> sidesOf(Act act, Map<EntityKey, EntityKey> sides) {
        return act.agents().stream().map(a -> sides.getOrDefault(a, a))
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Whether an act's word is a gerund or noun set as the time of another event: "after signing", "following". */
    private static boolean isBackground(AnnotatedDoc doc, Act act) {
        Sentence sentence = doc.sentence(sentenceOf(doc, act.begin()));
        int word = Tree.tokenAt(sentence, act.begin());
        return word >= 0 && (sentence.dependents(word, "mark").stream()
                .anyMatch(m -> BACKGROUND_MARKS.contains(Tree.lower(sentence, m)))
                || sentence.dependents(word, "case").stream()
                .anyMatch(m -> BACKGROUND_MARKS.contains(Tree.lower(sentence, m))));
    }

    /**
     * One meeting once: a later mention of a meeting the article already reported ("the talks", "the Stockholm talks"
     * again), with the same participants, the same status and no other date, is that meeting, not another one. The
     * first mention stays the act's evidence; later mentions are recorded as its later evidence.
     */
    private static List<Act> oneMeetingOnce(List<Act> acts) {
        List<Act> result = new ArrayList<>();
        List<Act> ordered = new ArrayList<>(acts);
        ordered.sort(Comparator.comparingInt(Act::begin));
        for (Act act : ordered) {
            int first = -1;
            for (int i = 0; act.type() == ActType.MEETING && i < result.size() && first < 0; i++) {
                Act e = result.get(i);
                boolean same = e.type() == ActType.MEETING
                        && new java.util.HashSet<>(e.participants()).equals(new java.util.HashSet<>(act.participants()))
                        && java.util.Objects.equals(act.status(), e.status())
                        && (act.when() == null || e.when() == null || act.when().equals(e.when()));
                first = same ? i : -1;
            }
            if (first < 0) {
                result.add(act);
            } else {
                Act kept = result.get(first).mentionedAgainIn(act.evidence());
                // One meeting: the day one of its mentions gives is its day.
                result.set(first, kept.when() == null && act.when() != null ? kept.withWhen(act.when()) : kept);
            }
        }
        return result;
    }

    /**
     * "Kenya and Ethiopia met in Nairobi on Monday. The two sides agreed to reopen the border": what the parties of a
     * dated meeting did together, reported after it without a time of its own, they did at that meeting (the latest
     * dated meeting the article reported before it).
     */
    private static List<Act> atTheMeeting(List<Act> acts, Map<EntityKey, EntityKey> sides) {
        List<Act> ordered = new ArrayList<>(acts);
        ordered.sort(Comparator.comparingInt(Act::begin));
        List<Act> result = new ArrayList<>();
        Act lastMeeting = null;
        for (Act act : ordered) {
            if (act.type() == ActType.MEETING && act.when() != null && act.participants().size() >= 2) {
                lastMeeting = act;
            }
            java.util.Set<EntityKey> agentSides = new java.util.HashSet<>();
            act.agents().forEach(a -> agentSides.add(sides.getOrDefault(a, a)));
            boolean joint = act.type() != ActType.MEETING && act.type() != ActType.STATEMENT && act.when() == null
                    && agentSides.size() >= 2;
            boolean sameParties = lastMeeting != null && joint && lastMeeting.participants().stream()
                    .map(p -> sides.getOrDefault(p, p)).collect(java.util.stream.Collectors.toSet())
                    .containsAll(agentSides);
            result.add(sameParties ? act.withWhen(lastMeeting.when()) : act);
        }
        return result;
    }

    /**
     * An act the text reports in the simple past or present without saying when ("Bessent said Washington would cut
     * its tariffs", "Vucic rejected the demand", "“...,” Katz said") happened on the day of the report, as event
     * coders date such events (ICEWS, Phoenix): news reports the day's events that way, and puts older ones in the
     * perfect ("has proposed") or gives their time ("in 2023"). Nominal acts ("Russia's demands") have no tense and
     * stay undated, and so does the background of a relative or temporal clause.
     */
    private static List<Act> datedByTheReport(AnnotatedDoc doc, List<Act> acts) {
        List<Act> result = new ArrayList<>();
        for (Act act : acts) {
            Sentence sentence = doc.sentence(sentenceOf(doc, act.begin()));
            boolean ownTime = sentence.tokens().stream().anyMatch(t -> "DATE".equals(t.ner()));
            // A quotation is dated by the verb that reports it, the sentence's main verb ("“...,” Katz said").
            int word = act.quote() != null && act.type() == ActType.STATEMENT
                    ? rootOf(sentence) : Tree.tokenAt(sentence, act.begin());
            // "said that it would respond if ...", "“We will not sign,” he said": an act done by saying it happens
            // when it is said, whatever the tense of its clause.
            if (word >= 0 && SAID_ACTS.contains(act.type())) {
                int reporting = reportingVerb(sentence, word);
                word = reporting >= 0 ? reporting : act.quote() != null ? rootOf(sentence) : word;
            }
            // "held a meeting", "made a proposal", "the talks ended": a noun carried by its verb, or the subject of
            // one, is reported in that verb's tense.
            if (word >= 0 && sentence.token(word).isNoun()) {
                word = sentence.governors(word).stream()
                        .filter(d -> d.governor() >= 0 && (d.is("obj") || d.relation().equals("nsubj"))
                                && sentence.token(d.governor()).isVerb())
                        .map(Dependency::governor).findFirst().orElse(word);
            }
            boolean simpleReport = word >= 0 && isSimpleTense(sentence, word) && !isBackground(sentence, word);
            result.add(act.when() == null && !ownTime && simpleReport ? act.withWhen(When.day(doc.date())) : act);
        }
        return result;
    }

    /** The speech verb whose clause a word is in, a few clauses up ("said that it would respond"), or -1. */
    private static int reportingVerb(Sentence sentence, int word) {
        int current = word;
        for (int step = 0; step < 3; step++) {
            Optional<Dependency> up = sentence.governors(current).stream()
                    .filter(d -> d.governor() >= 0 && (d.is("ccomp") || d.is("xcomp") || d.is("parataxis")))
                    .findFirst();
            if (up.isEmpty()) {
                return -1;
            }
            current = up.get().governor();
            if (SPEECH_VERBS.contains(Tree.lemma(sentence, current))) {
                return current;
            }
        }
        return -1;
    }

    private static boolean isSimpleTense(Sentence sentence, int verb) {
        return java.util.Set.of("VBD", "VBZ", "VBP").contains(sentence.token(verb).pos())
                && sentence.dependents(verb).stream().noneMatch(d -> d.relation().startsWith("aux"));
    }

    private static boolean isBackground(Sentence sentence, int verb) {
        boolean marked = sentence.dependents(verb).stream().anyMatch(d -> (d.is("mark") || d.is("advmod"))
                && BACKGROUND_MARKS.contains(sentence.token(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT)));
        return marked || sentence.governors(verb).stream().anyMatch(d -> d.relation().startsWith("acl"));
    }

    private static int rootOf(Sentence sentence) {
        return sentence.dependencies().stream().filter(d -> d.governor() == Dependency.ROOT)
                .mapToInt(Dependency::dependent).findFirst().orElse(-1);
    }

    /**
     * "Russia has stated it will demand guarantees", "Putin said Russia would agree only if ...", "the mediator said
     * both sides had agreed to a truce": a reported statement whose clause is an act is that act, whoever reports it.
     * A careful reader codes the reported act, not a statement beside it (the granularity of the evaluation's gold);
     * the sentence, with its reporter, stays the act's evidence.
     */
    private static List<Act> foldReportedActs(AnnotatedDoc doc, List<Act> acts, Map<EntityKey, EntityKey> sides) {
        return acts.stream().filter(statement -> !(statement.type() == ActType.STATEMENT && statement.quote() == null
                && acts.stream().anyMatch(other -> other.type() != ActType.STATEMENT
                        && sentenceOf(doc, other.begin()) == sentenceOf(doc, statement.begin())
                        && reports(doc.sentence(sentenceOf(doc, other.begin())), statement, other))))
                .toList();
    }

    /**
     * Whether a statement's speech verb reports an act: the act is in its clause ("said it will demand"), the speech
     * verb is a parenthesis to it ("The UAE offered to host talks, an Emirati official said"), or the statement is an
     * attribution of the whole sentence ("according to ...").
     */
    private static boolean reports(Sentence sentence, Act statement, Act act) {
        int speech = Tree.tokenAt(sentence, statement.begin());
        int reported = Tree.tokenAt(sentence, act.begin());
        boolean parenthesis = sentence.governors(speech).stream()
                .anyMatch(d -> d.governor() == reported && d.is("parataxis"));
        // "X closed the crossing, according to a note circulated by Y": the sentence is what the source reports.
        boolean attribution = Tree.lower(sentence, speech).equals("according");
        return parenthesis || attribution || isInReportedClause(sentence, act, statement);
    }

    /**
     * Whether an act is the reported clause itself ("said it will demand", "said ... and called on"), reached from the
     * speech verb through clauses and their objects only: not an act named inside a noun phrase of what is reported
     * ("said Addis Ababa had rejected every compromise put forward by Cairo", said by Egypt's minister).
     */
    private static boolean isInReportedClause(Sentence sentence, Act act, Act statement) {
        int speech = Tree.tokenAt(sentence, statement.begin());
        java.util.Set<Integer> reached = new java.util.HashSet<>();
        List<Integer> frontier = List.of(Tree.tokenAt(sentence, act.begin()));
        for (int step = 0; step < 6 && !frontier.isEmpty(); step++) {
            if (frontier.contains(speech)) {
                return true;
            }
            List<Integer> next = new ArrayList<>();
            for (int token : frontier) {
                for (Dependency up : sentence.governors(token)) {
                    // "said the vote was a threat and accused Maduro": a verb joined to the speech verb itself is the
                    // speaker's second act, not what the first reports.
                    boolean sibling = up.is("conj") && up.governor() == speech
                            && !sentence.dependents(speech, "ccomp").isEmpty();
                    // "hailed the day as historic as they signed the deal": a clause of time beside the words is
                    // not what they report.
                    boolean background = up.relation().startsWith("advcl") && sentence.dependents(token, "mark")
                            .stream().anyMatch(m -> BACKGROUND_MARKS.contains(Tree.lower(sentence, m)));
                    // "Appearing by video link, the minister said ...": a participle opening the sentence is the
                    // speaker's circumstance, not what is said.
                    boolean circumstance = up.relation().startsWith("advcl") && up.governor() == speech
                            && token < speech && sentence.token(token).pos().matches("VBG|VBN")
                            && sentence.dependents(token, "mark").isEmpty();
                    // ("dep": the parser's name for a clause it could not attach, "said that X had agreed ..., the
                    // Times reports".)
                    boolean clausal = !sibling && !background && !circumstance && (up.is("ccomp") || up.is("xcomp")
                            || up.is("conj") || up.is("parataxis") || up.is("advcl") || up.is("obj") || up.is("dep"));
                    if (clausal && up.governor() >= 0 && reached.add(up.governor())) {
                        next.add(up.governor());
                    }
                }
            }
            frontier = next;
        }
        return false;
    }

    /**
     * Whether an act (not itself a quotation) is expressed by a word inside a quotation's marks: "“I want to
     * congratulate you,” Trump said" is one statement, the thanks, in those words.
     */
    private static boolean isInside(Act act, Act quoted) {
        int end = quoted.begin() + quoted.quote().length() + 2;
        return act != quoted && act.quote() == null && act.begin() > quoted.begin() && act.begin() < end;
    }

    /** Whether two acts are by the same party: the same agent, or a person and the side they represent. */
    private static boolean sameParty(Act a, Act b, Map<EntityKey, EntityKey> sides) {
        for (EntityKey x : a.agents()) {
            for (EntityKey y : b.agents()) {
                if (x.equals(y) || y.equals(sides.get(x)) || x.equals(sides.get(y))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean sameSentence(AnnotatedDoc doc, Act a, Act b) {
        return sentenceOf(doc, a.begin()) == sentenceOf(doc, b.begin());
    }

    /** Whether an act is read from a verb (or an adjective: "we are ready to sign"), not from a noun. */
    private static boolean isVerbAct(AnnotatedDoc doc, Act act) {
        Sentence sentence = doc.sentence(sentenceOf(doc, act.begin()));
        int word = Tree.tokenAt(sentence, act.begin());
        return word < 0 || !sentence.token(word).isNoun();
    }

    /**
     * "announced he would double the tariffs: “They are going to pay”": a said act whose sentence goes on, after a
     * colon, into a quotation is said in those words.
     */
    private static boolean introduces(AnnotatedDoc doc, Act act, Act quoted) {
        return act != quoted && SAID_ACTS.contains(act.type()) && act.quote() == null && act.begin() < quoted.begin()
                && sentenceOf(doc, act.begin()) == sentenceOf(doc, quoted.begin())
                && doc.text().substring(0, quoted.begin()).stripTrailing().endsWith(":");
    }

    /**
     * A quotation that holds an act of its speaker ("“We will demand ironclad guarantees,” Grushko said") is that
     * act in the speaker's words: the act keeps the quotation, and no separate statement is made of it.
     */
    private static List<Act> foldQuotedActs(AnnotatedDoc doc, List<Act> acts, Map<EntityKey, EntityKey> sides) {
        List<Act> result = new ArrayList<>();
        List<Act> absorbed = new ArrayList<>();
        for (Act quoted : acts) {
            if (quoted.type() != ActType.STATEMENT || quoted.quote() == null) {
                continue;
            }
            // A noun inside the quotation ("reflects Finland's requirements") names an act; a verb does it.
            // It must be in the sentence the statement is read from: a quotation that goes on into later sentences
            // ("“We landed at noon,” she said. “Then we will visit Chad”") stays a statement of its first
            // sentence.
            boolean holdsAct = acts.stream().anyMatch(inner -> (isInside(inner, quoted) && isVerbAct(doc, inner)
                    && sameSentence(doc, inner, quoted)
                    || introduces(doc, inner, quoted)) && sameParty(inner, quoted, sides));
            if (holdsAct) {
                absorbed.add(quoted);
            }
        }
        for (Act act : acts) {
            if (absorbed.contains(act)) {
                continue;
            }
            Act container = absorbed.stream()
                    .filter(q -> (isInside(act, q) && isVerbAct(doc, act) && sameSentence(doc, act, q)
                            || introduces(doc, act, q))
                            && sameParty(act, q, sides))
                    .findFirst().orElse(null);
            if (container == null) {
                result.add(act);
                continue;
            }
            // "Speaking on Thursday, Ruto said: “We are ready to sign”": said then, offered then.
            Act quoted = act.withQuote(container.quote());
            result.add(quoted.when() == null && container.when() != null ? quoted.withWhen(container.when()) : quoted);
        }
        return result;
    }

    /**
     * A few quoted words inside a sentence that states another act — of the same party, or whose word comes before
     * them — are that act's words, not a statement of their own (a meeting says nothing, so it takes no words):
     * "Zelensky accused Moscow of trying to “improve
     * their situation on the battlefield”", "Grushko stated that Moscow would require “ironclad security guarantees”".
     */
    private static List<Act> foldFragmentQuotes(AnnotatedDoc doc, List<Act> acts, Map<EntityKey, EntityKey> sides) {
        List<Act> result = new ArrayList<>();
        List<Act> folded = new ArrayList<>();
        for (Act act : acts) {
            if (act.type() != ActType.STATEMENT || act.quote() == null
                    || !isFragment(act.quote()) && !isQuotedTerm(act.quote())) {
                continue;
            }
            int sentence = sentenceOf(doc, act.begin());
            acts.stream()
                    .filter(other -> takesFragment(doc, other, act, sides))
                    .findFirst()
                    .ifPresent(other -> folded.add(act));
        }
        for (Act act : acts) {
            if (folded.contains(act)) {
                continue;
            }
            Act fragment = folded.stream()
                    .filter(f -> takesFragment(doc, act, f, sides))
                    .findFirst().orElse(null);
            result.add(fragment == null ? act : act.withQuote(fragment.quote()));
        }
        return result;
    }

    /**
     * Whether an act of a fragment's sentence takes the quoted words as its own: an act of the same party or whose
     * word comes first; a meeting, which says nothing, only words quoted inside its own phrase ("hosted the two leaders
     * for a “peace summit”"), not what someone said beside it.
     */
    private static boolean takesFragment(AnnotatedDoc doc, Act act, Act fragment, Map<EntityKey, EntityKey> sides) {
        boolean candidate = act.type() != ActType.STATEMENT && act.quote() == null
                && sentenceOf(doc, act.begin()) == sentenceOf(doc, fragment.begin())
                && (sameParty(act, fragment, sides)
                || act.begin() < fragment.begin() && quotedInsidePhrase(doc, fragment, act)
                || reportedTogether(doc, fragment, act));
        return candidate && (act.type() != ActType.MEETING || quotedInsidePhrase(doc, fragment, act));
    }

    /**
     * "Barbut said Russia and “many” emerging countries were resisting the text": quoted words and an act that one
     * speech verb reports are one report, and the words are the act's.
     */
    private static boolean reportedTogether(AnnotatedDoc doc, Act fragment, Act act) {
        Sentence sentence = doc.sentence(sentenceOf(doc, act.begin()));
        int quoted = firstWordAfter(sentence, fragment.begin());
        int speech = speechVerbAbove(sentence, Tree.tokenAt(sentence, act.begin()));
        return speech >= 0 && quoted >= 0 && speech == speechVerbAbove(sentence, quoted);
    }

    /** The first speech verb a few steps up the governors of a word, or -1. */
    private static int speechVerbAbove(Sentence sentence, int word) {
        int current = word;
        for (int step = 0; current >= 0 && step < 5; step++) {
            current = sentence.governor(current).map(Dependency::governor).orElse(-1);
            if (current >= 0 && sentence.token(current).isVerb()
                    && SPEECH_VERBS.contains(Tree.lemma(sentence, current))) {
                return current;
            }
        }
        return -1;
    }

    private static int firstWordAfter(Sentence sentence, int offset) {
        return sentence.tokens().stream().filter(t -> t.begin() > offset && Character.isLetterOrDigit(
                t.word().charAt(0))).mapToInt(Token::index).findFirst().orElse(-1);
    }

    private static boolean quotedInsidePhrase(AnnotatedDoc doc, Act fragment, Act act) {
        Sentence sentence = doc.sentence(sentenceOf(doc, act.begin()));
        int word = Tree.tokenAt(sentence, act.begin());
        int quoted = firstWordAfter(sentence, fragment.begin());
        for (int current = quoted, step = 0; current >= 0 && step < 5; step++) {
            if (current == word) {
                return true;
            }
            current = sentence.governor(current).map(Dependency::governor).orElse(-1);
        }
        return false;
    }

    /**
     * A statement the text does not date takes the date of the same speaker's statement just before it: "Trump said
     * on Sunday ... Trump noted ..." are remarks of one occasion; so are another speaker's words that are "added" to
     * them ("Speaking on Thursday, Ruto said ... Abiy added").
     */
    private static List<Act> inheritDates(AnnotatedDoc doc, List<Act> acts) {
        List<Act> ordered = new ArrayList<>(acts);
        ordered.sort(Comparator.comparingInt(Act::begin));
        List<Act> result = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Act act = ordered.get(i);
            When inherited = null;
            int sentence = sentenceOf(doc, act.begin());
            // A sentence with a time expression of its own ("In June, Putin said") is not the same occasion.
            boolean ownTime = doc.sentence(sentence).tokens().stream().anyMatch(t -> "DATE".equals(t.ner()));
            // "Speaking on Thursday, Ruto said ... Abiy added": "added" goes on with the same occasion.
            boolean continues = doc.sentence(sentence).tokens().stream()
                    .anyMatch(t -> t.isVerb() && CONTINUING_VERBS.contains(t.lemma()));
            if (act.type() == ActType.STATEMENT && act.when() == null && !ownTime) {
                for (int j = result.size() - 1; j >= 0; j--) {
                    Act before = result.get(j);
                    if (sentence - sentenceOf(doc, before.begin()) > SAME_OCCASION_SENTENCES) {
                        break;
                    }
                    boolean spoken = before.type() == ActType.STATEMENT || before.quote() != null;
                    if (continues && spoken && before.when() != null
                            || before.type() == ActType.STATEMENT && before.agents().equals(act.agents())) {
                        inherited = before.when();
                        break;
                    }
                }
            }
            // ("future cooperation" is a DATE to SUTime, but no time of the act.)
            boolean ownDay = doc.sentence(sentence).tokens().stream()
                    .anyMatch(t -> Dates.whenOf(t, Dates.Tense.PAST, doc.date()).isPresent());
            if (act.when() == null && act.type() != ActType.STATEMENT && !ownDay && isAdditive(doc, act)) {
                // "They agreed on Tuesday to ... The sides also agreed to ...": "also" adds to the same occasion.
                for (int j = result.size() - 1; j >= 0 && inherited == null; j--) {
                    Act before = result.get(j);
                    if (before.type() == act.type() && before.when() != null && sameParties(before, act)) {
                        inherited = before.when();
                    }
                }
            }
            result.add(inherited == null ? act : act.withWhen(inherited));
        }
        return result;
    }

    /** Whether an act's word is modified by "also": the act adds to another of the same kind. */
    private static boolean isAdditive(AnnotatedDoc doc, Act act) {
        Sentence sentence = doc.sentence(sentenceOf(doc, act.begin()));
        int word = Tree.tokenAt(sentence, act.begin());
        return word >= 0 && sentence.dependents(word, "advmod").stream()
                .anyMatch(a -> Tree.lower(sentence, a).equals("also"));
    }

    /** The same parties: the same agents (a meeting's, its participants), in any order. */
    private static boolean sameParties(Act a, Act b) {
        List<EntityKey> x = a.type() == ActType.MEETING ? a.participants() : a.agents();
        List<EntityKey> y = b.type() == ActType.MEETING ? b.participants() : b.agents();
        return !x.isEmpty() && new java.util.HashSet<>(x).equals(new java.util.HashSet<>(y));
    }

    /**
     * A few quoted words rather than an utterance: no closing punctuation, and short or starting mid-sentence
     * ("significant progress", "improve their situation on the battlefield").
     */
    static boolean isFragment(String quote) {
        String text = quote.strip();
        boolean utteranceEnd = text.matches(".*[.!?,]$");
        boolean startsMidSentence = !text.isEmpty() && Character.isLowerCase(text.charAt(0));
        return !utteranceEnd && (text.split("\\s+").length <= 5 || startsMidSentence);
    }

    /**
     * A few lowercase words in quotation marks, even with the comma American style puts inside them: a term the
     * writer quotes ("hosted the leaders for a “peace summit,” aimed at ..."), folded like a fragment.
     */
    static boolean isQuotedTerm(String quote) {
        String text = quote.strip();
        return !text.isEmpty() && Character.isLowerCase(text.charAt(0)) && text.split("\\s+").length <= 5;
    }

    private static int sentenceOf(AnnotatedDoc doc, int offset) {
        for (Sentence s : doc.sentences()) {
            if (offset < s.end()) {
                return s.index();
            }
        }
        return doc.sentences().size() - 1;
    }
}
