package org.parley.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.nlp.AnnotatedDoc;
import org.parley.nlp.DependencyPattern;
import org.parley.nlp.Sentence;
import org.parley.nlp.SharedPipeline;
import org.parley.rdf.NEG;

/**
 * The act patterns keep their promises: each matches its own example sentence, as CoreNLP parses it, at its act
 * word, and does not match its near miss; each CAMEO code lies under its class's roots; and the documented table is
 * the file's. A pattern added to {@code act-patterns.txt} is tested here without a line of Java.
 */
class ActPatternsTest {

    static final Path TABLE = Path.of("docs/act-patterns.md");
    private static final WordClasses WORDS = WordClasses.load(ActLexicon.load(),
            Lexicon.load("/org/parley/extract/speech-verbs.txt"), Lexicon.load("/org/parley/extract/light-verbs.txt"));
    private static final ActPatterns PATTERNS = ActPatterns.load(WORDS);

    static Stream<ActPattern> patterns() {
        return PATTERNS.all().stream();
    }

    private static Sentence parsed(String text) {
        AnnotatedDoc doc = SharedPipeline.get().annotate("pattern-example", text, LocalDate.of(2025, 6, 10));
        assertThat(doc.sentences()).as("'%s' must be one sentence", text).hasSize(1);
        return doc.sentences().get(0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patterns")
    void matchesItsExampleAndNotItsNearMiss(ActPattern pattern) {
        Sentence example = parsed(pattern.example());
        assertThat(pattern.compiled().matches(example))
                .as("%s must match its example '%s', parsed as %s", pattern.name(), pattern.example(),
                        example.dependencies())
                .isNotEmpty()
                .allSatisfy(nodes -> assertThat(nodes).containsKey(ActPattern.ACT_NODE));
        Sentence nearMiss = parsed(pattern.nearMiss());
        assertThat(pattern.compiled().matches(nearMiss))
                .as("%s must not match its near miss '%s'", pattern.name(), pattern.nearMiss())
                .isEmpty();
    }

    @Test
    void everyPatternsCameoCodeLiesUnderItsClassesRootCodes() {
        Model ontology = ModelFactory.createDefaultModel();
        RDFDataMgr.read(ontology, "ontology/negotiation.ttl");
        for (ActPattern pattern : PATTERNS.all()) {
            Set<String> roots = ontology.listObjectsOfProperty(
                            ontology.createResource(NEG.NS + pattern.act().className()), NEG.cameoRootCode)
                    .toList().stream().map(RDFNode::toString).collect(Collectors.toSet());
            assertThat(roots).as("%s: %s", pattern.name(), pattern.cameo()).anyMatch(pattern.cameo()::startsWith);
        }
    }

    @Test
    void wordClassesExpandToSemgrexAlternatives() {
        assertThat(WORDS.expand("{lemma:@truce-nouns}=act")).startsWith("{lemma:/").contains("|truce")
                .endsWith("/}=act");
        assertThat(WORDS.expand("{lemma:@meeting-nouns}")).contains("summit");
        assertThat(WORDS.words("proposal-verbs")).contains("propose").doesNotContain("put forward");
        assertThatThrownBy(() -> WORDS.expand("{lemma:@no-such-class}"))
                .hasMessageContaining("no word class @no-such-class");
    }

    @Test
    void aPatternMatchesHandBuiltSentencesWithoutModels() {
        // They announced a truce . (the matcher works on our records; no parse needed)
        Sentence sentence = Docs.dated("2025-06-10")
                .sentence("They/PRP announced/VBD/O/announce a/DT truce/NN/O/truce ./.",
                        "nsubj 2 1", "root 0 2", "det 4 3", "obj 2 4", "punct 2 5")
                .build().sentences().get(0);
        DependencyPattern pattern = DependencyPattern.compile(WORDS.expand(
                "{lemma:@announcing-verbs}=act >obj {lemma:@truce-nouns}=topic"));
        assertThat(pattern.matches(sentence)).containsExactly(java.util.Map.of("act", 1, "topic", 3));
    }

    @Test
    void aBrokenPatternFileIsReportedWithItsLine() {
        String missingExample = "pattern: x\nact: PROPOSAL\ncameo: 030\nmatch: {lemma:offer}=act\nnear miss: No.\n";
        assertThatThrownBy(() -> ActPatterns.parse("test.txt", missingExample, WORDS))
                .hasMessageContaining("test.txt:1").hasMessageContaining("'example'");
        String noActNode = "pattern: x\nact: PROPOSAL\ncameo: 030\nmatch: {lemma:offer}=word\nexample: A.\n"
                + "near miss: B.\n";
        assertThatThrownBy(() -> ActPatterns.parse("test.txt", noActNode, WORDS)).hasMessageContaining("=act");
        String badSemgrex = "pattern: x\nact: PROPOSAL\ncameo: 030\nmatch: {lemma:offer=act >>>\nexample: A.\n"
                + "near miss: B.\n";
        assertThatThrownBy(() -> ActPatterns.parse("test.txt", badSemgrex, WORDS))
                .hasMessageContaining("not a Semgrex pattern");
        String unknownNode = "pattern: x\nact: PROPOSAL\ncameo: 030\nmatch: {lemma:offer}=act\naddressee: to\n"
                + "example: A.\nnear miss: B.\n";
        assertThatThrownBy(() -> ActPatterns.parse("test.txt", unknownNode, WORDS))
                .hasMessageContaining("names node 'to'");
        String badField = "pattern: x\nacts: PROPOSAL\n";
        assertThatThrownBy(() -> ActPatterns.parse("test.txt", badField, WORDS)).hasMessageContaining("test.txt:2");
    }

    @Test
    void theDocumentedTableIsTheFilesTable() throws IOException {
        String table = ActPatternTable.markdown(PATTERNS, WORDS);
        if (Boolean.getBoolean("parley.updateDocs")) {
            Files.writeString(TABLE, table, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(TABLE, StandardCharsets.UTF_8))
                .as("docs/act-patterns.md is stale: mvn -q test -Dtest=ActPatternsTest -Dparley.updateDocs=true")
                .isEqualTo(table);
    }
}
