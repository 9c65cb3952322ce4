package org.parley.store.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordOrderTest {

    private static final String TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";

    @Test
    void subjectsComeTogetherWithTheirTypeFirst() {
        List<String> records = new ArrayList<>(List.of(
                "<http://x/b> <http://x/p> \"1\"",
                "<http://x/a> <http://x/z> \"2\"",
                "<http://x/a> " + TYPE + " <http://x/T>",
                "<http://x/ab> <http://x/p> \"3\"",
                "_:b1 <http://x/p> \"4\"",
                "<http://x/a> <http://x/p> \"has a space\""));

        records.sort(RecordOrder.TRIPLES);

        assertThat(records).containsExactly(
                "<http://x/a> " + TYPE + " <http://x/T>",
                "<http://x/a> <http://x/p> \"has a space\"",
                "<http://x/a> <http://x/z> \"2\"",
                "<http://x/ab> <http://x/p> \"3\"",
                "<http://x/b> <http://x/p> \"1\"",
                "_:b1 <http://x/p> \"4\"");
    }

    @Test
    void quadsComeByGraphWithTheDefaultGraphFirst() {
        List<String> records = new ArrayList<>(List.of(
                "<http://g/2> <http://x/a> <http://x/p> \"1\"",
                " <http://x/z> <http://x/p> \"2\"",
                "<http://g/1> <http://x/z> <http://x/p> \"3\""));

        records.sort(RecordOrder.QUADS);

        assertThat(records).containsExactly(
                " <http://x/z> <http://x/p> \"2\"",
                "<http://g/1> <http://x/z> <http://x/p> \"3\"",
                "<http://g/2> <http://x/a> <http://x/p> \"1\"");
    }

    @Test
    void onlyEqualRecordsCompareEqual() {
        assertThat(RecordOrder.TRIPLES.compare("<a> <p> \"x\"", "<a> <p> \"x\"")).isZero();
        assertThat(RecordOrder.TRIPLES.compare("<a> <p> \"x\"", "<a> <p> \"x \"")).isNotZero();
    }
}
