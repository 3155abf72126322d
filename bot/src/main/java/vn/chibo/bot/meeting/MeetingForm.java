package vn.chibo.bot.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.form.Answers;
import vn.chibo.bot.chat.form.Form;
import vn.chibo.bot.chat.form.Forms;
import vn.chibo.bot.chat.form.Option;
import vn.chibo.bot.chat.form.Question;
import vn.chibo.bot.chat.form.Readers;
import vn.chibo.bot.chat.form.Saved;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.meeting.MeetingAssessment;
import vn.chibo.content.meeting.MeetingKind;
import vn.chibo.content.meeting.MeetingRecord;
import vn.chibo.content.meeting.RecordMeeting;
import vn.chibo.content.org.Members;

/**
 * /sinhhoat: a secretary or deputy logs a meeting of the cell they act for, one question at a time, sees
 * the rules' results on the summary card, may change any answer there, and gets the minutes as .docx.
 * With a {@code meeting} answer present (opened from /lichsu), saving edits that meeting instead.
 */
@Component
class MeetingForm implements Form {

    /** Not a question: the stored meeting being corrected, when the form was opened to edit one. */
    static final String EDITING = "meeting";

    // The questions, by key.
    static final String CELL = "cell";
    static final String KIND = "kind";
    static final String DATE = "date";
    static final String SECOND = "second";
    static final String START = "start";
    static final String END = "end";
    static final String PLACE = "place";
    static final String TOPIC = "topic";
    static final String ABSENT = "absent";
    static final String UNEXCUSED = "unexcused";
    static final String GUESTS = "guests";
    static final String CHAIR = "chair";
    static final String MINUTES = "minutes";
    static final String PRESENTER = "presenter";
    static final String VOTES = "votes";
    static final String PHOTOS = "photos";
    static final String RESULTS = "results";
    static final String DECISIONS = "decisions";
    static final String TASKS = "tasks";
    static final String CONCLUSION = "conclusion";

    static final int MAX_TEXT = 4000;

    private final Texts texts;
    private final Members members;
    private final MeetingAssessment assessment;
    private final AssessmentText assessmentText;
    private final RecordMeeting recordMeeting;
    private final MinutesFile minutesFile;
    private final MeetingAnswers answers;
    private final Readers readers;

    MeetingForm(
            Texts texts,
            Members members,
            MeetingAssessment assessment,
            AssessmentText assessmentText,
            RecordMeeting recordMeeting,
            MinutesFile minutesFile,
            MeetingAnswers answers,
            Readers readers) {
        this.texts = texts;
        this.members = members;
        this.assessment = assessment;
        this.assessmentText = assessmentText;
        this.recordMeeting = recordMeeting;
        this.minutesFile = minutesFile;
        this.answers = answers;
        this.readers = readers;
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
        return actor.actsForCell();
    }

    static long cellOf(Actor actor) {
        return actor.acting().unit().id();
    }

    private static boolean thematic(Answers a) {
        return a.has(KIND) && MeetingKind.valueOf(a.value(KIND)).isThematic();
    }

    @Override
    public List<Question> questions() {
        return List.of(
                Question.pinned(
                        CELL, (a, actor) -> new Option(actor.acting().unit().name(), Long.toString(cellOf(actor)))),
                Question.choose(KIND).prompt(a -> texts.t("meeting.ask.kind")).options((a, actor) -> answers.kinds()),
                Question.text(DATE)
                        .prompt(a -> texts.t("meeting.ask.date"))
                        .parse(readers::pastDay)
                        .quick((a, actor) -> answers.recentDays()),
                Question.choose(SECOND)
                        .prompt(a -> texts.t("meeting.ask.second", answers.monthOf(a)))
                        .options((a, actor) -> List.of(
                                new Option(texts.t("meeting.second.yes"), "yes"),
                                new Option(texts.t("meeting.second.no"), Forms.CANCEL)))
                        .when(answers::secondMonthly),
                Question.text(START)
                        .prompt(a -> texts.t("meeting.ask.start"))
                        .parseSeeing((text, a) -> answers.notLaterToday(readers.time(text, null), a))
                        .quick((a, actor) -> answers.startedBy(a, Readers.times("7:30", "8:00", "14:00"))),
                Question.text(END)
                        .prompt(a -> texts.t("meeting.ask.end", a.label(START)))
                        .parseSeeing((text, a) -> readers.time(text, a.time(START))),
                Question.text(PLACE)
                        .prompt(a -> texts.t("meeting.ask.place"))
                        .parse(text -> readers.line(text, MeetingRecord.MAX_PLACE))
                        .quick((a, actor) -> answers.lastPlace(actor)
                                .map(p -> List.of(new Option(p, p)))
                                .orElse(List.of())),
                Question.text(TOPIC)
                        .prompt(a -> texts.t("meeting.ask.topic"))
                        .parse(text -> readers.line(text, MeetingRecord.MAX_TOPIC))
                        .when(MeetingForm::thematic)
                        .quick((a, actor) -> answers.themes(actor)),
                Question.toggle(ABSENT)
                        .prompt(a -> texts.t("meeting.ask.absent"))
                        .options((a, actor) -> answers.memberOptions(actor, Set.of())),
                Question.toggle(UNEXCUSED)
                        .prompt(a -> texts.t("meeting.ask.unexcused"))
                        .options((a, actor) -> answers.memberOptions(actor, Set.of()).stream()
                                .filter(o -> a.choices(ABSENT).contains(o.value()))
                                .toList())
                        .when(a -> !a.choices(ABSENT).isEmpty()),
                Question.text(GUESTS)
                        .prompt(a -> texts.t("meeting.ask.guests"))
                        .parse(text -> readers.line(text, MeetingRecord.MAX_GUESTS))
                        .skippable(),
                Question.choose(CHAIR)
                        .prompt(a -> texts.t("meeting.ask.chair"))
                        .options((a, actor) -> answers.memberOptions(actor, a.choices(ABSENT))),
                Question.choose(MINUTES)
                        .prompt(a -> texts.t("meeting.ask.minutes"))
                        .options((a, actor) ->
                                answers.otherThan(answers.memberOptions(actor, a.choices(ABSENT)), a.value(CHAIR))),
                Question.choose(PRESENTER)
                        .prompt(a -> texts.t("meeting.ask.presenter"))
                        .options((a, actor) -> answers.withNone(answers.memberOptions(actor, a.choices(ABSENT))))
                        .when(MeetingForm::thematic),
                several(RESULTS),
                several(DECISIONS),
                several(TASKS),
                several(CONCLUSION),
                Question.text(VOTES)
                        .prompt(a -> texts.t("meeting.ask.votes"))
                        .parseSeeing(answers::votes)
                        .quick(answers::unanimous),
                Question.photos(PHOTOS).prompt(a -> texts.t("meeting.ask.photos")));
    }

    private Question several(String key) {
        return Question.text(key)
                .prompt(a -> texts.t("meeting.ask." + key))
                .parse(text -> readers.line(text, MAX_TEXT))
                .several(MeetingRecord.MAX_SECTION);
    }

    @Override
    public List<String> dependents(String key) {
        return switch (key) {
            case KIND -> List.of(SECOND, TOPIC, PRESENTER);
            case DATE -> List.of(SECOND);
            case START -> List.of(END);
            case ABSENT -> List.of(UNEXCUSED, CHAIR, MINUTES, PRESENTER, VOTES);
            case CHAIR -> List.of(MINUTES);
            default -> List.of();
        };
    }

    @Override
    public List<Option> editable(Answers a) {
        List<String> keys = new ArrayList<>(List.of(
                KIND, DATE, START, PLACE, ABSENT, CHAIR, MINUTES, RESULTS, DECISIONS, TASKS, CONCLUSION, VOTES));
        if (thematic(a)) {
            keys.add(3, TOPIC);
        }
        return keys.stream()
                .map(k -> new Option(texts.t("meeting.edit." + k), k))
                .toList();
    }

    @Override
    public String summary(Answers a, Actor actor) {
        MeetingRecord m = MeetingDraft.record(cellOf(actor), a, members.ofCell(cellOf(actor)));
        List<String> lines = new ArrayList<>();
        lines.add(a.has(EDITING) ? texts.t("meeting.summary.edit_title") : texts.t("meeting.summary.title"));
        lines.add(texts.t("meeting.summary.kind", a.label(KIND)));
        lines.add(texts.t("meeting.summary.when", m.heldOn().format(PartyCalendar.DAY), a.label(START), a.label(END)));
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
                a.label(ABSENT) == null ? texts.t("form.none") : a.label(ABSENT),
                a.label(UNEXCUSED) == null ? texts.t("form.none") : a.label(UNEXCUSED)));
        lines.add(texts.t("meeting.summary.roles", a.label(CHAIR), a.label(MINUTES)));
        // The vote as answered: a count completed with those who did not vote says so.
        lines.add(texts.t(
                "meeting.summary.votes",
                a.label(VOTES) != null
                        ? a.label(VOTES)
                        : texts.t(
                                "meeting.votes.label",
                                Integer.toString(m.votes().agree()),
                                Integer.toString(m.votes().disagree()),
                                Integer.toString(m.votes().abstain()))));
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
        if (cellId != a.id(CELL)) {
            return Saved.refused(texts.t("meeting.role_changed"));
        }
        MeetingRecord m = MeetingDraft.record(cellId, a, members.ofCell(cellId));
        String day = m.heldOn().format(PartyCalendar.DAY);
        Long replacing = a.has(EDITING) ? a.id(EDITING) : null;
        var result = recordMeeting.run(
                new RecordMeeting.Command(m, replacing, texts.t("meeting.audit", a.label(KIND), day)), actor);
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
                        ? texts.t("meeting.saved_edit", a.label(KIND), day)
                        : texts.t("meeting.saved", a.label(KIND), day));
        lines.addAll(assessmentText.describe(recorded.assessment()));
        String presenter = m.presenterId() == null ? null : a.label(PRESENTER);
        return new Saved(
                String.join("\n", lines),
                List.of(minutesFile.of(
                        chatId,
                        recorded.cell(),
                        m,
                        recorded.assessment().vote(),
                        a.label(CHAIR),
                        a.label(MINUTES),
                        presenter)));
    }
}
