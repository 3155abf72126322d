package vn.chibo.bot.commendation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.form.Answers;
import vn.chibo.bot.chat.form.Form;
import vn.chibo.bot.chat.form.Option;
import vn.chibo.bot.chat.form.Question;
import vn.chibo.bot.chat.form.Question.Parsed;
import vn.chibo.bot.chat.form.Saved;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.Scope;
import vn.chibo.content.audit.AuditLog;
import vn.chibo.content.calendar.DateReading;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.calendar.VietnameseDates;
import vn.chibo.content.commendation.AwardForm;
import vn.chibo.content.commendation.BadgeCalendar;
import vn.chibo.content.commendation.Commendation;
import vn.chibo.content.commendation.CommendationFilter;
import vn.chibo.content.commendation.Commendations;
import vn.chibo.content.commendation.Periods;
import vn.chibo.content.document.DocumentRef;
import vn.chibo.content.document.DocumentRefs;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

/**
 * /khenthuong: a secretary or deputy records a commendation for their cell or its members; an office user or
 * administrator for any collective or person in their subtree. Several persons picked at once give one record
 * each. Every answer is checked as it is typed, and again on saving.
 */
@Component
class CommendationForm implements Form {

    static final String COLLECTIVE = "collective";
    static final String PERSON = "person";
    private static final int ISSUER_BUTTONS = 6;

    private final Texts texts;
    private final Clock clock;
    private final Members members;
    private final OrgUnits units;
    private final Commendations commendations;
    private final AuditLog audit;

    CommendationForm(
            Texts texts, Clock clock, Members members, OrgUnits units, Commendations commendations, AuditLog audit) {
        this.texts = texts;
        this.clock = clock;
        this.members = members;
        this.units = units;
        this.commendations = commendations;
        this.audit = audit;
    }

    @Override
    public String name() {
        return "award";
    }

    @Override
    public boolean allows(Actor actor) {
        return actor.admin()
                || actor.acting() != null
                        && (actor.acting().role().actsForCell()
                                || actor.acting().role() == Role.OFFICE);
    }

    @Override
    public boolean tidiesAfterSave() {
        return true;
    }

    private static AwardForm form(Answers a) {
        return a.has("kind") ? AwardForm.valueOf(a.value("kind")) : null;
    }

    private static boolean badge(Answers a) {
        return form(a) == AwardForm.BADGE;
    }

    private static boolean toPersons(Answers a) {
        return badge(a) || PERSON.equals(a.value("target"));
    }

    @Override
    public List<Question> questions() {
        return List.of(
                Question.choose("kind").prompt(a -> texts.t("award.ask.kind")).options((a, actor) -> kinds()),
                Question.text("kind_name")
                        .prompt(a -> texts.t("award.ask.kind_name"))
                        .parse(text -> line(text, 200))
                        .when(a -> form(a) == AwardForm.OTHER),
                Question.choose("badge")
                        .prompt(a -> texts.t("award.ask.badge"))
                        .options((a, actor) -> badgeYears())
                        .when(CommendationForm::badge),
                Question.text("issuer")
                        .prompt(a -> texts.t("award.ask.issuer"))
                        .parse(text -> line(text, 300))
                        .quick((a, actor) -> issuers(actor)),
                Question.choose("target")
                        .prompt(a -> texts.t("award.ask.target"))
                        .options((a, actor) -> List.of(
                                new Option(texts.t("award.target.collective"), COLLECTIVE),
                                new Option(texts.t("award.target.person"), PERSON)))
                        .when(a -> !badge(a)),
                Question.choose("unit")
                        .prompt(a -> texts.t("award.ask.unit"))
                        .options((a, actor) -> collectives(actor))
                        .when(a -> COLLECTIVE.equals(a.value("target"))),
                Question.choose("cell")
                        .prompt(a -> texts.t("award.ask.cell"))
                        .options((a, actor) -> cells(actor))
                        .when(CommendationForm::toPersons),
                Question.toggle("people")
                        .prompt(a -> texts.t("award.ask.people", a.label("cell")))
                        .options((a, actor) -> people(a))
                        .when(CommendationForm::toPersons)
                        .check(this::checkPeople),
                Question.text("achievement")
                        .prompt(a -> texts.t("award.ask.achievement"))
                        .parse(text -> line(text, 2000))
                        .when(a -> !badge(a)),
                Question.text("period")
                        .prompt(a -> texts.t("award.ask.period"))
                        .parseSeeing(this::period)
                        .skippable()
                        .when(a -> !badge(a))
                        .quick((a, actor) -> periodFound(a)),
                Question.text("documents")
                        .prompt(a -> texts.t("award.ask.documents"))
                        .parse(text -> documents(text))
                        .skippable()
                        .when(a -> !badge(a))
                        .quick((a, actor) -> documentsFound(a)),
                Question.text("decision_no")
                        .prompt(a -> texts.t("award.ask.decision_no"))
                        .parse(this::decisionNumber)
                        .skippable(),
                Question.text("decision_date")
                        .prompt(a -> texts.t("award.ask.decision_date"))
                        .parseSeeing(this::decisionDate)
                        .skippable(),
                Question.photos("photos").prompt(a -> texts.t("award.ask.photos")));
    }

    @Override
    public List<String> dependents(String key) {
        return switch (key) {
            case "kind" ->
                List.of(
                        "kind_name",
                        "badge",
                        "target",
                        "unit",
                        "cell",
                        "people",
                        "achievement",
                        "period",
                        "documents",
                        "decision_date");
            case "target" -> List.of("unit", "cell", "people");
            case "cell" -> List.of("people", "decision_date");
            case "people" -> List.of("decision_date");
            case "achievement" -> List.of("period", "documents");
            default -> List.of();
        };
    }

    @Override
    public List<Option> editable(Answers a) {
        List<String> keys = new ArrayList<>(List.of("kind", "issuer"));
        keys.add(badge(a) ? "cell" : "target");
        if (!badge(a)) {
            keys.addAll(List.of("achievement", "period", "documents"));
        }
        keys.addAll(List.of("decision_no", "decision_date"));
        return keys.stream().map(k -> new Option(texts.t("award.edit." + k), k)).toList();
    }

    @Override
    public String summary(Answers a, Actor actor) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.t("award.summary.title"));
        lines.add(texts.t("award.summary.form", formLabel(a)));
        lines.add(texts.t("award.summary.issuer", a.value("issuer")));
        if (toPersons(a)) {
            List<Member> chosen = chosen(a);
            lines.add(texts.t(
                    "award.summary.persons", a.label("people"), a.label("cell"), Integer.toString(chosen.size())));
        } else {
            lines.add(texts.t("award.summary.collective", a.label("unit")));
        }
        if (a.has("achievement")) {
            lines.add(texts.t("award.summary.achievement", a.value("achievement")));
        }
        if (a.has("period")) {
            lines.add(texts.t("award.summary.period", a.label("period")));
        }
        if (a.has("documents")) {
            lines.add(texts.t("award.summary.documents", a.label("documents")));
        }
        if (a.has("decision_no") || a.has("decision_date")) {
            lines.add(texts.t(
                    "award.summary.decision",
                    a.has("decision_no") ? a.value("decision_no") : texts.t("award.summary.no_number"),
                    a.has("decision_date") ? a.label("decision_date") : texts.t("award.summary.no_date")));
        }
        if (a.has("photos")) {
            lines.add(texts.t(
                    "award.summary.photos", Integer.toString(a.value("photos").split(",").length)));
        }
        if (badge(a)) {
            List<String> unknown = chosen(a).stream()
                    .filter(m -> m.partyJoinDate() == null)
                    .map(Member::fullName)
                    .toList();
            if (!unknown.isEmpty()) {
                lines.add("");
                lines.add(texts.t("award.summary.join_unknown", String.join(", ", unknown)));
            }
        }
        lines.add("");
        lines.add(texts.t("award.summary.confirm"));
        return String.join("\n", lines);
    }

    @Override
    public Saved save(Answers a, Actor actor, long chatId) {
        Scope scope = actor.scope();
        List<Commendation> records = new ArrayList<>();
        String recipients;
        OrgUnit auditUnit;
        if (toPersons(a)) {
            Optional<OrgUnit> cell = units.find(a.id("cell")).filter(scope::includes);
            List<Member> chosen = chosen(a);
            if (cell.isEmpty()
                    || chosen.isEmpty()
                    || chosen.stream().anyMatch(m -> m.cellId() != cell.get().id())
                    || checkPeople(a.value("people"), a) != null
                    || decisionDateProblem(a.has("decision_date") ? a.label("decision_date") : null, a) != null) {
                return Saved.refused(texts.t("form.changed_meanwhile"));
            }
            for (Member m : chosen) {
                records.add(commendation(a, cell.get().id(), m.id(), m.fullName()));
            }
            recipients = chosen.stream().map(Member::fullName).collect(Collectors.joining(", "));
            auditUnit = cell.get();
        } else {
            Optional<OrgUnit> unit = units.find(a.id("unit")).filter(scope::includes);
            if (unit.isEmpty()) {
                return Saved.refused(texts.t("form.changed_meanwhile"));
            }
            records.add(commendation(a, unit.get().id(), null, unit.get().name()));
            recipients = unit.get().name();
            auditUnit = unit.get();
        }
        commendations.record(records, actor.telegramUserId());
        audit.record(
                actor,
                auditUnit,
                "commendation.recorded",
                texts.t("award.audit", formLabel(a), a.value("issuer"), recipients));
        return Saved.text(
                records.size() == 1
                        ? texts.t("award.saved_one", formLabel(a), recipients)
                        : texts.t("award.saved_many", Integer.toString(records.size()), formLabel(a), recipients));
    }

    private Commendation commendation(Answers a, long unitId, Long memberId, String recipient) {
        AwardForm form = form(a);
        Commendation.Period period = period(a);
        List<String> documents =
                a.has("documents") ? List.of(a.value("documents").split(";")) : List.of();
        return new Commendation(
                unitId,
                memberId,
                recipient,
                form,
                form == AwardForm.OTHER ? a.value("kind_name") : null,
                badge(a) ? Integer.valueOf(a.value("badge")) : null,
                a.value("issuer"),
                a.value("achievement"),
                period,
                documents,
                a.value("decision_no"),
                a.has("decision_date") ? LocalDate.parse(a.value("decision_date")) : null,
                a.has("photos") ? List.of(a.value("photos").split(",")) : List.of());
    }

    private String formLabel(Answers a) {
        return switch (form(a)) {
            case BADGE -> texts.t("award.form.badge_years", a.value("badge"));
            case OTHER -> a.value("kind_name");
            default -> form(a).vietnamese();
        };
    }

    // ---- options -------------------------------------------------------------------------------

    private List<Option> kinds() {
        return Arrays.stream(AwardForm.values())
                .map(f -> new Option(texts.t("award.kind." + f.name().toLowerCase()), f.name()))
                .toList();
    }

    private List<Option> badgeYears() {
        return AwardForm.BADGE_YEARS.stream()
                .map(y -> new Option(texts.t("award.badge.years", Integer.toString(y)), Integer.toString(y)))
                .toList();
    }

    /** Issuers the committee above (for a secretary) or the office's own subtree has used, most used first. */
    private List<Option> issuers(Actor actor) {
        Scope scope = actor.scope();
        if (actor.acting() != null
                && actor.acting().role().actsForCell()
                && actor.acting().unit().parentId() != null) {
            scope = Scope.of(units.get(actor.acting().unit().parentId()));
        }
        return commendations.issuers(CommendationFilter.within(scope), ISSUER_BUTTONS).stream()
                .map(i -> new Option(i.length() > 60 ? i.substring(0, 57) + "…" : i, i))
                .toList();
    }

    /** The collectives in scope: the cell itself for a secretary; every committee and cell of the subtree for the office. */
    private List<Option> collectives(Actor actor) {
        if (actor.acting() != null && actor.acting().role().actsForCell()) {
            OrgUnit cell = actor.acting().unit();
            return List.of(new Option(cell.name(), Long.toString(cell.id())));
        }
        String prefix = actor.scope().pathPrefix();
        List<OrgUnit> all = new ArrayList<>(units.within(prefix, OrgKind.COMMITTEE));
        all.addAll(units.within(prefix, OrgKind.CELL));
        return all.stream()
                .map(u -> new Option(u.name(), Long.toString(u.id())))
                .toList();
    }

    private List<Option> cells(Actor actor) {
        if (actor.acting() != null && actor.acting().role().actsForCell()) {
            OrgUnit cell = actor.acting().unit();
            return List.of(new Option(cell.name(), Long.toString(cell.id())));
        }
        return units.within(actor.scope().pathPrefix(), OrgKind.CELL).stream()
                .map(u -> new Option(u.name(), Long.toString(u.id())))
                .toList();
    }

    private List<Option> people(Answers a) {
        return members.ofCell(a.id("cell")).stream()
                .map(m -> new Option(m.fullName(), Long.toString(m.id())))
                .toList();
    }

    private List<Member> chosen(Answers a) {
        if (!a.has("people") || a.value("people").isEmpty()) {
            return List.of();
        }
        Map<String, Member> inCell = members.ofCell(a.id("cell")).stream()
                .collect(Collectors.toMap(m -> Long.toString(m.id()), m -> m, (x, y) -> x, LinkedHashMap::new));
        return Arrays.stream(a.value("people").split(","))
                .map(inCell::get)
                .filter(Objects::nonNull)
                .toList();
    }

    private List<Option> periodFound(Answers a) {
        return a.has("achievement")
                ? Periods.findIn(a.value("achievement"), today())
                        .map(p -> List.of(new Option(p.label(), p.from() + "/" + p.to())))
                        .orElse(List.of())
                : List.of();
    }

    private List<Option> documentsFound(Answers a) {
        if (!a.has("achievement")) {
            return List.of();
        }
        List<DocumentRef> refs = DocumentRefs.find(a.value("achievement"));
        if (refs.isEmpty()) {
            return List.of();
        }
        String canonical = refs.stream().map(DocumentRef::canonical).collect(Collectors.joining(";"));
        String label = refs.stream().map(DocumentRef::canonical).collect(Collectors.joining("; "));
        return List.of(new Option(label.length() > 60 ? label.substring(0, 57) + "…" : label, canonical));
    }

    // ---- checks --------------------------------------------------------------------------------

    /** At least one person; for a Huy hiệu Đảng, each with the membership years it is for, as of the decision or today. */
    private String checkPeople(String value, Answers a) {
        if (value == null || value.isEmpty()) {
            return texts.t("award.people.none");
        }
        if (!badge(a)) {
            return null;
        }
        List<Member> chosen = members.ofCell(a.id("cell")).stream()
                .filter(m -> Arrays.asList(value.split(",")).contains(Long.toString(m.id())))
                .toList();
        LocalDate asOf = a.has("decision_date") ? LocalDate.parse(a.value("decision_date")) : today();
        return tooYoung(chosen, Integer.parseInt(a.value("badge")), asOf);
    }

    private String tooYoung(List<Member> chosen, int years, LocalDate asOf) {
        for (Member m : chosen) {
            int held = BadgeCalendar.membershipYears(m.partyJoinDate(), asOf);
            if (m.partyJoinDate() != null && held < years) {
                return texts.t(
                        "award.badge.too_young",
                        m.fullName(),
                        m.partyJoinDate().format(PartyCalendar.DAY),
                        asOf.format(PartyCalendar.DAY),
                        Integer.toString(Math.max(0, held)),
                        Integer.toString(years),
                        m.partyJoinDate().plusYears(years).format(PartyCalendar.DAY));
            }
        }
        return null;
    }

    private Parsed period(String text, Answers a) {
        Periods.Reading reading = Periods.read(text, today());
        if (reading.ok()) {
            return Parsed.ok(
                    reading.period().from() + "/" + reading.period().to(),
                    reading.period().label());
        }
        return Parsed.wrong(
                switch (reading.problem()) {
                    case ENDS_BEFORE_IT_STARTS -> texts.t("award.period.backwards", text.strip());
                    case NO_SUCH_DAY -> texts.t("award.period.no_such_day", text.strip());
                    case BEFORE_THE_PARTY -> texts.t("award.period.too_early", text.strip());
                    case NOT_YET_BEGUN -> texts.t("award.period.not_begun", text.strip());
                    case NOT_A_PERIOD -> texts.t("award.period.not_a_period", text.strip());
                });
    }

    /** The period answered: its value is "from/to" (ISO dates), its label as written. */
    private static Commendation.Period period(Answers a) {
        if (!a.has("period")) {
            return null;
        }
        String[] range = a.value("period").split("/");
        return new Commendation.Period(LocalDate.parse(range[0]), LocalDate.parse(range[1]), a.label("period"));
    }

    private Parsed documents(String text) {
        List<DocumentRef> refs = DocumentRefs.find(text);
        if (refs.isEmpty()) {
            return Parsed.wrong(texts.t("award.documents.none", text.strip()));
        }
        return Parsed.ok(
                refs.stream().map(DocumentRef::canonical).collect(Collectors.joining(";")),
                refs.stream().map(DocumentRef::canonical).collect(Collectors.joining("; ")));
    }

    private Parsed decisionNumber(String text) {
        String number = DocumentRefs.decisionNumber(text);
        if (number.length() < 1 || !number.matches(".*\\d.*")) {
            return Parsed.wrong(texts.t("award.decision_no.invalid", text.strip()));
        }
        if (number.length() > 100) {
            return Parsed.wrong(texts.t("meeting.text.too_long", "100", Integer.toString(number.length())));
        }
        return Parsed.ok(number);
    }

    private Parsed decisionDate(String text, Answers a) {
        LocalDate today = today();
        DateReading reading = VietnameseDates.date(text, today);
        if (!reading.ok()) {
            return Parsed.wrong(
                    reading.problem() == DateReading.Problem.NO_SUCH_DAY
                            ? texts.t("meeting.date.no_such_day", text.strip())
                            : texts.t("meeting.date.not_a_date", text.strip()));
        }
        String problem = decisionDateProblem(reading.date().format(PartyCalendar.DAY), a);
        return problem != null
                ? Parsed.wrong(problem)
                : Parsed.ok(reading.date().toString(), reading.date().format(PartyCalendar.DAY));
    }

    /** What is wrong with a decision dated {@code label} (d/M/yyyy; null: no date) given the other answers; null if nothing. */
    private String decisionDateProblem(String label, Answers a) {
        if (label == null) {
            return null;
        }
        LocalDate date = LocalDate.parse(label, PartyCalendar.DAY);
        if (date.isAfter(today())) {
            return texts.t("award.decision_date.future", label);
        }
        if (date.isBefore(PartyCalendar.PARTY_FOUNDED)) {
            return texts.t("input.date_before_party", label);
        }
        Commendation.Period period = period(a);
        if (period != null) {
            if (date.isBefore(period.from())) {
                return texts.t("award.decision_date.before_period", label, period.label());
            }
        }
        if (badge(a) && a.has("people")) {
            return tooYoung(chosen(a), Integer.parseInt(a.value("badge")), date);
        }
        return null;
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

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
