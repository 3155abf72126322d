package vn.chibo.bot.reminder;

import java.time.DayOfWeek;
import java.time.LocalTime;
import vn.chibo.scheduler.reminder.MeetingRule;

/**
 * A meeting rule as the schedule form keeps it among its answers, written and read here only: {@code D5} (the 5th of
 * each month) or {@code W1:5} (the first Friday), followed by {@code @14:00} when a time was typed with it.
 */
record RuleAnswer(MeetingRule rule, LocalTime time) {

    String encode() {
        String code = rule.dayOfMonth() != null
                ? "D" + rule.dayOfMonth()
                : "W" + rule.weekOfMonth() + ":" + rule.dayOfWeek().getValue();
        return time == null ? code : code + "@" + time;
    }

    static RuleAnswer decode(String value) {
        String[] codeAndTime = value.split("@", 2);
        String code = codeAndTime[0];
        LocalTime time = codeAndTime.length == 2 ? LocalTime.parse(codeAndTime[1]) : null;
        if (code.startsWith("D")) {
            return new RuleAnswer(MeetingRule.day(Integer.parseInt(code.substring(1))), time);
        }
        String[] parts = code.substring(1).split(":");
        return new RuleAnswer(
                MeetingRule.weekday(Integer.parseInt(parts[0]), DayOfWeek.of(Integer.parseInt(parts[1]))), time);
    }
}
