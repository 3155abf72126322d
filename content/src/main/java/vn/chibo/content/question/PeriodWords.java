package vn.chibo.content.question;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chibo.content.calendar.DateReading;
import vn.chibo.content.calendar.VietnameseDates;
import vn.chibo.content.status.Period;

/**
 * The period a normalised question names: "tháng này / trước / sau / 10 / 10 năm ngoái / 10/2025", "quý này / 3 /
 * III", "6 tháng đầu (cuối) năm", "năm nay / ngoái / 2025", "từ 1/3 đến 15/6", "từ đầu năm", "tuần này / trước",
 * "hôm nay".
 */
final class PeriodWords {

    private static final String YEAR = "(?: nam (nay|ngoai|truoc|sau|\\d{4})|/(\\d{4}))?";
    private static final Pattern RANGE = Pattern.compile(
            "tu (?:ngay )?(\\d{1,2}/\\d{1,2}(?:/\\d{4})?) (?:den|toi) (?:ngay )?(\\d{1,2}/\\d{1,2}(?:/\\d{4})?|hom nay)");
    private static final Pattern HALF = Pattern.compile("6 thang (dau|cuoi) nam(?: (nay|ngoai|truoc|\\d{4}))?");
    private static final Pattern QUARTER = Pattern.compile("quy (nay|truoc|sau|toi|[1-4]|iv|iii|ii|i)\\b" + YEAR);
    private static final Pattern MONTH = Pattern.compile("thang (nay|truoc|sau|toi|1[0-2]|[1-9])\\b" + YEAR);
    private static final Pattern WHOLE_YEAR = Pattern.compile("nam (nay|ngoai|truoc|\\d{4})");

    private PeriodWords() {}

    static Optional<Period> read(String q, LocalDate today) {
        Matcher range = RANGE.matcher(q);
        if (range.find()) {
            DateReading from = VietnameseDates.past(range.group(1), today);
            LocalDate to = range.group(2).equals("hom nay")
                    ? today
                    : VietnameseDates.past(range.group(2), today).date();
            if (from.ok()
                    && to != null
                    && !to.isBefore(from.date())
                    && from.date().plusDays(Period.LONGEST_RANGE).isAfter(to)) {
                return Optional.of(Period.range(from.date(), to));
            }
        }
        if (q.contains("tu dau nam")) {
            return Optional.of(Period.range(today.withDayOfYear(1), today));
        }
        if (q.contains("hom nay")) {
            return Optional.of(Period.range(today, today));
        }
        if (q.contains("tuan nay") || q.contains("tuan truoc")) {
            LocalDate monday = today.with(DayOfWeek.MONDAY);
            return Optional.of(
                    q.contains("tuan nay")
                            ? Period.range(monday, today)
                            : Period.range(monday.minusWeeks(1), monday.minusDays(1)));
        }
        Matcher half = HALF.matcher(q);
        if (half.find()) {
            return Optional.of(
                    Period.half(year(half.group(2), null, today), half.group(1).equals("dau") ? 1 : 2));
        }
        Matcher quarter = QUARTER.matcher(q);
        if (quarter.find()) {
            Period now = Period.quarterOf(today);
            String which = quarter.group(1);
            return Optional.of(
                    switch (which) {
                        case "nay" -> now;
                        case "truoc" -> Period.quarterOf(now.from().minusDays(1));
                        case "sau", "toi" -> Period.quarterOf(now.to().plusDays(1));
                        default ->
                            new Period(
                                    Period.Kind.QUARTER,
                                    year(quarter.group(2), quarter.group(3), today),
                                    quarterNumber(which));
                    });
        }
        Matcher month = MONTH.matcher(q);
        if (month.find()) {
            YearMonth now = YearMonth.from(today);
            String which = month.group(1);
            return Optional.of(Period.month(
                    switch (which) {
                        case "nay" -> now;
                        case "truoc" -> now.minusMonths(1);
                        case "sau", "toi" -> now.plusMonths(1);
                        default -> YearMonth.of(year(month.group(2), month.group(3), today), Integer.parseInt(which));
                    }));
        }
        Matcher year = WHOLE_YEAR.matcher(q);
        if (year.find()) {
            return Optional.of(Period.year(year(year.group(1), null, today)));
        }
        return Optional.empty();
    }

    private static int year(String word, String slashed, LocalDate today) {
        if (slashed != null) {
            return Integer.parseInt(slashed);
        }
        if (word == null || word.equals("nay")) {
            return today.getYear();
        }
        return switch (word) {
            case "ngoai", "truoc" -> today.getYear() - 1;
            case "sau" -> today.getYear() + 1;
            default -> Integer.parseInt(word);
        };
    }

    private static int quarterNumber(String which) {
        return switch (which) {
            case "i" -> 1;
            case "ii" -> 2;
            case "iii" -> 3;
            case "iv" -> 4;
            default -> Integer.parseInt(which);
        };
    }
}
