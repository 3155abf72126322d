package vn.chibo.content.report;

import static vn.chibo.content.report.ReportWords.r;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.chibo.content.commendation.AwardForm;
import vn.chibo.content.meeting.QualityScore;
import vn.chibo.content.org.LifeEvent;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.plan.Plans;
import vn.chibo.content.plan.Registration;
import vn.chibo.content.sheet.PrintedSheet;

/**
 * The figures behind every sentence of the report as an .xlsx: one row per directly subordinate organisation and a
 * total row (the unit's own count, which the rows add up to), then commendations by issuer and form, then Huy hiệu
 * Đảng by years. Laid out for print ({@link PrintedSheet}).
 */
public final class ReportWorkbook {

    /** The summary sheet's columns, by their bundle key. */
    public static final List<String> COLUMNS = List.of(
            "no",
            "unit",
            "kind",
            "cells",
            "members",
            "official",
            "probationary",
            "exempt",
            "monthly_done",
            "monthly_due",
            "monthly_pct",
            "thematic_done",
            "thematic_due",
            "forums",
            "plan_registered",
            "plan_asked",
            "plan_topics_held",
            "plan_topics_due",
            "tot",
            "kha",
            "trung_binh",
            "kem",
            "reports_due",
            "on_time",
            "late",
            "missing",
            "award_collectives",
            "award_persons",
            "badges",
            "absent_warning",
            "absent_removal",
            "dues_paid",
            "dues_recorded",
            "away",
            "suspended",
            "admitted",
            "recognised",
            "left");

    private ReportWorkbook() {}

    /**
     * Which planned topics were held: each organisation asked, each quarter begun, its registered topic and whether a
     * thematic meeting on it was held in that quarter; an organisation that did not register is one line saying so.
     */
    private static void plan(XSSFWorkbook workbook, Plans.Progress plan, String unit) {
        PrintedSheet sheet = new PrintedSheet(
                workbook,
                r("sheet.plan"),
                r("sheet.plan.title", plan.plan().year(), unit),
                new String[] {
                    r("col.no"), r("col.unit"), r("col.model"), r("col.quarter"), r("col.topic"), r("col.held")
                },
                new int[] {5, 36, 28, 8, 44, 14});
        int n = 1;
        for (OrgUnit asked : plan.asked()) {
            Registration registration = plan.registered().get(asked.id());
            if (registration == null) {
                sheet.line()
                        .number(n++)
                        .text(asked.name())
                        .text(r("plan.not_registered"))
                        .text("")
                        .text("")
                        .text("");
                continue;
            }
            List<Boolean> held = plan.topics().get(asked.id()).quarters();
            for (int q = 1; q <= 4; q++) {
                String done =
                        q > held.size() ? r("plan.not_due") : held.get(q - 1) ? r("plan.held") : r("plan.not_held");
                sheet.line()
                        .number(n++)
                        .text(asked.name())
                        .text(registration.modelName())
                        .number(q)
                        .text(registration.topic(q))
                        .text(done);
            }
        }
        sheet.finish();
    }

    public static byte[] render(ReportQueries.Report report) {
        ReportFigures total = report.total();
        String period = ReportWords.period(total.period());
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            int[] widths = COLUMNS.stream()
                    .mapToInt(c -> c.equals("unit") ? 36 : c.equals("no") ? 5 : 11)
                    .toArray();
            PrintedSheet summary = new PrintedSheet(
                    workbook,
                    r("sheet.summary"),
                    r("sheet.summary.title", period, total.unit().name()),
                    COLUMNS.stream().map(c -> r("col." + c)).toArray(String[]::new),
                    widths);
            int n = 1;
            List<ReportFigures> rows = new ArrayList<>(report.rows());
            for (ReportFigures row : rows) {
                line(summary.line().number(n++), row, row.unit().name());
            }
            line(summary.line().text(""), total, r("total"));
            summary.finish();

            PrintedSheet awards = new PrintedSheet(
                    workbook,
                    r("sheet.awards"),
                    r("sheet.awards.title", total.unit().name(), period),
                    new String[] {r("col.no"), r("col.issuer"), r("col.form"), r("col.collectives"), r("col.persons")},
                    new int[] {5, 40, 20, 12, 12});
            n = 1;
            for (ReportFigures.IssuerAwards i : total.awardsByIssuer()) {
                awards.line()
                        .number(n++)
                        .text(i.issuer())
                        .text(i.form().vietnamese())
                        .number(i.tally().collectives())
                        .number(i.tally().persons());
            }
            for (AwardForm form : AwardForm.values()) {
                ReportFigures.Tally t = total.awardsByForm().get(form);
                if (t != null) {
                    awards.line()
                            .text("")
                            .text(r("total"))
                            .text(form.vietnamese())
                            .number(t.collectives())
                            .number(t.persons());
                }
            }
            awards.finish();

            PrintedSheet badges = new PrintedSheet(
                    workbook,
                    r("sheet.badges"),
                    r("sheet.badges.title", total.unit().name(), period),
                    new String[] {r("col.years"), r("col.count")},
                    new int[] {18, 14});
            total.badgesByYears()
                    .forEach((years, count) -> badges.line().number(years).number(count));
            badges.finish();

            if (report.plan() != null) {
                plan(workbook, report.plan(), total.unit().name());
            }

            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(PrintedSheet.Line line, ReportFigures f, String name) {
        ReportFigures.Submissions s = f.submissions();
        int collectives = f.awardsByForm().values().stream()
                .mapToInt(ReportFigures.Tally::collectives)
                .sum();
        int persons = f.awardsByForm().values().stream()
                .mapToInt(ReportFigures.Tally::persons)
                .sum();
        line.text(name)
                .text(f.unit().isCell() ? r("kind.cell") : r("kind.committee"))
                .number(f.cells())
                .number(f.membersTotal())
                .number(f.members().get(MemberStatus.OFFICIAL))
                .number(f.members().get(MemberStatus.PROBATIONARY))
                .number(f.members().get(MemberStatus.EXEMPT))
                .number(f.monthly().done())
                .number(f.monthly().expected())
                .number(f.monthly().percent())
                .number(f.thematic().done())
                .number(f.thematic().expected())
                .number(f.forums())
                .number(f.planning() == null ? 0 : f.planning().registered())
                .number(f.planning() == null ? 0 : f.planning().asked())
                .number(f.planning() == null ? 0 : f.planning().topicsHeld())
                .number(f.planning() == null ? 0 : f.planning().topicsDue())
                .number(f.qualityBands().get(QualityScore.Band.TOT))
                .number(f.qualityBands().get(QualityScore.Band.KHA))
                .number(f.qualityBands().get(QualityScore.Band.TRUNG_BINH))
                .number(f.qualityBands().get(QualityScore.Band.KEM))
                .number(s.expected())
                .number(s.onTime())
                .number(s.late())
                .number(s.missing())
                .number(collectives)
                .number(persons)
                .number(f.badgesByYears().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .number(f.absentAtWarning())
                .number(f.absentAtRemoval())
                .number(f.partyDues().paid())
                .number(f.partyDues().recorded())
                .number(f.members().get(MemberStatus.AWAY))
                .number(f.members().get(MemberStatus.SUSPENDED))
                .number(f.changes().life(LifeEvent.ADMITTED))
                .number(f.changes().life(LifeEvent.RECOGNISED))
                .number(f.changes().left());
    }
}
