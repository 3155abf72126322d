package vn.chibo.content.commendation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chibo.content.calendar.PartyCalendar;

/**
 * Reads the period of an achievement as people write it: "2023", "năm 2023", "2021–2023", "giai đoạn
 * 2021 - 2023", "từ 2021 đến 2023", "6/2021 - 12/2023", "1/1/2021 – 31/12/2023". A year means the whole year,
 * a month the whole month. The label is the period written one way ("năm 2023", "2021–2023").
 */
public final class Periods {

    /** Why a text is not a period. */
    public enum Problem {
        NOT_A_PERIOD,
        NO_SUCH_DAY,
        ENDS_BEFORE_IT_STARTS,
        BEFORE_THE_PARTY,
        NOT_YET_BEGUN
    }

    /** A period read, or the problem with it. */
    public record Reading(Commendation.Period period, Problem problem) {
        public boolean ok() {
            return period != null;
        }
    }

    private static final String POINT = "(\\d{1,2}/\\d{1,2}/\\d{4}|\\d{1,2}/\\d{4}|\\d{4})";
    private static final Pattern RANGE = Pattern.compile(
            "(?:từ\\s+)?" + POINT + "\\s*(?:-|–|—|đến|tới)\\s*" + POINT,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SINGLE = Pattern.compile(POINT);
    private static final Pattern IN_TEXT = Pattern.compile(
            "(?:giai đoạn|năm|từ)\\s+" + POINT + "(?:\\s*(?:-|–|—|đến|tới)\\s*" + POINT + ")?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Periods() {}

    public static Reading read(String text, LocalDate today) {
        String t = text.strip().replaceFirst("(?iu)^(giai đoạn|năm)\\s+", "").strip();
        Matcher range = RANGE.matcher(t);
        if (range.matches()) {
            return of(range.group(1), range.group(2), today);
        }
        Matcher single = SINGLE.matcher(t);
        if (single.matches()) {
            return of(single.group(1), single.group(1), today);
        }
        return new Reading(null, Problem.NOT_A_PERIOD);
    }

    /** The first period written in a longer text ("... giai đoạn 2021–2023"), if it is a valid one. */
    public static Optional<Commendation.Period> findIn(String text, LocalDate today) {
        Matcher m = IN_TEXT.matcher(text);
        while (m.find()) {
            Reading reading = of(m.group(1), m.group(2) == null ? m.group(1) : m.group(2), today);
            if (reading.ok()) {
                return Optional.of(reading.period());
            }
        }
        return Optional.empty();
    }

    private static Reading of(String first, String last, LocalDate today) {
        LocalDate from;
        LocalDate to;
        try {
            from = start(first);
            to = end(last);
        } catch (DateTimeException e) {
            return new Reading(null, Problem.NO_SUCH_DAY);
        }
        if (to.isBefore(from)) {
            return new Reading(null, Problem.ENDS_BEFORE_IT_STARTS);
        }
        if (from.isBefore(PartyCalendar.PARTY_FOUNDED.withDayOfYear(1))) {
            return new Reading(null, Problem.BEFORE_THE_PARTY);
        }
        if (from.isAfter(today)) {
            return new Reading(null, Problem.NOT_YET_BEGUN);
        }
        String label = first.equals(last) ? (first.length() == 4 ? "năm " + first : first) : first + "–" + last;
        return new Reading(new Commendation.Period(from, to, label), null);
    }

    private static LocalDate start(String point) {
        String[] parts = point.split("/");
        return switch (parts.length) {
            case 1 -> LocalDate.of(Integer.parseInt(parts[0]), 1, 1);
            case 2 ->
                YearMonth.of(Integer.parseInt(parts[1]), Integer.parseInt(parts[0]))
                        .atDay(1);
            default -> LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
        };
    }

    private static LocalDate end(String point) {
        String[] parts = point.split("/");
        return switch (parts.length) {
            case 1 -> LocalDate.of(Integer.parseInt(parts[0]), 12, 31);
            case 2 ->
                YearMonth.of(Integer.parseInt(parts[1]), Integer.parseInt(parts[0]))
                        .atEndOfMonth();
            default -> LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
        };
    }
}
