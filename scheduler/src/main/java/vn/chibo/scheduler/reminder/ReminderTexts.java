package vn.chibo.scheduler.reminder;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.deadline.Deadline;
import vn.chibo.content.text.VietnameseMessages;

/** Reminders in Vietnamese, from reminders_vi.properties. */
@Component
public class ReminderTexts {

    private final VietnameseMessages messages = new VietnameseMessages("reminders");

    public String t(String key, Object... args) {
        return messages.t(key, args);
    }

    public String render(Notice notice) {
        if (notice instanceof Notice.MeetingSoon m) {
            if (m.again()) {
                return t("reminder.meeting.again", m.cell(), when(m.start()));
            }
            return m.daysBefore() == 0
                    ? t("reminder.meeting.today", m.cell(), time(m.start()))
                    : t("reminder.meeting.soon", m.cell(), when(m.start()), Integer.toString(m.daysBefore()));
        }
        if (notice instanceof Notice.MonthlyNotHeld m) {
            return t(
                    "reminder.monthly",
                    m.cell(),
                    Integer.toString(m.month().getMonthValue()),
                    Integer.toString(m.month().getYear()));
        }
        if (notice instanceof Notice.ThematicNotHeld m) {
            return t("reminder.thematic", m.cell(), Integer.toString(m.quarter()), Integer.toString(m.year()));
        }
        if (notice instanceof Notice.UnexcusedAbsences m) {
            List<String> lines = new ArrayList<>();
            if (!m.atThree().isEmpty()) {
                List<String> named = m.atThree().stream()
                        .map(a -> t("reminder.months", a.name(), Integer.toString(a.months())))
                        .toList();
                lines.add(t("reminder.absence_three", m.cell(), String.join(", ", named)));
            }
            if (!m.atTwo().isEmpty()) {
                lines.add(t("reminder.absence", m.cell(), String.join(", ", m.atTwo())));
            }
            if (!m.duesAtThree().isEmpty()) {
                List<String> named = m.duesAtThree().stream()
                        .map(a -> t("reminder.months", a.name(), Integer.toString(a.months())))
                        .toList();
                lines.add(t("reminder.dues_three", m.cell(), String.join(", ", named)));
            }
            if (!m.duesAtTwo().isEmpty()) {
                lines.add(t("reminder.dues", m.cell(), String.join(", ", m.duesAtTwo())));
            }
            return String.join("\n", lines);
        }
        if (notice instanceof Notice.ReportDue m) {
            String due = m.daysLeft() == 0
                    ? t("reminder.report.today", m.title(), m.dueOn().format(PartyCalendar.DAY))
                    : t(
                            "reminder.report.soon",
                            m.title(),
                            m.dueOn().format(PartyCalendar.DAY),
                            Integer.toString(m.daysLeft()));
            return m.rollsDown() ? due + "\n" + t("reminder.report.roll_down") : due;
        }
        if (notice instanceof Notice.ReportOverdue m) {
            return overdue(m);
        }
        if (notice instanceof Notice.ReportRolledUp m) {
            return t(
                    "reminder.report.rolled_up",
                    m.title(),
                    m.unit(),
                    Integer.toString(m.total()),
                    counted(m.counted()),
                    m.above(),
                    m.dueOn().format(PartyCalendar.DAY));
        }
        Notice.ReportComplete m = (Notice.ReportComplete) notice;
        return t(
                "reminder.report.complete",
                m.title(),
                m.dueOn().format(PartyCalendar.DAY),
                Integer.toString(m.total()),
                counted(m.counted()));
    }

    /** What a report's figures count: "chi bộ", "tổ chức đảng trực thuộc", "tổ chức đảng". */
    public String counted(Deadline.Counted counted) {
        return switch (counted) {
            case CELLS -> t("reminder.counted.cells");
            case DIRECT -> t("reminder.counted.direct");
            case UNITS -> t("reminder.counted.units");
        };
    }

    private String overdue(Notice.ReportOverdue m) {
        List<String> lines = new ArrayList<>();
        lines.add(t(
                "reminder.report.overdue",
                m.title(),
                m.dueOn().format(PartyCalendar.DAY),
                Integer.toString(m.submitted()),
                Integer.toString(m.total()),
                Integer.toString(m.late().size()),
                counted(m.counted())));
        for (Notice.Late late : m.late()) {
            lines.add(
                    late.below() == null
                            ? t("reminder.report.late", late.unit(), Long.toString(late.days()))
                            : t(
                                    "reminder.report.late.below",
                                    late.unit(),
                                    Long.toString(late.days()),
                                    Integer.toString(late.below().submitted()),
                                    Integer.toString(late.below().total())));
        }
        return String.join("\n", lines);
    }

    /** "thứ Sáu 4/12/2026, 14h". */
    public String when(LocalDateTime start) {
        return weekday(start.getDayOfWeek()) + " " + start.toLocalDate().format(PartyCalendar.DAY) + ", " + time(start);
    }

    public String time(LocalDateTime start) {
        return start.getHour() + "h" + (start.getMinute() == 0 ? "" : String.format("%02d", start.getMinute()));
    }

    public String weekday(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> t("weekday.monday");
            case TUESDAY -> t("weekday.tuesday");
            case WEDNESDAY -> t("weekday.wednesday");
            case THURSDAY -> t("weekday.thursday");
            case FRIDAY -> t("weekday.friday");
            case SATURDAY -> t("weekday.saturday");
            case SUNDAY -> t("weekday.sunday");
        };
    }
}
