package org.parley.nlp;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain.CorefMention;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns one annotated CoreNLP document into {@link AnnotatedDoc} records. */
final class CoreNlpConverter {

    private final Annotation annotation;
    private final String originalText;
    private final List<CoreMap> coreSentences;
    /** For each sentence, the document-wide index of its first token. */
    private final int[] sentenceTokenBegin;

    CoreNlpConverter(Annotation annotation, String originalText) {
        this.annotation = annotation;
        this.originalText = originalText;
        this.coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        this.sentenceTokenBegin = new int[coreSentences.size()];
        int tokens = 0;
        for (int i = 0; i < coreSentences.size(); i++) {
            sentenceTokenBegin[i] = tokens;
            tokens += coreSentences.get(i).get(CoreAnnotations.TokensAnnotation.class).size();
        }
    }

    AnnotatedDoc toDoc(String id, LocalDate date) {
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < coreSentences.size(); i++) {
            sentences.add(sentence(i, coreSentences.get(i)));
        }
        return new AnnotatedDoc(id, date, originalText, sentences, chains(), quotes());
    }

    private Sentence sentence(int index, CoreMap coreSentence) {
        List<CoreLabel> labels = coreSentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel label = labels.get(i);
            tokens.add(new Token(i, originalText.substring(label.beginPosition(), label.endPosition()),
                    label.lemma(), label.tag(), orO(label.ner()),
                    label.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class),
                    label.beginPosition(), label.endPosition()));
        }
        int begin = tokens.isEmpty() ? 0 : tokens.get(0).begin();
        int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
        return new Sentence(index, begin, end, originalText.substring(begin, end), tokens, dependencies(coreSentence));
    }

    private static String orO(String ner) {
        return ner == null ? "O" : ner;
    }

    private static List<Dependency> dependencies(CoreMap coreSentence) {
        SemanticGraph graph = coreSentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        if (graph == null) {
            graph = coreSentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        }
        if (graph == null) {
            return List.of();
        }
        List<Dependency> edges = new ArrayList<>();
        for (IndexedWord root : graph.getRoots()) {
            if (root.copyCount() == 0) {
                edges.add(new Dependency(Dependency.ROOT, root.index() - 1, "root"));
            }
        }
        for (SemanticGraphEdge edge : graph.edgeIterable()) {
            // Enhanced graphs add copy nodes for elided words; an edge to or from a copy has no token of its own.
            if (edge.getGovernor().copyCount() > 0 || edge.getDependent().copyCount() > 0) {
                continue;
            }
            edges.add(new Dependency(edge.getGovernor().index() - 1, edge.getDependent().index() - 1,
                    edge.getRelation().toString()));
        }
        edges.sort(Comparator.comparingInt(Dependency::dependent).thenComparingInt(Dependency::governor));
        return edges;
    }

    private List<CorefChain> chains() {
        Map<Integer, edu.stanford.nlp.coref.data.CorefChain> coreChains =
                annotation.get(CorefCoreAnnotations.CorefChainAnnotation.class);
        if (coreChains == null) {
            return List.of();
        }
        List<CorefChain> chains = new ArrayList<>();
        coreChains.keySet().stream().sorted().forEach(key -> {
            edu.stanford.nlp.coref.data.CorefChain chain = coreChains.get(key);
            List<CorefMention> coreMentions = chain.getMentionsInTextualOrder();
            if (coreMentions.size() < 2) {
                return;
            }
            CorefMention representative = chain.getRepresentativeMention();
            List<Mention> mentions = new ArrayList<>();
            int representativeIndex = 0;
            for (CorefMention m : coreMentions) {
                if (m == representative) {
                    representativeIndex = mentions.size();
                }
                // CoreNLP's mention indexes count sentences and tokens from 1, with an exclusive end.
                int start = m.startIndex - 1;
                int end = m.endIndex - 1;
                int head = Math.min(Math.max(m.headIndex - 1, start), end - 1);
                mentions.add(new Mention(new Span(m.sentNum - 1, start, end, head), m.mentionSpan, kind(m)));
            }
            chains.add(new CorefChain(mentions, representativeIndex));
        });
        return chains;
    }

    private static MentionKind kind(CorefMention m) {
        return switch (m.mentionType) {
            case PROPER -> MentionKind.PROPER;
            case NOMINAL -> MentionKind.NOMINAL;
            case PRONOMINAL -> MentionKind.PRONOMINAL;
            case LIST -> MentionKind.LIST;
        };
    }

    private List<Quote> quotes() {
        List<CoreMap> coreQuotes = annotation.get(CoreAnnotations.QuotationsAnnotation.class);
        if (coreQuotes == null) {
            return List.of();
        }
        List<Quote> quotes = new ArrayList<>();
        for (CoreMap q : coreQuotes) {
            int begin = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            Integer firstSentence = q.get(CoreAnnotations.SentenceBeginAnnotation.class);
            Integer lastSentence = q.get(CoreAnnotations.SentenceEndAnnotation.class);
            if (firstSentence == null || lastSentence == null || end - begin < 3) {
                continue;
            }
            String inner = originalText.substring(begin + 1, end - 1).strip();
            Optional<Span> speaker = tokenSpan(q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class),
                    q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class));
            Optional<String> canonical = Optional.ofNullable(q.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class))
                    .or(() -> Optional.ofNullable(q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class)));
            quotes.add(new Quote(begin, end, inner, firstSentence, lastSentence, speaker, canonical));
        }
        quotes.sort(Comparator.comparingInt(Quote::begin));
        return quotes;
    }

    /** A document-wide token range (end inclusive, as quote attribution gives it) as a span inside one sentence. */
    private Optional<Span> tokenSpan(Integer docBegin, Integer docEndInclusive) {
        if (docBegin == null || docEndInclusive == null || docEndInclusive < docBegin) {
            return Optional.empty();
        }
        for (int s = sentenceTokenBegin.length - 1; s >= 0; s--) {
            if (docBegin >= sentenceTokenBegin[s]) {
                int start = docBegin - sentenceTokenBegin[s];
                int end = docEndInclusive - sentenceTokenBegin[s] + 1;
                int size = coreSentences.get(s).get(CoreAnnotations.TokensAnnotation.class).size();
                if (end > size) {
                    return Optional.empty();
                }
                return Optional.of(new Span(s, start, end, end - 1));
            }
        }
        return Optional.empty();
    }
}
