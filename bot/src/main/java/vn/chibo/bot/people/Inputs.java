package vn.chibo.bot.people;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.form.Parsed;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgUnits;
import vn.chibo.content.text.CleanText;

/** Reads typed names and dates, answering a precise Vietnamese sentence when they will not do. */
@Component
class Inputs {

    private final Texts texts;
    private final Clock clock;

    Inputs(Texts texts, Clock clock) {
        this.texts = texts;
        this.clock = clock;
    }

    Parsed unitName(String text) {
        return name(text, OrgUnits.MAX_NAME);
    }

    Parsed personName(String text) {
        return name(text, Members.MAX_NAME);
    }

    Parsed joinDate(String text) {
        try {
            LocalDate date = LocalDate.parse(text.strip(), PartyCalendar.DAY_STRICT);
            if (date.isAfter(LocalDate.now(clock))) {
                return Parsed.wrong(texts.t("input.date_future", text.strip()));
            }
            if (date.isBefore(PartyCalendar.PARTY_FOUNDED)) {
                return Parsed.wrong(texts.t("input.date_before_party", text.strip()));
            }
            return Parsed.ok(date.toString(), date.format(PartyCalendar.DAY));
        } catch (DateTimeParseException e) {
            return Parsed.wrong(texts.t("input.date_invalid", text.strip()));
        }
    }

    private Parsed name(String text, int max) {
        String name = CleanText.name(text);
        if (name.length() < 2 || name.chars().noneMatch(Character::isLetter)) {
            return Parsed.wrong(texts.t("input.name_invalid"));
        }
        if (name.length() > max) {
            return Parsed.wrong(texts.t("input.name_too_long", Integer.toString(max)));
        }
        return Parsed.ok(name);
    }
}
