package vn.chibo.content.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A month, a quarter, a half-year (sơ kết: 1 is January–June), a year, or a range of days chosen by the person
 * ({@code start} to {@code end}, both included, at most {@link #LONGEST_RANGE} days; its {@code year} is the start's);
 * {@code code} is how buttons carry it: "m2026-11", "q2026-4", "h2026-1", "y2026", "r20260301-20260615".
 */
public record Period(Kind kind, int year, int number, LocalDate start, LocalDate end) {

    /** The longest range a report covers (days): a year, leap or not. */
    public static final int LONGEST_RANGE = 366;

    public enum Kind {
        MONTH,
        QUARTER,
        HALF,
        YEAR,
        RANGE
    }

    /** A month, quarter, half-year or year. */
    public Period(Kind kind, int year, int number) {
        this(kind, year, number, null, null);
    }

    /** The days from {@code start} to {@code end}, both included; refused backwards or longer than a year. */
    public static Period range(LocalDate start, LocalDate end) {
        if (end.isBefore(start) || java.time.temporal.ChronoUnit.DAYS.between(start, end) >= LONGEST_RANGE) {
            throw new IllegalArgumentException("a range of one day to a year, forwards");
        }
        return new Period(Kind.RANGE, start.getYear(), 0, start, end);
    }

    public static Period month(YearMonth month) {
        return new Period(Kind.MONTH, month.getYear(), month.getMonthValue());
    }

    public static Period quarterOf(LocalDate day) {
        return new Period(Kind.QUARTER, day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public static Period half(int year, int half) {
        return new Period(Kind.HALF, year, half);
    }

    public static Period year(int year) {
        return new Period(Kind.YEAR, year, 0);
    }

    public LocalDate from() {
        return switch (kind) {
            case MONTH -> LocalDate.of(year, number, 1);
            case QUARTER -> LocalDate.of(year, (number - 1) * 3 + 1, 1);
            case HALF -> LocalDate.of(year, (number - 1) * 6 + 1, 1);
            case YEAR -> LocalDate.of(year, 1, 1);
            case RANGE -> start;
        };
    }

    public LocalDate to() {
        return switch (kind) {
            case MONTH -> YearMonth.of(year, number).atEndOfMonth();
            case QUARTER -> YearMonth.of(year, number * 3).atEndOfMonth();
            case HALF -> YearMonth.of(year, number * 6).atEndOfMonth();
            case YEAR -> LocalDate.of(year, 12, 31);
            case RANGE -> end;
        };
    }

    /** The months of the period that have begun by {@code today}: those a cell could have met in. */
    public List<YearMonth> monthsBegunBy(LocalDate today) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from());
                !m.isAfter(YearMonth.from(to())) && !m.atDay(1).isAfter(today);
                m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** The quarters of the period that have begun by {@code today}, as "2026-4". */
    public List<String> quartersBegunBy(LocalDate today) {
        return monthsBegunBy(today).stream()
                .map(m -> m.getYear() + "-" + ((m.getMonthValue() - 1) / 3 + 1))
                .distinct()
                .toList();
    }

    public String code() {
        return switch (kind) {
            case MONTH -> "m" + year + "-" + number;
            case QUARTER -> "q" + year + "-" + number;
            case HALF -> "h" + year + "-" + number;
            case YEAR -> "y" + year;
            case RANGE ->
                "r" + start.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + "-"
                        + end.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        };
    }

    /** The period a code names; empty for anything else (a forged button). */
    public static java.util.Optional<Period> parse(String code) {
        java.util.regex.Matcher r =
                java.util.regex.Pattern.compile("r(\\d{8})-(\\d{8})").matcher(code);
        if (r.matches()) {
            try {
                return java.util.Optional.of(range(
                        LocalDate.parse(r.group(1), java.time.format.DateTimeFormatter.BASIC_ISO_DATE),
                        LocalDate.parse(r.group(2), java.time.format.DateTimeFormatter.BASIC_ISO_DATE)));
            } catch (java.time.format.DateTimeParseException | IllegalArgumentException e) {
                return java.util.Optional.empty();
            }
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([mqhy])(\\d{4})(?:-(\\d{1,2}))?")
                .matcher(code);
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        int year = Integer.parseInt(m.group(1 + 1));
        Integer number = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        return switch (m.group(1)) {
            case "m" ->
                number != null && number >= 1 && number <= 12
                        ? java.util.Optional.of(new Period(Kind.MONTH, year, number))
                        : java.util.Optional.empty();
            case "q" ->
                number != null && number >= 1 && number <= 4
                        ? java.util.Optional.of(new Period(Kind.QUARTER, year, number))
                        : java.util.Optional.empty();
            case "h" ->
                number != null && number >= 1 && number <= 2
                        ? java.util.Optional.of(half(year, number))
                        : java.util.Optional.empty();
            default -> number == null ? java.util.Optional.of(year(year)) : java.util.Optional.empty();
        };
    }
}
