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
import vn.chibo.bot.chat.form.Option;
import vn.chibo.bot.chat.form.Parsed;
import vn.chibo.bot.chat.form.Readers;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Scope;
import vn.chibo.content.calendar.DateReading;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.calendar.VietnameseDates;
import vn.chibo.content.commendation.AwardForm;
import vn.chibo.content.commendation.BadgeCalendar;
import vn.chibo.content.commendation.BadgeEligibility;
import vn.chibo.content.commendation.Commendation;
import vn.chibo.content.commendation.CommendationFilter;
import vn.chibo.content.commendation.Commendations;
import vn.chibo.content.commendation.DecisionDateRule;
import vn.chibo.content.commendation.IssuerLevel;
import vn.chibo.content.commendation.Periods;
import vn.chibo.content.document.DocumentRef;
import vn.chibo.content.document.DocumentRefs;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

/**
 * What the commendation form offers (forms, issuers used before, collectives and members in scope, a period or
 * directives found in the achievement) and how it reads and checks its answers as they are typed.
 */
@Component
class CommendationAnswers {

    private static final int ISSUER_BUTTONS = 6;

    private final Texts texts;
    private final Clock clock;
    private final Members members;
    private final OrgUnits units;
    private final Commendations commendations;
    private final Readers readers;

    CommendationAnswers(
            Texts texts, Clock clock, Members members, OrgUnits units, Commendations commendations, Readers readers) {
        this.texts = texts;
        this.clock = clock;
        this.members = members;
        this.units = units;
        this.commendations = commendations;
        this.readers = readers;
    }

    String formLabel(Answers a) {
        return switch (CommendationForm.form(a)) {
            case BADGE -> texts.t("award.form.badge_years", a.value(CommendationForm.BADGE));
            case OTHER -> a.value(CommendationForm.KIND_NAME);
            default -> CommendationForm.form(a).vietnamese();
        };
    }

    List<Option> kinds() {
        return Arrays.stream(AwardForm.values())
                .map(f -> new Option(texts.t("award.kind." + f.name().toLowerCase()), f.name()))
                .toList();
    }

    List<Option> badgeYears() {
        return AwardForm.BADGE_YEARS.stream()
                .map(y -> new Option(texts.t("award.badge.years", Integer.toString(y)), Integer.toString(y)))
                .toList();
    }

    /** Issuers the committee above (for a secretary) or the office's own subtree has used, most used first. */
    List<Option> issuers(Actor actor) {
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
    List<Option> collectives(Actor actor) {
        if (actor.actsForCell()) {
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

    List<Option> cells(Actor actor) {
        if (actor.actsForCell()) {
            OrgUnit cell = actor.acting().unit();
            return List.of(new Option(cell.name(), Long.toString(cell.id())));
        }
        return units.within(actor.scope().pathPrefix(), OrgKind.CELL).stream()
                .map(u -> new Option(u.name(), Long.toString(u.id())))
                .toList();
    }

    /** The cell's members, and those who died there lately (a badge may be awarded posthumously), said so. */
    List<Option> people(Answers a) {
        long cell = a.id(CommendationForm.CELL);
        java.util.Set<Long> died = members.diedIn(cell, posthumousSince());
        return awardable(cell).stream()
                .map(m -> new Option(
                        died.contains(m.id()) ? texts.t("award.people.died", m.fullName()) : m.fullName(),
                        Long.toString(m.id())))
                .toList();
    }

    private List<Member> awardable(long cellId) {
        return members.awardableOf(cellId, posthumousSince());
    }

    private LocalDate posthumousSince() {
        return today().minusMonths(BadgeCalendar.POSTHUMOUS_WINDOW_MONTHS);
    }

    List<Member> chosen(Answers a) {
        if (!a.has(CommendationForm.PEOPLE) || a.value(CommendationForm.PEOPLE).isEmpty()) {
            return List.of();
        }
        Map<String, Member> inCell = awardable(a.id(CommendationForm.CELL)).stream()
                .collect(Collectors.toMap(m -> Long.toString(m.id()), m -> m, (x, y) -> x, LinkedHashMap::new));
        return Arrays.stream(a.value(CommendationForm.PEOPLE).split(","))
                .map(inCell::get)
                .filter(Objects::nonNull)
                .toList();
    }

    List<Option> periodFound(Answers a) {
        return a.has(CommendationForm.ACHIEVEMENT)
                ? Periods.findIn(a.value(CommendationForm.ACHIEVEMENT), today())
                        .map(p -> List.of(new Option(p.label(), p.from() + "/" + p.to())))
                        .orElse(List.of())
                : List.of();
    }

    List<Option> documentsFound(Answers a) {
        if (!a.has(CommendationForm.ACHIEVEMENT)) {
            return List.of();
        }
        List<DocumentRef> refs = DocumentRefs.find(a.value(CommendationForm.ACHIEVEMENT));
        if (refs.isEmpty()) {
            return List.of();
        }
        String canonical = refs.stream().map(DocumentRef::canonical).collect(Collectors.joining(";"));
        String label = refs.stream().map(DocumentRef::canonical).collect(Collectors.joining("; "));
        return List.of(new Option(label.length() > 60 ? label.substring(0, 57) + "…" : label, canonical));
    }

    /** At least one person; for a Huy hiệu Đảng, each with the membership years it is for, as of the decision or today. */
    String checkPeople(String value, Answers a) {
        if (value == null || value.isEmpty()) {
            return texts.t("award.people.none");
        }
        if (!CommendationForm.badge(a)) {
            return null;
        }
        List<Member> chosen = awardable(a.id(CommendationForm.CELL)).stream()
                .filter(m -> Arrays.asList(value.split(",")).contains(Long.toString(m.id())))
                .toList();
        LocalDate asOf = a.has(CommendationForm.DECISION_DATE) ? a.date(CommendationForm.DECISION_DATE) : today();
        return tooYoung(chosen, Integer.parseInt(a.value(CommendationForm.BADGE)), asOf);
    }

    /** A soft warning when the form is not one the issuer's level gives (the decision is recorded as issued). */
    java.util.Optional<String> issuerMismatch(Answers a) {
        if (!a.has(CommendationForm.ISSUER) || !a.has(CommendationForm.KIND)) {
            return java.util.Optional.empty();
        }
        AwardForm form = AwardForm.valueOf(a.value(CommendationForm.KIND));
        return IssuerLevel.mismatch(form, a.value(CommendationForm.ISSUER))
                .map(level -> texts.t(
                        "award.issuer_mismatch",
                        a.value(CommendationForm.ISSUER),
                        form.vietnamese(),
                        texts.t("award.level." + level.name().toLowerCase())));
    }

    /** A warning for each member given the badge early (the seriously ill, or posthumously), within the window. */
    List<String> early(Answers a) {
        if (!CommendationForm.badge(a) || !a.has(CommendationForm.PEOPLE)) {
            return List.of();
        }
        int years = Integer.parseInt(a.value(CommendationForm.BADGE));
        LocalDate asOf = a.has(CommendationForm.DECISION_DATE) ? a.date(CommendationForm.DECISION_DATE) : today();
        return BadgeEligibility.early(chosen(a), years, asOf).stream()
                .map(t -> texts.t(
                        "award.badge.early",
                        t.member().fullName(),
                        Integer.toString(t.yearsHeld()),
                        Integer.toString(t.yearsNeeded()),
                        t.reachesOn().format(PartyCalendar.DAY),
                        Integer.toString(BadgeEligibility.earlyMonths(years))))
                .toList();
    }

    String tooYoung(List<Member> chosen, int years, LocalDate asOf) {
        return BadgeEligibility.check(chosen, years, asOf)
                .map(t -> texts.t(
                        "award.badge.too_young",
                        t.member().fullName(),
                        t.member().partyJoinDate().format(PartyCalendar.DAY),
                        t.asOf().format(PartyCalendar.DAY),
                        Integer.toString(t.yearsHeld()),
                        Integer.toString(t.yearsNeeded()),
                        t.reachesOn().format(PartyCalendar.DAY)))
                .orElse(null);
    }

    Parsed period(String text, Answers a) {
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
    static Commendation.Period period(Answers a) {
        if (!a.has(CommendationForm.PERIOD)) {
            return null;
        }
        String[] range = a.value(CommendationForm.PERIOD).split("/");
        return new Commendation.Period(
                LocalDate.parse(range[0]), LocalDate.parse(range[1]), a.label(CommendationForm.PERIOD));
    }

    Parsed documents(String text) {
        List<DocumentRef> refs = DocumentRefs.find(text);
        if (refs.isEmpty()) {
            return Parsed.wrong(texts.t("award.documents.none", text.strip()));
        }
        String value = refs.stream().map(DocumentRef::canonical).collect(Collectors.joining(";"));
        if (value.length() > Commendation.MAX_DOCUMENTS) {
            return Parsed.wrong(texts.t(
                    "award.documents.too_many",
                    Integer.toString(refs.size()),
                    Integer.toString(Commendation.MAX_DOCUMENTS)));
        }
        return Parsed.ok(value, refs.stream().map(DocumentRef::canonical).collect(Collectors.joining("; ")));
    }

    Parsed decisionNumber(String text) {
        String number = DocumentRefs.decisionNumber(text);
        if (number.length() < 1 || !number.matches(".*\\d.*")) {
            return Parsed.wrong(texts.t("award.decision_no.invalid", text.strip()));
        }
        if (number.length() > Commendation.MAX_DECISION_NUMBER) {
            return Parsed.wrong(texts.t(
                    "meeting.text.too_long",
                    Integer.toString(Commendation.MAX_DECISION_NUMBER),
                    Integer.toString(number.length())));
        }
        return Parsed.ok(number);
    }

    Parsed decisionDate(String text, Answers a) {
        LocalDate today = today();
        DateReading reading = VietnameseDates.past(text, today);
        if (!reading.ok()) {
            return Parsed.wrong(readers.notADay(reading, text));
        }
        String problem = decisionDateProblem(reading.date().format(PartyCalendar.DAY), a);
        return problem != null
                ? Parsed.wrong(problem)
                : Parsed.ok(reading.date().toString(), reading.date().format(PartyCalendar.DAY));
    }

    /** What is wrong with a decision dated {@code label} (d/M/yyyy; null: no date) given the other answers; null if nothing. */
    String decisionDateProblem(String label, Answers a) {
        if (label == null) {
            return null;
        }
        LocalDate date = LocalDate.parse(label, PartyCalendar.DAY);
        Commendation.Period period = period(a);
        Optional<DecisionDateRule.Problem> problem = DecisionDateRule.check(date, today(), period);
        if (problem.isPresent()) {
            return switch (problem.get()) {
                case IN_THE_FUTURE -> texts.t("award.decision_date.future", label);
                case BEFORE_THE_PARTY -> texts.t("input.date_before_party", label);
                case BEFORE_THE_PERIOD -> texts.t("award.decision_date.before_period", label, period.label());
            };
        }
        if (CommendationForm.badge(a) && a.has(CommendationForm.PEOPLE)) {
            return tooYoung(chosen(a), Integer.parseInt(a.value(CommendationForm.BADGE)), date);
        }
        return null;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
