package org.parley.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parley.nlp.AnnotatedDoc;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * Reads people's titles and affiliations from the words around their names:
 * <ul>
 *   <li>a title before the name, and an affiliation before the title: "Russian President Vladimir Putin",
 *       "Kremlin spokesman Dmitry Peskov", "Russia's President Vladimir Putin", "Trump's special envoy Steve Witkoff";</li>
 *   <li>"of" after the name: "President Donald Trump of the United States";</li>
 *   <li>an apposition: "Steve Witkoff, an envoy for President Donald Trump", "Russia's top diplomat, Sergei Lavrov".</li>
 * </ul>
 * A title is a word CoreNLP tags TITLE or a phrase of the gazetteer's title list.
 */
final class RoleFinder {

    private static final List<String> AFFILIATION_RELATIONS = List.of("amod", "nmod:poss", "compound", "nmod:for",
            "nmod:of", "nmod:to", "nmod:at", "nmod:from");

    /** Honorifics that may follow an office before a name ("Prime Minister Sheikh Mohammed"): part of the name's
     *  styling, not of the office. */
    private static final java.util.Set<String> HONORIFICS = java.util.Set.of("sheikh", "shaikh", "sir", "dame",
            "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.");

    /** Verbs of heading a group: its head acts for the group's side. */
    private static final java.util.Set<String> LEADING_VERBS = java.util.Set.of("lead", "head", "chair");

    private final Gazetteer gazetteer;

    RoleFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The roles of the article's people, the first the article states for each, with persons' sides resolved. */
    Map<EntityKey, Role> find(AnnotatedDoc doc, DocEntities entities) {
        Map<EntityKey, Role> roles = new LinkedHashMap<>();
        for (NamedMention m : entities.namedMentions()) {
            if (m.key().type() != EntityType.PERSON) {
                continue;
            }
            Sentence sentence = doc.sentence(m.span().sentence());
            boolean[] titles = titleTokens(sentence);
            for (Role found : List.of(beforeName(sentence, m, titles, entities),
                    afterName(sentence, m, entities), apposition(sentence, m, titles, entities),
                    ledGroup(sentence, m, entities))) {
                roles.merge(m.key(), found, RoleFinder::firstKnown);
            }
        }
        coreferentTitles(doc, entities).forEach((person, role) -> roles.merge(person, role, RoleFinder::firstKnown));
        return resolveSides(roles);
    }

    /**
     * "the Russian leader", "the Kosovo prime minister": a title a person is referred to by, further on, with the side
     * it names. Only where the names themselves gave none (the roles of names come first).
     */
    private Map<EntityKey, Role> coreferentTitles(AnnotatedDoc doc, DocEntities entities) {
        Map<EntityKey, Role> roles = new LinkedHashMap<>();
        for (org.parley.nlp.CorefChain chain : doc.chains()) {
            for (org.parley.nlp.Mention mention : chain.mentions()) {
                if (mention.kind() != org.parley.nlp.MentionKind.NOMINAL) {
                    continue;
                }
                Sentence sentence = doc.sentence(mention.span().sentence());
                int head = mention.span().head();
                Optional<EntityKey> person = entities.at(sentence.index(), head)
                        .filter(k -> k.type() == EntityType.PERSON);
                if (person.isEmpty() || !titleTokens(sentence)[head]) {
                    continue;
                }
                sideModifying(sentence, head, entities, person.get())
                        .ifPresent(side -> roles.putIfAbsent(person.get(), new Role(null, side, null)));
            }
        }
        return roles;
    }

    /**
     * "Chinese officials headed by Vice Premier He Lifeng", "who led the US delegation (together with Y)": whoever
     * heads or leads a group that acts for a side acts for it too.
     */
    private Role ledGroup(Sentence sentence, NamedMention m, DocEntities entities) {
        List<Integer> groups = new ArrayList<>();
        // Any word of the name: the parser may take a pronoun-like first name ("He Lifeng") for a modifier.
        List<org.parley.nlp.Dependency> ups = new ArrayList<>();
        for (int t = m.span().start(); t < m.span().end(); t++) {
            ups.addAll(sentence.governors(t));
        }
        for (org.parley.nlp.Dependency up : ups) {
            int verb = up.governor();
            if (verb < 0 || !LEADING_VERBS.contains(Tree.lemma(sentence, verb).toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (up.is("obl:agent") || up.is("obl:by")) {
                // "officials headed by X": the participle modifies the group.
                sentence.governors(verb).stream().filter(d -> d.governor() >= 0 && d.is("acl"))
                        .forEach(d -> groups.add(d.governor()));
                // The parser may hang the participle on a noun further up; the group is the noun just before it.
                if (verb > 0 && sentence.token(verb - 1).isNoun()) {
                    groups.add(verb - 1);
                }
            } else if (up.relation().equals("nsubj") || up.is("obl:with") || up.is("obl:together_with")) {
                // "X led the US delegation", "... led the US delegation together with Y"
                groups.addAll(sentence.dependents(verb, "obj"));
            }
        }
        return groups.stream().map(group -> sideModifying(sentence, group, entities, m.key()))
                .flatMap(Optional::stream).findFirst()
                .map(side -> new Role(null, side, null)).orElse(new Role(null, null, null));
    }

    private static Role firstKnown(Role first, Role second) {
        return new Role(first.title() != null ? first.title() : second.title(),
                first.represents() != null ? first.represents() : second.represents(),
                first.onBehalfOf() != null ? first.onBehalfOf() : second.onBehalfOf());
    }

    /** "an envoy for President Donald Trump" represents what Trump represents. */
    private static Map<EntityKey, Role> resolveSides(Map<EntityKey, Role> roles) {
        Map<EntityKey, Role> resolved = new LinkedHashMap<>();
        roles.forEach((person, role) -> {
            EntityKey represents = role.represents();
            if (represents == null && role.onBehalfOf() != null && !role.onBehalfOf().equals(person)) {
                Role principal = roles.get(role.onBehalfOf());
                represents = principal == null ? null : principal.represents();
            }
            if (role.title() != null || represents != null) {
                resolved.put(person, new Role(role.title(), represents, role.onBehalfOf()));
            }
        });
        return resolved;
    }

    private Role beforeName(Sentence sentence, NamedMention m, boolean[] titles, DocEntities entities) {
        int start = m.span().start();
        int titleStart = start;
        while (titleStart > 0 && titles[titleStart - 1]) {
            titleStart--;
        }
        // "Commerce Minister", "Trade Commissioner", "climate commissioner", "trade negotiator": a portfolio word before
        // the office is part of it.
        while (titleStart < start && titleStart > 0 && (isPortfolioWord(sentence, titleStart - 1, entities)
                || isLowercasePortfolio(sentence, titleStart - 1, entities))) {
            titleStart--;
        }
        int titleEnd = start;
        while (titleEnd - 1 > titleStart && HONORIFICS.contains(Tree.lower(sentence, titleEnd - 1))) {
            titleEnd--;
        }
        String title = titleStart < titleEnd ? sentence.textOf(titleStart, titleEnd) : null;
        int before = titleStart - 1;
        boolean possessive = before >= 0 && isPossessiveMarker(sentence.token(before));
        if (possessive) {
            before--;
        }
        // Without a title or a possessive, a name before a name is a list or a coincidence, not an affiliation.
        if (before < 0 || title == null && !possessive) {
            return new Role(title, null, null);
        }
        return side(title, affiliateAt(sentence, before, entities).orElse(null));
    }

    /**
     * The entity a title's affiliation word names: "Russian" (a demonym mention), "Kremlin", or, past an abbreviation
     * in brackets, the name it abbreviates ("Syrian Democratic Forces (SDF) chief").
     */
    private Optional<EntityKey> affiliateAt(Sentence sentence, int token, DocEntities entities) {
        int at = token;
        if (Tree.lower(sentence, at).equals(")") || Tree.lower(sentence, at).equals("-rrb-")) {
            while (at > 0 && !Tree.lower(sentence, at).equals("(") && !Tree.lower(sentence, at).equals("-lrb-")) {
                at--;
            }
            at--;
        }
        if (at < 0) {
            return Optional.empty();
        }
        Optional<EntityKey> entity = entities.at(sentence.index(), at);
        if (entity.isPresent()) {
            return entity;
        }
        return gazetteer.countryOfDemonym(sentence.token(at).word())
                .map(country -> new EntityKey(EntityType.COUNTRY, country));
    }

    /**
     * The state or body that modifies a noun ("the Chilean delegation", "EU diplomacy", "Russia's team"), other than
     * the person themself.
     */
    private Optional<EntityKey> sideModifying(Sentence sentence, int noun, DocEntities entities, EntityKey person) {
        for (org.parley.nlp.Dependency d : sentence.dependents(noun)) {
            if (d.is("amod") || d.is("compound") || d.is("nmod:poss")) {
                Optional<EntityKey> side = affiliateAt(sentence, d.dependent(), entities)
                        .filter(k -> isSide(k) && !k.equals(person));
                if (side.isPresent()) {
                    return side;
                }
            }
        }
        return Optional.empty();
    }

    private Role afterName(Sentence sentence, NamedMention m, DocEntities entities) {
        for (int of : sentence.dependents(m.span().head(), "nmod:of")) {
            Optional<EntityKey> key = entities.at(sentence.index(), of);
            if (key.isPresent() && isSide(key.get())) {
                return new Role(null, key.get(), null);
            }
        }
        return new Role(null, null, null);
    }

    private Role apposition(Sentence sentence, NamedMention m, boolean[] titles, DocEntities entities) {
        int head = m.span().head();
        List<Integer> nouns = new ArrayList<>(sentence.dependents(head, "appos"));
        sentence.governors(head).stream().filter(d -> d.is("appos") && d.governor() >= 0)
                .forEach(d -> nouns.add(d.governor()));
        // "his Rwandan counterpart, Paul Kagame": a title and a comma just before the name are an apposition by
        // position, where the parser apposed the name to something else.
        int start = m.span().start();
        if (start >= 2 && Tree.lower(sentence, start - 1).equals(",") && titles[start - 2]) {
            nouns.add(start - 2);
        }
        for (int apposed : nouns) {
            // "EU Special Envoy for the dialogue, Miroslav Lajcak": the parser may appose the name to the last noun
            // of the title's phrase; the title is the noun that phrase hangs from.
            int noun = titles[apposed] ? apposed : sentence.governors(apposed).stream()
                    .filter(d -> d.governor() >= 0 && d.relation().startsWith("nmod") && titles[d.governor()])
                    .map(org.parley.nlp.Dependency::governor).findFirst().orElse(apposed);
            if (!titles[noun] || m.span().contains(sentence.index(), noun)) {
                continue;
            }
            int titleStart = noun;
            while (titleStart > 0 && (titles[titleStart - 1] || isModifierOf(sentence, titleStart - 1, noun))) {
                titleStart--;
            }
            String title = sentence.textOf(titleStart, noun + 1);
            // "Russian Foreign Minister, Sergei Lavrov": the word just before the title names the side, whatever the
            // parser hung it on.
            Optional<EntityKey> adjacent = titleStart > 0
                    ? affiliateAt(sentence, titleStart - 1, entities).filter(k -> !k.equals(m.key()))
                    : Optional.empty();
            if (adjacent.isPresent() && isSide(adjacent.get())) {
                return side(title, adjacent.get());
            }
            for (String relation : AFFILIATION_RELATIONS) {
                for (int dependent : sentence.dependents(noun, relation)) {
                    Optional<EntityKey> key = entities.at(sentence.index(), dependent);
                    if (key.isPresent() && !key.get().equals(m.key())) {
                        return side(title, key.get());
                    }
                }
            }
            // "the head of the Russian delegation, ...", "the head of EU diplomacy, ...": the side modifies what the
            // title heads.
            for (int headed : sentence.dependents(noun, "nmod:of")) {
                Optional<EntityKey> key = sideModifying(sentence, headed, entities, m.key());
                if (key.isPresent()) {
                    return side(title, key.get());
                }
            }
            return new Role(title, null, null);
        }
        return new Role(null, null, null);
    }

    private static Role side(String title, EntityKey affiliate) {
        if (affiliate == null) {
            return new Role(title, null, null);
        }
        if (affiliate.type() == EntityType.PERSON) {
            return new Role(title, null, affiliate);
        }
        return new Role(title, isSide(affiliate) ? affiliate : null, null);
    }

    private static boolean isSide(EntityKey key) {
        return key.type() == EntityType.COUNTRY || key.type() == EntityType.ORGANIZATION;
    }

    private static boolean isPossessiveMarker(Token token) {
        return token.pos().equals("POS");
    }

    /** A capitalised common word that names no entity: "Trade" in "Chinese Trade Minister". */
    private static boolean isPortfolioWord(Sentence sentence, int token, DocEntities entities) {
        Token t = sentence.token(token);
        return t.pos().equals("NNP") && Character.isUpperCase(t.word().charAt(0))
                && java.util.Set.of("O", "TITLE", "ORGANIZATION", "MISC").contains(t.ner())
                && entities.at(sentence.index(), token).isEmpty();
    }

    /**
     * A lowercase noun of a portfolio just before an office, naming no entity and no title: "climate" in "EU climate
     * commissioner", "trade" in "Chinese trade negotiator".
     */
    private static boolean isLowercasePortfolio(Sentence sentence, int token, DocEntities entities) {
        Token t = sentence.token(token);
        return t.pos().equals("NN") && Character.isLowerCase(t.word().charAt(0)) && t.ner().equals("O")
                && entities.at(sentence.index(), token).isEmpty();
    }

    /** An adjective or noun that modifies the title noun: "special" in "special envoy". */
    private static boolean isModifierOf(Sentence sentence, int token, int noun) {
        Token t = sentence.token(token);
        return Character.isLowerCase(t.word().charAt(0))
                && (t.pos().startsWith("JJ") || t.pos().startsWith("NN"))
                && sentence.governors(token).stream().anyMatch(d -> d.governor() == noun && (d.is("amod") || d.is("compound")));
    }

    /** Which tokens of the sentence belong to a title: tagged TITLE by CoreNLP or part of a listed title phrase. */
    private boolean[] titleTokens(Sentence sentence) {
        List<String> lower = sentence.tokens().stream().map(t -> t.word().toLowerCase(Locale.ROOT)).toList();
        boolean[] titles = new boolean[lower.size()];
        for (int i = 0; i < lower.size(); i++) {
            if (sentence.token(i).ner().equals("TITLE")) {
                titles[i] = true;
            }
            int length = gazetteer.longestTitleAt(lower, i);
            for (int j = i; j < i + length; j++) {
                titles[j] = true;
            }
        }
        return titles;
    }
}
