package org.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The CoreNLP pipeline of this process. Loading the models takes tens of seconds and over a gigabyte, so a process
 * loads one and shares it: {@link #annotate} may be called from several threads at once (CoreNLP's annotators are
 * thread-safe; each call works on its own {@link Annotation}).
 */
public final class NlpPipeline {

    private final StanfordCoreNLP coreNlp;
    private final PipelineConfig config;
    private final Duration loadTime;

    private NlpPipeline(StanfordCoreNLP coreNlp, PipelineConfig config, Duration loadTime) {
        this.coreNlp = coreNlp;
        this.config = config;
        this.loadTime = loadTime;
    }

    /** Loads the models. CoreNLP checks the annotators' requirements here, so a bad config fails now, not mid-corpus. */
    public static NlpPipeline load(PipelineConfig config) {
        // CoreNLP logs every model it loads through its own logger; route it to SLF4J, where log4j2 keeps it quiet.
        RedwoodConfiguration.slf4j().apply();
        long start = System.nanoTime();
        StanfordCoreNLP coreNlp = new StanfordCoreNLP(config.toProperties());
        return new NlpPipeline(coreNlp, config, Duration.ofNanos(System.nanoTime() - start));
    }

    public PipelineConfig config() {
        return config;
    }

    public Duration loadTime() {
        return loadTime;
    }

    /**
     * Reads one article.
     *
     * @param date the article's date: SUTime resolves "on Tuesday" and "last week" against it
     */
    public AnnotatedDoc annotate(String id, String text, LocalDate date) {
        return convert(id, read(text, date));
    }

    /** CoreNLP's work alone, without turning its annotation into records: the baseline the benchmark compares with. */
    public CoreNlpResult read(String text, LocalDate date) {
        Objects.requireNonNull(date, "an article needs a date to resolve relative dates");
        Annotation annotation = new Annotation(QuoteMarks.normalise(text));
        annotation.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
        coreNlp.annotate(annotation);
        return new CoreNlpResult(annotation, text, date);
    }

    /** Turns what CoreNLP read into the records the extraction works on. */
    public AnnotatedDoc convert(String id, CoreNlpResult result) {
        return new CoreNlpConverter(result.annotation(), result.originalText()).toDoc(id, result.date());
    }

    /**
     * Lets the models go: CoreNLP keeps every loaded annotator in a process-wide cache, so without this a process that
     * loads several pipelines one after the other (the benchmark) holds all of them.
     */
    public static void releaseAllModels() {
        StanfordCoreNLP.clearAnnotatorPool();
    }
}
