package org.parley.extract;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/** Dates of acts from SUTime's values, with the corrections news text needs. */
final class Dates {

    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    private Dates() {
    }

    /**
     * The day a DATE token names, when SUTime resolved it to a whole day. SUTime puts a bare weekday after the
     * article's date even in a past-tense sentence ("Putin said on Thursday"); a past-tense verb moves it a week back.
     */
    /** Which way a verb points in time, to correct a bare weekday SUTime put on the wrong side of the article. */
    enum Tense { PAST, FUTURE, UNKNOWN }

    static Optional<LocalDate> dayOf(Token token, Tense tense, LocalDate articleDate) {
        if (!"DATE".equals(token.ner()) || token.normalizedNer() == null) {
            return Optional.empty();
        }
        String value = token.normalizedNer();
        if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Optional.empty();
        }
        LocalDate day;
        try {
            day = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        boolean weekday = WEEKDAYS.contains(token.word().toLowerCase(Locale.ROOT));
        if (weekday && tense == Tense.PAST && day.isAfter(articleDate)) {
            day = day.minusWeeks(1);
        } else if (weekday && tense == Tense.FUTURE && day.isBefore(articleDate)) {
            day = day.plusWeeks(1);
        }
        return Optional.of(day);
    }

    /**
     * The day a word's own time expression names: a date among its dependents ("spoke on Tuesday", "a call last
     * Thursday"), or one level down an adverb ("earlier on Sunday").
     */
    static Optional<LocalDate> ofHead(Sentence sentence, int head, Tense tense, LocalDate articleDate) {
        for (var d : sentence.dependents(head)) {
            if (d.is("nsubj") || d.is("obj")) {
                continue;
            }
            Optional<LocalDate> day = dayOf(sentence.token(d.dependent()), tense, articleDate);
            if (day.isEmpty() && d.is("advmod")) {
                day = sentence.dependents(d.dependent()).stream()
                        .map(inner -> dayOf(sentence.token(inner.dependent()), tense, articleDate))
                        .flatMap(Optional::stream).findFirst();
            }
            if (day.isPresent()) {
                return day;
            }
        }
        return Optional.empty();
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
