package vn.chibo.content.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chibo.content.roster.Fold;

/**
 * Reads the dates and times people type. Relative words are read against {@code today}; a day and month
 * without a year is in today's year. Whether a date may be in the future is the caller's rule.
 */
public final class VietnameseDates {

    private static final Pattern NUMERIC =
            Pattern.compile("(?:ngay\\s+)?(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?:\\s*[/.-]\\s*(\\d{2}|\\d{4}))?");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(thu\\s*(2|3|4|5|6|7|hai|ba|tu|nam|sau|bay)|chu nhat|cn)(?:\\s+(tuan truoc|tuan roi|tuan nay|tuan sau|tuan toi))?");
    private static final Pattern TIME =
            Pattern.compile("(\\d{1,2})\\s*(?:h|g|gio|:|\\.)\\s*(\\d{1,2})?\\s*(?:phut)?\\s*(sang|trua|chieu|toi)?");
    private static final Map<String, DayOfWeek> DAYS = Map.ofEntries(
            Map.entry("2", DayOfWeek.MONDAY), Map.entry("hai", DayOfWeek.MONDAY),
            Map.entry("3", DayOfWeek.TUESDAY), Map.entry("ba", DayOfWeek.TUESDAY),
            Map.entry("4", DayOfWeek.WEDNESDAY), Map.entry("tu", DayOfWeek.WEDNESDAY),
            Map.entry("5", DayOfWeek.THURSDAY), Map.entry("nam", DayOfWeek.THURSDAY),
            Map.entry("6", DayOfWeek.FRIDAY), Map.entry("sau", DayOfWeek.FRIDAY),
            Map.entry("7", DayOfWeek.SATURDAY), Map.entry("bay", DayOfWeek.SATURDAY));

    private VietnameseDates() {}

    /**
     * A date that is to come (a meeting announced, a report's due date): read as {@link #date}, except that a day and
     * month without a year ("15/1") mean the next such day, and a weekday without a week ("thứ 5") the next one.
     */
    public static DateReading upcoming(String text, LocalDate today) {
        String folded = Fold.of(text).replaceAll("[,;]", " ").strip();
        Matcher numeric = NUMERIC.matcher(folded);
        if (numeric.matches() && numeric.group(3) == null) {
            int month = Integer.parseInt(numeric.group(2));
            int day = Integer.parseInt(numeric.group(1));
            DateReading thisYear = build(today.getYear(), month, day, text);
            if (thisYear.ok() && !thisYear.date().isBefore(today)) {
                return thisYear;
            }
            DateReading nextYear = build(today.getYear() + 1, month, day, text);
            return nextYear.ok()
                    ? nextYear
                    : build(today.getYear() + 1 + (4 - (today.getYear() + 1) % 4) % 4, month, day, text);
        }
        DateReading reading = date(text, today);
        Matcher weekday = WEEKDAY.matcher(folded);
        if (reading.ok() && reading.date().isBefore(today) && weekday.matches() && weekday.group(3) == null) {
            return DateReading.of(reading.date().plusWeeks(1));
        }
        return reading;
    }

    public static DateReading date(String text, LocalDate today) {
        String folded = Fold.of(text).replaceAll("[,;]", " ").strip();
        Optional<LocalDate> word = relativeWord(folded, today);
        if (word.isPresent()) {
            return DateReading.of(word.get());
        }
        Matcher iso = ISO.matcher(folded);
        if (iso.matches()) {
            return build(
                    Integer.parseInt(iso.group(1)),
                    Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3)),
                    text);
        }
        Matcher numeric = NUMERIC.matcher(folded);
        if (numeric.matches()) {
            int year = numeric.group(3) == null
                    ? today.getYear()
                    : numeric.group(3).length() == 2
                            ? 2000 + Integer.parseInt(numeric.group(3))
                            : Integer.parseInt(numeric.group(3));
            return build(year, Integer.parseInt(numeric.group(2)), Integer.parseInt(numeric.group(1)), text);
        }
        Matcher weekday = WEEKDAY.matcher(folded);
        if (weekday.matches()) {
            return DateReading.of(weekday(weekday, today));
        }
        return DateReading.wrong(DateReading.Problem.NOT_A_DATE, text.strip());
    }

    /** A time of day: "14h", "14h30", "14:30", "7g30", "2 giờ chiều", "8h sáng"; empty if not a time. */
    public static Optional<LocalTime> time(String text) {
        Matcher m = TIME.matcher(Fold.of(text).strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String part = m.group(3);
        if (("chieu".equals(part) || "toi".equals(part)) && hour < 12) {
            hour += 12;
        } else if ("trua".equals(part) && hour < 6) {
            hour += 12;
        }
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }

    private static Optional<LocalDate> relativeWord(String folded, LocalDate today) {
        return switch (folded) {
            case "hom nay", "nay", "bua nay" -> Optional.of(today);
            case "hom qua", "qua", "bua qua" -> Optional.of(today.minusDays(1));
            case "hom kia", "bua kia" -> Optional.of(today.minusDays(2));
            case "ngay mai", "mai" -> Optional.of(today.plusDays(1));
            default -> Optional.empty();
        };
    }

    /** "thứ 5" alone is the latest Thursday up to today; with "tuần trước / này / sau", that week's (weeks start on Monday). */
    private static LocalDate weekday(Matcher m, LocalDate today) {
        DayOfWeek day = m.group(2) == null ? DayOfWeek.SUNDAY : DAYS.get(m.group(2));
        String week = m.group(3);
        if (week == null) {
            return today.with(TemporalAdjusters.previousOrSame(day));
        }
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate thisWeek = monday.plusDays(day.getValue() - 1L);
        return switch (week) {
            case "tuan truoc", "tuan roi" -> thisWeek.minusWeeks(1);
            case "tuan sau", "tuan toi" -> thisWeek.plusWeeks(1);
            default -> thisWeek;
        };
    }

    private static DateReading build(int year, int month, int day, String text) {
        try {
            return DateReading.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return DateReading.wrong(DateReading.Problem.NO_SUCH_DAY, text.strip());
        }
    }
}
