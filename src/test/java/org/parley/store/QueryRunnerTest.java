package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parley.store.ArticleGraphs.article;
import static org.parley.store.ArticleGraphs.iri;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class QueryRunnerTest {

    private static final String IDS = """
            SELECT ?id ?article WHERE { ?article dcterms:identifier ?id } ORDER BY ?id
            """;

    @TempDir
    Path dir;

    private ArticleStore store;

    @BeforeEach
    void fillStore() {
        store = ArticleStore.open(dir);
        store.replaceArticle(iri("a1"), article("a1", "hash-1", "Sergei Lavrov"));
        store.replaceArticle(iri("a2"), article("a2", "hash-2", "Antony Blinken"));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void jsonResultsReadBackWithJena() {
        String json = run(IDS, ResultFormat.JSON);

        ResultSet results = ResultSetMgr.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        List<String> ids = new ArrayList<>();
        results.forEachRemaining(row -> ids.add(row.getLiteral("id").getString()));
        assertThat(results.getResultVars()).containsExactly("id", "article");
        assertThat(ids).containsExactly("a1", "a2");
    }

    @Test
    void xmlResultsReadBackWithJena() {
        String xml = run(IDS, ResultFormat.XML);

        ResultSet results = ResultSetMgr.read(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_XML);
        assertThat(results.getResultVars()).containsExactly("id", "article");
        assertThat(ResultSetFormatter.consume(results)).isEqualTo(2);
    }

    @Test
    void csvStartsWithTheHeaderAndHasOneLinePerRow() {
        List<String> lines = run(IDS, ResultFormat.CSV).lines().toList();

        assertThat(lines).containsExactly("id,article", "a1," + iri("a1"), "a2," + iri("a2"));
    }

    @Test
    void tsvUsesSparqlTermSyntax() {
        List<String> lines = run(IDS, ResultFormat.TSV).lines().toList();

        assertThat(lines).containsExactly(
                "?id\t?article", "\"a1\"\t<" + iri("a1") + ">", "\"a2\"\t<" + iri("a2") + ">");
    }

    @Test
    void tableShowsTheValues() {
        String table = run(IDS, ResultFormat.TABLE);

        assertThat(table).contains("| id ").contains("\"a1\"").contains("\"a2\"");
    }

    @Test
    void theStandardPrefixesNeedNoDeclarationAndUserPrefixesStillWork() {
        String csv = run("""
                PREFIX ex: <https://example.org/parley/actor/>
                SELECT ?label WHERE { ex:Antony_Blinken a neg:Person ; rdfs:label ?label }
                """, ResultFormat.CSV);

        assertThat(csv.lines()).containsExactly("label", "Antony Blinken");
    }

    @Test
    void askGivesABooleanInTheStandardFormats() {
        String ask = "ASK { ?act neg:agent ?actor }";

        assertThat(ResultSetMgr.readBoolean(
                new ByteArrayInputStream(run(ask, ResultFormat.JSON).getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON)).isTrue();
        assertThat(run(ask, ResultFormat.CSV).lines()).containsExactly("_askResult", "true");
        assertThat(run("ASK { ?x neg:agent neg:nobody }", ResultFormat.JSON)).contains("false");
    }

    @Test
    void constructGivesTurtleAndJsonLd() {
        String construct = "CONSTRUCT { ?a rdfs:label ?l } WHERE { ?a a neg:Person ; rdfs:label ?l }";
        Graph expected = GraphFactory.createDefaultGraph();
        RDFParser.fromString("""
                <https://example.org/parley/actor/Sergei_Lavrov> <http://www.w3.org/2000/01/rdf-schema#label> "Sergei Lavrov" .
                <https://example.org/parley/actor/Antony_Blinken> <http://www.w3.org/2000/01/rdf-schema#label> "Antony Blinken" .
                """, Lang.NTRIPLES).parse(expected);

        for (ResultFormat format : List.of(ResultFormat.TTL, ResultFormat.TABLE, ResultFormat.JSON)) {
            Graph parsed = GraphFactory.createDefaultGraph();
            Lang lang = format == ResultFormat.JSON ? Lang.JSONLD : Lang.TURTLE;
            RDFParser.fromString(run(construct, format), lang).parse(parsed);
            assertThat(IsoMatcher.isomorphic(parsed, expected)).as(format.label()).isTrue();
        }
    }

    @Test
    void constructAsCsvIsRefusedWithTheFormatsThatFit() {
        assertThatThrownBy(() -> run("CONSTRUCT WHERE { ?s ?p ?o }", ResultFormat.CSV))
                .isInstanceOf(QueryFailure.class)
                .hasMessageContaining("ttl");
    }

    @ParameterizedTest
    @EnumSource(ResultFormat.class)
    void aSyntaxErrorIsAOneLineFailureInEveryFormat(ResultFormat format) {
        String broken = "SELECT ?s\nWHERE { ?s ?p }";

        assertThatThrownBy(() -> run(broken, format))
                .isInstanceOf(QueryFailure.class)
                .hasMessage("syntax error in the query at line 2, column 15: Encountered \"}\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SELECT * WHERE { ?s foo:bar ?o }  | line 1, column 21: Unresolved prefixed name: foo:bar",
        "SELEC * {}                        | line 1, column 6: Lexical error",
        "SELECT * WHERE { ?s <a b> ?o }    | line 1, column 21",
        "INSERT DATA { <a:s> <a:p> 1 }     | line 1, column 1",
    })
    void syntaxErrorsNameTheOffendingPosition(String query, String expected) {
        assertThatThrownBy(() -> run(query, ResultFormat.JSON))
                .isInstanceOf(QueryFailure.class)
                .hasMessageStartingWith("syntax error in the query at " + expected)
                .satisfies(failure -> assertThat(failure.getMessage()).doesNotContain("\n"));
    }

    @Test
    void formatNamesParseIgnoringCaseAndRejectOthersClearly() {
        assertThat(ResultFormat.parse("Json")).isEqualTo(ResultFormat.JSON);
        assertThatThrownBy(() -> ResultFormat.parse("yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("yaml")
                .hasMessageContaining("table, csv, tsv, json, xml, ttl");
    }

    private String run(String sparql, ResultFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.run(store.dataset(), sparql, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
