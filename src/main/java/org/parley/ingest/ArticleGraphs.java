package org.parley.ingest;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.parley.corpus.Article;
import org.parley.corpus.ArticleError;
import org.parley.extract.Extraction;
import org.parley.extract.Extractor;
import org.parley.link.EntityLinker;
import org.parley.link.LinkedExtraction;
import org.parley.link.WikidataSides;
import org.parley.nlp.AnnotatedDoc;
import org.parley.nlp.CoreNlpResult;
import org.parley.nlp.NlpPipeline;
import org.parley.nlp.PipelineConfig;
import org.parley.rdf.ArticleGraph;

/**
 * The work done on one article, article to named graph: CoreNLP, conversion, extraction, linking and the RDF of the
 * article's graph, with the fingerprint that says what the graph was built from. Every driver calls this one
 * function: the local build ({@link CorpusBuilder}: scan, threads, grouped writes, progress) and a job that builds an
 * archive elsewhere. It holds no store and writes nothing, and one instance serves many threads.
 */
public final class ArticleGraphs {

    private final Extractor extractor;
    private final EntityLinker linker;
    private final WikidataSides sides;
    private final PipelineConfig pipeline;

    /**
     * @param pipeline the configuration of the CoreNLP pipeline the articles are read with (part of the fingerprint)
     */
    public ArticleGraphs(Extractor extractor, EntityLinker linker, PipelineConfig pipeline) {
        this.extractor = extractor;
        this.linker = linker;
        this.sides = new WikidataSides(extractor.gazetteer());
        this.pipeline = pipeline;
    }

    /** One article's graph, or why it could not be built (never both). */
    public record Result(Article article, Graph graph, int tokens, ArticleError error) {
    }

    /** What the article's graph is built from: its content, the extraction version, the linker and the pipeline. */
    public String fingerprint(Article article) {
        return Fingerprint.of(article, linker.signature() + pipeline.signature());
    }

    /**
     * The article's graph. An article CoreNLP or a rule chokes on gives an error naming it, never an exception: one bad
     * article must not stop the others.
     */
    public Result build(NlpPipeline nlp, Article article) {
        return build(nlp, article, new StageClock());
    }

    /** As {@link #build(NlpPipeline, Article)}, adding the time of each stage to {@code clock}. */
    Result build(NlpPipeline nlp, Article article, StageClock clock) {
        try {
            long t = System.nanoTime();
            CoreNlpResult read = nlp.read(article.text(), article.date());
            t = clock.lap(Stage.CORENLP, t);
            AnnotatedDoc doc = nlp.convert(article.id(), read);
            t = clock.lap(Stage.CONVERT, t);
            Extraction extraction = extractor.extract(doc);
            t = clock.lap(Stage.EXTRACT, t);
            LinkedExtraction linked = LinkedExtraction.of(extraction, linker, sides);
            t = clock.lap(Stage.LINK, t);
            Graph graph = GraphFactory.createDefaultGraph();
            ArticleGraph.write(article, fingerprint(article), linked.extraction(), linked.links(),
                    StreamRDFLib.graph(graph));
            clock.lap(Stage.RDF, t);
            return new Result(article, graph, doc.tokenCount(), null);
        } catch (RuntimeException e) {
            String reason = "could not be annotated: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return new Result(article, null, 0, new ArticleError(article.source().getFileName().toString(), reason));
        }
    }
}
