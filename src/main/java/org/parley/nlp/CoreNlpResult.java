package org.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.List;

/** One article as CoreNLP left it, before {@link NlpPipeline#convert}; CoreNLP's types stay inside this package. */
public final class CoreNlpResult {

    private final Annotation annotation;
    private final String originalText;
    private final LocalDate date;

    CoreNlpResult(Annotation annotation, String originalText, LocalDate date) {
        this.annotation = annotation;
        this.originalText = originalText;
        this.date = date;
    }

    Annotation annotation() {
        return annotation;
    }

    String originalText() {
        return originalText;
    }

    LocalDate date() {
        return date;
    }

    public int tokenCount() {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        return sentences == null ? 0 : sentences.stream()
                .mapToInt(s -> s.get(CoreAnnotations.TokensAnnotation.class).size()).sum();
    }
}
