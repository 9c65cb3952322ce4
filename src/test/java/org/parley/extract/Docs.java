package org.parley.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.nlp.AnnotatedDoc;
import org.parley.nlp.CorefChain;
import org.parley.nlp.Dependency;
import org.parley.nlp.Mention;
import org.parley.nlp.MentionKind;
import org.parley.nlp.Quote;
import org.parley.nlp.Sentence;
import org.parley.nlp.Span;
import org.parley.nlp.Token;

/**
 * Hand-built annotated documents for rule tests, in the shape CoreNLP gives them, without loading CoreNLP.
 * A sentence is written as {@code word/POS/NER/lemma} tokens (NER may carry a normalised value:
 * {@code Friday/NNP/DATE=2025-06-13}; NER and lemma may be left out: {@code spoke/VBD/O/speak}, {@code talks/NNS})
 * and its dependencies as {@code rel gov dep} triples with 1-based token numbers (0 = root).
 */
final class Docs {

    private final LocalDate date;
    private final StringBuilder text = new StringBuilder();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<CorefChain> chains = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();

    private Docs(LocalDate date) {
        this.date = date;
    }

    static Docs dated(String isoDate) {
        return new Docs(LocalDate.parse(isoDate));
    }

    Docs sentence(String tokens, String... dependencies) {
        if (text.length() > 0) {
            text.append('\n');
        }
        int sentenceBegin = text.length();
        List<Token> parsed = new ArrayList<>();
        String[] specs = tokens.trim().split("\\s+");
        for (int i = 0; i < specs.length; i++) {
            String[] parts = specs[i].split("/");
            String word = parts[0].replace('_', ' ');
            String ner = parts.length > 2 ? parts[2] : "O";
            String normalized = null;
            if (ner.contains("=")) {
                normalized = ner.substring(ner.indexOf('=') + 1);
                ner = ner.substring(0, ner.indexOf('='));
            }
            if (i > 0 && !word.matches("[,.!?'\u2019:;\u201D]|'s|\u2019s") && !specs[i - 1].startsWith("\u201C")) {
                text.append(' ');
            }
            int begin = text.length();
            text.append(word);
            String lemma = parts.length > 3 ? parts[3] : lemma(word, parts[1]);
            parsed.add(new Token(i, word, lemma, parts[1], ner, normalized, begin, text.length()));
        }
        List<Dependency> deps = new ArrayList<>();
        for (String d : dependencies) {
            String[] p = d.trim().split("\\s+");
            deps.add(new Dependency(Integer.parseInt(p[1]) - 1, Integer.parseInt(p[2]) - 1, p[0]));
        }
        sentences.add(new Sentence(sentences.size(), sentenceBegin, text.length(),
                text.substring(sentenceBegin), parsed, deps));
        return this;
    }

    /**
     * A coreference chain of mentions given as "sentence:start-end" (1-based tokens, end inclusive), head = last; a
     * mention with a conjunction in it is a list, as CoreNLP makes "Kenya and Sudan".
     */
    Docs chain(String... mentions) {
        List<Mention> list = new ArrayList<>();
        for (String m : mentions) {
            String[] p = m.split("[:-]");
            int s = Integer.parseInt(p[0]);
            int start = Integer.parseInt(p[1]) - 1;
            int end = Integer.parseInt(p[2]);
            Sentence sentence = sentences.get(s);
            String words = sentence.textOf(start, end);
            boolean coordination = sentence.tokens().subList(start, end).stream().anyMatch(t -> t.pos().equals("CC"));
            MentionKind kind = end - start == 1 && sentence.token(start).isPronoun() ? MentionKind.PRONOMINAL
                    : coordination ? MentionKind.LIST
                    : sentence.token(end - 1).isProperNoun() ? MentionKind.PROPER : MentionKind.NOMINAL;
            list.add(new Mention(new Span(s, start, end, end - 1), words, kind));
        }
        chains.add(new CorefChain(list, 0));
        return this;
    }

    /** The quotation between the first pair of curly quotation marks of a sentence. */
    Docs quoteIn(int sentence) {
        Sentence s = sentences.get(sentence);
        int open = text.indexOf("\u201C", s.begin());
        int close = text.indexOf("\u201D", open);
        quotes.add(new Quote(open, close + 1, text.substring(open + 1, close).strip(), sentence, sentence,
                Optional.empty(), Optional.empty()));
        return this;
    }

    /** The quotation between the first pair of curly quotation marks, which CoreNLP's attribution gave to a name. */
    Docs quoteIn(int sentence, String attributedTo) {
        quoteIn(sentence);
        Quote q = quotes.remove(quotes.size() - 1);
        quotes.add(new Quote(q.begin(), q.end(), q.text(), sentence, sentence, Optional.empty(),
                Optional.of(attributedTo)));
        return this;
    }

    /** The quotation between the second pair of curly quotation marks of a sentence. */
    Docs secondQuoteIn(int sentence) {
        Sentence s = sentences.get(sentence);
        int firstClose = text.indexOf("\u201D", s.begin());
        int open = text.indexOf("\u201C", firstClose);
        int close = text.indexOf("\u201D", open);
        quotes.add(new Quote(open, close + 1, text.substring(open + 1, close).strip(), sentence, sentence,
                Optional.empty(), Optional.empty()));
        return this;
    }

    AnnotatedDoc build() {
        return new AnnotatedDoc("test-doc", date, text.toString(), sentences, chains, quotes);
    }

    private static String lemma(String word, String pos) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (pos.startsWith("VB")) {
            return switch (lower) {
                case "said", "says", "saying" -> "say";
                case "quoted", "quoting" -> "quote";
                case "told" -> "tell";
                case "met" -> "meet";
                default -> lower.replaceAll("(ed|s)$", "");
            };
        }
        if (pos.equals("NNS")) {
            return lower.replaceAll("s$", "");
        }
        return lower;
    }
}
