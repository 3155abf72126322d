package vn.chibo.bot.status;

import org.springframework.stereotype.Component;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.status.Period;

/** "tháng 11/2026", "quý 4/2026", "năm 2026". */
@Component
public class PeriodLabels {

    private final Texts texts;

    PeriodLabels(Texts texts) {
        this.texts = texts;
    }

    public String of(Period period) {
        return switch (period.kind()) {
            case MONTH ->
                texts.t("status.label.month", Integer.toString(period.number()), Integer.toString(period.year()));
            case QUARTER ->
                texts.t("status.label.quarter", Integer.toString(period.number()), Integer.toString(period.year()));
            case HALF ->
                period.number() == 1
                        ? texts.t("status.label.first_half", Integer.toString(period.year()))
                        : texts.t("status.label.second_half", Integer.toString(period.year()));
            case YEAR -> texts.t("status.label.year", Integer.toString(period.year()));
            case RANGE ->
                texts.t(
                        "status.label.range",
                        period.from().format(PartyCalendar.DAY),
                        period.to().format(PartyCalendar.DAY));
        };
    }
}
