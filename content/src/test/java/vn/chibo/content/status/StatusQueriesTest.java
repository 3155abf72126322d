package vn.chibo.content.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.content.TestClock;
import vn.chibo.content.deadline.Deadline;
import vn.chibo.content.deadline.Deadlines;
import vn.chibo.content.meeting.Attendance;
import vn.chibo.content.meeting.MeetingKind;
import vn.chibo.content.meeting.MeetingRecord;
import vn.chibo.content.meeting.Meetings;
import vn.chibo.content.meeting.Presence;
import vn.chibo.content.meeting.Votes;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

/**
 * The status queries on the real H2, for a committee wide enough to be read by date (the top) and for a
 * sub-committee and a cell narrow enough to be read cell by cell: both ways must give the same, hand-counted
 * answers. Today is 24/11/2026 (TestClock): the month is November, the quarter Q4.
 */
@SpringBootTest
@Transactional
class StatusQueriesTest {

    static final Period NOVEMBER = Period.month(YearMonth.of(2026, 11));

    @Autowired
    StatusQueries status;

    @Autowired
    OrgUnits units;

    @Autowired
    Members members;

    @Autowired
    Meetings meetings;

    @Autowired
    Deadlines deadlines;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    OrgUnit top;
    OrgUnit a;
    OrgUnit big;
    OrgUnit a1;
    OrgUnit a2;
    List<OrgUnit> bigCells = new ArrayList<>();
    long deletedMeeting;

    @BeforeEach
    void aSmallSubCommitteeBesideABigOne() {
        clock.set(Instant.parse("2026-11-24T02:00:00Z")); // other tests in this context move the clock
        // Sized so that the top holds at least a quarter of all cells in the database (read by date) while A's two
        // cells stay far below a quarter (read cell by cell), whatever other tests have committed.
        int existing = jdbc.sql("SELECT COUNT(*) FROM org_unit WHERE kind = 'CELL'")
                .query(Integer.class)
                .single();
        int bigSize = Math.max(30, existing / 3 + 1);
        top = units.add(null, OrgKind.COMMITTEE, "Đảng bộ Khối", "ĐB Khối");
        a = units.add(top.id(), OrgKind.COMMITTEE, "Đảng bộ Sở A", "ĐB A");
        big = units.add(top.id(), OrgKind.COMMITTEE, "Đảng bộ Sở Lớn", "ĐB L");
        a1 = units.add(a.id(), OrgKind.CELL, "Chi bộ A1", "CB A1");
        a2 = units.add(a.id(), OrgKind.CELL, "Chi bộ A2", "CB A2");
        for (int i = 0; i < bigSize; i++) {
            OrgUnit cell = units.add(big.id(), OrgKind.CELL, "Chi bộ L" + i, "CB L" + i);
            members.add(cell, "Đảng viên L" + i, MemberStatus.OFFICIAL, null);
            bigCells.add(cell);
        }
        Member an = members.add(a1, "Nguyễn Văn An", MemberStatus.OFFICIAL, null);
        Member hoa = members.add(a1, "Phạm Thị Hoa", MemberStatus.OFFICIAL, null);
        Member binh = members.add(a2, "Lê Văn Bình", MemberStatus.OFFICIAL, null);

        // A1: monthly in November and October (Hoa absent without reason both times), thematic in October.
        meeting(a1, MeetingKind.MONTHLY, LocalDate.of(2026, 11, 5), an, hoa, Presence.ABSENT_UNEXCUSED);
        meeting(a1, MeetingKind.MONTHLY, LocalDate.of(2026, 10, 3), an, hoa, Presence.ABSENT_UNEXCUSED);
        meeting(a1, MeetingKind.THEMATIC, LocalDate.of(2026, 10, 20), an, hoa, Presence.PRESENT);
        // A2: a combined meeting in November counts for both; a monthly one in September is deleted.
        meeting(a2, MeetingKind.COMBINED, LocalDate.of(2026, 11, 10), binh, null, null);
        deletedMeeting = meeting(a2, MeetingKind.MONTHLY, LocalDate.of(2026, 9, 10), binh, null, null);
        meetings.delete(deletedMeeting);
        // The big one: L0 met; L1's meeting was deleted; L2 held only a forum, which is not the monthly meeting.
        meeting(
                bigCells.get(0),
                MeetingKind.MONTHLY,
                LocalDate.of(2026, 11, 2),
                members.ofCell(bigCells.get(0).id()).get(0),
                null,
                null);
        meetings.delete(meeting(
                bigCells.get(1),
                MeetingKind.MONTHLY,
                LocalDate.of(2026, 11, 3),
                members.ofCell(bigCells.get(1).id()).get(0),
                null,
                null));
        meeting(
                bigCells.get(2),
                MeetingKind.FORUM,
                LocalDate.of(2026, 11, 4),
                members.ofCell(bigCells.get(2).id()).get(0),
                null,
                null);

        // The top's monthly report, due 20/11 for every cell: A1 and L0 submitted. A's own report for A2 only, due
        // 30/11.
        var monthly = deadlines.create(
                top, "Báo cáo tháng", LocalDate.of(2026, 11, 20), 0, Deadline.Targets.CELLS, List.of(), null, 1L);
        deadlines.submit(monthly.id(), a1.id(), LocalDate.of(2026, 11, 20), 1L);
        deadlines.submit(monthly.id(), bigCells.get(0).id(), LocalDate.of(2026, 11, 20), 1L);
        var ofA = deadlines.create(
                a,
                "Báo cáo chuyên đề",
                LocalDate.of(2026, 11, 30),
                0,
                Deadline.Targets.CHOSEN,
                List.of(a2.id()),
                null,
                1L);
        deadlines.submit(ofA.id(), a2.id(), LocalDate.of(2026, 11, 30), 1L);
    }

    long meeting(OrgUnit cell, MeetingKind kind, LocalDate day, Member first, Member second, Presence secondPresence) {
        List<Attendance> attendance = new ArrayList<>();
        attendance.add(new Attendance(first.id(), first.fullName(), first.status(), Presence.PRESENT));
        if (second != null) {
            attendance.add(new Attendance(second.id(), second.fullName(), second.status(), secondPresence));
        }
        return meetings.record(
                new MeetingRecord(
                        cell.id(),
                        kind,
                        day,
                        LocalTime.of(8, 0),
                        LocalTime.of(10, 0),
                        "Hội trường",
                        kind == MeetingKind.MONTHLY ? null : "Chuyên đề",
                        List.of(),
                        attendance,
                        null,
                        first.id(),
                        first.id(),
                        null,
                        "a",
                        "b",
                        "c",
                        "d",
                        new Votes(attendance.size(), 0, 0),
                        List.of()),
                null,
                1L);
    }

    @Test
    void theTopCommitteeCountsItsWholeTree() {
        int cells = 2 + bigCells.size();
        Overview o = status.overview(top, NOVEMBER);

        assertThat(o.cells()).isEqualTo(cells);
        assertThat(o.monthly()).isEqualTo(new Overview.Tally(3, cells)); // A1, A2 (combined), L0
        assertThat(o.thematic()).isEqualTo(new Overview.Tally(2, cells)); // A1 (October), A2 (combined)
        assertThat(o.flaggedMembers()).isEqualTo(1); // Hoa: October and November
        assertThat(o.deadlines())
                .containsExactly(
                        new Overview.DeadlineStatus(
                                o.deadlines().get(0).deadlineId(),
                                "Báo cáo tháng",
                                LocalDate.of(2026, 11, 20),
                                2,
                                cells,
                                true,
                                Deadline.Counted.CELLS),
                        new Overview.DeadlineStatus(
                                o.deadlines().get(1).deadlineId(),
                                "Báo cáo chuyên đề",
                                LocalDate.of(2026, 11, 30),
                                1,
                                1,
                                false,
                                Deadline.Counted.CELLS));
        assertThat(o.children())
                .extracting(
                        c -> c.unit().shortName(),
                        Overview.Child::cells,
                        Overview.Child::monthly,
                        Overview.Child::thematic)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "ĐB A", 2, new Overview.Tally(2, 2), new Overview.Tally(2, 2)),
                        org.assertj.core.groups.Tuple.tuple(
                                "ĐB L",
                                bigCells.size(),
                                new Overview.Tally(1, bigCells.size()),
                                new Overview.Tally(0, bigCells.size())));
    }

    @Test
    void aSubCommitteeCountsOnlyItsCellsAndSeesTheDeadlinesSetAboveIt() {
        Overview o = status.overview(a, NOVEMBER);

        assertThat(o.cells()).isEqualTo(2);
        assertThat(o.monthly()).isEqualTo(new Overview.Tally(2, 2));
        assertThat(o.thematic()).isEqualTo(new Overview.Tally(2, 2));
        assertThat(o.flaggedMembers()).isEqualTo(1);
        // The top's report counted for A's two cells only (A1 submitted), and A's own report.
        assertThat(o.deadlines())
                .extracting(
                        Overview.DeadlineStatus::title,
                        Overview.DeadlineStatus::submitted,
                        Overview.DeadlineStatus::total,
                        Overview.DeadlineStatus::overdue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Báo cáo tháng", 1, 2, true),
                        org.assertj.core.groups.Tuple.tuple("Báo cáo chuyên đề", 1, 1, false));
    }

    @Test
    void theBigSubCommitteeIsReadByDateYetKeepsOutItsNeighbour() {
        Overview o = status.overview(big, NOVEMBER);

        assertThat(o.monthly()).isEqualTo(new Overview.Tally(1, bigCells.size()));
        assertThat(o.thematic()).isEqualTo(new Overview.Tally(0, bigCells.size()));
        assertThat(o.flaggedMembers()).isZero(); // Hoa belongs to A
        assertThat(o.deadlines())
                .extracting(
                        Overview.DeadlineStatus::title,
                        Overview.DeadlineStatus::submitted,
                        Overview.DeadlineStatus::total)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Báo cáo tháng", 1, bigCells.size()));
    }

    @Test
    void aCellSeesItsOwnRecordOnly() {
        Overview o = status.overview(a2, NOVEMBER);

        assertThat(o.cells()).isEqualTo(1);
        assertThat(o.monthly()).isEqualTo(new Overview.Tally(1, 1));
        assertThat(o.thematic()).isEqualTo(new Overview.Tally(1, 1));
        assertThat(o.flaggedMembers()).isZero();
        assertThat(o.deadlines())
                .extracting(
                        Overview.DeadlineStatus::title,
                        Overview.DeadlineStatus::submitted,
                        Overview.DeadlineStatus::total)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Báo cáo tháng", 0, 1),
                        org.assertj.core.groups.Tuple.tuple("Báo cáo chuyên đề", 1, 1));
    }

    @Test
    void aYearCountsCellMonthsAndCellQuartersBegunSoFar() {
        Overview o = status.overview(a, Period.year(2026));

        // 11 months begun (January to November) for 2 cells; A1 met in October and November, A2 in November
        // (its September meeting was deleted).
        assertThat(o.monthly()).isEqualTo(new Overview.Tally(3, 22));
        // 4 quarters begun; Q4 for both.
        assertThat(o.thematic()).isEqualTo(new Overview.Tally(2, 8));
        assertThat(status.overview(top, Period.year(2026)).monthly().done()).isEqualTo(4);
    }

    @Test
    void cellsNotMetAreTheSameWhicheverWayTheyAreRead() {
        List<String> topNotMet = status.notMet(top, YearMonth.of(2026, 11)).stream()
                .map(l -> l.cell().shortName())
                .toList();
        assertThat(topNotMet)
                .hasSize(bigCells.size() - 1)
                .contains("CB L1", "CB L2")
                .doesNotContain("CB A1", "CB A2", "CB L0");
        assertThat(status.notMet(a, YearMonth.of(2026, 10)))
                .extracting(l -> l.cell().shortName())
                .containsExactly("CB A2");
        assertThat(status.perCell(a, NOVEMBER))
                .extracting(r -> r.line().cell().shortName(), r -> r.monthly().done())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CB A1", 1),
                        org.assertj.core.groups.Tuple.tuple("CB A2", 1));
    }

    @Test
    void absencesFollowTheMeetingsThemselves() {
        Period october = Period.month(YearMonth.of(2026, 10));
        // In October Hoa had one month only: not flagged then (a past period, counted from the month rows).
        assertThat(status.overview(a, october).flaggedMembers()).isZero();

        // Deleting November's meeting takes her back to one month now, in both ways of reading.
        long november = jdbc.sql("SELECT id FROM meeting WHERE cell_id = ? AND held_on = ?")
                .params(a1.id(), java.sql.Date.valueOf("2026-11-05"))
                .query(Long.class)
                .single();
        meetings.delete(november);
        assertThat(status.overview(a, NOVEMBER).flaggedMembers()).isZero();
        assertThat(status.overview(top, NOVEMBER).flaggedMembers()).isZero();
        assertThat(status.overview(top, NOVEMBER).monthly().done()).isEqualTo(2);
    }
}
