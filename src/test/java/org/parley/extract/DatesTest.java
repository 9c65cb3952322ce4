package org.parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.extract.Dates.Tense;
import org.parley.nlp.Token;

/** What SUTime's normalised DATE values fix, for an article of Wednesday 2025-03-19. */
class DatesTest {

    private static final LocalDate ARTICLE = LocalDate.parse("2025-03-19");

    private static Token date(String word, String value) {
        return new Token(0, word, word.toLowerCase(), "NN", "DATE", value, 0, word.length());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            March 18;    2025-03-18; 2025-03-18; 2025-03-18
            week;        2025-W11;   2025-03-10; 2025-03-16
            month;       2025-04;    2025-04-01; 2025-04-30
            February;    2024-02;    2024-02-01; 2024-02-29
            year;        2024;       2024-01-01; 2024-12-31
            week;        2026-W01;   2025-12-29; 2026-01-04
            """)
    void aDayWeekMonthOrYearIsAPeriodFromItsFirstToItsLastDay(String word, String value, String first, String last) {
        assertThat(Dates.whenOf(date(word, value), Tense.UNKNOWN, ARTICLE))
                .contains(new When(LocalDate.parse(first), LocalDate.parse(last)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            summer;     2025-SU
            quarter;    2025-Q1
            recently;   PAST_REF
            now;        PRESENT_REF
            nineties;   199X
            Tuesday;    2025-02-30
            week;       2025-W54
            """)
    void vagueOrImpossibleValuesFixNothing(String word, String value) {
        assertThat(Dates.whenOf(date(word, value), Tense.UNKNOWN, ARTICLE)).isEmpty();
    }

    @Test
    void aBareWeekdayFollowsTheTenseOfItsVerb() {
        Token thursday = date("Thursday", "2025-03-20");
        Token monday = date("Monday", "2025-03-17");

        assertThat(Dates.whenOf(thursday, Tense.PAST, ARTICLE)).contains(When.day(LocalDate.parse("2025-03-13")));
        assertThat(Dates.whenOf(monday, Tense.FUTURE, ARTICLE)).contains(When.day(LocalDate.parse("2025-03-24")));
        assertThat(Dates.whenOf(thursday, Tense.UNKNOWN, ARTICLE)).contains(When.day(LocalDate.parse("2025-03-20")));
    }

    @Test
    void aBareMonthNameFollowsTheTenseOfItsVerb() {
        Token nextJune = date("June", "2025-06");
        Token lastJanuary = date("January", "2025-01");

        assertThat(Dates.whenOf(nextJune, Tense.PAST, ARTICLE))
                .contains(new When(LocalDate.parse("2024-06-01"), LocalDate.parse("2024-06-30")));
        assertThat(Dates.whenOf(lastJanuary, Tense.FUTURE, ARTICLE))
                .contains(new When(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-31")));
        assertThat(Dates.whenOf(nextJune, Tense.UNKNOWN, ARTICLE))
                .contains(new When(LocalDate.parse("2025-06-01"), LocalDate.parse("2025-06-30")));
        assertThat(Dates.whenOf(date("month", "2025-04"), Tense.PAST, ARTICLE)).as("'next month' is not a name")
                .contains(new When(LocalDate.parse("2025-04-01"), LocalDate.parse("2025-04-30")));
    }

    @Test
    void aPeriodCannotEndBeforeItStarts() {
        When week = new When(LocalDate.parse("2025-03-10"), LocalDate.parse("2025-03-16"));

        assertThat(week.isDay()).isFalse();
        assertThat(week.isBefore(ARTICLE)).isTrue();
        assertThat(week.isAfter(LocalDate.parse("2025-03-12"))).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new When(ARTICLE, ARTICLE.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
