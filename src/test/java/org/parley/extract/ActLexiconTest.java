package org.parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.parley.rdf.NEG;

/** The act lexicon agrees with the ontology, so a query by class and a query by CAMEO code give the same acts. */
class ActLexiconTest {

    @Test
    void everyWordsCameoCodeLiesUnderItsActClassesRootCodes() {
        Model ontology = ModelFactory.createDefaultModel();
        RDFDataMgr.read(ontology, "ontology/negotiation.ttl");
        for (String[] row : TsvResource.rows(ActLexicon.RESOURCE, 5)) {
            ActType type = ActType.valueOf(row[2]);
            Set<String> roots = ontology.listObjectsOfProperty(ontology.createResource(NEG.NS + type.className()),
                    NEG.cameoRootCode).toList().stream().map(RDFNode::toString).collect(Collectors.toSet());
            assertThat(roots).as(type.className()).isNotEmpty();
            assertThat(roots).as("%s (%s) code %s", row[0], type, row[3]).anyMatch(row[3]::startsWith);
        }
    }

    @Test
    void everyActTypesDefaultCodeLiesUnderItsRoots() {
        for (ActType type : ActType.values()) {
            assertThat(type.cameoRootCode()).matches("\\d{3}");
        }
        assertThat(ActType.ACCUSATION.cameoRootCode()).startsWith("11");
    }

    @Test
    void phrasalFormsAndNounsLoad() {
        ActLexicon lexicon = ActLexicon.load();
        assertThat(lexicon.noun("proposal")).get().extracting(ActLexicon.Entry::act).isEqualTo(ActType.PROPOSAL);
        assertThat(lexicon.noun("talk")).get().extracting(ActLexicon.Entry::act).isEqualTo(ActType.MEETING);
        List<String> patterns = TsvResource.rows(ActLexicon.RESOURCE, 5).stream().map(r -> r[4].toLowerCase(Locale.ROOT))
                .distinct().toList();
        assertThat(patterns).allSatisfy(p -> assertThat(ActLexicon.Pattern.parse(p)).isNotNull());
    }
}
