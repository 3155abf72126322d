package vn.chibo.bot.people;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.form.Answers;
import vn.chibo.bot.chat.form.Option;
import vn.chibo.bot.chat.form.Parsed;
import vn.chibo.bot.chat.form.Question;
import vn.chibo.bot.chat.form.Readers;
import vn.chibo.bot.chat.form.Saved;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.office.OrganisationChanges;
import vn.chibo.content.org.OrgUnits;
import vn.chibo.content.roster.Fold;

/**
 * /tochuc → a committee's document settings: the place name its documents and its cells' minutes are dated from
 * (Hướng dẫn 36-HD/VPTW's "địa danh"), and the shortest meeting it allows its small cells.
 */
@Component
class DocumentSettingsForm extends ManagementForm {

    // The questions, by key.
    static final String COMMITTEE = "committee";
    static final String LOCALITY = "locality";
    static final String MINUTES = "minutes";

    /** The range a committee may set: from a short cell meeting to the combined meeting's length. */
    static final int FEWEST_MINUTES = 30;

    static final int MOST_MINUTES = 120;

    private final Texts texts;
    private final Choices choices;
    private final Readers readers;
    private final OrgUnits units;
    private final OrganisationChanges changes;

    DocumentSettingsForm(Texts texts, Choices choices, Readers readers, OrgUnits units, OrganisationChanges changes) {
        this.texts = texts;
        this.choices = choices;
        this.readers = readers;
        this.units = units;
        this.changes = changes;
    }

    @Override
    public String name() {
        return "documents";
    }

    @Override
    public List<Question> questions() {
        return List.of(
                Question.choose(COMMITTEE)
                        .prompt(a -> texts.t("documents.ask_committee"))
                        .options((a, actor) -> choices.committees(actor)),
                Question.text(LOCALITY)
                        .prompt(a -> texts.t(
                                "documents.ask_locality",
                                a.label(COMMITTEE),
                                units.find(a.id(COMMITTEE))
                                        .flatMap(units::locality)
                                        .orElse(texts.t("documents.none"))))
                        .parse(text -> readers.line(text, OrgUnits.MAX_LOCALITY))
                        .skippable(),
                Question.text(MINUTES)
                        .prompt(a -> texts.t(
                                "documents.ask_minutes",
                                units.find(a.id(COMMITTEE))
                                        .flatMap(units::meetingMinutes)
                                        .map(m -> texts.t("documents.minutes_label", Integer.toString(m)))
                                        .orElse(texts.t("documents.minutes_default"))))
                        .parse(this::minutes)
                        .quick((a, actor) -> List.of(new Option(texts.t("documents.minutes_default"), "0"))));
    }

    private Parsed minutes(String text) {
        String digits = Fold.of(text).replaceFirst("\\s*(phut|p|')$", "");
        if (digits.matches("\\d{1,3}")) {
            int minutes = Integer.parseInt(digits);
            if (minutes >= FEWEST_MINUTES && minutes <= MOST_MINUTES) {
                return Parsed.ok(Integer.toString(minutes), texts.t("documents.minutes_label", digits));
            }
        }
        return Parsed.wrong(
                texts.t("documents.minutes_invalid", Integer.toString(FEWEST_MINUTES), Integer.toString(MOST_MINUTES)));
    }

    private static Integer minutesOf(Answers a) {
        int minutes = Integer.parseInt(a.value(MINUTES));
        return minutes == 0 ? null : minutes;
    }

    @Override
    public String summary(Answers a, Actor actor) {
        return texts.t(
                "documents.summary",
                a.label(COMMITTEE),
                a.has(LOCALITY) ? a.value(LOCALITY) : texts.t("documents.none"),
                a.label(MINUTES));
    }

    @Override
    public Saved save(Answers a, Actor actor, long chatId) {
        String locality = a.has(LOCALITY) ? a.value(LOCALITY) : null;
        var result = changes.setDocumentSettings(actor, a.id(COMMITTEE), locality, minutesOf(a));
        if (result instanceof OrganisationChanges.Result.Refused refused) {
            return refusal(refused, where -> texts.t("access.denied"), texts);
        }
        return Saved.text(
                locality == null
                        ? texts.t("documents.done_no_place", a.label(COMMITTEE), a.label(MINUTES))
                        : texts.t("documents.done", a.label(COMMITTEE), locality, a.label(MINUTES)));
    }
}
