package org.parley.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parley.nlp.Dependency;
import org.parley.nlp.Sentence;

/**
 * The verbs and nouns that express negotiation acts ({@code act-lexicon.tsv}): for each, the act, its CAMEO code, and
 * the role scheme ({@code role-schemes.txt}) that finds its agent, addressee or participants.
 */
final class ActLexicon {

    static final String RESOURCE = "/org/parley/extract/act-lexicon.tsv";
    /** The form that stands for an object followed by an infinitive: "ask someone to" is "asked the court to order". */
    static final String SOMEONE_TO = "someone to";

    /** Particles the parser sometimes takes for adverbs: "back" in "pushed back", "away" in "walked away". */
    private static final java.util.Set<String> ADVERB_PARTICLES = java.util.Set.of("back", "away", "out", "off",
            "down", "in", "up");

    /** Where a word's roles are in the dependency tree: the names of the schemes of {@code role-schemes.txt}. */
    enum Pattern {
        SUBJ, SUBJ_OBJ_ADDRESSEE, SUBJ_WITH_PARTICIPANTS, SUBJ_TO_ADDRESSEE, SUBJ_WITH_ADDRESSEE, SUBJ_ON_ADDRESSEE,
        SUBJ_WARNING, NOUN;

        static Pattern parse(String cell) {
            return valueOf(cell.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    record Entry(String form, ActType act, String cameo, Pattern pattern) {
    }

    private final Map<String, Entry> verbs;
    private final Map<String, Entry> nouns;

    private ActLexicon(Map<String, Entry> verbs, Map<String, Entry> nouns) {
        this.verbs = Map.copyOf(verbs);
        this.nouns = Map.copyOf(nouns);
    }

    static ActLexicon load() {
        Map<String, Entry> verbs = new HashMap<>();
        Map<String, Entry> nouns = new HashMap<>();
        for (String[] row : TsvResource.rows(RESOURCE, 5)) {
            Entry entry = new Entry(row[0].toLowerCase(Locale.ROOT), ActType.valueOf(row[2].toUpperCase(Locale.ROOT)),
                    row[3], Pattern.parse(row[4]));
            (row[1].equalsIgnoreCase("V") ? verbs : nouns).put(entry.form(), entry);
        }
        return new ActLexicon(verbs, nouns);
    }

    /**
     * The entry of a verb, preferring a phrasal form built from its particle or preposition ("rule out", "call for",
     * "call on") over the bare lemma.
     */
    Optional<Entry> verb(Sentence sentence, int token) {
        String lemma = sentence.token(token).lemma().toLowerCase(Locale.ROOT);
        for (String particle : particles(sentence, token)) {
            Entry phrasal = verbs.get(lemma + " " + particle);
            if (phrasal != null) {
                return Optional.of(phrasal);
            }
        }
        return Optional.ofNullable(verbs.get(lemma));
    }

    /** The single-word forms of an act's verbs or nouns: the word classes {@code proposal-verbs}, ... of patterns. */
    java.util.Set<String> forms(ActType act, boolean verb) {
        return (verb ? verbs : nouns).values().stream()
                .filter(e -> e.act() == act && !e.form().contains(" "))
                .map(Entry::form)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    Optional<Entry> noun(String lemma) {
        return Optional.ofNullable(nouns.get(lemma.toLowerCase(Locale.ROOT)));
    }

    /** A noun's entry: the hyphened word the tokenizer split ("sit - down") first, then the token's own lemma. */
    Optional<Entry> noun(Sentence sentence, int token) {
        String hyphened = Tree.hyphenedWord(sentence, token);
        Entry whole = hyphened == null ? null : nouns.get(hyphened);
        return whole != null ? Optional.of(whole) : noun(Tree.lemma(sentence, token));
    }

    /**
     * The particles ("out" in "rule out"), the prepositions of the verb's oblique dependents ("for", "on"), a
     * preposition the parser made the marker of a following clause ("called on both sides to show": "on" marks
     * "show"), and "someone to" for an object followed by an infinitive ("asked the court to order").
     */
    private static List<String> particles(Sentence sentence, int verb) {
        List<String> found = new ArrayList<>();
        for (Dependency d : sentence.dependents(verb)) {
            // "pushed back against": the parser may make a particle right after its verb an adverb.
            boolean adverbParticle = d.is("advmod") && d.dependent() == verb + 1
                    && ADVERB_PARTICLES.contains(sentence.token(d.dependent()).word().toLowerCase(Locale.ROOT));
            if (d.is("compound:prt") || adverbParticle) {
                found.add(sentence.token(d.dependent()).word().toLowerCase(Locale.ROOT));
            } else if (d.relation().contains(":") && (d.is("obl") || d.is("nmod"))) {
                found.add(d.relation().substring(d.relation().indexOf(':') + 1));
            }
        }
        clauseMarkedByPreposition(sentence, verb)
                .ifPresent(clause -> found.add(sentence.token(verb + 1).word().toLowerCase(Locale.ROOT)));
        boolean objectThenInfinitive = !sentence.dependents(verb, "obj").isEmpty()
                && sentence.dependents(verb, "xcomp").stream().anyMatch(x -> sentence.dependents(x, "mark").stream()
                .anyMatch(m -> sentence.token(m).word().equalsIgnoreCase("to")));
        if (objectThenInfinitive) {
            found.add(SOMEONE_TO);
        }
        return found;
    }

    /**
     * The clause whose marker is the preposition right after the verb: "called on both sides to show flexibility"
     * parsed with "on" marking "show" and "both sides" as its subject, where "call on" is the verb.
     */
    static Optional<Integer> clauseMarkedByPreposition(Sentence sentence, int verb) {
        if (verb + 1 >= sentence.size() || !sentence.token(verb + 1).pos().equals("IN")) {
            return Optional.empty();
        }
        return sentence.dependents(verb).stream()
                .filter(d -> d.relation().startsWith("advcl") || d.is("xcomp"))
                .map(Dependency::dependent)
                .filter(clause -> sentence.dependents(clause, "mark").contains(verb + 1))
                .findFirst();
    }
}
