package vn.chibo.content.report;

import static vn.chibo.content.report.ReportWords.r;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.chibo.content.commendation.AwardForm;
import vn.chibo.content.document.PartyDocx;
import vn.chibo.content.meeting.MeetingRules;
import vn.chibo.content.meeting.QualityScore;
import vn.chibo.content.org.LifeEvent;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.status.Period;

/**
 * The report draft a committee sends upward, as a .docx in Hướng dẫn 36-HD/VPTW's layout: every figure written
 * from {@link ReportFigures} in the forms the committees' own reports use ("41/61", "100%", "04 tập thể, 06 cá
 * nhân"), and clearly marked places for what only people can write (assessment, lessons, direction). Nothing is
 * estimated: a figure chibo does not hold is not written.
 */
public final class ReportDocument {

    /** Who the report is from and to: the upper body's name (null at the top), the place name, the day written. */
    public record Heading(String upperBody, String locality, LocalDate writtenOn) {}

    private ReportDocument() {}

    /** "tháng 11 năm 2026", "6 tháng đầu năm 2026", as the report writes the period. */
    public static String periodLabel(Period period) {
        return ReportWords.period(period);
    }

    /** "Tổng kết công tác xây dựng Đảng năm 2026". */
    public static String subject(Period period) {
        String label = ReportWords.period(period);
        return switch (period.kind()) {
            case MONTH -> r("subject.month", label);
            case QUARTER -> r("subject.quarter", label);
            case HALF -> r("subject.half", label);
            case YEAR -> r("subject.year", label);
            case RANGE -> r("subject.range", label);
        };
    }

    /** "Bao-cao-Tong-ket-cong-tac-xay-dung-Dang-nam-2026.docx". */
    public static String fileName(Period period, String extension) {
        return PartyDocx.fileName(r("file", subject(period))) + "." + extension;
    }

    public static byte[] render(Heading heading, ReportFigures f, MeetingRules rules) {
        try (PartyDocx doc = new PartyDocx()) {
            doc.heading(
                    heading.upperBody(),
                    f.unit().name(),
                    r("number"),
                    PartyDocx.placeAndDate(heading.locality(), heading.writtenOn()));
            doc.title(r("type"), subject(f.period()));
            doc.text(r("intro", f.unit().name(), ReportWords.period(f.period())));

            doc.section(r("section.organisation"));
            if (f.unit().isCell()) {
                doc.text(r("organisations.cell", f.unit().name()));
            } else {
                doc.text(r(
                        "organisations",
                        f.unit().name(),
                        f.committeesBelow() + f.cellsBelow(),
                        f.committeesBelow(),
                        f.cellsBelow(),
                        f.cells()));
            }
            int away = f.members().get(MemberStatus.AWAY);
            int suspended = f.members().get(MemberStatus.SUSPENDED);
            Object[] figures = {
                f.membersTotal(),
                f.members().get(MemberStatus.OFFICIAL),
                f.members().get(MemberStatus.PROBATIONARY),
                f.members().get(MemberStatus.EXEMPT),
                away,
                suspended
            };
            doc.text(away + suspended == 0 ? r("members", figures) : r("members_all", figures));
            doc.text(r(
                    "changes",
                    f.changes().joined(),
                    f.changes().transferred(),
                    f.changes().removed()));
            var changes = f.changes();
            doc.text(r(
                    "life",
                    changes.life(LifeEvent.ADMITTED),
                    changes.life(LifeEvent.RECOGNISED),
                    changes.life(LifeEvent.TRANSFERRED),
                    changes.life(LifeEvent.DIED),
                    changes.life(LifeEvent.STRUCK_OFF),
                    changes.life(LifeEvent.EXPELLED),
                    changes.life(LifeEvent.RESIGNED)));

            doc.section(r("section.meetings"));
            doc.text(
                    f.period().kind() == Period.Kind.MONTH
                            ? r(
                                    "monthly.one",
                                    f.monthly().done(),
                                    f.monthly().expected(),
                                    ReportWords.percent(f.monthly()))
                            : r(
                                    "monthly.many",
                                    f.monthly().done(),
                                    f.monthly().expected(),
                                    ReportWords.percent(f.monthly())));
            doc.text(r(
                    "thematic",
                    f.thematic().done(),
                    f.thematic().expected(),
                    ReportWords.percent(f.thematic()),
                    f.thematicForums()));
            doc.text(r("forums", f.forums()));
            if (f.planning() != null) {
                ReportFigures.Planning p = f.planning();
                doc.text(r(
                        "plan",
                        p.year(),
                        p.registered(),
                        p.asked(),
                        ReportWords.percent(p.registered(), p.asked()),
                        p.topicsHeld(),
                        p.topicsDue()));
            }
            ReportFigures.PartyDues dues = f.partyDues();
            doc.text(
                    dues.recorded() == 0
                            ? r("dues.none")
                            : r(
                                    "dues",
                                    dues.paid(),
                                    dues.recorded(),
                                    ReportWords.percent(dues.paid(), dues.recorded())));
            int scored = f.qualityBands().values().stream()
                    .mapToInt(Integer::intValue)
                    .sum();
            doc.text(
                    scored == 0
                            ? r("quality.none")
                            : r(
                                    "quality",
                                    f.qualityBands().get(QualityScore.Band.TOT),
                                    f.qualityBands().get(QualityScore.Band.KHA),
                                    f.qualityBands().get(QualityScore.Band.TRUNG_BINH),
                                    f.qualityBands().get(QualityScore.Band.KEM)));

            doc.section(r("section.reports"));
            ReportFigures.Submissions s = f.submissions();
            doc.text(
                    s.expected() == 0
                            ? r("reports.none")
                            : r(
                                    "reports",
                                    s.onTime() + s.late(),
                                    s.expected(),
                                    ReportWords.percent(s.onTime() + s.late(), s.expected()),
                                    s.onTime(),
                                    s.late(),
                                    s.missing()));

            doc.section(r("section.awards"));
            awards(doc, f);

            doc.section(r("section.absences"));
            doc.text(r(
                    "absences",
                    f.absentAtWarning(),
                    rules.absenceWarnMonths(),
                    f.absentAtRemoval(),
                    rules.absenceRemovalMonths()));

            boolean review = f.period().kind() == Period.Kind.HALF || f.period().kind() == Period.Kind.YEAR;
            doc.section(r("section.assessment"));
            doc.text(r("to_write", r("to_write.assessment")));
            if (review) {
                doc.section(r("section.lessons"));
                doc.text(r("to_write", r("to_write.lessons")));
            }
            doc.section(review ? r("section.direction.long") : r("section.direction.short"));
            doc.text(r("to_write", r("to_write.direction")));
            doc.gap();
            doc.text(r(
                    "source", heading.writtenOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))));

            List<String> recipients = new ArrayList<>();
            recipients.add(r("recipients"));
            if (heading.upperBody() != null && !heading.upperBody().isBlank()) {
                recipients.add(r("recipient.upper", heading.upperBody()));
            }
            if (!f.unit().isCell()) {
                recipients.add(r("recipient.below"));
            }
            recipients.add(r("recipient.file"));
            doc.recipientsAndSignature(
                    recipients,
                    List.of(r("for_the_committee"), r("secretary"), r("sign.note"), "", "", "..................."));
            return doc.bytes();
        }
    }

    private static void awards(PartyDocx doc, ReportFigures f) {
        if (f.awardsTotal() == 0) {
            doc.text(r("awards.none"));
            return;
        }
        for (AwardForm form : AwardForm.values()) {
            ReportFigures.Tally t = f.awardsByForm().get(form);
            if (t != null && t.total() > 0) {
                doc.text(r(
                        "awards.form",
                        form.vietnamese(),
                        ReportWords.two(t.collectives()),
                        ReportWords.two(t.persons())));
            }
        }
        doc.text(r("awards.by_issuer"));
        for (ReportFigures.IssuerAwards i : f.awardsByIssuer()) {
            doc.text(r(
                    "awards.issuer",
                    i.issuer(),
                    i.form().vietnamese(),
                    ReportWords.two(i.tally().collectives()),
                    ReportWords.two(i.tally().persons())));
        }
        if (!f.badgesByYears().isEmpty()) {
            doc.text(r(
                    "awards.badges",
                    f.badgesByYears().entrySet().stream()
                            .map(e -> r("awards.badge_years", e.getKey(), ReportWords.two(e.getValue())))
                            .collect(Collectors.joining("; "))));
        }
    }
}
