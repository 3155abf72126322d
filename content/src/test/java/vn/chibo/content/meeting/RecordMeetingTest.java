package vn.chibo.content.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignment;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

/** Recording a meeting: checked against the person and the cell as they are now, stored, assessed and audited. */
@SpringBootTest
@Transactional
class RecordMeetingTest {

    @Autowired
    RecordMeeting recordMeeting;

    @Autowired
    Meetings meetings;

    @Autowired
    OrgUnits units;

    @Autowired
    Members members;

    @Autowired
    JdbcClient jdbc;

    OrgUnit cell;
    OrgUnit otherCell;
    Member an;
    Member hoa;
    Actor secretary;

    @BeforeEach
    void aCellOfTwoAndItsSecretary() {
        OrgUnit committee = units.add(null, OrgKind.COMMITTEE, "Đảng bộ Sở Tư pháp", "ĐB Sở Tư pháp");
        cell = units.add(committee.id(), OrgKind.CELL, "Chi bộ Văn phòng", "CB VP");
        otherCell = units.add(committee.id(), OrgKind.CELL, "Chi bộ Thanh tra", "CB TT");
        an = members.add(cell, "Nguyễn Văn An", MemberStatus.OFFICIAL, null);
        hoa = members.add(cell, "Phạm Thị Hoa", MemberStatus.OFFICIAL, null);
        secretary = new Actor(1001, "An", new RoleAssignment(1, Role.SECRETARY, cell, an.fullName(), 1001L), false);
    }

    MeetingRecord monthly(OrgUnit of, LocalTime end, Long chair) {
        return new MeetingRecord(
                of.id(),
                MeetingKind.MONTHLY,
                LocalDate.of(2026, 11, 30),
                LocalTime.of(14, 0),
                end,
                "Phòng họp tầng 2",
                null,
                List.of(),
                List.of(
                        new Attendance(an.id(), an.fullName(), an.status(), Presence.PRESENT),
                        new Attendance(hoa.id(), hoa.fullName(), hoa.status(), Presence.PRESENT)),
                null,
                chair,
                an.id(),
                null,
                "Kết quả",
                "Quyết định",
                "Nhiệm vụ",
                "Kết luận",
                new Votes(2, 0, 0),
                List.of());
    }

    @Test
    void recordsTheMeetingWithItsAssessmentAndAnAuditEntry() {
        var result = recordMeeting.run(
                new RecordMeeting.Command(monthly(cell, LocalTime.of(15, 30), an.id()), null, "Thường kỳ 30/11/2026"),
                secretary);

        assertThat(result).isInstanceOfSatisfying(RecordMeeting.Result.Recorded.class, recorded -> {
            assertThat(recorded.corrected()).isFalse();
            assertThat(recorded.assessment().vote().valid()).isTrue();
            assertThat(recorded.assessment().duration().tooShort()).isFalse();
            assertThat(meetings.find(recorded.meetingId())).isPresent();
        });
        assertThat(jdbc.sql("SELECT action, details FROM audit_entry")
                        .query((rs, i) -> rs.getString(1) + " " + rs.getString(2))
                        .list())
                .containsExactly("meeting.recorded Thường kỳ 30/11/2026");
    }

    @Test
    void aCommitteeThatAllowsItsSmallCellsAnHourJudgesTheLengthByIt() {
        units.setMeetingMinutes(cell.parentId(), 60);

        var result = (RecordMeeting.Result.Recorded) recordMeeting.run(
                new RecordMeeting.Command(monthly(cell, LocalTime.of(15, 10), an.id()), null, "70 phút"), secretary);

        assertThat(result.assessment().duration().required()).isEqualTo(60);
        assertThat(result.assessment().duration().tooShort()).isFalse();
    }

    @Test
    void theNewMinutesPartsAreStoredAndReadBackWhole() {
        MeetingRecord plain = monthly(cell, LocalTime.of(16, 0), an.id());
        var proceedings = new Proceedings(
                "Thời sự",
                "Học tập và làm theo Bác",
                List.of(
                        new Proceedings.ReviewedTask("Nộp báo cáo", true),
                        new Proceedings.ReviewedTask("Kết nạp", false)),
                List.of(new Proceedings.Opinion("Phạm Thị Hoa", "Nhất trí: thêm ý")),
                "Chỉ đạo",
                "Đảng phí",
                true,
                2,
                "3-NQ/CB",
                java.util.Set.of(Proceedings.SelfCheck.MATERIALS_EARLY));
        List<Attendance> attendance = List.of(
                new Attendance(an.id(), an.fullName(), an.status(), Presence.PRESENT),
                new Attendance(hoa.id(), hoa.fullName(), hoa.status(), Presence.ABSENT_EXCUSED, "ốm"));
        MeetingRecord full = new MeetingRecord(
                plain.cellId(),
                plain.kind(),
                plain.heldOn(),
                plain.startsAt(),
                plain.endsAt(),
                plain.place(),
                plain.topic(),
                plain.documents(),
                attendance,
                plain.guests(),
                plain.chairId(),
                plain.minuteTakerId(),
                plain.presenterId(),
                plain.results(),
                plain.decisions(),
                plain.nextTasks(),
                plain.conclusion(),
                new Votes(1, 0, 0),
                plain.photoFileIds(),
                proceedings);

        var recorded = (RecordMeeting.Result.Recorded)
                recordMeeting.run(new RecordMeeting.Command(full, null, "đủ"), secretary);

        MeetingRecord read = meetings.find(recorded.meetingId()).orElseThrow().record();
        assertThat(read.proceedings()).isEqualTo(proceedings);
        assertThat(read.attendance()).extracting(Attendance::reason).containsExactlyInAnyOrder(null, "ốm");
        assertThat(meetings.resolutionsIn(cell.id(), 2026)).isEqualTo(1);
        assertThat(meetings.lastResolutionTasks(cell.id(), java.time.YearMonth.of(2026, 12)))
                .containsExactly("Nhiệm vụ");
    }

    @Test
    void aMeetingTooShortIsStillRecordedAndTheRuleSaysSo() {
        var result = recordMeeting.run(
                new RecordMeeting.Command(monthly(cell, LocalTime.of(14, 45), an.id()), null, "ngắn"), secretary);

        assertThat(((RecordMeeting.Result.Recorded) result)
                        .assessment()
                        .duration()
                        .tooShort())
                .isTrue();
    }

    @Test
    void correctsAStoredMeetingInPlace() {
        long id = ((RecordMeeting.Result.Recorded) recordMeeting.run(
                        new RecordMeeting.Command(monthly(cell, LocalTime.of(15, 30), an.id()), null, "lần đầu"),
                        secretary))
                .meetingId();

        var result = recordMeeting.run(
                new RecordMeeting.Command(monthly(cell, LocalTime.of(16, 0), hoa.id()), id, "sửa"), secretary);

        assertThat(result).isInstanceOfSatisfying(RecordMeeting.Result.Recorded.class, r -> assertThat(r.corrected())
                .isTrue());
        assertThat(meetings.find(id).orElseThrow().record().chairId()).isEqualTo(hoa.id());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM meeting").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void withdrawsAMeetingOfItsOwnCellWithinTheWindowOnly() {
        long id = ((RecordMeeting.Result.Recorded) recordMeeting.run(
                        new RecordMeeting.Command(monthly(cell, LocalTime.of(15, 30), an.id()), null, "lần đầu"),
                        secretary))
                .meetingId();
        Actor otherSecretary =
                new Actor(1002, "Hoa", new RoleAssignment(2, Role.SECRETARY, otherCell, "Phạm Thị Hoa", 1002L), false);

        assertThat(recordMeeting.withdraw(id, otherSecretary, java.time.Duration.ofDays(7), "xóa"))
                .contains(RecordMeeting.Reason.NOT_THEIR_CELL);
        assertThat(recordMeeting.withdraw(id, secretary, java.time.Duration.ZERO, "xóa"))
                .contains(RecordMeeting.Reason.TOO_LATE);
        assertThat(meetings.find(id)).isPresent();

        assertThat(recordMeeting.withdraw(id, secretary, java.time.Duration.ofDays(7), "xóa"))
                .isEmpty();
        assertThat(meetings.find(id)).isEmpty();
        assertThat(recordMeeting.withdraw(id, secretary, java.time.Duration.ofDays(7), "xóa"))
                .as("twice")
                .contains(RecordMeeting.Reason.CHANGED_MEANWHILE);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'meeting.deleted'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void refusesAMeetingOfAnotherCellThanTheOneThePersonActsFor() {
        var result = recordMeeting.run(
                new RecordMeeting.Command(monthly(otherCell, LocalTime.of(15, 30), an.id()), null, "x"), secretary);

        assertThat(result).isEqualTo(new RecordMeeting.Result.Refused(RecordMeeting.Reason.NOT_THEIR_CELL));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM meeting").query(Long.class).single())
                .isZero();
    }

    @Test
    void refusesAChairWhoLeftTheCellMeanwhileAndStoresNothing() {
        Member gone = members.add(otherCell, "Lê Văn Tám", MemberStatus.OFFICIAL, null);

        var result = recordMeeting.run(
                new RecordMeeting.Command(monthly(cell, LocalTime.of(15, 30), gone.id()), null, "x"), secretary);

        assertThat(result).isEqualTo(new RecordMeeting.Result.Refused(RecordMeeting.Reason.CHANGED_MEANWHILE));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
