package vn.chibo.bot.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.HomeUnits;
import vn.chibo.bot.chat.form.Answers;
import vn.chibo.bot.chat.form.Form;
import vn.chibo.bot.chat.form.Option;
import vn.chibo.bot.chat.form.Parsed;
import vn.chibo.bot.chat.form.Question;
import vn.chibo.bot.chat.form.Readers;
import vn.chibo.bot.chat.form.Saved;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.calendar.VietnameseDates;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.status.Period;

/**
 * "📅 Khoảng thời gian khác" under /baocao: the report for days the person chooses, up to a year, ending today at the
 * latest. Both ends may be typed at once ("từ 1/3 đến 15/6"); then the second question is not asked.
 */
@Component
class ReportRangeForm implements Form {

    static final String NAME = "report_range";
    static final String FROM = "from";
    static final String TO = "to";

    private final ReportView reports;
    private final HomeUnits homes;
    private final Readers readers;
    private final Texts texts;

    ReportRangeForm(ReportView reports, HomeUnits homes, Readers readers, Texts texts) {
        this.reports = reports;
        this.homes = homes;
        this.readers = readers;
        this.texts = texts;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean allows(Actor actor) {
        return actor.followsCells() && homes.of(actor).isPresent();
    }

    @Override
    public List<Question> questions() {
        return List.of(
                Question.text(FROM)
                        .prompt(a -> texts.t("report.range.ask_from"))
                        .parse(this::from),
                Question.text(TO)
                        .prompt(a -> texts.t("report.range.ask_to", a.label(FROM)))
                        .parseSeeing((text, a) -> to(day(text), a.date(FROM))));
    }

    /** The first day, or both ends: "1/3/2026", "từ 1/3 đến 15/6", "1/3 - 15/6". */
    private Parsed from(String text) {
        var ends = VietnameseDates.twoDays(text);
        if (ends.isEmpty()) {
            return day(text);
        }
        Parsed first = day(ends.get().get(0));
        if (first.error() != null) {
            return first;
        }
        Parsed last = to(day(ends.get().get(1)), LocalDate.parse(first.value()));
        return last.error() != null ? last : first.and(TO, last.value(), last.label());
    }

    /** A day up to today: a report has no figures for days to come. */
    private Parsed day(String text) {
        return readers.pastDay(text, d -> texts.t("report.range.future", d));
    }

    /** The last day: on or after the first, within a year of it. */
    private Parsed to(Parsed last, LocalDate first) {
        if (last.error() != null) {
            return last;
        }
        LocalDate day = LocalDate.parse(last.value());
        if (day.isBefore(first)) {
            return Parsed.wrong(texts.t("report.range.backwards", last.label()));
        }
        if (ChronoUnit.DAYS.between(first, day) >= Period.LONGEST_RANGE) {
            return Parsed.wrong(texts.t("report.range.too_long"));
        }
        return last;
    }

    @Override
    public List<Option> editable(Answers a) {
        return List.of(
                new Option(texts.t("report.range.edit_from"), FROM), new Option(texts.t("report.range.edit_to"), TO));
    }

    @Override
    public List<String> dependents(String key) {
        return key.equals(FROM) ? List.of(TO) : List.of();
    }

    @Override
    public String summary(Answers a, Actor actor) {
        String unit = homes.of(actor).map(OrgUnit::name).orElse("");
        return texts.t("report.range.summary", unit, a.label(FROM), a.label(TO));
    }

    @Override
    public Saved save(Answers a, Actor actor, long chatId) {
        var unit = homes.of(actor);
        if (unit.isEmpty() || !actor.followsCells()) {
            return Saved.refused(texts.t("report.leaders_only"));
        }
        Period period = Period.range(a.date(FROM), a.date(TO));
        return new Saved(
                texts.t("report.range.done", unit.get().name(), a.label(FROM), a.label(TO)),
                reports.files(unit.get(), period, chatId));
    }
}
