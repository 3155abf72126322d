package vn.chibo.bot.commendation;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.form.Parsed;
import vn.chibo.bot.chat.form.Readers;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.calendar.DateReading;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.calendar.VietnameseDates;
import vn.chibo.content.commendation.Commendation;
import vn.chibo.content.commendation.CorrectCommendations.Field;

/** The fields a saved commendation may be corrected in: how each is named, what it holds, how a new value is read. */
@Component
class CorrectedFields {

    private final CommendationAnswers answers;
    private final Readers readers;
    private final Texts texts;
    private final Clock clock;

    CorrectedFields(CommendationAnswers answers, Readers readers, Texts texts, Clock clock) {
        this.answers = answers;
        this.readers = readers;
        this.texts = texts;
        this.clock = clock;
    }

    String name(Field field) {
        return switch (field) {
            case DECISION_NUMBER -> texts.t("awards.fix.field.decision_number");
            case DECISION_DATE -> texts.t("awards.fix.field.decision_date");
            case ISSUER -> texts.t("awards.fix.field.issuer");
            case ACHIEVEMENT -> texts.t("awards.fix.field.achievement");
        };
    }

    /** What the field holds now, as shown; null when it holds nothing. */
    String current(Commendation c, Field field) {
        return switch (field) {
            case DECISION_NUMBER -> c.decisionNumber();
            case DECISION_DATE ->
                c.decisionDate() == null ? null : c.decisionDate().format(PartyCalendar.DAY);
            case ISSUER -> c.issuer();
            case ACHIEVEMENT -> c.achievement();
        };
    }

    /** A new value typed for the field, read and checked as the commendation form reads and checks it. */
    Parsed read(Field field, String text) {
        return switch (field) {
            case DECISION_NUMBER -> {
                // The form's own wording offers "Bỏ qua", which a correction has not: a number cannot be unset here.
                Parsed number = answers.decisionNumber(text);
                yield number.error() != null && text.strip().length() <= Commendation.MAX_DECISION_NUMBER
                        ? Parsed.wrong(texts.t("awards.fix.bad_number", text.strip()))
                        : number;
            }
            case ISSUER -> readers.line(text, Commendation.MAX_ISSUER);
            case ACHIEVEMENT -> readers.line(text, Commendation.MAX_ACHIEVEMENT);
            case DECISION_DATE -> {
                DateReading reading = VietnameseDates.past(text, LocalDate.now(clock));
                yield reading.ok()
                        ? Parsed.ok(reading.date().toString(), reading.date().format(PartyCalendar.DAY))
                        : Parsed.wrong(readers.notADay(reading, text));
            }
        };
    }
}
