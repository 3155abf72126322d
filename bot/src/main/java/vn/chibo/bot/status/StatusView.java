package vn.chibo.bot.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.HomeUnits;
import vn.chibo.bot.chat.Incoming;
import vn.chibo.bot.report.ReportView;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;
import vn.chibo.content.status.Overview;
import vn.chibo.content.status.Period;
import vn.chibo.content.status.StatusQueries;
import vn.chibo.scheduler.delivery.Button;
import vn.chibo.scheduler.delivery.CallbackData;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * /tinhhinh: the status of the unit a person acts for, for a month (default), quarter or year, with buttons to
 * drill down to the units below, down to one cell's record, and to get a chart or a spreadsheet. Buttons carry
 * {@code s:<unit id>:<period>:<view>}; every press checks the unit is inside the person's scope, so a forged id
 * shows nothing.
 */
@Component
public class StatusView {

    public static final String PREFIX = "s";
    static final int CHILDREN_PER_PAGE = 20;
    private static final Logger log = LoggerFactory.getLogger(StatusView.class);

    private final HomeUnits homes;
    private final StatusQueries queries;
    private final OrgUnits units;
    private final CellRecord cellRecord;
    private final StatusWorkbook workbook;
    private final Laggards laggards;
    private final Texts texts;
    private final PeriodLabels labels;
    private final OverviewText overviewText;
    private final Clock clock;

    StatusView(
            StatusQueries queries,
            OrgUnits units,
            CellRecord cellRecord,
            StatusWorkbook workbook,
            Laggards laggards,
            Texts texts,
            PeriodLabels labels,
            OverviewText overviewText,
            Clock clock,
            HomeUnits homes) {
        this.homes = homes;
        this.queries = queries;
        this.units = units;
        this.cellRecord = cellRecord;
        this.workbook = workbook;
        this.laggards = laggards;
        this.texts = texts;
        this.labels = labels;
        this.overviewText = overviewText;
        this.clock = clock;
    }

    /** /tinhhinh: this month's status of the unit the person acts for. */
    public List<Outgoing> open(Incoming in, Actor actor) {
        Optional<OrgUnit> home = homes.of(actor);
        if (home.isEmpty()) {
            return List.of(Outgoing.text(in.chatId(), texts.t("status.no_unit")));
        }
        Period month = Period.month(YearMonth.now(clock));
        return List.of(view(in, home.get(), month, 0, actor, false));
    }

    /** The status view of {@code unit} (in the person's scope, checked by the caller) for {@code period}, as a new message. */
    public Outgoing show(Incoming in, Actor actor, OrgUnit unit, Period period) {
        return view(in, unit, period, 0, actor, false);
    }

    /** /chuahop: the cells under the person's committee that have not met this month. */
    public List<Outgoing> notMet(Incoming in, Actor actor) {
        Optional<OrgUnit> home = homes.of(actor);
        if (home.isEmpty() || !actor.followsCells()) {
            return List.of(Outgoing.text(in.chatId(), texts.t("status.leaders_only")));
        }
        return List.of(laggards.notMet(in.chatId(), home.get(), actor));
    }

    /** /quahan: overdue reports under the person's committee. */
    public List<Outgoing> overdue(Incoming in, Actor actor) {
        return laggards.overdue(in, actor, homes.of(actor));
    }

    /** A press on {@code s:<unit>:<period>:<view>}. */
    public List<Outgoing> press(Incoming in, Actor actor, String data) {
        String[] parts = data.split(":");
        Optional<OrgUnit> unit = parts.length == 4 && parts[1].matches("\\d{1,18}")
                ? units.find(Long.parseLong(parts[1]))
                : Optional.empty();
        Optional<Period> period = parts.length == 4 ? Period.parse(parts[2]) : Optional.empty();
        if (unit.isEmpty()
                || period.isEmpty()
                || !actor.hasRole()
                || !actor.scope().includes(unit.get())) {
            log.warn("User {} pressed a status button outside their scope or malformed: {}", in.userId(), data);
            return List.of(Outgoing.answer(in.chatId(), in.callbackId(), texts.t("button.stale"), false));
        }
        String view = parts[3];
        OrgUnit u = unit.get();
        Period p = period.get();
        Outgoing done = Outgoing.answer(in.chatId(), in.callbackId(), null, false);
        if (view.equals("c")) {
            return List.of(done, chart(in, u, p));
        }
        if (view.equals("x")) {
            return List.of(
                    done,
                    Outgoing.document(
                            in.chatId(),
                            "Tinh-hinh-" + p.code() + ".xlsx",
                            workbook.render(u, p),
                            texts.t("status.xlsx_caption", u.name(), label(p))));
        }
        if (view.equals("n")) {
            return List.of(done, laggards.notMet(in.chatId(), u, actor));
        }
        if (view.equals("z")) {
            return laggards.nudgeAll(in, u, actor);
        }
        if (view.startsWith("d") && view.substring(1).matches("\\d{1,18}")) {
            return cellRecord.minutes(in, actor, Long.parseLong(view.substring(1)));
        }
        int page = view.matches("o\\d{1,4}") ? Integer.parseInt(view.substring(1)) : 0;
        return List.of(done, view(in, u, p, page, actor, true));
    }

    /** The status message: a new one, or the pressed one edited in place; the overview is read once for text and buttons. */
    private Outgoing view(Incoming in, OrgUnit unit, Period period, int page, Actor actor, boolean edit) {
        Overview o = unit.isCell() ? null : queries.overview(unit, period);
        String text = unit.isCell() ? cellRecord.text(unit, period) : overviewText.render(o, period);
        List<List<Button>> buttons = buttons(unit, o, period, page, actor);
        return edit && in.messageId() != null
                ? Outgoing.edit(in.chatId(), in.messageId(), text, buttons)
                : Outgoing.text(in.chatId(), text, buttons);
    }

    private List<List<Button>> buttons(OrgUnit unit, Overview o, Period period, int page, Actor actor) {
        List<List<Button>> rows = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        rows.add(List.of(
                button(texts.t("status.period.month"), unit, Period.month(YearMonth.from(today)), "o"),
                button(texts.t("status.period.quarter"), unit, Period.quarterOf(today), "o"),
                button(texts.t("status.period.year"), unit, Period.year(today.getYear()), "o")));
        if (period.kind() == Period.Kind.MONTH) {
            YearMonth shown = YearMonth.of(period.year(), period.number());
            List<Button> months = new ArrayList<>(
                    List.of(button(texts.t("status.period.previous"), unit, Period.month(shown.minusMonths(1)), "o")));
            if (shown.isBefore(YearMonth.from(today))) {
                months.add(button(texts.t("status.period.next"), unit, Period.month(shown.plusMonths(1)), "o"));
            }
            rows.add(months);
        }
        if (!unit.isCell()) {
            List<Overview.Child> children = o.children().stream()
                    .sorted(Comparator.comparingInt(
                                    (Overview.Child c) -> c.monthly().percent())
                            .thenComparing(c -> c.unit().name()))
                    .toList();
            int pages = Math.max(1, (children.size() + CHILDREN_PER_PAGE - 1) / CHILDREN_PER_PAGE);
            int shown = Math.min(page, pages - 1);
            for (Overview.Child c : children.subList(
                    shown * CHILDREN_PER_PAGE, Math.min(children.size(), (shown + 1) * CHILDREN_PER_PAGE))) {
                rows.add(List.of(button(
                        texts.t(
                                "status.child",
                                c.unit().shortName(),
                                Integer.toString(c.monthly().done()),
                                Integer.toString(c.monthly().expected()),
                                Integer.toString(c.monthly().percent())),
                        c.unit(),
                        period,
                        "o")));
            }
            if (pages > 1) {
                List<Button> paging = new ArrayList<>();
                if (shown > 0) {
                    paging.add(button(texts.t("status.page.previous"), unit, period, "o" + (shown - 1)));
                }
                if (shown < pages - 1) {
                    paging.add(button(
                            texts.t("status.page.next", Integer.toString(shown + 2), Integer.toString(pages)),
                            unit,
                            period,
                            "o" + (shown + 1)));
                }
                rows.add(paging);
            }
            rows.add(List.of(
                    button(texts.t("status.chart"), unit, period, "c"),
                    button(texts.t("status.xlsx"), unit, period, "x")));
            if (actor.followsCells()) {
                rows.add(List.of(ReportView.button(texts.t("status.report", label(period)), unit, period)));
                rows.add(List.of(button(texts.t("status.not_met"), unit, Period.month(YearMonth.from(today)), "n")));
            }
        } else {
            rows.addAll(cellRecord.minutesButtons(unit, period));
        }
        Optional<OrgUnit> parent = unit.parentId() == null ? Optional.empty() : units.find(unit.parentId());
        if (parent.isPresent() && actor.scope().includes(parent.get())) {
            rows.add(List.of(button(texts.t("status.up", parent.get().shortName()), parent.get(), period, "o")));
        }
        return rows;
    }

    private Outgoing chart(Incoming in, OrgUnit unit, Period period) {
        List<String> labels = new ArrayList<>();
        List<Integer> percents = new ArrayList<>();
        String title;
        if (period.kind() == Period.Kind.YEAR || unit.isCell()) {
            for (YearMonth m : period.monthsBegunBy(LocalDate.now(clock))) {
                Overview.Tally t = queries.overview(unit, Period.month(m)).monthly();
                labels.add(texts.t("status.chart.month", Integer.toString(m.getMonthValue())));
                percents.add(t.percent());
            }
            title = texts.t("status.chart.by_month", unit.name(), label(period));
        } else {
            for (Overview.Child c : queries.overview(unit, period).children()) {
                labels.add(c.unit().shortName());
                percents.add(c.monthly().percent());
            }
            title = texts.t("status.chart.by_child", unit.name(), label(period));
        }
        byte[] png = StatusChart.bars(title, texts.t("status.chart.axis"), labels, percents);
        return Outgoing.photo(in.chatId(), "Bieu-do-" + period.code() + ".png", png, title);
    }

    String label(Period period) {
        return labels.of(period);
    }

    public static Button button(String label, OrgUnit unit, Period period, String view) {
        return Button.callback(label, CallbackData.of(PREFIX, unit.id(), period.code(), view));
    }
}
