package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatelinesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "DUBAI, Aug 27 (Reuters) - Iran ruled out talks.",
            "KYIV, Ukraine (AP) \u2014 Ukraine proposed talks.",
            "GENEVA \u2014 The envoy met both sides.",
            "NEW DELHI -- India and the EU met.",
            "BEIJING, Jan. 9 (Reuters) - China warned.",
            "ST. PETERSBURG, Russia \u2013 Putin spoke.",
            "PORT SUDAN, Sudan (AP) \u2014 The army rejected the plan."})
    void aDatelineBecomesALineOfItsOwnWithEveryOffsetKept(String paragraph) {
        String text = "Headline here\n\n" + paragraph + "\n\nMore text - with a dash.";

        String separated = Datelines.separate(text);

        assertThat(separated).hasSameSizeAs(text);
        int start = text.indexOf(paragraph);
        String line = separated.substring(start, start + paragraph.length());
        int end = line.lastIndexOf('\n');
        assertThat(end).as("a line break ends the dateline").isPositive();
        assertThat(line.substring(end + 1)).as("the sentence after it is untouched")
                .isEqualTo(paragraph.substring(end + 1)).doesNotContain("\n");
        assertThat(separated).endsWith("More text - with a dash.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "NATO allies met - and agreed.",
            "A - B is not a dateline.",
            "The talks - held in Geneva - ended.",
            "US officials said - without naming them - that talks went well.",
            "Putin - the Russian leader - spoke."})
    void otherDashesStay(String paragraph) {
        assertThat(Datelines.separate(paragraph)).isEqualTo(paragraph);
    }
}
