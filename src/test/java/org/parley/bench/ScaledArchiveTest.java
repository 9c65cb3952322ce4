package org.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive the scale benchmark grows from a few real article graphs. */
class ScaledArchiveTest {

    private static final String ID = "https://w3id.org/parley/id/";
    private static final String SOURCE = """
            <%1$sarticle/a1> <http://purl.org/dc/terms/identifier> "a1" <%1$sarticle/a1> .
            <%1$sarticle/a1> <http://purl.org/dc/terms/date> "2025-06-01"^^<http://www.w3.org/2001/XMLSchema#date> <%1$sarticle/a1> .
            <%1$sact/a1/demand-12> <https://w3id.org/parley/ontology#agent> <%1$sperson/ana-ruiz> <%1$sarticle/a1> .
            <%1$sact/a1/demand-12> <https://w3id.org/parley/ontology#addressee> <%1$scountry/chile> <%1$sarticle/a1> .
            <%1$scountry/chile> <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q298> <%1$sarticle/a1> .
            <%1$sarticle/a2> <http://purl.org/dc/terms/identifier> "a2" <%1$sarticle/a2> .
            <https://w3id.org/parley/ontology#Demand> <http://www.w3.org/2000/01/rdf-schema#label> "demand" <https://w3id.org/parley/ontology> .
            """.formatted(ID);

    @TempDir
    Path dir;

    private ScaledArchive archive() throws IOException {
        Path source = dir.resolve("source.nq");
        Files.writeString(source, SOURCE);
        return ScaledArchive.of(List.of(source));
    }

    private Set<Quad> written(ScaledArchive archive, long from, long to) {
        Path out = dir.resolve("out-" + from + "-" + to + ".nq.gz");
        archive.write(from, to, out);
        DatasetGraph data = DatasetGraphFactory.createGeneral();
        RDFDataMgr.read(data, out.toString(), Lang.NQUADS);
        return data.stream().collect(Collectors.toSet());
    }

    private static Quad quad(String line) {
        DatasetGraph data = DatasetGraphFactory.createGeneral();
        RDFDataMgr.read(data, new java.io.StringReader(line.formatted(ID)), null, Lang.NQUADS);
        return data.stream().findFirst().orElseThrow();
    }

    @Test
    void articleGraphsAreTheSourceAndOtherGraphsAreLeftOut() throws IOException {
        ScaledArchive archive = archive();

        assertThat(archive.articlesPerCopy()).isEqualTo(2);
        assertThat(archive.quadsPerCopy()).isEqualTo(6);
        assertThat(archive.articlesFor(600)).isEqualTo(200);
        assertThat(written(archive, 0, 2)).hasSize(6).noneMatch(q -> q.getGraph().getURI().endsWith("/ontology"));
    }

    @Test
    void aCopyIsTheSameArticleUnderItsOwnIdsLaterWithItsOwnUnlinkedActors() throws IOException {
        ScaledArchive archive = archive();

        // Articles 2 and 3 of the archive are copy 1 of a1 and a2.
        Set<Quad> copy = written(archive, 2, 4);

        assertThat(copy).containsExactlyInAnyOrder(
                quad("<%1$sarticle/a1-x1> <http://purl.org/dc/terms/identifier> \"a1-x1\" <%1$sarticle/a1-x1> ."),
                quad("<%1$sarticle/a1-x1> <http://purl.org/dc/terms/date> "
                        + "\"2025-06-04\"^^<http://www.w3.org/2001/XMLSchema#date> <%1$sarticle/a1-x1> ."),
                quad("<%1$sact/a1-x1/demand-12> <https://w3id.org/parley/ontology#agent> "
                        + "<%1$sperson/ana-ruiz-x1> <%1$sarticle/a1-x1> ."),
                quad("<%1$sact/a1-x1/demand-12> <https://w3id.org/parley/ontology#addressee> "
                        + "<%1$scountry/chile> <%1$sarticle/a1-x1> ."),
                quad("<%1$scountry/chile> <http://www.w3.org/2002/07/owl#sameAs> "
                        + "<http://www.wikidata.org/entity/Q298> <%1$sarticle/a1-x1> ."),
                quad("<%1$sarticle/a2-x1> <http://purl.org/dc/terms/identifier> \"a2-x1\" <%1$sarticle/a2-x1> ."));
    }
}
