package org.parley.extract;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When an act happened or is planned, as precisely as the text says: one day ("on Tuesday"), or the first and last
 * day of a week, month or year ("last week", "in March", "last year").
 */
public record When(LocalDate first, LocalDate last) {

    public When {
        Objects.requireNonNull(first);
        Objects.requireNonNull(last);
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("a period cannot end (" + last + ") before it starts (" + first + ")");
        }
    }

    public static When day(LocalDate day) {
        return new When(day, day);
    }

    /** Whether the text fixes the day. */
    public boolean isDay() {
        return first.equals(last);
    }

    /** Wholly after the day: a meeting then is still to come. */
    public boolean isAfter(LocalDate day) {
        return first.isAfter(day);
    }

    /** Wholly before the day: a meeting then has been held. */
    public boolean isBefore(LocalDate day) {
        return last.isBefore(day);
    }
}
