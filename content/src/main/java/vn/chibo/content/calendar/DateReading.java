package vn.chibo.content.calendar;

import java.time.LocalDate;

/** A date read from text, or why it could not be: {@code problem} names a message, {@code detail} what was typed. */
public record DateReading(LocalDate date, Problem problem, String detail) {

    public enum Problem {
        NOT_A_DATE,
        NO_SUCH_DAY
    }

    static DateReading of(LocalDate date) {
        return new DateReading(date, null, null);
    }

    static DateReading wrong(Problem problem, String detail) {
        return new DateReading(null, problem, detail);
    }

    public boolean ok() {
        return date != null;
    }
}
