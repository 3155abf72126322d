package vn.chibo.bot.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.HomeUnits;
import vn.chibo.bot.chat.Incoming;
import vn.chibo.bot.chat.form.Forms;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.meeting.MeetingRules;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;
import vn.chibo.content.report.ReportDocument;
import vn.chibo.content.report.ReportQueries;
import vn.chibo.content.report.ReportWorkbook;
import vn.chibo.content.status.Period;
import vn.chibo.scheduler.delivery.Button;
import vn.chibo.scheduler.delivery.CallbackData;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * /baocao: a leader or office picks the period (this or last month, quarter, half-year, year) and gets the report
 * draft of the unit they act for as .docx and its figures as .xlsx. Buttons carry {@code bc:<unit id>:<period>}; a
 * press checks the unit is inside the person's scope and that they follow cells, so a forged one gets nothing. The
 * status view offers the same for the unit and period on screen.
 */
@Component
public class ReportView {

    public static final String PREFIX = "bc";
    private static final Logger log = LoggerFactory.getLogger(ReportView.class);

    private final HomeUnits homes;
    private final ReportQueries queries;
    private final OrgUnits units;
    private final MeetingRules rules;
    private final Texts texts;
    private final Clock clock;

    ReportView(ReportQueries queries, OrgUnits units, MeetingRules rules, Texts texts, Clock clock, HomeUnits homes) {
        this.homes = homes;
        this.queries = queries;
        this.units = units;
        this.rules = rules;
        this.texts = texts;
        this.clock = clock;
    }

    /** The button that asks for {@code unit}'s report for {@code period}. */
    public static Button button(String label, OrgUnit unit, Period period) {
        return Button.callback(label, CallbackData.of(PREFIX, unit.id(), period.code()));
    }

    /** /baocao: the periods to choose, for the unit the person acts for. */
    List<Outgoing> open(Incoming in, Actor actor) {
        Optional<OrgUnit> home = homes.of(actor);
        if (home.isEmpty() || !actor.followsCells()) {
            return List.of(Outgoing.text(in.chatId(), texts.t("report.leaders_only")));
        }
        OrgUnit unit = home.get();
        LocalDate today = LocalDate.now(clock);
        YearMonth month = YearMonth.from(today);
        Period quarter = Period.quarterOf(today);
        Period lastQuarter = Period.quarterOf(quarter.from().minusDays(1));
        int half = month.getMonthValue() <= 6 ? 1 : 2;
        List<List<Button>> rows = new ArrayList<>();
        rows.add(List.of(
                button(texts.t("report.this_month"), unit, Period.month(month)),
                button(texts.t("report.last_month"), unit, Period.month(month.minusMonths(1)))));
        rows.add(List.of(
                button(texts.t("report.this_quarter"), unit, quarter),
                button(texts.t("report.last_quarter"), unit, lastQuarter)));
        rows.add(List.of(
                button(
                        texts.t("report.first_half", Integer.toString(today.getYear())),
                        unit,
                        Period.half(today.getYear(), 1)),
                half == 2
                        ? button(
                                texts.t("report.second_half", Integer.toString(today.getYear())),
                                unit,
                                Period.half(today.getYear(), 2))
                        : button(
                                texts.t("report.second_half", Integer.toString(today.getYear() - 1)),
                                unit,
                                Period.half(today.getYear() - 1, 2))));
        rows.add(List.of(
                button(
                        texts.t("report.this_year", Integer.toString(today.getYear())),
                        unit,
                        Period.year(today.getYear())),
                button(
                        texts.t("report.last_year", Integer.toString(today.getYear() - 1)),
                        unit,
                        Period.year(today.getYear() - 1))));
        rows.add(List.of(Button.callback(texts.t("report.range"), CallbackData.of(Forms.OPEN, ReportRangeForm.NAME))));
        return List.of(Outgoing.text(in.chatId(), texts.t("report.choose", unit.name()), rows));
    }

    /** A press on {@code bc:<unit>:<period>}: the two files, or a stale toast. */
    List<Outgoing> press(Incoming in, Actor actor, String unitId, String periodCode) {
        Optional<OrgUnit> unit = unitId.matches("\\d{1,18}") ? units.find(Long.parseLong(unitId)) : Optional.empty();
        Optional<Period> period = Period.parse(periodCode);
        if (unit.isEmpty()
                || period.isEmpty()
                || !actor.followsCells()
                || !actor.scope().includes(unit.get())) {
            log.warn(
                    "User {} pressed a report button outside their scope or malformed: {}:{}",
                    in.userId(),
                    unitId,
                    periodCode);
            return List.of(Outgoing.answer(in.chatId(), in.callbackId(), texts.t("button.stale"), false));
        }
        if (period.get().from().isAfter(LocalDate.now(clock))) {
            return List.of(Outgoing.answer(in.chatId(), in.callbackId(), texts.t("report.not_begun"), true));
        }
        List<Outgoing> replies = new ArrayList<>();
        replies.add(Outgoing.answer(in.chatId(), in.callbackId(), null, false));
        replies.addAll(files(unit.get(), period.get(), in.chatId()));
        return replies;
    }

    /** The report of {@code u} for {@code p}: its Word draft and its workbook, to send to {@code chatId}. */
    List<Outgoing> files(OrgUnit u, Period p, long chatId) {
        ReportQueries.Report report = queries.report(u, p);
        String upper = u.parentId() == null ? null : units.get(u.parentId()).name();
        var heading = new ReportDocument.Heading(upper, units.locality(u).orElse(null), LocalDate.now(clock));
        String label = ReportDocument.periodLabel(p);
        return List.of(
                Outgoing.document(
                        chatId,
                        ReportDocument.fileName(p, "docx"),
                        ReportDocument.render(heading, report.total(), rules),
                        texts.t("report.docx_caption", u.name(), label)),
                Outgoing.document(
                        chatId,
                        ReportDocument.fileName(p, "xlsx"),
                        ReportWorkbook.render(report),
                        texts.t("report.xlsx_caption", u.name(), label)));
    }
}
