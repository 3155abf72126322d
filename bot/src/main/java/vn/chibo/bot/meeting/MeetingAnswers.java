package vn.chibo.bot.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.form.Answers;
import vn.chibo.bot.chat.form.Option;
import vn.chibo.bot.chat.form.Parsed;
import vn.chibo.bot.chat.form.Readers;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.meeting.MeetingKind;
import vn.chibo.content.meeting.Meetings;
import vn.chibo.content.meeting.Proceedings;
import vn.chibo.content.meeting.ResolutionValidity;
import vn.chibo.content.meeting.Votes;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;
import vn.chibo.content.plan.Plans;

/** What the meeting log offers and how it reads its own answers (the kind, recent days, the cell's members, votes). */
@Component
class MeetingAnswers {

    private final Texts texts;
    private final Clock clock;
    private final Members members;
    private final Meetings meetings;
    private final OrgUnits units;
    private final Plans plans;

    MeetingAnswers(Texts texts, Clock clock, Members members, Meetings meetings, OrgUnits units, Plans plans) {
        this.plans = plans;
        this.texts = texts;
        this.clock = clock;
        this.members = members;
        this.meetings = meetings;
        this.units = units;
    }

    List<Option> kinds() {
        return Arrays.stream(MeetingKind.values())
                .filter(k -> k != MeetingKind.THEMATIC_FORUM)
                .map(k -> new Option(texts.t("meeting.kind." + k.name().toLowerCase()), k.name()))
                .toList();
    }

    List<Option> recentDays() {
        LocalDate today = LocalDate.now(clock);
        return List.of(
                new Option(texts.t("meeting.today", today.format(PartyCalendar.DAY)), today.toString()),
                new Option(
                        texts.t("meeting.yesterday", today.minusDays(1).format(PartyCalendar.DAY)),
                        today.minusDays(1).toString()));
    }

    /** The place of the cell's last meeting, offered first. */
    java.util.Optional<String> lastPlace(Actor actor) {
        return meetings.lastPlace(MeetingForm.cellOf(actor));
    }

    /**
     * Topics to tap: first the one the cell (or the organisation above it that registered) planned for the quarter
     * of the meeting's day, marked as planned, so the meeting counts as held to plan; then those used this year nearby.
     */
    List<Option> themes(Actor actor, LocalDate day) {
        OrgUnit cell = actor.acting().unit();
        String committeePath = cell.parentId() == null
                ? cell.path()
                : units.get(cell.parentId()).path();
        List<Option> options = new java.util.ArrayList<>();
        java.util.Optional<String> planned = day == null ? java.util.Optional.empty() : plans.plannedTopic(cell, day);
        planned.ifPresent(t -> options.add(new Option(texts.t("meeting.planned_topic", shortened(t, 45)), t)));
        meetings.themesUsed(committeePath, LocalDate.now(clock).getYear()).stream()
                .filter(t -> planned.map(p -> !p.equals(t)).orElse(true))
                .map(t -> new Option(shortened(t, 60), t))
                .forEach(options::add);
        return options;
    }

    private static String shortened(String text, int max) {
        return text.length() > max ? text.substring(0, max - 3) + "…" : text;
    }

    List<Option> memberOptions(Actor actor, Set<String> excluded) {
        return members.ofCell(MeetingForm.cellOf(actor)).stream()
                .filter(m -> !excluded.contains(Long.toString(m.id())))
                .map(m -> new Option(m.fullName(), Long.toString(m.id())))
                .toList();
    }

    /**
     * Every member as a switch of the roll call; a member not expected (exempt, attending elsewhere for now, suspended)
     * says why.
     */
    List<Option> attendanceOptions(Actor actor) {
        return members.ofCell(MeetingForm.cellOf(actor)).stream()
                .map(m -> new Option(
                        m.status().expected()
                                ? m.fullName()
                                : texts.t("meeting.exempt_label", m.fullName(), notExpected(m.status())),
                        Long.toString(m.id())))
                .toList();
    }

    /** Why a member is not expected at meetings, as the roll call says it. */
    private String notExpected(MemberStatus status) {
        return switch (status) {
            case AWAY -> texts.t("meeting.not_expected.away");
            case SUSPENDED -> texts.t("meeting.not_expected.suspended");
            default -> texts.t("meeting.not_expected.exempt");
        };
    }

    /** Members not expected (exempt, attending elsewhere for now, suspended) start the roll call as not attending. */
    Set<String> exemptIds(Actor actor) {
        return members.ofCell(MeetingForm.cellOf(actor)).stream()
                .filter(m -> !m.status().expected())
                .map(m -> Long.toString(m.id()))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /** The absentees who were expected (not exempt, away or suspended), as switches. */
    List<Option> expectedAbsentees(Answers a) {
        Set<String> absent = a.choices(MeetingForm.ABSENT);
        return currentMembersOf(a).stream()
                .filter(m -> m.status().expected() && absent.contains(Long.toString(m.id())))
                .map(m -> new Option(m.fullName(), Long.toString(m.id())))
                .toList();
    }

    /** The expected absentees with a reason (not marked unexcused). */
    List<Option> excused(Answers a) {
        Set<String> unexcused = a.choices(MeetingForm.UNEXCUSED);
        return expectedAbsentees(a).stream()
                .filter(o -> !unexcused.contains(o.value()))
                .toList();
    }

    String excusedNames(Answers a) {
        return excused(a).stream().map(Option::label).collect(Collectors.joining(", "));
    }

    /** Reasons offered as buttons, each for every excused absentee. */
    List<Option> commonReasons() {
        return List.of(
                        texts.t("meeting.reason.business"),
                        texts.t("meeting.reason.ill"),
                        texts.t("meeting.reason.family"))
                .stream()
                .map(r -> new Option(r, MeetingDraft.EVERYONE + "=" + r))
                .toList();
    }

    /**
     * Reasons typed for the excused absentees: one line "name: reason" each (the name as the roll call has it, or its
     * last words), or one reason alone for all of them.
     */
    Parsed reasons(String text, Answers a) {
        List<Option> excused = excused(a);
        List<String> lines =
                text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty()) {
            return Parsed.wrong(texts.t("meeting.reasons.empty"));
        }
        java.util.Map<String, String> given = new java.util.LinkedHashMap<>();
        List<String> labels = new ArrayList<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                if (lines.size() > 1) {
                    return Parsed.wrong(texts.t("meeting.reasons.format"));
                }
                String reason = limited(line);
                given.put(MeetingDraft.EVERYONE, reason);
                labels.add(texts.t("meeting.reasons.everyone", reason));
                continue;
            }
            String name = line.substring(0, colon).strip();
            String reason = limited(line.substring(colon + 1).strip());
            List<Option> found = Names.matching(name, excused);
            if (found.size() != 1 || reason.isEmpty()) {
                return Parsed.wrong(texts.t("meeting.reasons.who", name, excusedNames(a)));
            }
            given.put(found.get(0).value(), reason);
            labels.add(found.get(0).label() + ": " + reason);
        }
        String value = given.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
        return Parsed.ok(value, String.join("; ", labels));
    }

    private static String limited(String reason) {
        String oneLine = reason.replaceAll("\\s+", " ").strip();
        return oneLine.length() > vn.chibo.content.meeting.Attendance.MAX_REASON
                ? oneLine.substring(0, vn.chibo.content.meeting.Attendance.MAX_REASON)
                : oneLine;
    }

    /**
     * One opinion: "speaker: what they said". A speaker named as the roll call has them (or by their last words) is
     * written in full; anyone else (a delegate) as typed.
     */
    Parsed opinion(String text, Answers a) {
        String flat = text.replaceAll("\\s+", " ").strip();
        int colon = flat.indexOf(':');
        if (colon <= 0 || colon > MAX_SPEAKER || flat.substring(colon + 1).isBlank()) {
            return Parsed.wrong(texts.t("meeting.opinion.format"));
        }
        if (flat.length() > MeetingForm.MAX_TEXT) {
            return Parsed.wrong(texts.t(
                    "meeting.text.too_long", Integer.toString(MeetingForm.MAX_TEXT), Integer.toString(flat.length())));
        }
        String speaker = Names.withoutTitle(flat.substring(0, colon));
        List<Option> roll = currentMembersOf(a).stream()
                .map(m -> new Option(m.fullName(), Long.toString(m.id())))
                .toList();
        List<Option> found = Names.matching(speaker, roll);
        String name = found.size() == 1 ? found.get(0).label() : speaker;
        return Parsed.ok(name + ": " + flat.substring(colon + 1).strip());
    }

    private static final int MAX_SPEAKER = 80;

    /** The tasks of the last resolution: kept with a meeting being corrected, else the cell's last monthly meeting's. */
    List<String> lastTaskTexts(Answers a) {
        if (a.has(MeetingForm.REVIEW_TASKS)) {
            return a.value(MeetingForm.REVIEW_TASKS).lines().toList();
        }
        if (a.has(MeetingForm.EDITING) || !a.has(MeetingForm.DATE)) {
            return List.of();
        }
        return meetings.lastResolutionTasks(a.id(MeetingForm.CELL), YearMonth.from(a.date(MeetingForm.DATE)));
    }

    /** Those tasks as switches, "done" when on. */
    List<Option> lastTasks(Answers a) {
        List<String> tasks = lastTaskTexts(a);
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            String task = tasks.get(i);
            options.add(new Option(task.length() > 60 ? task.substring(0, 57) + "…" : task, Integer.toString(i)));
        }
        return options;
    }

    /** A resolution number: "12" becomes "12-NQ/CB"; anything else is kept as written, within the column. */
    Parsed resolutionNumber(String text) {
        String number = text.strip();
        if (number.matches("\\d{1,4}")) {
            number = Integer.parseInt(number) + "-NQ/CB";
        }
        if (number.isEmpty() || number.length() > vn.chibo.content.meeting.Proceedings.MAX_RESOLUTION_NUMBER) {
            return Parsed.wrong(texts.t(
                    "meeting.resolution_no.invalid",
                    Integer.toString(vn.chibo.content.meeting.Proceedings.MAX_RESOLUTION_NUMBER)));
        }
        return Parsed.ok(number);
    }

    /** The next number in the cell's year, offered ready. */
    List<Option> nextResolutionNumber(Answers a, Actor actor) {
        int year = a.date(MeetingForm.DATE).getYear();
        int next = meetings.resolutionsIn(MeetingForm.cellOf(actor), year) + (a.has(MeetingForm.EDITING) ? 0 : 1);
        String number = Math.max(1, next) + "-NQ/CB";
        return List.of(new Option(number, number));
    }

    /** The quality criteria nothing logged shows, asked of the secretary. */
    List<Option> selfChecks() {
        return List.of(
                new Option(texts.t("meeting.self.materials"), Proceedings.SelfCheck.MATERIALS_EARLY.name()),
                new Option(texts.t("meeting.self.ideology"), Proceedings.SelfCheck.IDEOLOGY_DISCUSSED.name()),
                new Option(texts.t("meeting.self.principles"), Proceedings.SelfCheck.PRINCIPLES_KEPT.name()));
    }

    /** How many of those present approved the minutes read back: a number up to those present. */
    Parsed adopted(String text, Answers a) {
        long present = present(a);
        String digits = text.strip();
        if (!digits.matches("\\d{1,4}")) {
            return Parsed.wrong(texts.t("meeting.adopted.number", Long.toString(present)));
        }
        int agree = Integer.parseInt(digits);
        if (agree > present) {
            return Parsed.wrong(texts.t("meeting.adopted.too_many", digits, Long.toString(present)));
        }
        return Parsed.ok(digits, texts.t("meeting.adopted.label", digits, Long.toString(present)));
    }

    List<Option> allAdopted(Answers a, Actor actor) {
        String present = Long.toString(present(a));
        return List.of(new Option(texts.t("meeting.adopted.all", present), present));
    }

    private long present(Answers a) {
        return MeetingDraft.attendance(a, currentMembersOf(a)).stream()
                .filter(x -> x.present())
                .count();
    }

    List<Option> withNone(List<Option> options) {
        List<Option> all = new ArrayList<>(options);
        all.add(new Option(texts.t("meeting.no_presenter"), "none"));
        return all;
    }

    /** A start later than now, for a meeting held today: it has not begun, so it cannot be recorded as held. */
    Parsed notLaterToday(Parsed start, Answers a) {
        if (start.error() != null || !LocalDate.now(clock).equals(a.date(MeetingForm.DATE))) {
            return start;
        }
        LocalTime now = LocalTime.now(clock);
        if (!LocalTime.parse(start.value()).isAfter(now)) {
            return start;
        }
        return Parsed.wrong(texts.t("meeting.time.not_yet", start.label(), Readers.label(now)));
    }

    /** The ready start times, without those still to come today. */
    List<Option> startedBy(Answers a, List<Option> times) {
        if (!LocalDate.now(clock).equals(a.date(MeetingForm.DATE))) {
            return times;
        }
        LocalTime now = LocalTime.now(clock);
        return times.stream()
                .filter(t -> !LocalTime.parse(t.value()).isAfter(now))
                .toList();
    }

    /** {@code options} without {@code taken} (the chair does not also take the minutes), unless no one else is left. */
    List<Option> otherThan(List<Option> options, String taken) {
        List<Option> others =
                options.stream().filter(o -> !o.value().equals(taken)).toList();
        return others.isEmpty() ? options : others;
    }

    Parsed votes(String text, Answers a) {
        var read = Votes.read(text);
        if (read.isEmpty()) {
            return Parsed.wrong(texts.t("meeting.votes.three_numbers"));
        }
        Votes votes = read.get();
        var attendance = MeetingDraft.attendance(a, currentMembersOf(a));
        long voters = attendance.stream().filter(x -> x.votes() && x.present()).count();
        if (!ResolutionValidity.addsUp(attendance, votes)) {
            return Parsed.wrong(
                    texts.t("meeting.votes.too_many", Integer.toString(votes.total()), Long.toString(voters)));
        }
        int silent = (int) (voters - votes.total());
        if (silent > 0) {
            // Fewer votes than official members present: those not counted did not vote, and the summary says so
            // before anything is saved.
            Votes counted = new Votes(votes.agree(), votes.disagree(), votes.abstain() + silent);
            return Parsed.ok(
                    counted.key(),
                    texts.t(
                            "meeting.votes.label_silent",
                            Integer.toString(counted.agree()),
                            Integer.toString(counted.disagree()),
                            Integer.toString(counted.abstain()),
                            Integer.toString(silent),
                            Long.toString(voters)));
        }
        return Parsed.ok(
                votes.key(),
                texts.t(
                        "meeting.votes.label",
                        Integer.toString(votes.agree()),
                        Integer.toString(votes.disagree()),
                        Integer.toString(votes.abstain())));
    }

    List<Option> unanimous(Answers a, Actor actor) {
        long voters = MeetingDraft.attendance(a, members.ofCell(MeetingForm.cellOf(actor))).stream()
                .filter(x -> x.votes() && x.present())
                .count();
        return List.of(new Option(
                texts.t("meeting.votes.unanimous", Long.toString(voters)),
                new Votes(Math.toIntExact(voters), 0, 0).key()));
    }

    List<Member> currentMembersOf(Answers a) {
        return members.ofCell(a.id(MeetingForm.CELL));
    }

    String monthOf(Answers a) {
        return YearMonth.from(a.date(MeetingForm.DATE)).format(PartyCalendar.MONTH);
    }

    /** Whether {@code second} must be asked: a monthly meeting is already logged in that month (besides the one being edited). */
    boolean secondMonthly(Answers a) {
        return a.has(MeetingForm.KIND)
                && a.has(MeetingForm.DATE)
                && MeetingKind.valueOf(a.value(MeetingForm.KIND)).isMonthly()
                && meetings.monthlyMeetingsIn(a.id(MeetingForm.CELL), YearMonth.from(a.date(MeetingForm.DATE)))
                        > (a.has(MeetingForm.EDITING) ? 1 : 0);
    }
}
