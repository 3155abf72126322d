package vn.chibo.bot.commendation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.form.Answers;
import vn.chibo.bot.chat.form.Form;
import vn.chibo.bot.chat.form.Option;
import vn.chibo.bot.chat.form.Question;
import vn.chibo.bot.chat.form.Readers;
import vn.chibo.bot.chat.form.Saved;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.commendation.AwardForm;
import vn.chibo.content.commendation.Commendation;
import vn.chibo.content.commendation.RecordCommendations;
import vn.chibo.content.org.Member;

/**
 * /khenthuong: a secretary or deputy records a commendation for their cell or its members; an office user or
 * administrator for any collective or person in their subtree. Several persons picked at once give one record
 * each. Every answer is checked as it is typed, and again on saving.
 */
@Component
class CommendationForm implements Form {

    static final String COLLECTIVE = "collective";
    static final String PERSON = "person";

    private final Texts texts;
    private final RecordCommendations recordCommendations;
    private final CommendationAnswers answers;
    private final Readers readers;

    CommendationForm(
            Texts texts, RecordCommendations recordCommendations, CommendationAnswers answers, Readers readers) {
        this.texts = texts;
        this.recordCommendations = recordCommendations;
        this.answers = answers;
        this.readers = readers;
    }

    @Override
    public String name() {
        return "award";
    }

    @Override
    public boolean allows(Actor actor) {
        return actor.recordsCommendations();
    }

    @Override
    public boolean tidiesAfterSave() {
        return true;
    }

    static AwardForm form(Answers a) {
        return a.has("kind") ? AwardForm.valueOf(a.value("kind")) : null;
    }

    static boolean badge(Answers a) {
        return form(a) == AwardForm.BADGE;
    }

    static boolean toPersons(Answers a) {
        return badge(a) || PERSON.equals(a.value("target"));
    }

    @Override
    public List<Question> questions() {
        return List.of(
                Question.choose("kind").prompt(a -> texts.t("award.ask.kind")).options((a, actor) -> answers.kinds()),
                Question.text("kind_name")
                        .prompt(a -> texts.t("award.ask.kind_name"))
                        .parse(text -> readers.line(text, 200))
                        .when(a -> form(a) == AwardForm.OTHER),
                Question.choose("badge")
                        .prompt(a -> texts.t("award.ask.badge"))
                        .options((a, actor) -> answers.badgeYears())
                        .when(CommendationForm::badge),
                Question.text("issuer")
                        .prompt(a -> texts.t("award.ask.issuer"))
                        .parse(text -> readers.line(text, 300))
                        .quick((a, actor) -> answers.issuers(actor)),
                Question.choose("target")
                        .prompt(a -> texts.t("award.ask.target"))
                        .options((a, actor) -> List.of(
                                new Option(texts.t("award.target.collective"), COLLECTIVE),
                                new Option(texts.t("award.target.person"), PERSON)))
                        .when(a -> !badge(a)),
                Question.choose("unit")
                        .prompt(a -> texts.t("award.ask.unit"))
                        .options((a, actor) -> answers.collectives(actor))
                        .when(a -> COLLECTIVE.equals(a.value("target"))),
                Question.choose("cell")
                        .prompt(a -> texts.t("award.ask.cell"))
                        .options((a, actor) -> answers.cells(actor))
                        .when(CommendationForm::toPersons),
                Question.toggle("people")
                        .prompt(a -> texts.t("award.ask.people", a.label("cell")))
                        .options((a, actor) -> answers.people(a))
                        .when(CommendationForm::toPersons)
                        .check(answers::checkPeople),
                Question.text("achievement")
                        .prompt(a -> texts.t("award.ask.achievement"))
                        .parse(text -> readers.line(text, 2000))
                        .when(a -> !badge(a)),
                Question.text("period")
                        .prompt(a -> texts.t("award.ask.period"))
                        .parseSeeing(answers::period)
                        .skippable()
                        .when(a -> !badge(a))
                        .quick((a, actor) -> answers.periodFound(a)),
                Question.text("documents")
                        .prompt(a -> texts.t("award.ask.documents"))
                        .parse(answers::documents)
                        .skippable()
                        .when(a -> !badge(a))
                        .quick((a, actor) -> answers.documentsFound(a)),
                Question.text("decision_no")
                        .prompt(a -> texts.t("award.ask.decision_no"))
                        .parse(answers::decisionNumber)
                        .skippable(),
                Question.text("decision_date")
                        .prompt(a -> texts.t("award.ask.decision_date"))
                        .parseSeeing(answers::decisionDate)
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
        lines.add(texts.t("award.summary.form", answers.formLabel(a)));
        lines.add(texts.t("award.summary.issuer", a.value("issuer")));
        if (toPersons(a)) {
            List<Member> chosen = answers.chosen(a);
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
            List<String> unknown = answers.chosen(a).stream()
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

    /** Answers → the use case's command → what the person is told. */
    @Override
    public Saved save(Answers a, Actor actor, long chatId) {
        RecordCommendations.Recipient recipient = toPersons(a)
                ? new RecordCommendations.Recipient.Members(a.id("cell"), memberIds(a))
                : new RecordCommendations.Recipient.Collective(a.id("unit"));
        var result = recordCommendations.run(
                new RecordCommendations.Command(
                        commendation(a, 0, null, null),
                        recipient,
                        recipients -> texts.t("award.audit", answers.formLabel(a), a.value("issuer"), recipients)),
                actor);
        if (result instanceof RecordCommendations.Result.Refused) {
            return Saved.refused(texts.t("form.changed_meanwhile"));
        }
        var recorded = (RecordCommendations.Result.Recorded) result;
        return Saved.text(
                recorded.ids().size() == 1
                        ? texts.t("award.saved_one", answers.formLabel(a), recorded.recipients())
                        : texts.t(
                                "award.saved_many",
                                Integer.toString(recorded.ids().size()),
                                answers.formLabel(a),
                                recorded.recipients()));
    }

    private static List<Long> memberIds(Answers a) {
        return Arrays.stream(a.value("people").split(",")).map(Long::parseLong).toList();
    }

    private Commendation commendation(Answers a, long unitId, Long memberId, String recipient) {
        AwardForm form = form(a);
        Commendation.Period period = CommendationAnswers.period(a);
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
                a.date("decision_date"),
                a.has("photos") ? List.of(a.value("photos").split(",")) : List.of());
    }
}
