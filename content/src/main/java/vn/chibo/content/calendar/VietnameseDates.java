package vn.chibo.content.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
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
    /** "thứ 5", "thu5", "T5", "chủ nhật", "CN", with a week or not: group 1 the day (none: Sunday), group 2 the week. */
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?:(?:thu\\s*|t\\s*(?=[2-7]))(2|3|4|5|6|7|hai|ba|tu|nam|sau|bay)|chu nhat|cn)(?:\\s+(tuan truoc|tuan roi|tuan nay|tuan sau|tuan toi))?");
    /** "9 tháng 6", "ngày 9 tháng 6 năm 2022", "mùng 9 tháng 6". */
    private static final Pattern WORDS =
            Pattern.compile("(?:ngay\\s+|mung\\s+)?(\\d{1,2})\\s+thang\\s+(\\d{1,2})(?:\\s+nam\\s+(\\d{4}))?");
    /** A weekday written after the date, "20/11/2026 (thứ 6)": the date says it all. */
    private static final Pattern WEEKDAY_AFTER =
            Pattern.compile("\\s*[(-]\\s*(?:thu\\s*\\w+|t\\s*[2-7]|chu nhat|cn)\\s*\\)?$");
    /** "sáng nay", "chiều qua", "tối hôm kia": the part of the day says nothing of the date. */
    private static final Pattern PART_OF_DAY =
            Pattern.compile("^(?:sang|trua|chieu|toi|dem)\\s+(?=(?:hom |bua )?(?:nay|qua|kia)$)");

    private static final Pattern TIME = Pattern.compile(
            "(\\d{1,2})\\s*(?:h|g|gio|:|\\.)\\s*(\\d{1,2})?\\s*(?:phut|p|')?\\s*(sang|trua|chieu|toi)?");
    /** "7 rưỡi", "7h rưỡi" (7:30); "8 giờ kém 15" (7:45). */
    private static final Pattern HALF_OR_TO = Pattern.compile(
            "(\\d{1,2})\\s*(?:h|g|gio)?\\s*(?:(ruoi)|kem\\s*(\\d{1,2})\\s*(?:phut|p)?)\\s*(sang|trua|chieu|toi)?");
    /** How far ahead this year's day may be before a day and month typed without a year is taken as last year's. */
    private static final int LAST_YEAR_AFTER_DAYS = 183;

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
        String folded = folded(text);
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
        if (reading.ok() && reading.date().isBefore(today) && weekday.matches() && weekday.group(2) == null) {
            return DateReading.of(reading.date().plusWeeks(1));
        }
        return reading;
    }

    /**
     * A date that has come (a meeting held, a decision signed): read as {@link #date}, except that a day and month
     * without a year that would be more than half a year ahead ("30/12" typed on 5 January) mean last year's. A day
     * only a little ahead stays this year's, so that a slip ("6/1" typed on the 5th) is refused, not moved a year back.
     */
    public static DateReading past(String text, LocalDate today) {
        DateReading reading = date(text, today);
        if (!reading.ok() || !reading.date().isAfter(today.plusDays(LAST_YEAR_AFTER_DAYS)) || saysTheYear(text)) {
            return reading;
        }
        return DateReading.of(
                reading.date().minusYears(1).getDayOfMonth() == reading.date().getDayOfMonth()
                        ? reading.date().minusYears(1)
                        : reading.date());
    }

    /** Whether the text names a year, as a number of two or four digits after the month. */
    private static boolean saysTheYear(String text) {
        String folded = folded(text);
        Matcher numeric = NUMERIC.matcher(folded);
        Matcher words = WORDS.matcher(folded);
        return ISO.matcher(folded).matches()
                || numeric.matches() && numeric.group(3) != null
                || words.matches() && words.group(3) != null;
    }

    private static String folded(String text) {
        String folded = Fold.of(text).replaceAll("[,;]", " ").strip();
        return WEEKDAY_AFTER.matcher(folded).replaceFirst("").strip();
    }

    public static DateReading date(String text, LocalDate today) {
        String folded = PART_OF_DAY.matcher(folded(text)).replaceFirst("");
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
        Matcher numeric = NUMERIC.matcher(folded.replaceFirst("^mung\\s+", ""));
        if (numeric.matches()) {
            int year = numeric.group(3) == null
                    ? today.getYear()
                    : numeric.group(3).length() == 2
                            ? 2000 + Integer.parseInt(numeric.group(3))
                            : Integer.parseInt(numeric.group(3));
            return build(year, Integer.parseInt(numeric.group(2)), Integer.parseInt(numeric.group(1)), text);
        }
        Matcher words = WORDS.matcher(folded);
        if (words.matches()) {
            int year = words.group(3) == null ? today.getYear() : Integer.parseInt(words.group(3));
            return build(year, Integer.parseInt(words.group(2)), Integer.parseInt(words.group(1)), text);
        }
        Matcher weekday = WEEKDAY.matcher(folded);
        if (weekday.matches()) {
            return DateReading.of(weekday(weekday, today));
        }
        return DateReading.wrong(DateReading.Problem.NOT_A_DATE, text.strip());
    }

    private static final Pattern DAY_RANGE = Pattern.compile(
            "^(?:tu\\s+)?(?:ngay\\s+)?(.+?)(?:\\s+(?:den|toi)\\s+(?:ngay\\s+)?|\\s*[–—]\\s*|\\s+-\\s+)(.+)$");

    /**
     * The two days of a range typed as one answer, as written: "từ 1/3 đến 15/6/2026", "1/3 - 15/6", "ngày 1/3 tới
     * ngày 15/6"; empty when the text is one day. Each is then read as a day on its own.
     */
    public static Optional<List<String>> twoDays(String text) {
        Matcher m = DAY_RANGE.matcher(Fold.of(text).strip());
        return m.matches() ? Optional.of(List.of(m.group(1).strip(), m.group(2).strip())) : Optional.empty();
    }

    /** A start and an end typed at once: "14h - 16h30", "14h đến 16h30", "8h–11h sáng", "2 - 4 giờ chiều". */
    public record TimeRange(LocalTime start, LocalTime end) {}

    private static final Pattern RANGE_SEPARATOR = Pattern.compile("\\s*(?:-|–|—|\\bden\\b|\\btoi\\b(?=\\s*\\d))\\s*");
    private static final Pattern TRAILING_PART = Pattern.compile("(sang|trua|chieu|toi)\\s*$");

    /**
     * Two times typed as one answer, the end after the start; empty when the text is not such a range. A part of the
     * day written once, after the end, holds for both: "2 - 4 giờ chiều" is 14:00 to 16:00.
     */
    public static Optional<TimeRange> timeRange(String text) {
        String folded = Fold.of(text).strip();
        Matcher separator = RANGE_SEPARATOR.matcher(folded);
        while (separator.find()) {
            String typed = folded.substring(0, separator.start());
            // "2 - 4 giờ chiều": a bare hour before the separator takes the end's unit.
            String first = typed.strip().matches("\\d{1,2}") ? typed.strip() + "h" : typed;
            String second = folded.substring(separator.end());
            if (first.isBlank() || second.isBlank()) {
                continue;
            }
            Matcher part = TRAILING_PART.matcher(second);
            String firstWithPart =
                    part.find() && !TRAILING_PART.matcher(first).find() ? first + " " + part.group(1) : first;
            Optional<LocalTime> start = time(firstWithPart).or(() -> time(first));
            Optional<LocalTime> end = time(second);
            if (start.isPresent() && end.isPresent() && end.get().isAfter(start.get())) {
                return Optional.of(new TimeRange(start.get(), end.get()));
            }
            if (start.isPresent() && end.isPresent()) {
                Optional<LocalTime> plain = time(first);
                if (plain.isPresent() && end.get().isAfter(plain.get())) {
                    return Optional.of(new TimeRange(plain.get(), end.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** A time of day: "14h", "14h30", "14:30", "7g30", "2 giờ chiều", "8h sáng"; empty if not a time. */
    public static Optional<LocalTime> time(String text) {
        String folded = Fold.of(text).strip();
        Optional<LocalTime> partOfDay = partOfDay(folded);
        if (partOfDay.isPresent()) {
            return partOfDay;
        }
        Matcher half = HALF_OR_TO.matcher(folded);
        if (half.matches()) {
            int hour = Integer.parseInt(half.group(1));
            int before = half.group(2) != null ? 0 : Integer.parseInt(half.group(3));
            if (before >= 60 || hour > 23 || hour == 0 && before > 0) {
                return Optional.empty();
            }
            return half.group(2) != null
                    ? ofDay(hour, 30, half.group(4))
                    : before == 0 ? ofDay(hour, 0, half.group(4)) : ofDay(hour - 1, 60 - before, half.group(4));
        }
        Matcher m = TIME.matcher(folded);
        if (!m.matches()) {
            return Optional.empty();
        }
        return ofDay(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)), m.group(3));
    }

    /**
     * A part of the day alone, as the usual start of a meeting then: "sáng" 7h30, "trưa" 11h30, "chiều" 14h, "tối"
     * 19h30 (with "nay", "qua" or "hôm qua" too: the day is asked apart).
     */
    private static Optional<LocalTime> partOfDay(String folded) {
        String word =
                folded.replaceFirst("\\s*(?:hom nay|nay|hom qua|qua)$", "").replaceFirst("^buoi\\s*", "");
        return switch (word) {
            case "sang" -> Optional.of(LocalTime.of(7, 30));
            case "trua" -> Optional.of(LocalTime.of(11, 30));
            case "chieu" -> Optional.of(LocalTime.of(14, 0));
            case "toi" -> Optional.of(LocalTime.of(19, 30));
            default -> Optional.empty();
        };
    }

    /** A time read with its part of the day: "2 giờ chiều" is 14:00, "12h trưa" is noon. */
    private static Optional<LocalTime> ofDay(int hour, int minute, String part) {
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
        DayOfWeek day = m.group(1) == null ? DayOfWeek.SUNDAY : DAYS.get(m.group(1));
        String week = m.group(2);
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
