package org.parley.extract;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.parley.corpus.Article;
import org.parley.corpus.CorpusReader;
import org.parley.corpus.CorpusScan;
import org.parley.link.EntityLinker;
import org.parley.nlp.AnnotatedDoc;
import org.parley.nlp.Dependency;
import org.parley.nlp.NlpPipeline;
import org.parley.nlp.PipelineConfig;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;
import org.parley.rdf.ArticleGraph;
import org.parley.rdf.Iris;

/**
 * A developer's tool for rule work, not part of the product: annotates articles once and keeps CoreNLP's reading as
 * JSON, so the extraction can then be rerun on it in a second after every change to a rule.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * CP=target/classes:target/test-classes:$(cat target/cp.txt)
 * java -cp $CP org.parley.extract.DevExplain annotate CORPUS_DIR CACHE_DIR   # CoreNLP, once
 * java -cp $CP org.parley.extract.DevExplain explain CACHE_DIR              # entities and acts, sentence by sentence
 * java -cp $CP org.parley.extract.DevExplain spec CACHE_DIR ARTICLE_ID N    # sentence N as a Docs test fixture
 * java -cp $CP org.parley.extract.DevExplain query CORPUS_DIR CACHE_DIR FILE.rq > results.json
 *     # the graphs a build would write (offline links), queried as the store would be: for the eval kit's scripts
 * </pre>
 */
public final class DevExplain {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module())
            .registerModule(new SimpleModule()
                    .addSerializer(LocalDate.class, new ToStringSerializer(LocalDate.class))
                    .addDeserializer(LocalDate.class, new FromStringDeserializer<>(LocalDate.class) {
                        @Override
                        protected LocalDate _deserialize(String value, DeserializationContext context) {
                            return LocalDate.parse(value);
                        }
                    }))
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private DevExplain() {
    }

    public static void main(String[] args) throws IOException {
        switch (args[0]) {
            case "annotate" -> annotate(Path.of(args[1]), Path.of(args[2]));
            case "explain" -> explain(Path.of(args[1]), System.out);
            case "spec" -> spec(load(Path.of(args[1]).resolve(args[2] + ".json")), Integer.parseInt(args[3]),
                    System.out);
            case "query" -> query(Path.of(args[1]), Path.of(args[2]), Files.readString(Path.of(args[3])),
                    System.out);
            default -> throw new IllegalArgumentException("annotate, explain or spec: " + args[0]);
        }
    }

    private static void annotate(Path corpus, Path cache) throws IOException {
        Files.createDirectories(cache);
        CorpusScan scan = CorpusReader.scan(corpus);
        scan.errors().forEach(e -> System.err.println("skipped: " + e));
        NlpPipeline pipeline = NlpPipeline.load(PipelineConfig.standard());
        for (Article article : scan.articles()) {
            LocalDate date = article.date() != null ? article.date() : LocalDate.now();
            AnnotatedDoc doc = pipeline.annotate(article.id(), article.text(), date);
            JSON.writeValue(cache.resolve(article.id() + ".json").toFile(), doc);
            System.err.println("annotated " + article.id());
        }
    }

    static AnnotatedDoc load(Path file) throws IOException {
        return JSON.readValue(file.toFile(), AnnotatedDoc.class);
    }

    private static void explain(Path cache, PrintStream out) throws IOException {
        Extractor extractor = Extractor.standard();
        List<Path> files;
        try (Stream<Path> listing = Files.list(cache)) {
            files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            AnnotatedDoc doc = load(file);
            Extraction extraction = extractor.extract(doc);
            out.println("== " + doc.id() + " (" + doc.date() + ")");
            for (Entity e : extraction.entities()) {
                out.println("   " + e.key() + (e.role() != null ? " [" + e.role() + "]" : "")
                        + (e.represents() != null ? " -> " + e.represents() : "") + "  " + e.mentions());
            }
            for (var chain : doc.chains()) {
                out.println("   chain: " + chain.mentions().stream()
                        .map(m -> m.span().sentence() + ":" + m.text()).collect(Collectors.joining(" | ")));
            }
            for (Sentence s : doc.sentences()) {
                out.println("[" + s.index() + "] " + s.text());
                for (Act a : extraction.acts()) {
                    if (a.begin() >= s.begin() && a.begin() < s.end()) {
                        out.println("      " + describe(a));
                    }
                }
            }
            out.println();
        }
    }

    private static void query(Path corpus, Path cache, String sparql, PrintStream out) throws IOException {
        Extractor extractor = Extractor.standard();
        EntityLinker linker = EntityLinker.offline();
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        for (Article article : CorpusReader.scan(corpus).articles()) {
            Path cached = cache.resolve(article.id() + ".json");
            if (!Files.exists(cached)) {
                continue;
            }
            Extraction extraction = extractor.extract(load(cached));
            Graph graph = GraphFactory.createDefaultGraph();
            org.parley.link.LinkedExtraction linked = org.parley.link.LinkedExtraction.of(extraction, linker,
                    new org.parley.link.WikidataSides(extractor.gazetteer()));
            ArticleGraph.write(article, "dev", linked.extraction(), linked.links(), StreamRDFLib.graph(graph));
            Node name = NodeFactory.createURI(Iris.article(article.id()));
            graph.find().forEach(t -> {
                dataset.add(name, t.getSubject(), t.getPredicate(), t.getObject());
                dataset.add(Quad.defaultGraphIRI, t.getSubject(), t.getPredicate(), t.getObject());
            });
        }
        try (QueryExecution execution = QueryExecutionFactory.create(sparql, DatasetFactory.wrap(dataset))) {
            ResultSetFormatter.outputAsJSON(out, execution.execSelect());
        }
    }

    private static String describe(Act a) {
        List<String> parts = new ArrayList<>();
        parts.add(a.type().toString());
        parts.add("agent=" + names(a.agents()));
        if (!a.participants().isEmpty()) {
            parts.add("with=" + names(a.participants()));
        }
        if (!a.addressees().isEmpty()) {
            parts.add("to=" + names(a.addressees()));
        }
        if (!a.topics().isEmpty()) {
            parts.add("on=" + a.topics().stream().map(Issue::label).collect(Collectors.joining(",")));
        }
        if (a.when() != null) {
            parts.add("when=" + (a.when().isDay() ? a.when().first() : a.when().first() + ".." + a.when().last()));
        }
        if (a.status() != null) {
            parts.add(a.status());
        }
        if (a.location() != null) {
            parts.add("at=" + a.location().name());
        }
        if (a.condition() != null) {
            parts.add("if=" + a.condition());
        }
        if (a.respondsTo() != null) {
            parts.add("answers=" + a.respondsTo().type());
        }
        if (a.quote() != null) {
            parts.add("quote=\"" + abbreviate(a.quote()) + "\"");
        }
        parts.add("| " + a.label());
        return String.join(" ", parts);
    }

    private static String names(List<EntityKey> keys) {
        return keys.stream().map(EntityKey::name).collect(Collectors.joining("+"));
    }

    private static String abbreviate(String text) {
        return text.length() <= 50 ? text : text.substring(0, 47) + "...";
    }

    /** Sentence {@code n} in the notation of {@link Docs}, ready to paste into a rule test. */
    private static void spec(AnnotatedDoc doc, int n, PrintStream out) {
        Sentence s = doc.sentence(n);
        out.println("// " + s.text());
        String tokens = s.tokens().stream().map(DevExplain::spec).collect(Collectors.joining(" "));
        String deps = s.dependencies().stream()
                .map(d -> "\"" + d.relation() + " " + (d.governor() == Dependency.ROOT ? 0 : d.governor() + 1) + " "
                        + (d.dependent() + 1) + "\"")
                .collect(Collectors.joining(", "));
        out.println(".sentence(\"" + tokens + "\",");
        out.println("        " + deps + ")");
    }

    private static String spec(Token t) {
        String ner = t.ner() + (t.normalizedNer() != null ? "=" + t.normalizedNer() : "");
        return t.word().replace(' ', '_') + "/" + t.pos() + "/" + ner + "/" + t.lemma();
    }
}
