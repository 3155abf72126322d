package vn.chibo.content.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignment;
import vn.chibo.content.audit.AuditLog;
import vn.chibo.content.commendation.AwardForm;
import vn.chibo.content.commendation.Commendation;
import vn.chibo.content.commendation.Commendations;
import vn.chibo.content.deadline.Deadline;
import vn.chibo.content.deadline.Deadlines;
import vn.chibo.content.dues.Channel;
import vn.chibo.content.dues.Dues;
import vn.chibo.content.meeting.Attendance;
import vn.chibo.content.meeting.MeetingKind;
import vn.chibo.content.meeting.MeetingRecord;
import vn.chibo.content.meeting.MeetingRules;
import vn.chibo.content.meeting.Meetings;
import vn.chibo.content.meeting.Presence;
import vn.chibo.content.meeting.QualityScore;
import vn.chibo.content.meeting.Votes;
import vn.chibo.content.org.LifeEvent;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.MemberEvents;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;
import vn.chibo.content.plan.AnnualPlan;
import vn.chibo.content.plan.OpenPlan;
import vn.chibo.content.plan.RegisterPlan;
import vn.chibo.content.plan.Registration;
import vn.chibo.content.status.Overview;
import vn.chibo.content.status.Period;

/**
 * A three-level tree is seeded (a top committee, a sub-committee with two cells, a cell right under the top) with a
 * year of meetings, commendations, a deadline and its submissions, member changes and absences; every figure of the
 * year report, and of the Word and Excel files, equals a count the test makes from what it seeded. The clock is
 * 24/11/2026.
 */
@SpringBootTest
@Transactional
class ReportQueriesTest {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Period YEAR = Period.year(2026);

    @Autowired
    ReportQueries queries;

    @Autowired
    OrgUnits units;

    @Autowired
    Members members;

    @Autowired
    Meetings meetings;

    @Autowired
    Commendations commendations;

    @Autowired
    Deadlines deadlines;

    @Autowired
    OpenPlan openPlan;

    @Autowired
    RegisterPlan registerPlan;

    @Autowired
    AuditLog audit;

    @Autowired
    Dues dues;

    @Autowired
    MemberEvents memberEvents;

    OrgUnit top;
    OrgUnit sub;
    OrgUnit cellA;
    OrgUnit cellB;
    OrgUnit cellC;
    Map<OrgUnit, List<Member>> people = new java.util.LinkedHashMap<>();

    /** What was seeded, to count from: kind, cell and quality score of each meeting. */
    record Seeded(OrgUnit cell, MeetingKind kind, LocalDate on, Integer score) {}

    List<Seeded> seeded = new ArrayList<>();
    List<Commendation> awards = new ArrayList<>();

    @BeforeEach
    void aThreeLevelTreeWithAYearOfRecords() {
        top = units.add(null, OrgKind.COMMITTEE, "Đảng bộ Khối Báo cáo", "ĐB Khối");
        sub = units.add(top.id(), OrgKind.COMMITTEE, "Đảng bộ Sở Tư pháp", "ĐB STP");
        cellA = units.add(sub.id(), OrgKind.CELL, "Chi bộ Văn phòng", "CB VP");
        cellB = units.add(sub.id(), OrgKind.CELL, "Chi bộ Thanh tra", "CB TT");
        cellC = units.add(top.id(), OrgKind.CELL, "Chi bộ Báo Nhân dân", "CB BND");
        people.put(
                cellA,
                List.of(
                        members.add(cellA, "Nguyễn Văn An", MemberStatus.OFFICIAL, LocalDate.of(1986, 5, 1)),
                        members.add(cellA, "Phạm Thị Hoa", MemberStatus.OFFICIAL, LocalDate.of(2000, 5, 1)),
                        members.add(cellA, "Lê Văn Cường", MemberStatus.OFFICIAL, null),
                        members.add(cellA, "Hoàng Văn Nam", MemberStatus.PROBATIONARY, null)));
        people.put(
                cellB,
                List.of(
                        members.add(cellB, "Trần Thị Bình", MemberStatus.OFFICIAL, null),
                        members.add(cellB, "Đỗ Văn Tư", MemberStatus.OFFICIAL, null),
                        members.add(cellB, "Vũ Thị Lan", MemberStatus.EXEMPT, LocalDate.of(1960, 1, 1))));
        people.put(
                cellC,
                List.of(
                        members.add(cellC, "Bùi Văn Sáu", MemberStatus.OFFICIAL, LocalDate.of(1986, 9, 1)),
                        members.add(cellC, "Hồ Thị Dung", MemberStatus.OFFICIAL, null)));

        // Cell A meets every month from January to November; Lê Văn Cường misses September and October without reason.
        for (int month = 1; month <= 11; month++) {
            Set<Long> away =
                    month == 9 || month == 10 ? Set.of(people.get(cellA).get(2).id()) : Set.of();
            meeting(cellA, MeetingKind.MONTHLY, LocalDate.of(2026, month, 10), 60 + month * 3, away);
        }
        meeting(cellA, MeetingKind.THEMATIC, LocalDate.of(2026, 3, 20), null, Set.of());
        // Cell B: a forum held as the thematic meeting of quarter 2, a plain forum, monthly in May and November.
        meeting(cellB, MeetingKind.THEMATIC_FORUM, LocalDate.of(2026, 5, 15), null, Set.of());
        meeting(cellB, MeetingKind.FORUM, LocalDate.of(2026, 10, 15), null, Set.of());
        meeting(cellB, MeetingKind.MONTHLY, LocalDate.of(2026, 5, 5), 95, Set.of());
        meeting(cellB, MeetingKind.MONTHLY, LocalDate.of(2026, 11, 5), 45, Set.of());
        // Cell C: combined meetings in August, September, October; Hồ Thị Dung away without reason each time.
        Set<Long> dung = Set.of(people.get(cellC).get(1).id());
        for (int month = 8; month <= 10; month++) {
            meeting(cellC, MeetingKind.COMBINED, LocalDate.of(2026, month, 12), 72, dung);
        }
        // A meeting of last year is outside the period.
        meeting(cellC, MeetingKind.MONTHLY, LocalDate.of(2025, 12, 12), 99, Set.of());

        award(cellA, null, AwardForm.MERIT, null, "Thủ tướng Chính phủ", LocalDate.of(2026, 2, 3));
        award(cellA, people.get(cellA).get(0), AwardForm.MERIT, null, "Thủ tướng Chính phủ", LocalDate.of(2026, 2, 3));
        award(cellA, people.get(cellA).get(1), AwardForm.MERIT, null, "Thủ tướng Chính phủ", LocalDate.of(2026, 2, 3));
        award(
                cellB,
                people.get(cellB).get(0),
                AwardForm.COMMENDATION,
                null,
                "Đảng ủy Sở Tư pháp",
                LocalDate.of(2026, 6, 1));
        award(cellB, null, AwardForm.COMMENDATION, null, "Đảng ủy Sở Tư pháp", LocalDate.of(2026, 6, 1));
        award(cellC, people.get(cellC).get(0), AwardForm.BADGE, 40, "Ban Thường vụ Tỉnh ủy", LocalDate.of(2026, 9, 2));
        award(cellB, people.get(cellB).get(2), AwardForm.BADGE, 65, "Ban Thường vụ Tỉnh ủy", LocalDate.of(2026, 2, 3));
        commendations.record(awards, 1L);
        // Last year's decision is outside the period.
        commendations.record(
                List.of(new Commendation(
                        cellC.id(),
                        null,
                        cellC.name(),
                        AwardForm.MERIT,
                        null,
                        null,
                        "Tỉnh ủy",
                        null,
                        null,
                        List.of(),
                        "1-QĐ/TU",
                        LocalDate.of(2025, 3, 1),
                        List.of())),
                1L);

        // A one-off report for every cell, due 31/10: A on time, B two days late, C missing.
        Deadline report = deadlines.create(
                top, "Báo cáo quý III", LocalDate.of(2026, 10, 31), 0, Deadline.Targets.CELLS, List.of(), null, 1L);
        deadlines.submitAt(report.id(), cellA.id(), LocalDate.of(2026, 10, 31), at(2026, 10, 30), 1L);
        deadlines.submitAt(report.id(), cellB.id(), LocalDate.of(2026, 10, 31), at(2026, 11, 2), 1L);
        // The half-year report for the top's direct subordinates, due 15/7: the sub-committee on time, cell C missing.
        // The sub-committee rolled it down to its cells, due 10/7, both on time: counted in its own report only.
        Deadline half = deadlines.create(
                top, "Báo cáo sơ kết", LocalDate.of(2026, 7, 15), 0, Deadline.Targets.DIRECT, List.of(), null, 1L);
        deadlines.submitAt(half.id(), sub.id(), LocalDate.of(2026, 7, 15), at(2026, 7, 14), 1L);
        Deadline down = deadlines.create(
                sub, "Báo cáo sơ kết", LocalDate.of(2026, 7, 10), 0, Deadline.Targets.DIRECT, List.of(), half.id(), 1L);
        deadlines.submitAt(down.id(), cellA.id(), LocalDate.of(2026, 7, 10), at(2026, 7, 9), 1L);
        deadlines.submitAt(down.id(), cellB.id(), LocalDate.of(2026, 7, 10), at(2026, 7, 10), 1L);

        // The top's plan for 2026: the sub-committee registered topics, of which its cells held the first two
        // quarters' (A in March, B's forum in May); cell C did not register.
        Actor topOffice = new Actor(9001, "Hà", new RoleAssignment(91, Role.OFFICE, top, "Vũ Thu Hà", 9001L), false);
        Actor subOffice =
                new Actor(9002, "Minh", new RoleAssignment(92, Role.OFFICE, sub, "Đỗ Văn Minh", 9002L), false);
        var plan = ((OpenPlan.Result.Done) openPlan.run(
                        new OpenPlan.Command(2026, LocalDate.of(2026, 12, 1), AnnualPlan.Targets.DIRECT), topOffice))
                .plan();
        registerPlan.run(
                new Registration(
                        plan.id(),
                        sub.id(),
                        List.of("Chuyên đề tháng 3", "Chuyên đề tháng 5", "Chuyển đổi số", "Tổng kết năm"),
                        "Đoàn kết, trách nhiệm",
                        "Mỗi đảng viên một việc làm cụ thể",
                        null),
                subOffice);

        audit.record(1L, "Văn phòng", cellA.path(), "member.added", "Hoàng Văn Nam");
        audit.record(1L, "Văn phòng", cellC.path(), "member.added", "Hồ Thị Dung");
        audit.record(1L, "Văn phòng", cellB.path(), "member.transferred", "Đỗ Văn Tư");
        audit.record(1L, "Văn phòng", cellB.path(), "member.removed", "Ngô Văn Xuân");
        audit.record(1L, "Văn phòng", cellB.path(), "unit.renamed", "not a member change");

        // Life events: Hoàng Văn Nam admitted in February; Ngô Văn Xuân struck off in June (off the list, so not in
        // the counts of members); a death last December is outside the year.
        Member nam = people.get(cellA).get(3);
        memberEvents.record(
                nam, LifeEvent.ADMITTED, LocalDate.of(2026, 2, 1), MemberStatus.PROBATIONARY, null, null, 1L);
        Member xuan = members.add(cellB, "Ngô Văn Xuân", MemberStatus.OFFICIAL, null);
        memberEvents.record(xuan, LifeEvent.STRUCK_OFF, LocalDate.of(2026, 6, 3), null, "Bỏ sinh hoạt", "QĐ 7", 1L);
        members.leave(xuan, LifeEvent.STRUCK_OFF, LocalDate.of(2026, 6, 3));
        Member gone = members.add(cellC, "Lý Văn Bảy", MemberStatus.OFFICIAL, null);
        memberEvents.record(gone, LifeEvent.DIED, LocalDate.of(2025, 12, 20), null, null, null, 1L);
        members.leave(gone, LifeEvent.DIED, LocalDate.of(2025, 12, 20));

        // Dues: cell A in March and April, Lê Văn Cường unpaid both; cell C in May, all paid; last December is
        // outside the year.
        Set<Long> cuong = Set.of(people.get(cellA).get(2).id());
        dues.record(cellA.id(), java.time.YearMonth.of(2026, 3), cuong, Channel.CASH, 1L);
        dues.record(cellA.id(), java.time.YearMonth.of(2026, 4), cuong, Channel.ONLINE, 1L);
        dues.record(cellC.id(), java.time.YearMonth.of(2026, 5), Set.of(), Channel.CASH, 1L);
        dues.record(cellC.id(), java.time.YearMonth.of(2025, 12), Set.of(), Channel.CASH, 1L);
    }

    private static java.time.Instant at(int year, int month, int day) {
        return LocalDate.of(year, month, day).atTime(9, 0).atZone(VIETNAM).toInstant();
    }

    private void meeting(OrgUnit cell, MeetingKind kind, LocalDate on, Integer score, Set<Long> unexcused) {
        List<Member> in = people.get(cell);
        List<Attendance> attendance = in.stream()
                .map(m -> new Attendance(
                        m.id(),
                        m.fullName(),
                        m.status(),
                        unexcused.contains(m.id()) ? Presence.ABSENT_UNEXCUSED : Presence.PRESENT))
                .toList();
        var record = new MeetingRecord(
                cell.id(),
                kind,
                on,
                LocalTime.of(14, 0),
                LocalTime.of(16, 0),
                "Phòng họp",
                kind.hasTopic() ? "Chuyên đề tháng " + on.getMonthValue() : null,
                List.of(),
                attendance,
                null,
                in.get(0).id(),
                in.get(1).id(),
                null,
                "a",
                "b",
                "c",
                "d",
                new Votes(1, 0, 0),
                List.of());
        QualityScore.Outcome quality =
                score == null ? null : new QualityScore.Outcome(List.of(), score, QualityScore.Band.KEM);
        meetings.record(record, quality, 1L);
        if (!on.isBefore(YEAR.from())) {
            seeded.add(new Seeded(cell, kind, on, score));
        }
    }

    private void award(OrgUnit unit, Member member, AwardForm form, Integer years, String issuer, LocalDate on) {
        awards.add(new Commendation(
                unit.id(),
                member == null ? null : member.id(),
                member == null ? unit.name() : member.fullName(),
                form,
                null,
                years,
                issuer,
                null,
                null,
                List.of(),
                "1-QĐ",
                on,
                List.of()));
    }

    // ---- counts made from what was seeded -------------------------------------------------------------------

    private List<OrgUnit> cellsOf(OrgUnit unit) {
        return people.keySet().stream()
                .filter(c -> c.path().startsWith(unit.path()))
                .toList();
    }

    /** Cell-months with a monthly meeting, up to November (the clock's month). */
    private int monthlyHeld(OrgUnit unit) {
        return (int) seeded.stream()
                .filter(s -> s.cell().path().startsWith(unit.path()) && s.kind().isMonthly())
                .map(s -> s.cell().id() + ":" + s.on().getMonthValue())
                .distinct()
                .count();
    }

    private int thematicHeld(OrgUnit unit) {
        return (int) seeded.stream()
                .filter(s -> s.cell().path().startsWith(unit.path()) && s.kind().isThematic())
                .map(s -> s.cell().id() + ":" + (s.on().getMonthValue() - 1) / 3)
                .distinct()
                .count();
    }

    private int forums(OrgUnit unit) {
        return (int) seeded.stream()
                .filter(s -> s.cell().path().startsWith(unit.path()) && s.kind().isForum())
                .count();
    }

    private int band(OrgUnit unit, int from, int to) {
        return (int) seeded.stream()
                .filter(s -> s.cell().path().startsWith(unit.path())
                        && s.kind().isMonthly()
                        && s.score() != null
                        && s.score() >= from
                        && s.score() <= to)
                .count();
    }

    private ReportFigures.Tally awards(OrgUnit unit, AwardForm form) {
        List<Commendation> of = awards.stream()
                .filter(c -> c.form() == form && units.get(c.unitId()).path().startsWith(unit.path()))
                .toList();
        int persons = (int) of.stream().filter(c -> c.memberId() != null).count();
        return new ReportFigures.Tally(of.size() - persons, persons);
    }

    private int members(OrgUnit unit, MemberStatus status) {
        return (int) cellsOf(unit).stream()
                .flatMap(c -> people.get(c).stream())
                .filter(m -> m.status() == status)
                .count();
    }

    private void assertFiguresOf(ReportFigures f, OrgUnit unit) {
        int cells = cellsOf(unit).size();
        assertThat(f.cells()).isEqualTo(cells);
        assertThat(f.monthly()).isEqualTo(new Overview.Tally(monthlyHeld(unit), cells * 11));
        assertThat(f.thematic()).isEqualTo(new Overview.Tally(thematicHeld(unit), cells * 4));
        assertThat(f.forums()).isEqualTo(forums(unit));
        assertThat(f.qualityBands().get(QualityScore.Band.TOT)).isEqualTo(band(unit, 90, 100));
        assertThat(f.qualityBands().get(QualityScore.Band.KHA)).isEqualTo(band(unit, 70, 89));
        assertThat(f.qualityBands().get(QualityScore.Band.TRUNG_BINH)).isEqualTo(band(unit, 50, 69));
        assertThat(f.qualityBands().get(QualityScore.Band.KEM)).isEqualTo(band(unit, 0, 49));
        for (AwardForm form : List.of(AwardForm.MERIT, AwardForm.COMMENDATION, AwardForm.BADGE)) {
            ReportFigures.Tally expected = awards(unit, form);
            assertThat(f.awardsByForm().getOrDefault(form, new ReportFigures.Tally(0, 0)))
                    .as(form.name())
                    .isEqualTo(expected);
        }
        for (MemberStatus status : MemberStatus.values()) {
            assertThat(f.members().get(status)).as(status.name()).isEqualTo(members(unit, status));
        }
    }

    @Test
    void everyFigureOfTheYearReportIsACountOfWhatWasSeeded() {
        ReportQueries.Report report = queries.report(top, YEAR);
        ReportFigures total = report.total();

        assertThat(total.committeesBelow()).isEqualTo(1);
        assertThat(total.cellsBelow()).isEqualTo(1);
        assertFiguresOf(total, top);
        assertThat(report.rows()).extracting(r -> r.unit().id()).containsExactlyInAnyOrder(sub.id(), cellC.id());
        for (ReportFigures row : report.rows()) {
            assertFiguresOf(row, row.unit().id() == sub.id() ? sub : cellC);
        }
        assertThat(total.thematicForums()).isEqualTo(1);
        // Quarterly, every cell: A on time, B late, C missing. Half-year, the direct subordinates: the sub-committee
        // on time, C missing. The sub-committee's own roll-down counts in its report, not here.
        assertThat(total.submissions()).isEqualTo(new ReportFigures.Submissions(5, 2, 1, 2));
        assertThat(total.badgesByYears()).containsExactly(Map.entry(40, 1), Map.entry(65, 1));
        assertThat(total.awardsByIssuer())
                .contains(new ReportFigures.IssuerAwards(
                        "Thủ tướng Chính phủ", AwardForm.MERIT, new ReportFigures.Tally(1, 2)))
                .contains(new ReportFigures.IssuerAwards(
                        "Đảng ủy Sở Tư pháp", AwardForm.COMMENDATION, new ReportFigures.Tally(1, 1)));
        assertThat(total.changes())
                .extracting(
                        ReportFigures.Changes::joined,
                        ReportFigures.Changes::transferred,
                        ReportFigures.Changes::removed)
                .containsExactly(2, 1, 1);
        assertThat(total.changes().life(LifeEvent.ADMITTED)).isEqualTo(1);
        assertThat(total.changes().life(LifeEvent.STRUCK_OFF)).isEqualTo(1);
        assertThat(total.changes().life(LifeEvent.DIED)).as("last December").isZero();
        assertThat(total.changes().left()).isEqualTo(1);
        assertThat(total.absentAtWarning()).as("Lê Văn Cường: 2 months").isEqualTo(1);
        assertThat(total.absentAtRemoval()).as("Hồ Thị Dung: 3 months").isEqualTo(1);
        ReportFigures subRow = report.rows().stream()
                .filter(r -> r.unit().id() == sub.id())
                .findFirst()
                .orElseThrow();
        assertThat(subRow.absentAtRemoval()).isZero();
        int a = members.ofCell(cellA.id()).size();
        int c = members.ofCell(cellC.id()).size();
        assertThat(total.partyDues())
                .as("March and April for cell A's members, one unpaid; May for cell C's")
                .isEqualTo(new ReportFigures.PartyDues(2 * (a - 1) + c, 2 * a + c));
        assertThat(subRow.partyDues()).isEqualTo(new ReportFigures.PartyDues(2 * (a - 1), 2 * a));
        assertThat(total.planning()).isEqualTo(new ReportFigures.Planning(2026, 1, 2, 2, 4));
        assertThat(subRow.planning()).isEqualTo(new ReportFigures.Planning(2026, 1, 1, 2, 4));
        assertThat(subRow.submissions()).isEqualTo(new ReportFigures.Submissions(3, 2, 1, 0));
        assertThat(queries.report(sub, YEAR).total().submissions())
                .as("its cells' quarterly reports, its own half-year one, its cells' half-year ones")
                .isEqualTo(new ReportFigures.Submissions(5, 4, 1, 0));
    }

    @Test
    void theWordDraftWritesTheFiguresInTheCommitteesFormsAndLeavesTheJudgementsToPeople() throws Exception {
        ReportQueries.Report report = queries.report(top, YEAR);
        byte[] docx = ReportDocument.render(
                new ReportDocument.Heading(null, "Hà Nội", LocalDate.of(2026, 11, 24)),
                report.total(),
                MeetingRules.standard());

        String text;
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
                var extractor = new XWPFWordExtractor(document)) {
            text = extractor.getText();
        }
        int monthly = monthlyHeld(top);
        assertThat(text)
                .contains("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG BỘ KHỐI BÁO CÁO", "Hà Nội, ngày 24 tháng 11 năm 2026")
                .contains("BÁO CÁO", "Tổng kết công tác xây dựng Đảng năm 2026")
                .contains(
                        "Đảng bộ Khối Báo cáo có 2 tổ chức đảng trực thuộc (1 đảng bộ, 1 chi bộ), với tổng số 3 chi bộ.")
                .contains("Tổng số đảng viên: 9 đồng chí (chính thức: 7; dự bị: 1; miễn sinh hoạt: 1).")
                .contains(
                        "bổ sung 2 đảng viên vào danh sách; chuyển sinh hoạt 1 đồng chí; đưa ra khỏi danh sách 1 đồng chí")
                .contains("Biến động đảng viên trong kỳ: kết nạp 1; công nhận đảng viên chính thức 0; chuyển sinh hoạt"
                        + " đảng đi 0; từ trần 0; xóa tên 1; khai trừ 0; xin ra khỏi Đảng 0.")
                .contains("các chi bộ đã tổ chức " + monthly
                        + "/33 buổi sinh hoạt phải tổ chức, mỗi chi bộ mỗi tháng một buổi ("
                        + Math.round(100.0 * monthly / 33) + "%).")
                .contains("Sinh hoạt chuyên đề: " + thematicHeld(top) + "/12 buổi")
                .contains("trong đó 1 buổi tổ chức theo hình thức diễn đàn.")
                .contains("Sinh hoạt theo hình thức diễn đàn: 2 buổi.")
                .contains("Thu nộp đảng phí: "
                        + (2 * (members.ofCell(cellA.id()).size() - 1)
                                + members.ofCell(cellC.id()).size()) + "/"
                        + (2 * members.ofCell(cellA.id()).size()
                                + members.ofCell(cellC.id()).size())
                        + " lượt đảng viên - tháng đã nộp (")
                .contains(
                        "Kế hoạch sinh hoạt chuyên đề năm 2026: 1/2 tổ chức đảng đã xây dựng kế hoạch và đăng ký mô hình"
                                + " “học tập và làm theo” (50%); 2/4 chuyên đề theo kế hoạch đã được tổ chức.")
                .contains("3/5 báo cáo đến hạn đã nộp (60%): đúng hạn 2, chậm hạn 1; chưa nộp 2.")
                .contains("- Bằng khen: 01 tập thể, 02 cá nhân.", "- Giấy khen: 01 tập thể, 01 cá nhân.")
                .contains("- Thủ tướng Chính phủ tặng Bằng khen: 01 tập thể, 02 cá nhân.")
                .contains("Huy hiệu Đảng: 40 năm: 01 đồng chí; 65 năm: 01 đồng chí.")
                .contains("1 đảng viên vắng sinh hoạt không có lý do từ 2 tháng", "1 đảng viên từ 3 tháng trở lên")
                .contains("[Văn phòng bổ sung: ưu điểm, hạn chế và nguyên nhân]")
                .contains("VII. BÀI HỌC KINH NGHIỆM", "VIII. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI")
                .contains("T/M ĐẢNG ỦY", "BÍ THƯ");
        assertThat(ReportDocument.fileName(YEAR, "docx"))
                .isEqualTo("Bao-cao-Tong-ket-cong-tac-xay-dung-Dang-nam-2026.docx");
    }

    @Test
    void theWorkbookHasARowPerSubordinateAndTheTotalTheyAddUpTo() throws Exception {
        ReportQueries.Report report = queries.report(top, YEAR);
        byte[] xlsx = ReportWorkbook.render(report);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet summary = workbook.getSheet("Tổng hợp");
            int header = 2;
            List<String> columns = new ArrayList<>();
            summary.getRow(header).forEach(c -> columns.add(c.getStringCellValue()));
            assertThat(columns).startsWith("STT", "Tổ chức đảng", "Loại", "Số chi bộ", "Đảng viên");
            List<Row> rows = new ArrayList<>();
            for (int i = header + 1; i <= summary.getLastRowNum(); i++) {
                rows.add(summary.getRow(i));
            }
            assertThat(rows).hasSize(3);
            Set<String> names = rows.subList(0, 2).stream()
                    .map(r -> r.getCell(1).getStringCellValue())
                    .collect(Collectors.toSet());
            assertThat(names).containsExactlyInAnyOrder(sub.name(), cellC.name());
            Row total = rows.get(2);
            assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
            int monthlyDone = columns.indexOf("SH thường kỳ đã họp");
            int membersColumn = columns.indexOf("Đảng viên");
            for (int column : List.of(
                    monthlyDone,
                    membersColumn,
                    columns.indexOf("Diễn đàn"),
                    columns.indexOf("Nộp chậm"),
                    columns.indexOf("Đảng phí: lượt đã nộp"))) {
                double sum = rows.get(0).getCell(column).getNumericCellValue()
                        + rows.get(1).getCell(column).getNumericCellValue();
                assertThat(total.getCell(column).getNumericCellValue())
                        .as(columns.get(column))
                        .isEqualTo(sum);
            }
            assertThat(total.getCell(monthlyDone).getNumericCellValue()).isEqualTo(monthlyHeld(top));
            assertThat(total.getCell(membersColumn).getNumericCellValue()).isEqualTo(9);
            assertThat(workbook.getSheet("Huy hiệu Đảng").getRow(3).getCell(0).getNumericCellValue())
                    .isEqualTo(40);
            for (int column : List.of(
                    columns.indexOf("Đăng ký kế hoạch năm"), columns.indexOf("Chuyên đề theo kế hoạch đã họp"))) {
                assertThat(total.getCell(column).getNumericCellValue())
                        .as(columns.get(column))
                        .isEqualTo(rows.get(0).getCell(column).getNumericCellValue()
                                + rows.get(1).getCell(column).getNumericCellValue());
            }
            Sheet plan = workbook.getSheet("Kế hoạch chuyên đề");
            List<String> lines = new ArrayList<>();
            for (int i = header + 1; i <= plan.getLastRowNum(); i++) {
                Row row = plan.getRow(i);
                lines.add(row.getCell(1).getStringCellValue() + " | "
                        + row.getCell(4).getStringCellValue() + " | "
                        + row.getCell(5).getStringCellValue());
            }
            assertThat(lines)
                    .containsExactlyInAnyOrder(
                            sub.name() + " | Chuyên đề tháng 3 | Đã tổ chức",
                            sub.name() + " | Chuyên đề tháng 5 | Đã tổ chức",
                            sub.name() + " | Chuyển đổi số | Chưa tổ chức",
                            sub.name() + " | Tổng kết năm | Chưa tổ chức",
                            cellC.name() + " |  | ");
            assertThat(plan.getRow(header + 1).getCell(2).getStringCellValue())
                    .isIn("Đoàn kết, trách nhiệm", "Chưa đăng ký");
        }
    }

    @Test
    void aSubCommitteesQuarterReportCountsOnlyItsOwnCells() {
        ReportFigures f =
                queries.report(sub, Period.quarterOf(LocalDate.of(2026, 5, 1))).total();

        assertThat(f.cells()).isEqualTo(2);
        assertThat(f.monthly()).isEqualTo(new Overview.Tally(4, 6));
        assertThat(f.thematic()).isEqualTo(new Overview.Tally(1, 2));
        assertThat(f.forums()).isEqualTo(1);
        assertThat(f.awardsByForm().get(AwardForm.COMMENDATION)).isEqualTo(new ReportFigures.Tally(1, 1));
        assertThat(f.awardsByForm()).doesNotContainKey(AwardForm.MERIT);
    }
}
