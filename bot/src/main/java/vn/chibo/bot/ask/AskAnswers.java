package vn.chibo.bot.ask;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.Incoming;
import vn.chibo.bot.commendation.BadgeCalendarView;
import vn.chibo.bot.status.PeriodLabels;
import vn.chibo.bot.status.StatusView;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Scope;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.commendation.AwardForm;
import vn.chibo.content.commendation.CommendationFilter;
import vn.chibo.content.commendation.Commendations;
import vn.chibo.content.commendation.StoredCommendation;
import vn.chibo.content.deadline.Deadline;
import vn.chibo.content.deadline.Deadlines;
import vn.chibo.content.meeting.Absences;
import vn.chibo.content.meeting.MeetingKind;
import vn.chibo.content.meeting.MeetingRules;
import vn.chibo.content.meeting.Meetings;
import vn.chibo.content.meeting.StoredMeeting;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;
import vn.chibo.content.question.Intent;
import vn.chibo.content.roster.Fold;
import vn.chibo.content.status.Overview;
import vn.chibo.content.status.Period;
import vn.chibo.content.status.StatusQueries;
import vn.chibo.scheduler.delivery.Outgoing;
import vn.chibo.scheduler.reminder.MeetingSchedules;
import vn.chibo.scheduler.reminder.ReminderTexts;

/**
 * The answer to each kind of question, counted by the same queries the command views use (/tinhhinh, /chuahop,
 * /quahan, /khenthuong_ds, /huyhieu, /dangvien, /lichsu, /lichhop), for the unit asked about, which the caller has
 * checked is within the asker's scope.
 */
@Component
class AskAnswers {

    /** Names listed in one answer; more are counted. */
    private static final int SHOWN = 30;

    private final StatusQueries status;
    private final StatusView statusView;
    private final BadgeCalendarView badges;
    private final Commendations commendations;
    private final Members members;
    private final Meetings meetings;
    private final Absences absences;
    private final MeetingRules rules;
    private final MeetingSchedules schedules;
    private final Deadlines deadlines;
    private final OrgUnits units;
    private final PeriodLabels labels;
    private final ReminderTexts reminderTexts;
    private final Texts texts;
    private final Clock clock;

    AskAnswers(
            StatusQueries status,
            StatusView statusView,
            BadgeCalendarView badges,
            Commendations commendations,
            Members members,
            Meetings meetings,
            Absences absences,
            MeetingRules rules,
            MeetingSchedules schedules,
            Deadlines deadlines,
            OrgUnits units,
            PeriodLabels labels,
            ReminderTexts reminderTexts,
            Texts texts,
            Clock clock) {
        this.status = status;
        this.statusView = statusView;
        this.badges = badges;
        this.commendations = commendations;
        this.members = members;
        this.meetings = meetings;
        this.absences = absences;
        this.rules = rules;
        this.schedules = schedules;
        this.deadlines = deadlines;
        this.units = units;
        this.labels = labels;
        this.reminderTexts = reminderTexts;
        this.texts = texts;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Whether the answer depends on a period, so that other periods are offered. */
    boolean periodMatters(Intent intent) {
        return switch (intent) {
            case STATUS, NOT_MET, MET, AWARDS -> true;
            default -> false;
        };
    }

    /** The period an answer takes when the question names none. */
    Period defaultPeriod(Intent intent, String kind) {
        return switch (intent) {
            case AWARDS -> Period.year(today().getYear());
            case NOT_MET, MET, STATUS ->
                kind.equals("thematic")
                        ? Period.quarterOf(today())
                        : kind.equals("forum") ? Period.year(today().getYear()) : Period.month(YearMonth.from(today()));
            default -> null;
        };
    }

    /** What the question asks, in words, for the "Hiểu là" line. */
    String intentWords(Intent intent, String kind) {
        return switch (intent) {
            case NOT_MET ->
                kind.equals("thematic")
                        ? texts.t("ask.intent.not_met.thematic")
                        : kind.equals("forum") ? texts.t("ask.intent.not_met.forum") : texts.t("ask.intent.not_met");
            case MET ->
                kind.equals("thematic")
                        ? texts.t("ask.intent.met.thematic")
                        : kind.equals("forum") ? texts.t("ask.intent.met.forum") : texts.t("ask.intent.met");
            case STATUS -> texts.t("ask.intent.status");
            case OVERDUE -> texts.t("ask.intent.overdue");
            case DEADLINES -> texts.t("ask.intent.deadlines");
            case SCHEDULE -> texts.t("ask.intent.schedule");
            case LAST_MEETING -> texts.t("ask.intent.last_meeting");
            case ABSENT -> texts.t("ask.intent.absent");
            case BADGES -> texts.t("ask.intent.badges");
            case AWARDS -> texts.t("ask.intent.awards");
            case MEMBERS -> texts.t("ask.intent.members");
        };
    }

    /**
     * The period in words for the "Hiểu là" line, as the answer takes it: a period the question named, the default
     * one said to be taken, or the span an answer always covers (overdue reports: 60 days; absences: 12 months).
     */
    String periodWords(Intent intent, Period period, boolean said) {
        return switch (intent) {
            case OVERDUE -> texts.t("ask.period.overdue");
            case ABSENT -> texts.t("ask.period.twelve_months");
            case BADGES, MEMBERS -> texts.t("ask.period.now");
            case SCHEDULE, DEADLINES -> period == null ? texts.t("ask.period.coming") : labels.of(period);
            case LAST_MEETING -> period == null ? texts.t("ask.period.now") : labels.of(period);
            default -> said ? labels.of(period) : texts.t("ask.period.default", labels.of(period));
        };
    }

    /** "Chi bộ Văn phòng (Đảng bộ Sở Tư pháp)": a unit with the one above it, to tell same names apart. */
    String place(OrgUnit unit) {
        return unit.parentId() == null
                ? unit.name()
                : unit.name() + " (" + units.get(unit.parentId()).name() + ")";
    }

    List<Outgoing> answer(
            Incoming in, Actor actor, Intent intent, String kind, Period period, OrgUnit unit, String person) {
        long chat = in.chatId();
        return switch (intent) {
            case STATUS -> List.of(statusView.show(in, actor, unit, period));
            case NOT_MET -> List.of(Outgoing.text(chat, met(unit, kind, period, false)));
            case MET -> List.of(Outgoing.text(chat, met(unit, kind, period, true)));
            case OVERDUE -> List.of(Outgoing.text(chat, overdue(unit)));
            case DEADLINES -> List.of(Outgoing.text(chat, deadlines(unit, period)));
            case SCHEDULE -> List.of(Outgoing.text(chat, schedule(unit, period)));
            case LAST_MEETING -> List.of(lastMeeting(chat, unit, period));
            case ABSENT -> List.of(Outgoing.text(chat, absent(unit)));
            case BADGES -> badges.show(in, actor);
            case AWARDS -> List.of(Outgoing.text(chat, awards(unit, period, person)));
            case MEMBERS -> List.of(Outgoing.text(chat, members(unit)));
        };
    }

    // ---- meetings held or not ------------------------------------------------------------------

    /**
     * The cells under {@code unit} that have (or have not) held the kind of meeting asked about in the period: a
     * month's regular meetings as /chuahop counts them; regular meetings over a longer period, every month of it;
     * thematic meetings, every quarter begun; forums, at least one.
     */
    private String met(OrgUnit unit, String kind, Period period, boolean held) {
        List<OrgUnit> cells = unit.isCell() ? List.of(unit) : units.within(unit.path(), OrgKind.CELL);
        Set<Long> missing;
        if (kind.equals("forum")) {
            Set<Long> met = meetings.cellsThatMet(
                    Set.of(MeetingKind.FORUM, MeetingKind.THEMATIC_FORUM), period.from(), period.to());
            missing = cells.stream()
                    .map(OrgUnit::id)
                    .filter(id -> !met.contains(id))
                    .collect(Collectors.toSet());
        } else if (kind.equals("monthly") && period.kind() == Period.Kind.MONTH) {
            missing = status.notMet(unit, YearMonth.of(period.year(), period.number())).stream()
                    .map(line -> line.cell().id())
                    .collect(Collectors.toSet());
        } else {
            boolean thematic = kind.equals("thematic");
            missing = status.perCell(unit, period).stream()
                    .filter(row -> {
                        Overview.Tally t = thematic ? row.thematic() : row.monthly();
                        return t.done() < t.expected();
                    })
                    .map(row -> row.line().cell().id())
                    .collect(Collectors.toSet());
        }
        String what = intentWords(held ? Intent.MET : Intent.NOT_MET, kind);
        String when = labels.of(period);
        if (unit.isCell()) {
            boolean done = !missing.contains(unit.id());
            return done
                    ? texts.t("ask.cell.held", unit.name(), what(kind), when)
                    : texts.t("ask.cell.not_held", unit.name(), what(kind), when);
        }
        List<OrgUnit> listed = cells.stream()
                .filter(c -> held != missing.contains(c.id()))
                .sorted(Comparator.comparing(OrgUnit::name))
                .toList();
        List<String> lines = new ArrayList<>();
        lines.add(texts.t(
                "ask.cells.count", what, when, Integer.toString(listed.size()), Integer.toString(cells.size())));
        listed.stream().limit(SHOWN).forEach(c -> lines.add(texts.t("ask.line", place(c))));
        if (listed.size() > SHOWN) {
            lines.add(texts.t("ask.more", Integer.toString(listed.size() - SHOWN)));
        }
        return String.join("\n", lines);
    }

    private String what(String kind) {
        return kind.equals("thematic")
                ? texts.t("ask.kind.thematic")
                : kind.equals("forum") ? texts.t("ask.kind.forum") : texts.t("ask.kind.monthly");
    }

    // ---- reports ------------------------------------------------------------------------------

    /** Reports overdue in the last 60 days within {@code unit}, with those missing: /quahan's count. */
    private String overdue(OrgUnit unit) {
        Map<Overview.DeadlineStatus, List<OrgUnit>> late = status.overdue(unit, 60);
        if (late.isEmpty()) {
            return texts.t("status.overdue.none", unit.name());
        }
        List<String> lines = new ArrayList<>();
        late.forEach((d, missing) -> {
            lines.add(texts.t(
                    "status.overdue.deadline",
                    d.title(),
                    d.dueOn().format(PartyCalendar.DAY),
                    Integer.toString(d.submitted()),
                    Integer.toString(d.total()),
                    Long.toString(ChronoUnit.DAYS.between(d.dueOn(), today())),
                    reminderTexts.counted(d.counted())));
            missing.stream().limit(SHOWN).forEach(u -> lines.add(texts.t("ask.line", u.name())));
        });
        return String.join("\n", lines);
    }

    /** Due dates to come (in the period asked, or the next 90 days) of the deadlines concerning {@code unit}. */
    private String deadlines(OrgUnit unit, Period period) {
        LocalDate from = period == null ? today() : period.from().isBefore(today()) ? today() : period.from();
        LocalDate to = period == null ? today().plusDays(90) : period.to();
        List<String> lines = new ArrayList<>();
        for (Deadline deadline : deadlines.openConcerning(unit)) {
            for (LocalDate due : deadline.dueDatesBetween(from, to)) {
                lines.add(texts.t("ask.deadline", deadline.title(), due.format(PartyCalendar.DAY)));
            }
        }
        return lines.isEmpty()
                ? texts.t("ask.deadlines.none", unit.name())
                : texts.t("ask.deadlines", unit.name()) + "\n"
                        + String.join("\n", lines.stream().sorted().toList());
    }

    // ---- meetings to come, and the last ---------------------------------------------------------

    /** The next meeting of each cell asked about (in the period, when one is named): announced, or by its rule. */
    private String schedule(OrgUnit unit, Period period) {
        List<OrgUnit> cells = unit.isCell() ? List.of(unit) : units.within(unit.path(), OrgKind.CELL);
        Map<Long, MeetingSchedules.Schedule> rules = schedules.all();
        Map<Long, List<LocalDateTime>> planned = schedules.plannedFrom(today());
        List<String> lines = new ArrayList<>();
        for (OrgUnit cell : cells) {
            LocalDateTime next = next(rules.get(cell.id()), planned.getOrDefault(cell.id(), List.of()), period);
            if (next != null) {
                lines.add(texts.t("ask.next_meeting", cell.name(), reminderTexts.when(next)));
            }
        }
        if (lines.isEmpty()) {
            return texts.t("ask.schedule.none", unit.name());
        }
        List<String> shown = new ArrayList<>(lines.subList(0, Math.min(SHOWN, lines.size())));
        if (lines.size() > SHOWN) {
            shown.add(texts.t("ask.more", Integer.toString(lines.size() - SHOWN)));
        }
        return String.join("\n", shown);
    }

    private LocalDateTime next(MeetingSchedules.Schedule rule, List<LocalDateTime> planned, Period period) {
        LocalDateTime clockNow = LocalDateTime.now(clock);
        LocalDateTime now = period != null && period.from().atStartOfDay().isAfter(clockNow)
                ? period.from().atStartOfDay().minusNanos(1)
                : clockNow;
        LocalDateTime next = planned.stream()
                .filter(p -> p.isAfter(now))
                .min(Comparator.naturalOrder())
                .orElse(null);
        if (rule != null) {
            LocalDateTime byRule = rule.nextAfter(now);
            next = next == null || byRule.isBefore(next) ? byRule : next;
        }
        return next;
    }

    /** A cell's last meeting (of the period, when one is named), with the button that sends its minutes. */
    private Outgoing lastMeeting(long chat, OrgUnit unit, Period period) {
        if (!unit.isCell()) {
            return Outgoing.text(chat, texts.t("ask.last_meeting.which", unit.name()));
        }
        List<StoredMeeting> found = period == null
                ? meetings.recent(unit.id(), 1)
                : meetings.between(unit.id(), period.from(), period.to());
        if (found.isEmpty()) {
            return Outgoing.text(
                    chat,
                    period == null
                            ? texts.t("ask.last_meeting.none", unit.name())
                            : texts.t("ask.last_meeting.none_in", unit.name(), labels.of(period)));
        }
        StoredMeeting last = found.stream()
                .max(Comparator.comparing((StoredMeeting m) -> m.record().heldOn()))
                .orElseThrow();
        LocalDate day = last.record().heldOn();
        String text = texts.t(
                "ask.last_meeting",
                unit.name(),
                day.format(PartyCalendar.DAY),
                texts.t("meeting.kind." + last.record().kind().name().toLowerCase(java.util.Locale.ROOT)),
                Long.toString(last.record().attendance().stream()
                        .filter(a -> a.present())
                        .count()),
                Integer.toString(last.record().attendance().size()));
        return Outgoing.text(
                chat,
                text,
                List.of(List.of(StatusView.button(
                        texts.t("ask.minutes"), unit, Period.month(YearMonth.from(day)), "d" + last.id()))));
    }

    // ---- people ---------------------------------------------------------------------------------

    /** Members absent without reason at the warning lines in the last twelve months, within {@code unit}. */
    private String absent(OrgUnit unit) {
        YearMonth month = YearMonth.from(today());
        Map<Long, List<Absences.Absentee>> byCell =
                absences.membersWithUnexcusedMonths(month.minusMonths(11).atDay(1), rules.absenceWarnMonths());
        List<String> lines = new ArrayList<>();
        for (OrgUnit cell : unit.isCell() ? List.of(unit) : units.within(unit.path(), OrgKind.CELL)) {
            for (Absences.Absentee a : byCell.getOrDefault(cell.id(), List.of())) {
                lines.add(texts.t("ask.absentee", a.name(), Integer.toString(a.months()), cell.name()));
            }
        }
        if (lines.isEmpty()) {
            return texts.t("ask.absent.none", unit.name(), Integer.toString(rules.absenceWarnMonths()));
        }
        List<String> shown = new ArrayList<>();
        shown.add(texts.t("ask.absent", unit.name(), Integer.toString(lines.size())));
        shown.addAll(lines.subList(0, Math.min(SHOWN, lines.size())));
        if (lines.size() > SHOWN) {
            shown.add(texts.t("ask.more", Integer.toString(lines.size() - SHOWN)));
        }
        return String.join("\n", shown);
    }

    /** Commendations of the year (or period) within {@code unit} by form; a person's, when one is named. */
    private String awards(OrgUnit unit, Period period, String person) {
        CommendationFilter filter = CommendationFilter.within(Scope.of(unit));
        if (person != null) {
            List<Member> named = members.within(unit.path()).stream()
                    .filter(m -> (" " + Fold.of(m.fullName())).endsWith(" " + person))
                    .toList();
            if (named.isEmpty()) {
                return texts.t("ask.person.none", person, unit.name());
            }
            Set<Long> ids = named.stream().map(Member::id).collect(Collectors.toSet());
            List<StoredCommendation> theirs = commendations.find(filter).stream()
                    .filter(c -> c.commendation().memberId() != null
                            && ids.contains(c.commendation().memberId()))
                    .toList();
            if (theirs.isEmpty()) {
                return texts.t("ask.person.no_awards", named.get(0).fullName());
            }
            List<String> lines = new ArrayList<>();
            lines.add(texts.t("ask.person.awards", named.get(0).fullName(), Integer.toString(theirs.size())));
            theirs.stream()
                    .limit(SHOWN)
                    .forEach(c -> lines.add(texts.t(
                            "ask.award",
                            c.commendation().form().vietnamese(),
                            c.commendation().issuer(),
                            Integer.toString(c.awardedYear()))));
            return String.join("\n", lines);
        }
        Map<AwardForm, Commendations.Tally> byForm = commendations.countByForm(filter.withYear(period.year()));
        if (byForm.isEmpty()) {
            return texts.t("ask.awards.none", unit.name(), Integer.toString(period.year()));
        }
        List<String> lines = new ArrayList<>();
        lines.add(texts.t("ask.awards", unit.name(), Integer.toString(period.year())));
        byForm.forEach((form, t) -> lines.add(texts.t(
                "ask.award_count",
                form.vietnamese(),
                Long.toString(t.total()),
                Long.toString(t.collectives()),
                Long.toString(t.persons()))));
        return String.join("\n", lines);
    }

    /** A cell's members by name and standing; a committee's count by standing. */
    private String members(OrgUnit unit) {
        List<Member> all = unit.isCell() ? members.ofCell(unit.id()) : members.within(unit.path());
        Map<MemberStatus, Long> byStatus =
                all.stream().collect(Collectors.groupingBy(Member::status, Collectors.counting()));
        List<String> lines = new ArrayList<>();
        boolean elsewhere = byStatus.containsKey(MemberStatus.AWAY) || byStatus.containsKey(MemberStatus.SUSPENDED);
        Object[] figures = {
            unit.name(),
            Integer.toString(all.size()),
            Long.toString(byStatus.getOrDefault(MemberStatus.OFFICIAL, 0L)),
            Long.toString(byStatus.getOrDefault(MemberStatus.PROBATIONARY, 0L)),
            Long.toString(byStatus.getOrDefault(MemberStatus.EXEMPT, 0L)),
            Long.toString(byStatus.getOrDefault(MemberStatus.AWAY, 0L)),
            Long.toString(byStatus.getOrDefault(MemberStatus.SUSPENDED, 0L))
        };
        lines.add(elsewhere ? texts.t("ask.members_all", figures) : texts.t("ask.members", figures));
        if (unit.isCell()) {
            all.stream().limit(SHOWN).forEach(m -> lines.add(texts.t("ask.line", m.fullName())));
            if (all.size() > SHOWN) {
                lines.add(texts.t("ask.more", Integer.toString(all.size() - SHOWN)));
            }
        }
        return String.join("\n", lines);
    }
}
