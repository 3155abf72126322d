package vn.chibo.bot.meeting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
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
import vn.chibo.content.meeting.MinutesDocument;
import vn.chibo.content.meeting.RecordMeeting;
import vn.chibo.content.org.Members;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * /sinhhoat: a secretary or deputy logs a meeting of the cell they act for, one question at a time, sees
 * the rules' results on the summary card, may change any answer there, and gets the minutes as .docx.
 * With a {@code meeting} answer present (opened from /lichsu), saving edits that meeting instead. The cell's
 * minute-taker or a cell committee member goes through the same questions, but saving keeps the answers for the
 * secretary or deputy to confirm ({@link MeetingSubmitting}); opened from that request (a {@code submission} answer
 * present), the secretary's or deputy's save settles it and records the meeting.
 */
@Component
class MeetingForm implements Form {

    /** Not a question: the stored meeting being corrected, when the form was opened to edit one. */
    static final String EDITING = "meeting";
    /** Not a question: the submission a secretary or deputy is confirming, when opened from its request. */
    static final String SUBMISSION = "submission";
    /** Not a question: the tasks reviewed when the meeting was saved (an edit reviews the same list again). */
    static final String REVIEW_TASKS = "review_tasks";

    // The questions, by key.
    static final String CELL = "cell";
    static final String KIND = "kind";
    static final String FORUM_THEMATIC = "forum_thematic";
    static final String DATE = "date";
    static final String SECOND = "second";
    static final String START = "start";
    static final String END = "end";
    static final String PLACE = "place";
    static final String TOPIC = "topic";
    static final String ABSENT = "absent";
    static final String UNEXCUSED = "unexcused";
    static final String REASONS = "reasons";
    static final String GUESTS = "guests";
    static final String CHAIR = "chair";
    static final String MINUTES = "minutes";
    static final String PRESENTER = "presenter";
    static final String NEWS = "news";
    static final String STUDY = "study";
    static final String REVIEW = "review";
    static final String RESULTS = "results";
    static final String OPINIONS = "opinions";
    static final String GUIDANCE = "guidance";
    static final String DECISIONS = "decisions";
    static final String TASKS = "tasks";
    static final String OTHER = "other";
    static final String CONCLUSION = "conclusion";
    static final String VOTE_HELD = "vote_held";
    static final String VOTES = "votes";
    static final String RESOLUTION_NO = "resolution_no";
    static final String SELF = "self";
    static final String ADOPTED = "adopted";
    static final String PHOTOS = "photos";

    static final int MAX_TEXT = 4000;

    private final Texts texts;
    private final Members members;
    private final MeetingAssessment assessment;
    private final AssessmentText assessmentText;
    private final RecordMeeting recordMeeting;
    private final MinutesFile minutesFile;
    private final MeetingAnswers answers;
    private final Readers readers;
    private final NoticeAttendance fromNotice;
    private final MeetingSubmitting submitting;

    MeetingForm(
            Texts texts,
            Members members,
            MeetingAssessment assessment,
            AssessmentText assessmentText,
            RecordMeeting recordMeeting,
            MinutesFile minutesFile,
            MeetingAnswers answers,
            Readers readers,
            NoticeAttendance fromNotice,
            MeetingSubmitting submitting) {
        this.submitting = submitting;
        this.texts = texts;
        this.members = members;
        this.assessment = assessment;
        this.assessmentText = assessmentText;
        this.recordMeeting = recordMeeting;
        this.minutesFile = minutesFile;
        this.answers = answers;
        this.readers = readers;
        this.fromNotice = fromNotice;
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
        return actor.actsForCell() || actor.logsMeetingsForConfirmation();
    }

    static long cellOf(Actor actor) {
        return actor.acting().unit().id();
    }

    /** The kind as it will be saved: a forum the secretary says is the quarter's thematic meeting is one. */
    static MeetingKind kind(Answers a) {
        MeetingKind kind = MeetingKind.valueOf(a.value(KIND));
        return kind == MeetingKind.FORUM && "yes".equals(a.value(FORUM_THEMATIC)) ? MeetingKind.THEMATIC_FORUM : kind;
    }

    private static boolean is(Answers a, java.util.function.Predicate<MeetingKind> which) {
        return a.has(KIND) && which.test(kind(a));
    }

    /** A thematic meeting or forum: topic, opening report and contributions. */
    private static boolean topical(Answers a) {
        return is(a, MeetingKind::hasTopic);
    }

    /** A monthly meeting (alone or combined): the month's review, tasks and resolution. */
    private static boolean monthly(Answers a) {
        return is(a, MeetingKind::isMonthly);
    }

    /** Whether the meeting votes: a monthly or extraordinary meeting does; a thematic one or a forum when it says so. */
    static boolean votes(Answers a) {
        return a.has(KIND) && (!kind(a).hasTopic() || kind(a).isMonthly() || "yes".equals(a.value(VOTE_HELD)));
    }

    @Override
    public List<Question> questions() {
        return List.of(
                Question.actingUnit(CELL),
                Question.choose(KIND).prompt(a -> texts.t("meeting.ask.kind")).options((a, actor) -> answers.kinds()),
                Question.choose(FORUM_THEMATIC)
                        .prompt(a -> texts.t("meeting.ask.forum_thematic"))
                        .options((a, actor) -> List.of(
                                new Option(texts.t("meeting.forum_thematic.yes"), "yes"),
                                new Option(texts.t("meeting.forum_thematic.no"), "no")))
                        .when(a -> a.has(KIND) && MeetingKind.valueOf(a.value(KIND)) == MeetingKind.FORUM),
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
                        .parseSeeing((text, a) -> answers.notLaterToday(readers.startOrRange(text, END), a))
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
                        .prompt(a -> is(a, MeetingKind::isForum)
                                ? texts.t("meeting.ask.topic_forum")
                                : texts.t("meeting.ask.topic"))
                        .parse(text -> readers.line(text, MeetingRecord.MAX_TOPIC))
                        .when(MeetingForm::topical)
                        .quick((a, actor) -> answers.themes(actor, a.value(DATE) == null ? null : a.date(DATE))),
                Question.toggle(ABSENT)
                        .prompt(a -> texts.t("meeting.ask.absent") + fromNotice.promptLine(a))
                        .options((a, actor) -> answers.attendanceOptions(actor))
                        .preset((a, actor) -> {
                            Set<String> preset = new LinkedHashSet<>(answers.exemptIds(actor));
                            preset.addAll(fromNotice.absentIds(a));
                            return preset;
                        }),
                Question.toggle(UNEXCUSED)
                        .prompt(a -> texts.t("meeting.ask.unexcused"))
                        .options((a, actor) -> answers.expectedAbsentees(a))
                        .when(a -> !answers.expectedAbsentees(a).isEmpty()),
                Question.text(REASONS)
                        .prompt(a -> texts.t("meeting.ask.reasons", answers.excusedNames(a)))
                        .parseSeeing(answers::reasons)
                        .quick((a, actor) -> {
                            List<Option> quick = new ArrayList<>(fromNotice.reasons(a, answers.excused(a)));
                            quick.addAll(answers.commonReasons());
                            return quick;
                        })
                        .skippable()
                        .when(a -> !answers.excused(a).isEmpty()),
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
                        .when(MeetingForm::topical),
                optional(NEWS).when(MeetingForm::monthly),
                optional(STUDY).when(MeetingForm::monthly),
                Question.toggle(REVIEW)
                        .prompt(a -> texts.t("meeting.ask.review"))
                        .options((a, actor) -> answers.lastTasks(a))
                        .when(a -> monthly(a) && !answers.lastTasks(a).isEmpty()),
                several(RESULTS).when(MeetingForm::monthly),
                Question.text(OPINIONS)
                        .prompt(a ->
                                topical(a) ? texts.t("meeting.ask.contributions") : texts.t("meeting.ask.opinions"))
                        .parseSeeing(answers::opinion)
                        .several(MeetingRecord.MAX_SECTION),
                Question.text(GUIDANCE)
                        .prompt(a -> texts.t("meeting.ask.guidance"))
                        .parse(text -> readers.line(text, MAX_TEXT))
                        .several(MeetingRecord.MAX_SECTION)
                        .skippable()
                        .when(a -> a.has(GUESTS)),
                several(DECISIONS).when(a -> !topical(a) || monthly(a)),
                several(TASKS).when(MeetingForm::monthly),
                optional(OTHER).when(MeetingForm::monthly),
                several(CONCLUSION),
                Question.choose(VOTE_HELD)
                        .prompt(a -> texts.t("meeting.ask.vote_held"))
                        .options((a, actor) -> List.of(
                                new Option(texts.t("meeting.vote_held.yes"), "yes"),
                                new Option(texts.t("meeting.vote_held.no"), "no")))
                        .when(a -> topical(a) && !monthly(a)),
                Question.text(VOTES)
                        .prompt(a -> texts.t("meeting.ask.votes"))
                        .parseSeeing(answers::votes)
                        .quick(answers::unanimous)
                        .when(MeetingForm::votes),
                Question.text(RESOLUTION_NO)
                        .prompt(a -> texts.t("meeting.ask.resolution_no"))
                        .parse(answers::resolutionNumber)
                        .quick(answers::nextResolutionNumber)
                        .when(MeetingForm::monthly),
                Question.toggle(SELF)
                        .prompt(a -> texts.t("meeting.ask.self"))
                        .options((a, actor) -> answers.selfChecks()),
                Question.text(ADOPTED)
                        .prompt(a -> texts.t("meeting.ask.adopted"))
                        .parseSeeing(answers::adopted)
                        .quick(answers::allAdopted),
                Question.photos(PHOTOS).prompt(a -> texts.t("meeting.ask.photos")));
    }

    private Question.Type several(String key) {
        return Question.text(key)
                .prompt(a -> texts.t("meeting.ask." + key))
                .parse(text -> readers.line(text, MAX_TEXT))
                .several(MeetingRecord.MAX_SECTION);
    }

    private Question.Type optional(String key) {
        return several(key).skippable();
    }

    @Override
    public List<String> dependents(String key) {
        return switch (key) {
            case KIND -> List.of(FORUM_THEMATIC, SECOND, TOPIC, PRESENTER, VOTE_HELD, VOTES, RESOLUTION_NO);
            case DATE -> List.of(SECOND, REVIEW);
            case START -> List.of(END);
            case ABSENT -> List.of(UNEXCUSED, REASONS, CHAIR, MINUTES, PRESENTER, VOTES, ADOPTED);
            case UNEXCUSED -> List.of(REASONS);
            case CHAIR -> List.of(MINUTES);
            case VOTE_HELD -> List.of(VOTES);
            default -> List.of();
        };
    }

    @Override
    public List<Option> editable(Answers a) {
        List<String> keys = new ArrayList<>(List.of(KIND, DATE, START, PLACE));
        if (topical(a)) {
            keys.add(TOPIC);
        }
        keys.addAll(List.of(ABSENT, CHAIR, MINUTES));
        if (monthly(a)) {
            keys.addAll(List.of(NEWS, STUDY, RESULTS));
        }
        keys.add(OPINIONS);
        if (!topical(a) || monthly(a)) {
            keys.add(DECISIONS);
        }
        if (monthly(a)) {
            keys.addAll(List.of(TASKS, OTHER));
        }
        keys.add(CONCLUSION);
        if (votes(a)) {
            keys.add(VOTES);
        }
        keys.addAll(List.of(SELF, ADOPTED));
        return keys.stream()
                .map(k -> new Option(texts.t("meeting.edit." + k), k))
                .toList();
    }

    @Override
    public String summary(Answers a, Actor actor) {
        MeetingRecord m =
                MeetingDraft.record(cellOf(actor), a, members.ofCell(cellOf(actor)), answers.lastTaskTexts(a));
        List<String> lines = new ArrayList<>();
        lines.add(a.has(EDITING) ? texts.t("meeting.summary.edit_title") : texts.t("meeting.summary.title"));
        lines.add(texts.t(
                "meeting.summary.kind",
                texts.t("meeting.kind." + m.kind().name().toLowerCase())));
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
        lines.add(texts.t(
                "meeting.summary.opinions",
                Long.toString(m.proceedings().opinions().size()),
                Long.toString(m.proceedings().speakers())));
        if (!m.proceedings().review().isEmpty()) {
            lines.add(texts.t(
                    "meeting.summary.review",
                    Long.toString(m.proceedings().review().stream()
                            .filter(t -> t.done())
                            .count()),
                    Integer.toString(m.proceedings().review().size())));
        }
        // The vote as answered: a count completed with those who did not vote says so.
        if (m.proceedings().voteHeld()) {
            lines.add(texts.t(
                    "meeting.summary.votes",
                    a.label(VOTES) != null
                            ? a.label(VOTES)
                            : texts.t(
                                    "meeting.votes.label",
                                    Integer.toString(m.votes().agree()),
                                    Integer.toString(m.votes().disagree()),
                                    Integer.toString(m.votes().abstain()))));
        } else {
            lines.add(texts.t("meeting.summary.no_vote"));
        }
        if (m.proceedings().resolutionNumber() != null) {
            lines.add(texts.t("meeting.summary.resolution_no", m.proceedings().resolutionNumber()));
        }
        if (!m.photoFileIds().isEmpty()) {
            lines.add(texts.t(
                    "meeting.summary.photos", Integer.toString(m.photoFileIds().size())));
        }
        lines.add("");
        lines.addAll(assessmentText.describe(assessment.of(m)));
        lines.add("");
        lines.add(actor.actsForCell() ? texts.t("meeting.summary.confirm") : texts.t("meeting.summary.confirm_submit"));
        return String.join("\n", lines);
    }

    /** Answers → the use case's command → what the person is told, with the minutes on success. */
    @Override
    public Saved save(Answers a, Actor actor, long chatId) {
        long cellId = cellOf(actor);
        if (cellId != a.id(CELL)) {
            return Saved.refused(texts.t("meeting.role_changed"));
        }
        if (!actor.actsForCell()) {
            return submitting.submit(a, actor, kind(a));
        }
        List<Outgoing> settled = List.of();
        if (a.has(SUBMISSION)) {
            var confirmed = submitting.confirm(a.id(SUBMISSION), actor);
            if (confirmed.isEmpty()) {
                return Saved.refused(texts.t("submission.settled"));
            }
            settled = confirmed.get();
        }
        MeetingRecord m = MeetingDraft.record(cellId, a, members.ofCell(cellId), answers.lastTaskTexts(a));
        String day = m.heldOn().format(PartyCalendar.DAY);
        Long replacing = a.has(EDITING) ? a.id(EDITING) : null;
        var result = recordMeeting.run(
                new RecordMeeting.Command(
                        m,
                        replacing,
                        texts.t(
                                "meeting.audit",
                                texts.t("meeting.kind." + m.kind().name().toLowerCase()),
                                day)),
                actor);
        if (result instanceof RecordMeeting.Result.Refused refused) {
            if (a.has(SUBMISSION)) {
                submitting.reopen(a.id(SUBMISSION), a);
            }
            return Saved.refused(
                    refused.reason() == RecordMeeting.Reason.NOT_THEIR_CELL
                            ? texts.t("meeting.role_changed")
                            : texts.t("form.changed_meanwhile"));
        }
        var recorded = (RecordMeeting.Result.Recorded) result;
        String kind = texts.t("meeting.kind." + m.kind().name().toLowerCase());
        List<String> lines = new ArrayList<>();
        lines.add(
                recorded.corrected() ? texts.t("meeting.saved_edit", kind, day) : texts.t("meeting.saved", kind, day));
        lines.addAll(assessmentText.describe(recorded.assessment()));
        String presenter = m.presenterId() == null ? null : a.label(PRESENTER);
        List<Outgoing> more = new ArrayList<>(minutesFile.of(
                chatId,
                recorded.cell(),
                m,
                recorded.assessment(),
                new MinutesDocument.Names(a.label(CHAIR), a.label(MINUTES), presenter),
                minutesFile.signer(actor.acting())));
        more.addAll(settled);
        return new Saved(String.join("\n", lines), more);
    }
}
