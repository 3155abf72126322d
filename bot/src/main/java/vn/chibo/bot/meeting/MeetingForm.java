package vn.chibo.bot.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.form.Answers;
import vn.chibo.bot.chat.form.Form;
import vn.chibo.bot.chat.form.Forms;
import vn.chibo.bot.chat.form.Option;
import vn.chibo.bot.chat.form.Question;
import vn.chibo.bot.chat.form.Question.Parsed;
import vn.chibo.bot.chat.form.Saved;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.calendar.DateReading;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.calendar.VietnameseDates;
import vn.chibo.content.meeting.MeetingAssessment;
import vn.chibo.content.meeting.MeetingKind;
import vn.chibo.content.meeting.MeetingRecord;
import vn.chibo.content.meeting.Meetings;
import vn.chibo.content.meeting.RecordMeeting;
import vn.chibo.content.meeting.ResolutionValidity;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

/**
 * /sinhhoat: a secretary or deputy logs a meeting of the cell they act for, one question at a time, sees
 * the rules' results on the summary card, may change any answer there, and gets the minutes as .docx.
 * With a {@code meeting} answer present (opened from /lichsu), saving edits that meeting instead.
 */
@Component
class MeetingForm implements Form {

    static final int MAX_TEXT = 4000;

    private final Texts texts;
    private final Clock clock;
    private final Members members;
    private final Meetings meetings;
    private final OrgUnits units;
    private final MeetingAssessment assessment;
    private final AssessmentText assessmentText;
    private final RecordMeeting recordMeeting;
    private final MinutesFile minutesFile;

    MeetingForm(
            Texts texts,
            Clock clock,
            Members members,
            Meetings meetings,
            OrgUnits units,
            MeetingAssessment assessment,
            AssessmentText assessmentText,
            RecordMeeting recordMeeting,
            MinutesFile minutesFile) {
        this.texts = texts;
        this.clock = clock;
        this.members = members;
        this.meetings = meetings;
        this.units = units;
        this.assessment = assessment;
        this.assessmentText = assessmentText;
        this.recordMeeting = recordMeeting;
        this.minutesFile = minutesFile;
    }

    @Override
    public boolean tidiesAfterSave() {
        return true;
    }

    @Override
    public String name() {
        return "meeting";
    }

    @Override
    public boolean allows(Actor actor) {
        return actor.acting() != null && actor.acting().role().actsForCell();
    }

    static long cellOf(Actor actor) {
        return actor.acting().unit().id();
    }

    private static boolean thematic(Answers a) {
        return a.has("kind") && MeetingKind.valueOf(a.value("kind")).isThematic();
    }

    @Override
    public List<Question> questions() {
        return List.of(
                Question.choose("cell")
                        .prompt(a -> "")
                        .options((a, actor) ->
                                List.of(new Option(actor.acting().unit().name(), Long.toString(cellOf(actor))))),
                Question.choose("kind").prompt(a -> texts.t("meeting.ask.kind")).options((a, actor) -> kinds()),
                Question.text("date")
                        .prompt(a -> texts.t("meeting.ask.date"))
                        .parseSeeing(this::date)
                        .quick((a, actor) -> recentDays()),
                Question.choose("second")
                        .prompt(a -> texts.t("meeting.ask.second", monthOf(a)))
                        .options((a, actor) -> List.of(
                                new Option(texts.t("meeting.second.yes"), "yes"),
                                new Option(texts.t("meeting.second.no"), Forms.CANCEL)))
                        .when(this::secondMonthly),
                Question.text("start")
                        .prompt(a -> texts.t("meeting.ask.start"))
                        .parse(text -> time(text, null))
                        .quick((a, actor) -> times("7:30", "8:00", "14:00")),
                Question.text("end")
                        .prompt(a -> texts.t("meeting.ask.end", a.label("start")))
                        .parseSeeing((text, a) -> time(text, LocalTime.parse(a.value("start")))),
                Question.text("place")
                        .prompt(a -> texts.t("meeting.ask.place"))
                        .parse(text -> line(text, 300))
                        .quick((a, actor) -> meetings.lastPlace(cellOf(actor))
                                .map(p -> List.of(new Option(p, p)))
                                .orElse(List.of())),
                Question.text("topic")
                        .prompt(a -> texts.t("meeting.ask.topic"))
                        .parse(text -> line(text, 1000))
                        .when(MeetingForm::thematic)
                        .quick((a, actor) -> themes(actor)),
                Question.toggle("absent")
                        .prompt(a -> texts.t("meeting.ask.absent"))
                        .options((a, actor) -> memberOptions(actor, Set.of())),
                Question.toggle("unexcused")
                        .prompt(a -> texts.t("meeting.ask.unexcused"))
                        .options((a, actor) -> memberOptions(actor, Set.of()).stream()
                                .filter(o -> MeetingDraft.ids(a, "absent").contains(o.value()))
                                .toList())
                        .when(a -> !MeetingDraft.ids(a, "absent").isEmpty()),
                Question.text("guests")
                        .prompt(a -> texts.t("meeting.ask.guests"))
                        .parse(text -> line(text, 2000))
                        .skippable(),
                Question.choose("chair")
                        .prompt(a -> texts.t("meeting.ask.chair"))
                        .options((a, actor) -> memberOptions(actor, MeetingDraft.ids(a, "absent"))),
                Question.choose("minutes")
                        .prompt(a -> texts.t("meeting.ask.minutes"))
                        .options((a, actor) -> memberOptions(actor, MeetingDraft.ids(a, "absent"))),
                Question.choose("presenter")
                        .prompt(a -> texts.t("meeting.ask.presenter"))
                        .options((a, actor) -> withNone(memberOptions(actor, MeetingDraft.ids(a, "absent"))))
                        .when(MeetingForm::thematic),
                several("results"),
                several("decisions"),
                several("tasks"),
                several("conclusion"),
                Question.text("votes")
                        .prompt(a -> texts.t("meeting.ask.votes"))
                        .parseSeeing(this::votes)
                        .quick(this::unanimous),
                Question.photos("photos").prompt(a -> texts.t("meeting.ask.photos")));
    }

    private Question several(String key) {
        return Question.text(key)
                .prompt(a -> texts.t("meeting.ask." + key))
                .parse(text -> line(text, MAX_TEXT))
                .several();
    }

    @Override
    public List<String> dependents(String key) {
        return switch (key) {
            case "kind" -> List.of("second", "topic", "presenter");
            case "date" -> List.of("second");
            case "start" -> List.of("end");
            case "absent" -> List.of("unexcused", "chair", "minutes", "presenter", "votes");
            default -> List.of();
        };
    }

    @Override
    public List<Option> editable(Answers a) {
        List<String> keys = new ArrayList<>(List.of(
                "kind",
                "date",
                "start",
                "place",
                "absent",
                "chair",
                "minutes",
                "results",
                "decisions",
                "tasks",
                "conclusion",
                "votes"));
        if (thematic(a)) {
            keys.add(3, "topic");
        }
        return keys.stream()
                .map(k -> new Option(texts.t("meeting.edit." + k), k))
                .toList();
    }

    @Override
    public String summary(Answers a, Actor actor) {
        MeetingRecord m = MeetingDraft.record(cellOf(actor), a, members.ofCell(cellOf(actor)));
        List<String> lines = new ArrayList<>();
        lines.add(a.has("meeting") ? texts.t("meeting.summary.edit_title") : texts.t("meeting.summary.title"));
        lines.add(texts.t("meeting.summary.kind", a.label("kind")));
        lines.add(texts.t(
                "meeting.summary.when", m.heldOn().format(PartyCalendar.DAY), a.label("start"), a.label("end")));
        lines.add(texts.t("meeting.summary.place", m.place()));
        if (m.topic() != null) {
            lines.add(texts.t("meeting.summary.topic", m.topic()));
        }
        if (!m.documents().isEmpty()) {
            lines.add(texts.t("meeting.summary.documents", String.join("; ", m.documents())));
        }
        long present = m.attendance().stream().filter(x -> x.present()).count();
        lines.add(texts.t(
                "meeting.summary.attendance",
                Integer.toString(m.attendance().size()),
                Long.toString(present),
                a.label("absent") == null ? texts.t("form.none") : a.label("absent"),
                a.label("unexcused") == null ? texts.t("form.none") : a.label("unexcused")));
        lines.add(texts.t("meeting.summary.roles", a.label("chair"), a.label("minutes")));
        lines.add(texts.t(
                "meeting.summary.votes",
                Integer.toString(m.votes().agree()),
                Integer.toString(m.votes().disagree()),
                Integer.toString(m.votes().abstain())));
        if (!m.photoFileIds().isEmpty()) {
            lines.add(texts.t(
                    "meeting.summary.photos", Integer.toString(m.photoFileIds().size())));
        }
        lines.add("");
        lines.addAll(assessmentText.describe(assessment.of(m)));
        lines.add("");
        lines.add(texts.t("meeting.summary.confirm"));
        return String.join("\n", lines);
    }

    /** Answers → the use case's command → what the person is told, with the minutes on success. */
    @Override
    public Saved save(Answers a, Actor actor, long chatId) {
        long cellId = cellOf(actor);
        if (cellId != a.id("cell")) {
            return Saved.refused(texts.t("meeting.role_changed"));
        }
        MeetingRecord m = MeetingDraft.record(cellId, a, members.ofCell(cellId));
        String day = m.heldOn().format(PartyCalendar.DAY);
        Long replacing = a.has("meeting") ? a.id("meeting") : null;
        var result = recordMeeting.run(
                new RecordMeeting.Command(m, replacing, texts.t("meeting.audit", a.label("kind"), day)), actor);
        if (result instanceof RecordMeeting.Result.Refused refused) {
            return Saved.refused(
                    refused.reason() == RecordMeeting.Reason.NOT_THEIR_CELL
                            ? texts.t("meeting.role_changed")
                            : texts.t("form.changed_meanwhile"));
        }
        var recorded = (RecordMeeting.Result.Recorded) result;
        List<String> lines = new ArrayList<>();
        lines.add(
                recorded.corrected()
                        ? texts.t("meeting.saved_edit", a.label("kind"), day)
                        : texts.t("meeting.saved", a.label("kind"), day));
        lines.addAll(assessmentText.describe(recorded.assessment()));
        String presenter = m.presenterId() == null ? null : a.label("presenter");
        return new Saved(
                String.join("\n", lines),
                List.of(minutesFile.of(
                        chatId,
                        recorded.cell(),
                        m,
                        recorded.assessment().vote(),
                        a.label("chair"),
                        a.label("minutes"),
                        presenter)));
    }

    // ---- answers -------------------------------------------------------------------------------

    private List<Option> kinds() {
        return Arrays.stream(MeetingKind.values())
                .map(k -> new Option(texts.t("meeting.kind." + k.name().toLowerCase()), k.name()))
                .toList();
    }

    private List<Option> recentDays() {
        LocalDate today = LocalDate.now(clock);
        return List.of(
                new Option(texts.t("meeting.today", today.format(PartyCalendar.DAY)), today.toString()),
                new Option(
                        texts.t("meeting.yesterday", today.minusDays(1).format(PartyCalendar.DAY)),
                        today.minusDays(1).toString()));
    }

    private Parsed date(String text, Answers a) {
        LocalDate today = LocalDate.now(clock);
        Optional<LocalDate> iso = isoDate(text);
        DateReading reading =
                iso.map(d -> new DateReading(d, null, null)).orElseGet(() -> VietnameseDates.date(text, today));
        if (!reading.ok()) {
            return Parsed.wrong(
                    reading.problem() == DateReading.Problem.NO_SUCH_DAY
                            ? texts.t("meeting.date.no_such_day", text.strip())
                            : texts.t("meeting.date.not_a_date", text.strip()));
        }
        LocalDate date = reading.date();
        if (date.isAfter(today)) {
            return Parsed.wrong(texts.t("meeting.date.future", date.format(PartyCalendar.DAY)));
        }
        if (date.isBefore(PartyCalendar.PARTY_FOUNDED)) {
            return Parsed.wrong(texts.t("input.date_before_party", date.format(PartyCalendar.DAY)));
        }
        return Parsed.ok(date.toString(), date.format(PartyCalendar.DAY));
    }

    private static Optional<LocalDate> isoDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private Parsed time(String text, LocalTime after) {
        Optional<LocalTime> time = VietnameseDates.time(text);
        if (time.isEmpty()) {
            return Parsed.wrong(texts.t("meeting.time.invalid", text.strip()));
        }
        if (after != null && !time.get().isAfter(after)) {
            return Parsed.wrong(texts.t("meeting.time.before_start", label(time.get()), label(after)));
        }
        return Parsed.ok(time.get().toString(), label(time.get()));
    }

    private static String label(LocalTime time) {
        return time.getHour() + "h" + (time.getMinute() == 0 ? "" : String.format("%02d", time.getMinute()));
    }

    private List<Option> times(String... values) {
        return Arrays.stream(values)
                .map(v -> {
                    LocalTime t = VietnameseDates.time(v.replace(':', 'h')).orElseThrow();
                    return new Option(label(t), t.toString());
                })
                .toList();
    }

    private Parsed line(String text, int max) {
        String value = text.strip();
        if (value.length() < 2) {
            return Parsed.wrong(texts.t("meeting.text.too_short"));
        }
        if (value.length() > max) {
            return Parsed.wrong(
                    texts.t("meeting.text.too_long", Integer.toString(max), Integer.toString(value.length())));
        }
        return Parsed.ok(value);
    }

    private List<Option> themes(Actor actor) {
        OrgUnit cell = actor.acting().unit();
        String committeePath = cell.parentId() == null
                ? cell.path()
                : units.get(cell.parentId()).path();
        return meetings.themesUsed(committeePath, LocalDate.now(clock).getYear()).stream()
                .map(t -> new Option(t.length() > 60 ? t.substring(0, 57) + "…" : t, t))
                .toList();
    }

    private List<Option> memberOptions(Actor actor, Set<String> excluded) {
        return members.ofCell(cellOf(actor)).stream()
                .filter(m -> !excluded.contains(Long.toString(m.id())))
                .map(m -> new Option(m.fullName(), Long.toString(m.id())))
                .toList();
    }

    private List<Option> withNone(List<Option> options) {
        List<Option> all = new ArrayList<>(options);
        all.add(new Option(texts.t("meeting.no_presenter"), "none"));
        return all;
    }

    private Parsed votes(String text, Answers a) {
        int[] numbers = java.util.regex.Pattern.compile("\\d+")
                .matcher(text)
                .results()
                .mapToInt(r -> Integer.parseInt(r.group()))
                .toArray();
        if (numbers.length != 3) {
            return Parsed.wrong(texts.t("meeting.votes.three_numbers"));
        }
        var votes = new vn.chibo.content.meeting.Votes(numbers[0], numbers[1], numbers[2]);
        var attendance = MeetingDraft.attendance(a, currentMembersOf(a));
        if (!ResolutionValidity.addsUp(attendance, votes)) {
            long voters =
                    attendance.stream().filter(x -> x.votes() && x.present()).count();
            return Parsed.wrong(
                    texts.t("meeting.votes.too_many", Integer.toString(votes.total()), Long.toString(voters)));
        }
        return Parsed.ok(
                numbers[0] + " " + numbers[1] + " " + numbers[2],
                texts.t(
                        "meeting.votes.label",
                        Integer.toString(numbers[0]),
                        Integer.toString(numbers[1]),
                        Integer.toString(numbers[2])));
    }

    private List<Option> unanimous(Answers a, Actor actor) {
        long voters = MeetingDraft.attendance(a, members.ofCell(cellOf(actor))).stream()
                .filter(x -> x.votes() && x.present())
                .count();
        return List.of(new Option(texts.t("meeting.votes.unanimous", Long.toString(voters)), voters + " 0 0"));
    }

    private List<Member> currentMembersOf(Answers a) {
        return members.ofCell(a.id("cell"));
    }

    private String monthOf(Answers a) {
        return YearMonth.from(LocalDate.parse(a.value("date"))).format(PartyCalendar.MONTH);
    }

    /** Whether {@code second} must be asked: a monthly meeting is already logged in that month (besides the one being edited). */
    private boolean secondMonthly(Answers a) {
        return a.has("kind")
                && a.has("date")
                && MeetingKind.valueOf(a.value("kind")).isMonthly()
                && meetings.monthlyMeetingsIn(a.id("cell"), YearMonth.from(LocalDate.parse(a.value("date"))))
                        > (a.has("meeting") ? 1 : 0);
    }
}
