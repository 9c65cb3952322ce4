package org.parley.extract;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parley.nlp.AnnotatedDoc;
import org.parley.nlp.CorefChain;
import org.parley.nlp.Mention;
import org.parley.nlp.MentionKind;
import org.parley.nlp.Sentence;
import org.parley.nlp.Span;

/**
 * Merges the mentions of one article into entities: "Vladimir Putin", "Putin", "the Russian leader" and "he" become
 * one person. Names merge by their words (a surname alone joins the full name it belongs to); other mentions join
 * through coreference chains.
 */
final class EntityResolver {

    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "him", "his", "himself", "she", "her", "hers",
            "herself", "i", "me", "my", "mine", "myself");
    private static final Set<String> THING_PRONOUNS = Set.of("it", "its", "itself");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her");
    /** Nouns by which news names an organization again without its name: "the bloc", "the alliance". */
    private static final Set<String> GROUP_NOUNS = Lexicon.wordClass("group-nouns");
    /** NER tags of the words in a title that name a side, not the office: "U.S.", "Russian". */
    private static final Set<String> SIDE_NER = Set.of("COUNTRY", "NATIONALITY", "LOCATION", "STATE_OR_PROVINCE");
    /** Capitals, perhaps with dots or a digit or lowercase letter inside: "RSF", "U.N.", "M23", "FARC-EP". */
    private static final java.util.regex.Pattern ABBREVIATION =
            java.util.regex.Pattern.compile("[A-Z][A-Za-z0-9.&-]*[A-Z0-9.]");

    DocEntities resolve(AnnotatedDoc doc, List<NamedMention> found) {
        List<NamedMention> mentions = mergePersonNames(withAbbreviations(doc, found));
        DocEntities entities = new DocEntities(mentions);
        for (NamedMention m : mentions) {
            entities.add(m.key(), m.surface());
            entities.markTokens(m.span(), m.key(), true);
        }
        Set<EntityKey> chained = new java.util.HashSet<>();
        for (CorefChain chain : doc.chains()) {
            chain.mentions().forEach(m -> nameAt(m.span(), mentions).ifPresent(chained::add));
        }
        for (CorefChain chain : doc.chains()) {
            followChain(doc, chain, mentions, chained, entities);
        }
        resolveUnchainedObjects(doc, entities);
        return entities;
    }

    /**
     * "Rubio spoke with Kurti on Monday and urged him to ...": an object pronoun cannot be its own verb's subject
     * (binding theory's principle B). One that coreference left alone, or chained to that subject, is the last person
     * named before it in its sentence who is not that subject.
     */
    private static void resolveUnchainedObjects(AnnotatedDoc doc, DocEntities entities) {
        for (Sentence sentence : doc.sentences()) {
            for (var token : sentence.tokens()) {
                String word = token.word().toLowerCase(java.util.Locale.ROOT);
                int t = token.index();
                if (!token.pos().equals("PRP") || !OBJECT_PRONOUNS.contains(word)) {
                    continue;
                }
                Set<EntityKey> localSubjects = subjectsOfItsVerbs(sentence, t, entities);
                Optional<EntityKey> current = entities.at(sentence.index(), t);
                if (current.isPresent() && !localSubjects.contains(current.get())) {
                    continue; // coreference gave it someone it can be
                }
                for (int before = t - 1; before >= 0; before--) {
                    Optional<EntityKey> person = entities.at(sentence.index(), before)
                            .filter(k -> k.type() == EntityType.PERSON && !localSubjects.contains(k));
                    if (person.isPresent()) {
                        entities.markTokens(new Span(sentence.index(), t, t + 1, t), person.get(), true);
                        break;
                    }
                }
            }
        }
        resolveUnchainedThem(doc, entities);
        resolveDefiniteGroups(doc, entities);
        unbindSubjectsFromTheirObjects(doc, entities);
    }

    /**
     * "Bessent said he would brief Trump": a subject pronoun is not its own verb's object (binding theory again);
     * chained to that object, it is the reporting speaker of its clause instead.
     */
    private static void unbindSubjectsFromTheirObjects(AnnotatedDoc doc, DocEntities entities) {
        for (Sentence sentence : doc.sentences()) {
            for (var token : sentence.tokens()) {
                int t = token.index();
                if (!token.pos().equals("PRP") || !PERSON_PRONOUNS.contains(token.word().toLowerCase(
                        java.util.Locale.ROOT))) {
                    continue;
                }
                Optional<EntityKey> current = entities.at(sentence.index(), t);
                for (var up : sentence.governors(t)) {
                    if (current.isEmpty() || !up.relation().startsWith("nsubj") || up.governor() < 0) {
                        continue;
                    }
                    boolean ownObject = sentence.dependents(up.governor()).stream()
                            .filter(d -> d.is("obj") || d.is("iobj"))
                            .anyMatch(d -> entities.at(sentence.index(), d.dependent()).equals(current));
                    if (!ownObject) {
                        continue;
                    }
                    sentence.governors(up.governor()).stream().filter(d -> d.is("ccomp") && d.governor() >= 0)
                            .flatMap(d -> sentence.dependents(d.governor(), "nsubj").stream())
                            .map(subject -> entities.at(sentence.index(), subject))
                            .flatMap(Optional::stream)
                            .filter(k -> k.type() == EntityType.PERSON && !k.equals(current.get()))
                            .findFirst()
                            .ifPresent(speaker -> entities.markTokens(new Span(sentence.index(), t, t + 1, t), speaker,
                                    true));
                }
            }
        }
    }

    /** The entities that are subjects of the verbs a pronoun depends on: what an object pronoun cannot stand for. */
    private static Set<EntityKey> subjectsOfItsVerbs(Sentence sentence, int pronoun, DocEntities entities) {
        Set<EntityKey> subjects = new java.util.HashSet<>();
        sentence.governors(pronoun).stream().filter(verb -> verb.governor() >= 0)
                .forEach(verb -> sentence.dependents(verb.governor()).stream()
                        .filter(d -> d.relation().startsWith("nsubj"))
                        .forEach(d -> entities.at(sentence.index(), d.dependent()).ifPresent(subjects::add)));
        return subjects;
    }

    /**
     * "The rebels seized the city. The president refused talks with them": an object "them" that coreference left
     * alone is the last group (an organization: an armed group, a party, a bloc) named before it, in its sentence or
     * the one before, that is not its verb's subject.
     */
    private static void resolveUnchainedThem(AnnotatedDoc doc, DocEntities entities) {
        for (Sentence sentence : doc.sentences()) {
            for (var token : sentence.tokens()) {
                int t = token.index();
                if (!token.word().equalsIgnoreCase("them") || entities.at(sentence.index(), t).isPresent()) {
                    continue;
                }
                Set<EntityKey> localSubjects = subjectsOfItsVerbs(sentence, t, entities);
                lastGroupBefore(doc, entities, sentence, t, k -> !localSubjects.contains(k))
                        .ifPresent(g -> entities.markTokens(new Span(sentence.index(), t, t + 1, t), g, true));
            }
        }
    }

    /**
     * "According to a statement from the Caribbean Community, the bloc offered to host the talks": "the bloc", "the
     * alliance" alone, with nothing naming whose, is the last organization named before it, in its sentence or the
     * one before.
     */
    private static void resolveDefiniteGroups(AnnotatedDoc doc, DocEntities entities) {
        for (Sentence sentence : doc.sentences()) {
            for (var token : sentence.tokens()) {
                int t = token.index();
                boolean bare = GROUP_NOUNS.contains(token.lemma().toLowerCase(java.util.Locale.ROOT))
                        && token.pos().equals("NN") && entities.at(sentence.index(), t).isEmpty()
                        && sentence.dependents(t).stream().allMatch(d -> d.is("det") || d.is("punct"))
                        && sentence.dependents(t, "det").stream()
                        .anyMatch(d -> Tree.lower(sentence, d).equals("the"));
                if (!bare) {
                    continue;
                }
                lastGroupBefore(doc, entities, sentence, t, k -> true)
                        .ifPresent(g -> entities.markTokens(new Span(sentence.index(), t, t + 1, t), g, true));
            }
        }
    }

    /** The last organization named before a token, in its sentence or the one before, that the filter accepts. */
    private static Optional<EntityKey> lastGroupBefore(AnnotatedDoc doc, DocEntities entities, Sentence sentence,
                                                       int token, java.util.function.Predicate<EntityKey> accepted) {
        for (int s = sentence.index(); s >= Math.max(0, sentence.index() - 1); s--) {
            int from = s == sentence.index() ? token - 1 : doc.sentence(s).size() - 1;
            for (int before = from; before >= 0; before--) {
                Optional<EntityKey> group = entities.at(s, before)
                        .filter(k -> k.type() == EntityType.ORGANIZATION && accepted.test(k));
                if (group.isPresent()) {
                    return group;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "the paramilitary Rapid Support Forces (RSF)": an abbreviation defined in brackets after a name is that name
     * wherever the article uses it, whether or not NER tagged it there (and it need not be the name's initials:
     * "the National Liberation Army (ELN)").
     */
    static List<NamedMention> withAbbreviations(AnnotatedDoc doc, List<NamedMention> mentions) {
        Map<String, EntityKey> defined = new java.util.HashMap<>();
        for (NamedMention m : mentions) {
            if (!m.key().isActor() || m.key().type() == EntityType.PERSON) {
                continue;
            }
            Sentence sentence = doc.sentence(m.span().sentence());
            int open = m.span().end();
            if (open + 2 < sentence.size() && isBracket(sentence, open, "(", "-LRB-")
                    && isBracket(sentence, open + 2, ")", "-RRB-")) {
                String abbreviation = sentence.token(open + 1).word();
                if (ABBREVIATION.matcher(abbreviation).matches()
                        && !abbreviation.equals(m.surface())) {
                    defined.putIfAbsent(abbreviation, m.key());
                }
            }
        }
        if (defined.isEmpty()) {
            return mentions;
        }
        List<NamedMention> result = new java.util.ArrayList<>();
        Set<Long> covered = new java.util.HashSet<>();
        for (NamedMention m : mentions) {
            EntityKey meant = defined.get(m.surface());
            result.add(meant == null ? m : m.withKey(meant));
            for (int t = m.span().start(); t < m.span().end(); t++) {
                covered.add(((long) m.span().sentence() << 32) | t);
            }
        }
        // Where NER missed the abbreviation ("the RSF/O"), the definition still names it.
        for (Sentence sentence : doc.sentences()) {
            for (var token : sentence.tokens()) {
                EntityKey meant = defined.get(token.word());
                if (meant != null && !covered.contains(((long) sentence.index() << 32) | token.index())) {
                    result.add(new NamedMention(new Span(sentence.index(), token.index(), token.index() + 1,
                            token.index()), token.word(), meant, false));
                }
            }
        }
        return result;
    }

    private static boolean isBracket(Sentence sentence, int token, String bracket, String escaped) {
        String word = sentence.token(token).word();
        return word.equals(bracket) || word.equals(escaped);
    }

    /**
     * A person named "Putin" in an article that also names "Vladimir Putin" is that person. Names the gazetteer
     * already knows are canonical; the others take the longest name of the article whose words contain theirs.
     */
    private static List<NamedMention> mergePersonNames(List<NamedMention> mentions) {
        List<EntityKey> persons = mentions.stream().map(NamedMention::key)
                .filter(k -> k.type() == EntityType.PERSON).distinct()
                .sorted(Comparator.comparingInt((EntityKey k) -> Names.personWords(k.name()).size()).reversed())
                .toList();
        Map<EntityKey, EntityKey> fullest = persons.stream().collect(Collectors.toMap(Function.identity(), k -> {
            List<String> words = Names.personWords(k.name());
            List<EntityKey> longer = persons.stream()
                    .filter(other -> Names.personWords(other.name()).size() > words.size()
                            && Names.personWords(other.name()).containsAll(words))
                    .toList();
            // Two different people share the surname: leave the bare surname alone rather than guess.
            long distinct = longer.stream().map(o -> Names.personWords(o.name())).distinct().count();
            return distinct == 1 ? longer.get(0) : k;
        }));
        return mentions.stream().map(m -> m.withKey(fullest.getOrDefault(m.key(), m.key()))).toList();
    }

    /**
     * Every mention of a chain that is not a name takes the entity of the nearest name before it in the chain (else
     * the first after it). Following the nearest name, not the chain's first, keeps a chain that wrongly swallowed a
     * second person from giving all its pronouns to the first.
     */
    private static void followChain(AnnotatedDoc doc, CorefChain chain, List<NamedMention> names,
                                    Set<EntityKey> chained, DocEntities entities) {
        List<Optional<EntityKey>> named = new java.util.ArrayList<>(
                chain.mentions().stream().map(m -> nameAt(m.span(), names)).toList());
        List<Boolean> isName = named.stream().map(Optional::isPresent).toList();
        for (int i = 0; i < named.size(); i++) {
            if (!isName.get(i)) {
                Mention mention = chain.mentions().get(i);
                Optional<EntityKey> speaker = missedSpeaker(doc, mention, names, chained)
                        .or(() -> titledAntecedent(doc, mention, names));
                if (speaker.isPresent()) {
                    named.set(i, speaker);
                }
            }
        }
        if (named.stream().noneMatch(Optional::isPresent)) {
            return;
        }
        for (int i = 0; i < chain.mentions().size(); i++) {
            if (isName.get(i)) {
                continue;
            }
            Mention mention = chain.mentions().get(i);
            Optional<EntityKey> key = named.get(i).isPresent() ? named.get(i) : nearestNamed(named, i);
            if (key.isEmpty() || !agrees(mention, key.get())) {
                continue;
            }
            markMention(doc, mention, key.get(), entities);
            if (isDescription(doc, mention)) {
                entities.add(key.get(), doc.sentence(mention.span().sentence()).textOf(mention.span()));
            }
        }
    }

    /**
     * The person a personal pronoun stands for when coreference missed that person altogether: CoreNLP often leaves
     * out a name in apposition to a title ("Venezuela's foreign minister, Yvan Gil, said ... what he called") and
     * then chains the pronoun to someone named earlier. A pronoun in a sentence whose subject is such a person, or the
     * subject of the sentence right after one, is that person: the subject is the most salient antecedent.
     */
    private static Optional<EntityKey> missedSpeaker(AnnotatedDoc doc, Mention mention, List<NamedMention> names,
                                                     Set<EntityKey> chained) {
        if (mention.kind() != MentionKind.PRONOMINAL
                || !PERSON_PRONOUNS.contains(mention.text().toLowerCase(java.util.Locale.ROOT).strip())) {
            return Optional.empty();
        }
        int s = mention.span().sentence();
        Sentence sentence = doc.sentence(s);
        Optional<Integer> ownSubject = mainSubject(sentence);
        boolean isTheSubject = ownSubject.isPresent() && ownSubject.get() == mention.span().head();
        Optional<EntityKey> candidate = isTheSubject
                ? (s > 0 ? subjectPerson(doc.sentence(s - 1), names) : Optional.empty())
                : subjectPerson(sentence, names);
        return candidate.filter(person -> !chained.contains(person));
    }

    /** The named person who is the subject of a sentence's main verb, directly or in apposition to a title. */
    private static Optional<EntityKey> subjectPerson(Sentence sentence, List<NamedMention> names) {
        Optional<Integer> subject = mainSubject(sentence);
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> words = new java.util.ArrayList<>(List.of(subject.get()));
        sentence.dependents(subject.get()).stream().filter(d -> d.is("appos") || d.is("flat"))
                .forEach(d -> words.add(d.dependent()));
        for (int word : words) {
            for (NamedMention n : names) {
                if (n.key().type() == EntityType.PERSON && n.span().sentence() == sentence.index()
                        && word >= n.span().start() && word < n.span().end()) {
                    return Optional.of(n.key());
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> mainSubject(Sentence sentence) {
        return sentence.dependencies().stream().filter(d -> d.governor() == org.parley.nlp.Dependency.ROOT)
                .findFirst()
                .flatMap(root -> sentence.dependents(root.dependent(), "nsubj").stream().findFirst());
    }

    /**
     * Marks a mention's words as its entity, except a possessive pronoun inside a longer mention: the "his" of "his
     * country" has a referent of its own, which its own chain gives it.
     */
    private static void markMention(AnnotatedDoc doc, Mention mention, EntityKey key, DocEntities entities) {
        Span span = mention.span();
        var sentence = doc.sentence(span.sentence());
        for (int t = span.start(); t < span.end(); t++) {
            boolean innerPossessive = span.length() > 1 && sentence.token(t).pos().equals("PRP$");
            if (!innerPossessive) {
                entities.markTokens(new Span(span.sentence(), t, t + 1, t), key, false);
            }
        }
    }

    /**
     * A nominal mention worth keeping as another name: "the Russian leader", not "This" or "two countries" (a
     * demonstrative, or a plural, is not a way to name one entity).
     */
    private static boolean isDescription(AnnotatedDoc doc, Mention mention) {
        var head = doc.sentence(mention.span().sentence()).token(mention.span().head());
        return mention.kind() == MentionKind.NOMINAL && mention.span().length() >= 2
                && head.pos().equals("NN") && mention.span().length() <= 6;
    }

    /**
     * "Finnish Trade Minister Jane Roe said ... said the Finnish Trade Minister": a definite description made of the
     * words of the title a person was introduced with is that person (when only one was), whatever else coreference
     * chained it to.
     */
    private static Optional<EntityKey> titledAntecedent(AnnotatedDoc doc, Mention mention, List<NamedMention> names) {
        if (mention.kind() != MentionKind.NOMINAL && mention.kind() != MentionKind.PROPER) {
            return Optional.empty();
        }
        Sentence sentence = doc.sentence(mention.span().sentence());
        List<String> words = new java.util.ArrayList<>();
        // "the Finnish trade envoy to Sweden": the title's words are those up to its head; a state or nationality
        // among them names the side, which the title a person was introduced with may leave out.
        for (int t = mention.span().start(); t <= mention.span().head(); t++) {
            var token = sentence.token(t);
            if (!token.pos().equals("DT") && !SIDE_NER.contains(token.ner())) {
                words.add(token.word().toLowerCase(java.util.Locale.ROOT));
            }
        }
        if (words.size() < 2) {
            return Optional.empty(); // "the minister" alone could be anyone's
        }
        List<EntityKey> holders = names.stream().filter(n -> n.key().type() == EntityType.PERSON)
                .filter(n -> {
                    List<String> title = titleBefore(doc.sentence(n.span().sentence()), n.span().start());
                    return !title.isEmpty() && title.containsAll(words)
                            && title.get(title.size() - 1).equals(words.get(words.size() - 1));
                })
                .map(NamedMention::key).distinct().toList();
        return holders.size() == 1 ? Optional.of(holders.get(0)) : Optional.empty();
    }

    /** The capitalised words right before a name, lowercased: "Finnish Trade Minister" of "... Minister Jane Roe". */
    private static List<String> titleBefore(Sentence sentence, int name) {
        java.util.LinkedList<String> title = new java.util.LinkedList<>();
        for (int t = name - 1; t >= 0 && t >= name - 5; t--) {
            var token = sentence.token(t);
            if (!token.pos().startsWith("NNP") && !token.ner().equals("TITLE")) {
                break;
            }
            title.addFirst(token.word().toLowerCase(java.util.Locale.ROOT));
        }
        return title;
    }

    private static Optional<EntityKey> nameAt(Span span, List<NamedMention> names) {
        return names.stream()
                .filter(n -> n.span().sentence() == span.sentence()
                        && span.head() >= n.span().start() && span.head() < n.span().end())
                .map(NamedMention::key)
                .findFirst();
    }

    private static Optional<EntityKey> nearestNamed(List<Optional<EntityKey>> named, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (named.get(i).isPresent()) {
                return named.get(i);
            }
        }
        return named.stream().skip(index + 1).filter(Optional::isPresent).map(Optional::get).findFirst();
    }

    /** "he" is not a country and "it" is not a person. */
    private static boolean agrees(Mention mention, EntityKey key) {
        if (mention.kind() == MentionKind.LIST) {
            return false;
        }
        if (mention.kind() != MentionKind.PRONOMINAL) {
            return true;
        }
        String word = mention.text().toLowerCase(java.util.Locale.ROOT).strip();
        if (PERSON_PRONOUNS.contains(word)) {
            return key.type() == EntityType.PERSON;
        }
        if (THING_PRONOUNS.contains(word)) {
            return key.type() != EntityType.PERSON;
        }
        return true;
    }
}
