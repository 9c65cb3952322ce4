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
 * loads one and shares it: {@link #read} may be called from several threads at once. CoreNLP's annotators up to
 * coreference are thread-safe (each call works on its own {@link Annotation}); its quote attribution is not: it keeps
 * the article's characters in a field of the shared annotator, so an article read at the same time as another may be
 * attributed with the other's characters (seen as a NullPointerException in DeterministicSpeakerSieve, about once in
 * 200 articles on two threads). Quotations are therefore found one article at a time, by a pipeline of their own.
 */
public final class NlpPipeline {

    private final StanfordCoreNLP coreNlp;
    /** The quote annotator alone, used under {@link #quoteLock}; null when the pipeline finds no quotations. */
    private final StanfordCoreNLP quotes;
    private final Object quoteLock = new Object();
    private final PipelineConfig config;
    private final Duration loadTime;

    private NlpPipeline(StanfordCoreNLP coreNlp, StanfordCoreNLP quotes, PipelineConfig config, Duration loadTime) {
        this.coreNlp = coreNlp;
        this.quotes = quotes;
        this.config = config;
        this.loadTime = loadTime;
    }

    /** Loads the models. CoreNLP checks the annotators' requirements here, so a bad config fails now, not mid-corpus. */
    public static NlpPipeline load(PipelineConfig config) {
        // CoreNLP logs every model it loads through its own logger; route it to SLF4J, where log4j2 keeps it quiet.
        RedwoodConfiguration.slf4j().apply();
        long start = System.nanoTime();
        StanfordCoreNLP coreNlp = new StanfordCoreNLP(config.toProperties(config.annotatorsBeforeQuotes()));
        // The quote pipeline runs on annotations the first one made: its requirements are met by construction.
        StanfordCoreNLP quotes = config.quotes()
                ? new StanfordCoreNLP(config.toProperties(java.util.List.of("quote")), false) : null;
        return new NlpPipeline(coreNlp, quotes, config, Duration.ofNanos(System.nanoTime() - start));
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
        Annotation annotation = new Annotation(Datelines.separate(QuoteMarks.normalise(text)));
        annotation.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
        coreNlp.annotate(annotation);
        if (quotes != null) {
            synchronized (quoteLock) {
                quotes.annotate(annotation);
            }
        }
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
