package org.parley.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/** Dates of acts from SUTime's values, with the corrections news text needs. */
final class Dates {

    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Set<String> DEADLINE_PREPOSITIONS = Set.of("before", "until", "till", "by", "ahead_of");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    private Dates() {
    }

    /** Which way a verb points in time, to correct a bare weekday SUTime put on the wrong side of the article. */
    enum Tense { PAST, FUTURE, UNKNOWN }

    /**
     * When a DATE token says, as SUTime resolved it against the article's date: a whole day, an ISO week
     * ("2025-W11": "last week"), a month ("2025-03": "in March", "this month") or a year ("2024": "last year").
     * Seasons, quarters, decades and vague references ("recently") fix nothing. SUTime puts a bare weekday after
     * the article's date even in a past-tense sentence ("Putin said on Thursday"); a past-tense verb moves it a week
     * back, a future one forward.
     */
    static Optional<When> whenOf(Token token, Tense tense, LocalDate articleDate) {
        if (!"DATE".equals(token.ner()) || token.normalizedNer() == null) {
            return Optional.empty();
        }
        String value = token.normalizedNer();
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(When.day(corrected(LocalDate.parse(value), token, tense, articleDate)));
            }
            if (value.matches("\\d{4}-W\\d{2}")) {
                LocalDate monday = LocalDate.of(Integer.parseInt(value.substring(0, 4)), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(value.substring(6)))
                        .with(DayOfWeek.MONDAY);
                return Optional.of(new When(monday, monday.plusDays(6)));
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                YearMonth month = corrected(YearMonth.parse(value), token, tense, articleDate);
                return Optional.of(new When(month.atDay(1), month.atEndOfMonth()));
            }
            if (value.matches("\\d{4}")) {
                Year year = Year.parse(value);
                return Optional.of(new When(year.atDay(1), year.atMonth(12).atEndOfMonth()));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty(); // "2025-02-30", "2025-W54": nothing is fixed
        }
        return Optional.empty();
    }

    /**
     * SUTime resolves a bare month name to the next one at times ("had urged in March", in an October article, as
     * next March): a past-tense verb moves a month after the article a year back, a future one a past month forward.
     */
    private static YearMonth corrected(YearMonth month, Token token, Tense tense, LocalDate articleDate) {
        boolean monthName = MONTHS.contains(token.word().toLowerCase(Locale.ROOT));
        if (monthName && tense == Tense.PAST && month.atDay(1).isAfter(articleDate)) {
            return month.minusYears(1);
        }
        if (monthName && tense == Tense.FUTURE && month.atEndOfMonth().isBefore(articleDate)) {
            return month.plusYears(1);
        }
        return month;
    }

    private static LocalDate corrected(LocalDate day, Token token, Tense tense, LocalDate articleDate) {
        boolean weekday = WEEKDAYS.contains(token.word().toLowerCase(Locale.ROOT));
        if (weekday && tense == Tense.PAST && day.isAfter(articleDate)) {
            return day.minusWeeks(1);
        }
        if (weekday && tense == Tense.FUTURE && day.isBefore(articleDate)) {
            return day.plusWeeks(1);
        }
        return day;
    }

    /**
     * When a word's own time expression says: a date among its dependents ("spoke on Tuesday", "a call last
     * Thursday", "met last week"), one level down an adverb ("earlier on Sunday"), or in a participle that goes with it
     * ("Speaking on Thursday, he said").
     */
    static Optional<When> ofHead(Sentence sentence, int head, Tense tense, LocalDate articleDate) {
        return ofHead(sentence, head, tense, articleDate, false);
    }

    /**
     * The time a verb's argument gives the verb ("on Tuesday agreed", "the talks on Monday"), leaving out the period
     * the argument covers: "declared a truce for Easter" declares it before Easter.
     */
    static Optional<When> ofArgument(Sentence sentence, int argument, Tense tense, LocalDate articleDate) {
        return ofHead(sentence, argument, tense, articleDate, true);
    }

    private static Optional<When> ofHead(Sentence sentence, int head, Tense tense, LocalDate articleDate,
                                         boolean argument) {
        for (var d : sentence.dependents(head)) {
            if (d.is("nsubj") || d.is("obj") || isDeadline(d.relation())
                    || argument && d.relation().endsWith(":for")) {
                continue;
            }
            Optional<When> day = whenOf(sentence.token(d.dependent()), tense, articleDate);
            if (day.isEmpty() && d.is("advmod")) {
                day = sentence.dependents(d.dependent()).stream()
                        .map(inner -> whenOf(sentence.token(inner.dependent()), tense, articleDate))
                        .flatMap(Optional::stream).findFirst();
            }
            if (day.isPresent()) {
                return day;
            }
        }
        // "handed over a draft on Monday to lift the blockade": the parser may read "on Monday to lift" as a clause
        // whose subject is the day; the day is the verb's.
        for (var d : sentence.dependents(head)) {
            if (!d.relation().startsWith("advcl")) {
                continue;
            }
            for (int subject : sentence.dependents(d.dependent(), "nsubj")) {
                boolean marked = subject > 0 && Set.of("on", "in").contains(
                        sentence.token(subject - 1).word().toLowerCase(java.util.Locale.ROOT));
                Optional<When> day = marked ? whenOf(sentence.token(subject), tense, articleDate) : Optional.empty();
                if (day.isPresent()) {
                    return day;
                }
            }
        }
        // "Speaking on Thursday, Trump said": a participle without a subject of its own, set before or after the verb,
        // happens when the verb does, and its time is the verb's.
        for (int clause : sentence.dependents(head, "advcl")) {
            boolean participle = sentence.token(clause).pos().equals("VBG")
                    && sentence.dependents(clause).stream().noneMatch(d -> d.relation().startsWith("nsubj")
                    || d.is("mark"));
            if (participle) {
                Optional<When> day = ofHead(sentence, clause, tense, articleDate, argument);
                if (day.isPresent()) {
                    return day;
                }
            }
        }
        return Optional.empty();
    }

    /** "pushed for a deal before the end of the year", "until March": a deadline, not when the act happened. */
    private static boolean isDeadline(String relation) {
        int colon = relation.indexOf(':');
        return colon > 0 && DEADLINE_PREPOSITIONS.contains(relation.substring(colon + 1));
    }

    /** Whether a verb speaks of the past: "said", "has announced". */
    static boolean isPastTense(Sentence sentence, int verb) {
        String pos = sentence.token(verb).pos();
        if (pos.equals("VBD")) {
            return true;
        }
        return pos.equals("VBN") && sentence.dependents(verb, "aux").stream()
                .anyMatch(aux -> sentence.token(aux).lemma().equals("have"));
    }
}
