package vn.chibo.content.commendation;

import java.time.LocalDate;
import java.util.Optional;
import vn.chibo.content.calendar.PartyCalendar;

/** A commendation's decision cannot be dated in the future, before the Party existed, or before the period it rewards began. */
public final class DecisionDateRule {

    public enum Problem {
        IN_THE_FUTURE,
        BEFORE_THE_PARTY,
        BEFORE_THE_PERIOD
    }

    private DecisionDateRule() {}

    /** What is wrong with a decision of {@code date} for an achievement over {@code period} (may be null). */
    public static Optional<Problem> check(LocalDate date, LocalDate today, Commendation.Period period) {
        if (date.isAfter(today)) {
            return Optional.of(Problem.IN_THE_FUTURE);
        }
        if (date.isBefore(PartyCalendar.PARTY_FOUNDED)) {
            return Optional.of(Problem.BEFORE_THE_PARTY);
        }
        if (period != null && date.isBefore(period.from())) {
            return Optional.of(Problem.BEFORE_THE_PERIOD);
        }
        return Optional.empty();
    }
}
