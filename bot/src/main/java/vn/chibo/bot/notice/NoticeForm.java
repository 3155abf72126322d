package vn.chibo.bot.notice;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.form.Answers;
import vn.chibo.bot.chat.form.Form;
import vn.chibo.bot.chat.form.Option;
import vn.chibo.bot.chat.form.Parsed;
import vn.chibo.bot.chat.form.Question;
import vn.chibo.bot.chat.form.Readers;
import vn.chibo.bot.chat.form.Saved;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignment;
import vn.chibo.content.access.RoleAssignments;
import vn.chibo.content.audit.AuditLog;
import vn.chibo.content.meeting.MeetingKind;
import vn.chibo.content.meeting.Meetings;
import vn.chibo.content.notice.MeetingNotice;
import vn.chibo.content.notice.Notices;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.scheduler.delivery.Outgoing;
import vn.chibo.scheduler.reminder.MeetingSchedules;

/**
 * /thongbao: the secretary's meeting notice (thông báo triệu tập, Hướng dẫn 42-HD/BTCTW): the kind of meeting, when,
 * where, the agenda (a template per kind, to keep or to type over) and documents; saved, it goes to every member
 * who joined chibo, and the summary says who must be told another way.
 */
@Component
class NoticeForm implements Form {

    // The questions, by key.
    static final String CELL = "cell";
    static final String KIND = "kind";
    static final String DATE = "date";
    static final String START = "start";
    static final String PLACE = "place";
    static final String AGENDA = "agenda";
    static final String MATERIALS = "materials";

    /** The kinds a notice calls (a thematic forum is a forum the secretary names as such when logging it). */
    private static final List<MeetingKind> KINDS = List.of(
            MeetingKind.MONTHLY,
            MeetingKind.THEMATIC,
            MeetingKind.COMBINED,
            MeetingKind.FORUM,
            MeetingKind.EXTRAORDINARY);

    private final Texts texts;
    private final Readers readers;
    private final Members members;
    private final Meetings meetings;
    private final MeetingSchedules schedules;
    private final Notices notices;
    private final NoticeSending sending;
    private final NoticeMessages messages;
    private final AuditLog audit;
    private final RoleAssignments roles;
    private final Clock clock;

    NoticeForm(
            Texts texts,
            Readers readers,
            Members members,
            Meetings meetings,
            MeetingSchedules schedules,
            Notices notices,
            NoticeSending sending,
            NoticeMessages messages,
            AuditLog audit,
            RoleAssignments roles,
            Clock clock) {
        this.roles = roles;
        this.texts = texts;
        this.readers = readers;
        this.members = members;
        this.meetings = meetings;
        this.schedules = schedules;
        this.notices = notices;
        this.sending = sending;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "notice";
    }

    @Override
    public boolean allows(Actor actor) {
        return actor.actsForCell();
    }

    private static OrgUnit cell(Actor actor) {
        return actor.acting().unit();
    }

    @Override
    public List<Question> questions() {
        return List.of(
                Question.actingUnit(CELL),
                Question.choose(KIND).prompt(a -> texts.t("notice.ask.kind")).options((a, actor) -> KINDS.stream()
                        .map(k -> new Option(texts.t("meeting.kind." + k.name().toLowerCase(Locale.ROOT)), k.name()))
                        .toList()),
                Question.text(DATE)
                        .prompt(a -> texts.t("notice.ask.date"))
                        .parse(text -> readers.comingDay(text, day -> texts.t("notice.date.past", day)))
                        .quick((a, actor) -> nextByRule(actor)),
                Question.text(START)
                        .prompt(a -> texts.t("notice.ask.start"))
                        .parseSeeing(this::start)
                        .quick((a, actor) -> startByRule(actor)),
                Question.text(PLACE)
                        .prompt(a -> texts.t("notice.ask.place"))
                        .parse(text -> readers.line(text, MeetingNotice.MAX_PLACE))
                        .quick((a, actor) -> meetings.lastPlace(cell(actor).id())
                                .map(p -> List.of(new Option(p, p)))
                                .orElse(List.of())),
                Question.text(AGENDA)
                        .prompt(a -> texts.t("notice.ask.agenda", template(a)))
                        .parse(this::agenda)
                        .quick((a, actor) -> List.of(new Option(texts.t("notice.agenda.use_template"), template(a)))),
                Question.documents(MATERIALS, MeetingNotice.MAX_MATERIALS)
                        .within(MeetingNotice.MAX_MATERIAL_CHARS)
                        .prompt(a -> texts.t("notice.ask.materials", Integer.toString(MeetingNotice.MAX_MATERIALS))));
    }

    @Override
    public List<String> dependents(String key) {
        return switch (key) {
            case KIND -> List.of(AGENDA);
            case DATE -> List.of(START);
            default -> List.of();
        };
    }

    @Override
    public List<Option> editable(Answers a) {
        return List.of(
                new Option(texts.t("notice.edit.kind"), KIND),
                new Option(texts.t("notice.edit.date"), DATE),
                new Option(texts.t("notice.edit.place"), PLACE),
                new Option(texts.t("notice.edit.agenda"), AGENDA),
                new Option(texts.t("notice.edit.materials"), MATERIALS));
    }

    /** The agenda template of the kind chosen. */
    private String template(Answers a) {
        return a.has(KIND) ? texts.t("notice.agenda." + a.value(KIND).toLowerCase(Locale.ROOT)) : "";
    }

    private Parsed agenda(String text) {
        String value = text.strip();
        if (value.length() < 2) {
            return Parsed.wrong(texts.t("meeting.text.too_short"));
        }
        if (value.length() > MeetingNotice.MAX_AGENDA) {
            return Parsed.wrong(texts.t(
                    "notice.agenda.too_long",
                    Integer.toString(MeetingNotice.MAX_AGENDA),
                    Integer.toString(value.length())));
        }
        return Parsed.ok(value, firstLine(value));
    }

    private static String firstLine(String agenda) {
        int end = agenda.indexOf('\n');
        return end < 0 ? agenda : agenda.substring(0, end) + " …";
    }

    /** A start time; on the meeting's day itself, one still to come. */
    private Parsed start(String text, Answers a) {
        Parsed time = readers.time(text, null);
        if (time.error() != null || !a.has(DATE)) {
            return time;
        }
        LocalDateTime start = a.date(DATE).atTime(LocalTime.parse(time.value()));
        if (!start.isAfter(LocalDateTime.now(clock))) {
            return Parsed.wrong(texts.t("notice.start.past", time.label()));
        }
        return time;
    }

    /** The cell's next meeting day by its schedule (/lichhop), offered first. */
    private List<Option> nextByRule(Actor actor) {
        return schedules
                .of(cell(actor).id())
                .map(s -> s.nextAfter(LocalDateTime.now(clock)).toLocalDate())
                .map(day ->
                        List.of(new Option(day.format(vn.chibo.content.calendar.PartyCalendar.DAY), day.toString())))
                .orElse(List.of());
    }

    private List<Option> startByRule(Actor actor) {
        List<Option> times = new ArrayList<>();
        schedules
                .of(cell(actor).id())
                .ifPresent(s -> times.add(Readers.times(s.startsAt().toString()).get(0)));
        for (Option common : Readers.times("7:30", "8:00", "14:00")) {
            if (times.stream().noneMatch(o -> o.value().equals(common.value()))) {
                times.add(common);
            }
        }
        return times;
    }

    @Override
    public String summary(Answers a, Actor actor) {
        OrgUnit cell = cell(actor);
        LocalDateTime start = a.date(DATE).atTime(a.time(START));
        List<Member> all = members.convenedOf(cell.id());
        Map<Long, Long> joined = members.telegramOf(cell.id());
        List<String> lines = new ArrayList<>();
        lines.add(texts.t(
                "notice.summary",
                cell.name(),
                a.label(KIND),
                messages.when(start),
                a.value(PLACE),
                a.has(MATERIALS)
                        ? texts.t("notice.materials_count", a.label(MATERIALS))
                        : texts.t("notice.no_materials"),
                a.value(AGENDA)));
        lines.add("");
        lines.add(texts.t("notice.summary.reach", Integer.toString(joined.size()), Integer.toString(all.size())));
        if (sending.reachesGroup(cell.id())) {
            lines.add(texts.t("notice.summary.group"));
        }
        List<String> missing = all.stream()
                .filter(m -> !joined.containsKey(m.id()))
                .map(Member::fullName)
                .toList();
        if (!missing.isEmpty()) {
            lines.add(texts.t(
                    "notice.summary.unreached",
                    Integer.toString(missing.size()),
                    String.join(", ", messages.shown(missing))));
        }
        List<String> followers = roles.ofUnit(cell.id()).stream()
                .filter(r -> r.role() == Role.FOLLOWER && r.telegramUserId() != null)
                .map(RoleAssignment::personName)
                .toList();
        if (!followers.isEmpty()) {
            lines.add(texts.t("notice.summary.follower", String.join(", ", followers)));
        }
        if (start.isBefore(LocalDateTime.now(clock).plusDays(1))) {
            lines.add(texts.t("notice.summary.late"));
        }
        lines.add("");
        lines.add(texts.t("notice.summary.confirm"));
        return String.join("\n", lines);
    }

    @Override
    public Saved save(Answers a, Actor actor, long chatId) {
        OrgUnit cell = cell(actor);
        if (a.id(CELL) != cell.id()) {
            return Saved.refused(texts.t("form.changed_meanwhile"));
        }
        LocalDateTime start = a.date(DATE).atTime(a.time(START));
        if (!start.isAfter(LocalDateTime.now(clock))) {
            return Saved.refused(texts.t("notice.start.past", a.label(START)));
        }
        List<String> materials = a.has(MATERIALS) ? List.of(a.value(MATERIALS).split(",")) : List.of();
        MeetingNotice notice = notices.create(
                cell.id(),
                MeetingKind.valueOf(a.value(KIND)),
                start,
                a.value(PLACE),
                a.value(AGENDA),
                materials,
                actor.telegramUserId());
        int sent = sending.send(notice, cell.name());
        audit.record(
                actor.telegramUserId(),
                actor.displayName(),
                cell.path(),
                "notice.sent",
                messages.when(notice) + " — " + sent);
        int all = members.convenedOf(cell.id()).size();
        String text = sent == 0
                ? texts.t("notice.saved.nobody", messages.day(notice))
                : texts.t("notice.saved", messages.day(notice), Integer.toString(sent), Integer.toString(all));
        return new Saved(
                text,
                List.of(Outgoing.text(
                        chatId, texts.t("notice.follow_replies"), messages.secretaryButtons(notice.id()))));
    }
}
