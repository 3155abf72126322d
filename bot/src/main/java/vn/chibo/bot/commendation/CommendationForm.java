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

    // The questions, by key.
    static final String KIND = "kind";
    static final String KIND_NAME = "kind_name";
    static final String BADGE = "badge";
    static final String ISSUER = "issuer";
    static final String TARGET = "target";
    static final String UNIT = "unit";
    static final String CELL = "cell";
    static final String PEOPLE = "people";
    static final String ACHIEVEMENT = "achievement";
    static final String PERIOD = "period";
    static final String DOCUMENTS = "documents";
    static final String DECISION_NO = "decision_no";
    static final String DECISION_DATE = "decision_date";
    static final String PHOTOS = "photos";

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
        return a.has(KIND) ? AwardForm.valueOf(a.value(KIND)) : null;
    }

    static boolean badge(Answers a) {
        return form(a) == AwardForm.BADGE;
    }

    static boolean toPersons(Answers a) {
        return badge(a) || PERSON.equals(a.value(TARGET));
    }

    @Override
    public List<Question> questions() {
        return List.of(
                Question.choose(KIND).prompt(a -> texts.t("award.ask.kind")).options((a, actor) -> answers.kinds()),
                Question.text(KIND_NAME)
                        .prompt(a -> texts.t("award.ask.kind_name"))
                        .parse(text -> readers.line(text, Commendation.MAX_FORM_NAME))
                        .when(a -> form(a) == AwardForm.OTHER),
                Question.choose(BADGE)
                        .prompt(a -> texts.t("award.ask.badge"))
                        .options((a, actor) -> answers.badgeYears())
                        .when(CommendationForm::badge),
                Question.text(ISSUER)
                        .prompt(a -> texts.t("award.ask.issuer"))
                        .parse(text -> readers.line(text, Commendation.MAX_ISSUER))
                        .quick((a, actor) -> answers.issuers(actor)),
                Question.choose(TARGET)
                        .prompt(a -> texts.t("award.ask.target"))
                        .options((a, actor) -> List.of(
                                new Option(texts.t("award.target.collective"), COLLECTIVE),
                                new Option(texts.t("award.target.person"), PERSON)))
                        .when(a -> !badge(a)),
                Question.choose(UNIT)
                        .prompt(a -> texts.t("award.ask.unit"))
                        .options((a, actor) -> answers.collectives(actor))
                        .when(a -> COLLECTIVE.equals(a.value(TARGET))),
                Question.choose(CELL)
                        .prompt(a -> texts.t("award.ask.cell"))
                        .options((a, actor) -> answers.cells(actor))
                        .when(CommendationForm::toPersons),
                Question.toggle(PEOPLE)
                        .prompt(a -> texts.t("award.ask.people", a.label(CELL)))
                        .options((a, actor) -> answers.people(a))
                        .when(CommendationForm::toPersons)
                        .check(answers::checkPeople),
                Question.text(ACHIEVEMENT)
                        .prompt(a -> texts.t("award.ask.achievement"))
                        .parse(text -> readers.line(text, Commendation.MAX_ACHIEVEMENT))
                        .when(a -> !badge(a)),
                Question.text(PERIOD)
                        .prompt(a -> texts.t("award.ask.period"))
                        .parseSeeing(answers::period)
                        .skippable()
                        .when(a -> !badge(a))
                        .quick((a, actor) -> answers.periodFound(a)),
                Question.text(DOCUMENTS)
                        .prompt(a -> texts.t("award.ask.documents"))
                        .parse(answers::documents)
                        .skippable()
                        .when(a -> !badge(a))
                        .quick((a, actor) -> answers.documentsFound(a)),
                Question.text(DECISION_NO)
                        .prompt(a -> texts.t("award.ask.decision_no"))
                        .parse(answers::decisionNumber)
                        .skippable(),
                Question.text(DECISION_DATE)
                        .prompt(a -> texts.t("award.ask.decision_date"))
                        .parseSeeing(answers::decisionDate)
                        .skippable(),
                Question.photos(PHOTOS).prompt(a -> texts.t("award.ask.photos")).within(Commendation.MAX_PHOTO_IDS));
    }

    @Override
    public List<String> dependents(String key) {
        return switch (key) {
            case KIND ->
                List.of(KIND_NAME, BADGE, TARGET, UNIT, CELL, PEOPLE, ACHIEVEMENT, PERIOD, DOCUMENTS, DECISION_DATE);
            case TARGET -> List.of(UNIT, CELL, PEOPLE);
            case CELL -> List.of(PEOPLE, DECISION_DATE);
            case PEOPLE -> List.of(DECISION_DATE);
            case ACHIEVEMENT -> List.of(PERIOD, DOCUMENTS);
            default -> List.of();
        };
    }

    @Override
    public List<Option> editable(Answers a) {
        List<String> keys = new ArrayList<>(List.of(KIND, ISSUER));
        keys.add(badge(a) ? CELL : TARGET);
        if (!badge(a)) {
            keys.addAll(List.of(ACHIEVEMENT, PERIOD, DOCUMENTS));
        }
        keys.addAll(List.of(DECISION_NO, DECISION_DATE));
        return keys.stream().map(k -> new Option(texts.t("award.edit." + k), k)).toList();
    }

    @Override
    public String summary(Answers a, Actor actor) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.t("award.summary.title"));
        lines.add(texts.t("award.summary.form", answers.formLabel(a)));
        lines.add(texts.t("award.summary.issuer", a.value(ISSUER)));
        if (toPersons(a)) {
            List<Member> chosen = answers.chosen(a);
            lines.add(
                    texts.t("award.summary.persons", a.label(PEOPLE), a.label(CELL), Integer.toString(chosen.size())));
        } else {
            lines.add(texts.t("award.summary.collective", a.label(UNIT)));
        }
        if (a.has(ACHIEVEMENT)) {
            lines.add(texts.t("award.summary.achievement", a.value(ACHIEVEMENT)));
        }
        if (a.has(PERIOD)) {
            lines.add(texts.t("award.summary.period", a.label(PERIOD)));
        }
        if (a.has(DOCUMENTS)) {
            lines.add(texts.t("award.summary.documents", a.label(DOCUMENTS)));
        }
        if (a.has(DECISION_NO) || a.has(DECISION_DATE)) {
            lines.add(texts.t(
                    "award.summary.decision",
                    a.has(DECISION_NO) ? a.value(DECISION_NO) : texts.t("award.summary.no_number"),
                    a.has(DECISION_DATE) ? a.label(DECISION_DATE) : texts.t("award.summary.no_date")));
        }
        if (a.has(PHOTOS)) {
            lines.add(texts.t(
                    "award.summary.photos", Integer.toString(a.value(PHOTOS).split(",").length)));
        }
        answers.issuerMismatch(a).ifPresent(warning -> {
            lines.add("");
            lines.add(warning);
        });
        if (badge(a)) {
            for (String warning : answers.early(a)) {
                lines.add("");
                lines.add(warning);
            }
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
                ? new RecordCommendations.Recipient.Members(a.id(CELL), memberIds(a))
                : new RecordCommendations.Recipient.Collective(a.id(UNIT));
        var result = recordCommendations.run(
                new RecordCommendations.Command(
                        commendation(a, 0, null, null),
                        recipient,
                        recipients -> texts.t("award.audit", answers.formLabel(a), a.value(ISSUER), recipients)),
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
        return Arrays.stream(a.value(PEOPLE).split(",")).map(Long::parseLong).toList();
    }

    private Commendation commendation(Answers a, long unitId, Long memberId, String recipient) {
        AwardForm form = form(a);
        Commendation.Period period = CommendationAnswers.period(a);
        List<String> documents = a.has(DOCUMENTS) ? List.of(a.value(DOCUMENTS).split(";")) : List.of();
        return new Commendation(
                unitId,
                memberId,
                recipient,
                form,
                form == AwardForm.OTHER ? a.value(KIND_NAME) : null,
                badge(a) ? Integer.valueOf(a.value(BADGE)) : null,
                a.value(ISSUER),
                a.value(ACHIEVEMENT),
                period,
                documents,
                a.value(DECISION_NO),
                a.date(DECISION_DATE),
                a.has(PHOTOS) ? List.of(a.value(PHOTOS).split(",")) : List.of());
    }
}
