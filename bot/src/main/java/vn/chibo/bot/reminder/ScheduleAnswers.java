package vn.chibo.bot.reminder;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.form.Answers;
import vn.chibo.bot.chat.form.Parsed;
import vn.chibo.bot.chat.form.Readers;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.calendar.VietnameseDates;
import vn.chibo.scheduler.reminder.MeetingRule;
import vn.chibo.scheduler.reminder.MeetingRules;
import vn.chibo.scheduler.reminder.ReminderTexts;

/** How /lichhop reads what a secretary types (a monthly rule, a day, a time) and says a rule back in Vietnamese. */
@Component
class ScheduleAnswers {

    private final Texts texts;
    private final ReminderTexts reminderTexts;
    private final Clock clock;
    private final Readers readers;

    ScheduleAnswers(Texts texts, ReminderTexts reminderTexts, Clock clock, Readers readers) {
        this.texts = texts;
        this.reminderTexts = reminderTexts;
        this.clock = clock;
        this.readers = readers;
    }

    Parsed rule(String text) {
        Optional<MeetingRules.Reading> reading = MeetingRules.read(text);
        if (reading.isEmpty()) {
            return Parsed.wrong(texts.t("schedule.rule.unknown", text.strip()));
        }
        MeetingRule rule = reading.get().rule();
        LocalTime time = reading.get().time().orElse(null);
        String label = time == null ? describe(rule) : describe(rule) + ", " + Readers.label(time);
        return Parsed.ok(new RuleAnswer(rule, time).encode(), label);
    }

    String describe(MeetingRule rule) {
        if (rule.dayOfMonth() != null) {
            return rule.dayOfMonth() == 31
                    ? texts.t("schedule.rule.last_day")
                    : texts.t("schedule.rule.day", Integer.toString(rule.dayOfMonth()));
        }
        String week =
                switch (rule.weekOfMonth()) {
                    case 1 -> texts.t("schedule.week.first");
                    case 2 -> texts.t("schedule.week.second");
                    case 3 -> texts.t("schedule.week.third");
                    case 4 -> texts.t("schedule.week.fourth");
                    default -> texts.t("schedule.week.last");
                };
        return texts.t("schedule.rule.weekday", reminderTexts.weekday(rule.dayOfWeek()), week);
    }

    Parsed date(String text) {
        return readers.comingDay(text, day -> texts.t("schedule.date.past", day));
    }

    Parsed time(String text, Answers a) {
        Optional<LocalTime> time = VietnameseDates.time(text);
        if (time.isEmpty()) {
            return Parsed.wrong(texts.t("meeting.time.invalid", text.strip()));
        }
        if (a.has(ScheduleForm.DATE)
                && !a.date(ScheduleForm.DATE).atTime(time.get()).isAfter(LocalDateTime.now(clock))) {
            return Parsed.wrong(texts.t(
                    "schedule.time.past",
                    reminderTexts.when(a.date(ScheduleForm.DATE).atTime(time.get()))));
        }
        return Parsed.ok(time.get().toString(), Readers.label(time.get()));
    }
}
