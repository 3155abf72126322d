package vn.chibo.scheduler.reminder;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chibo.content.calendar.VietnameseDates;
import vn.chibo.content.roster.Fold;

/**
 * Reads a cell's meeting rule as secretaries say it: "ngày 5 hằng tháng, 14:00", "mùng 5", "ngày cuối tháng",
 * "thứ 6 tuần đầu tháng", "thứ Hai tuần thứ hai", "chủ nhật tuần cuối tháng lúc 8h". The time is optional.
 */
public final class MeetingRules {

    /** A rule read, with its time if one was written. */
    public record Reading(MeetingRule rule, Optional<LocalTime> time) {}

    private static final String TIME =
            "(?:\\s*,?\\s*(?:luc|vao luc|vao)?\\s*(\\d{1,2}\\s*(?:h|g|gio|:)\\s*(?:\\d{1,2})?\\s*(?:phut)?\\s*(?:sang|trua|chieu|toi)?))?\\s*$";
    private static final Pattern DAY = Pattern.compile(
            "^(?:vao\\s+)?(?:ngay|mung|mong)?\\s*(\\d{1,2}|cuoi thang)(?:\\s+(?:hang|moi|cua moi|cua)\\s+thang)?"
                    + TIME);
    private static final Pattern WEEKDAY = Pattern.compile(
            "^(?:vao\\s+)?(thu (?:2|3|4|5|6|7|hai|ba|tu|nam|sau|bay)|chu nhat|cn)\\s+(?:cua\\s+)?tuan\\s+(dau tien|dau|thu nhat|thu hai|thu 2|thu ba|thu 3|thu tu|thu 4|1|2|3|4|cuoi cung|cuoi)"
                    + "(?:\\s+(?:cua\\s+)?(?:hang\\s+|moi\\s+)?thang)?" + TIME);
    private static final Map<String, DayOfWeek> DAYS = Map.ofEntries(
            Map.entry("thu 2", DayOfWeek.MONDAY), Map.entry("thu hai", DayOfWeek.MONDAY),
            Map.entry("thu 3", DayOfWeek.TUESDAY), Map.entry("thu ba", DayOfWeek.TUESDAY),
            Map.entry("thu 4", DayOfWeek.WEDNESDAY), Map.entry("thu tu", DayOfWeek.WEDNESDAY),
            Map.entry("thu 5", DayOfWeek.THURSDAY), Map.entry("thu nam", DayOfWeek.THURSDAY),
            Map.entry("thu 6", DayOfWeek.FRIDAY), Map.entry("thu sau", DayOfWeek.FRIDAY),
            Map.entry("thu 7", DayOfWeek.SATURDAY), Map.entry("thu bay", DayOfWeek.SATURDAY),
            Map.entry("chu nhat", DayOfWeek.SUNDAY), Map.entry("cn", DayOfWeek.SUNDAY));
    private static final Map<String, Integer> WEEKS = Map.ofEntries(
            Map.entry("dau", 1),
            Map.entry("dau tien", 1),
            Map.entry("thu nhat", 1),
            Map.entry("1", 1),
            Map.entry("thu hai", 2),
            Map.entry("thu 2", 2),
            Map.entry("2", 2),
            Map.entry("thu ba", 3),
            Map.entry("thu 3", 3),
            Map.entry("3", 3),
            Map.entry("thu tu", 4),
            Map.entry("thu 4", 4),
            Map.entry("4", 4),
            Map.entry("cuoi", -1),
            Map.entry("cuoi cung", -1));

    private MeetingRules() {}

    /** The rule in {@code text}; empty if it is not one (or names a day no month has). */
    public static Optional<Reading> read(String text) {
        String folded = Fold.of(text).replaceAll("[.;]+$", "").strip();
        Matcher day = DAY.matcher(folded);
        if (day.matches()) {
            int dayOfMonth = day.group(1).equals("cuoi thang") ? 31 : Integer.parseInt(day.group(1));
            if (dayOfMonth < 1 || dayOfMonth > 31) {
                return Optional.empty();
            }
            return time(day.group(2)).map(t -> new Reading(MeetingRule.day(dayOfMonth), t));
        }
        Matcher weekday = WEEKDAY.matcher(folded);
        if (weekday.matches()) {
            MeetingRule rule = MeetingRule.weekday(WEEKS.get(weekday.group(2)), DAYS.get(weekday.group(1)));
            return time(weekday.group(3)).map(t -> new Reading(rule, t));
        }
        return Optional.empty();
    }

    /** Empty outer when a time was written but is not one (25h); empty inner when none was written. */
    private static Optional<Optional<LocalTime>> time(String written) {
        if (written == null) {
            return Optional.of(Optional.empty());
        }
        return VietnameseDates.time(written).map(Optional::of);
    }
}
