package vn.chibo.content.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

@SpringBootTest
@Transactional
class MeetingsTest {

    @Autowired
    Meetings meetings;

    @Autowired
    Absences absences;

    @Autowired
    OrgUnits units;

    @Autowired
    Members members;

    @Autowired
    JdbcClient jdbc;

    OrgUnit cell;
    Member an;
    Member hoa;

    @BeforeEach
    void aCellOfTwo() {
        OrgUnit committee = units.add(null, OrgKind.COMMITTEE, "Đảng bộ", "ĐB");
        cell = units.add(committee.id(), OrgKind.CELL, "Chi bộ Văn phòng", "CB VP");
        an = members.add(cell, "Nguyễn Văn An", MemberStatus.OFFICIAL, null);
        hoa = members.add(cell, "Phạm Thị Hoa", MemberStatus.OFFICIAL, null);
    }

    MeetingRecord meeting(MeetingKind kind, LocalDate day, Presence hoaPresence, String topic) {
        return meeting(
                kind,
                day,
                topic,
                List.of(
                        new Attendance(an.id(), an.fullName(), an.status(), Presence.PRESENT),
                        new Attendance(hoa.id(), hoa.fullName(), hoa.status(), hoaPresence)));
    }

    MeetingRecord meeting(MeetingKind kind, LocalDate day, String topic, List<Attendance> attendance) {
        return new MeetingRecord(
                cell.id(),
                kind,
                day,
                LocalTime.of(14, 0),
                LocalTime.of(15, 30),
                "Phòng họp tầng 2",
                topic,
                List.of("05-CT/TW"),
                attendance,
                null,
                an.id(),
                an.id(),
                null,
                "Kết quả",
                "Quyết định",
                "Nhiệm vụ",
                "Kết luận",
                new Votes(1, 0, 0),
                List.of("AgAC-photo-1"));
    }

    @Test
    void savesAMeetingWholeAndReadsWhatTheRulesNeed() {
        meetings.record(
                meeting(
                        MeetingKind.COMBINED,
                        LocalDate.of(2026, 3, 5),
                        Presence.ABSENT_UNEXCUSED,
                        "Học tập Chỉ thị 05"),
                null,
                7L);
        meetings.record(
                meeting(MeetingKind.MONTHLY, LocalDate.of(2026, 11, 5), Presence.ABSENT_UNEXCUSED, null), null, 7L);
        meetings.record(
                meeting(MeetingKind.THEMATIC, LocalDate.of(2026, 11, 20), Presence.ABSENT_EXCUSED, "Kết luận 01"),
                null,
                7L);

        assertThat(meetings.monthlyMeetingsIn(cell.id(), YearMonth.of(2026, 11)))
                .isEqualTo(1);
        assertThat(meetings.monthlyMeetingsIn(cell.id(), YearMonth.of(2026, 3)))
                .as("combined counts as monthly")
                .isEqualTo(1);
        assertThat(absences.unexcusedAbsenceMonths(cell.id(), LocalDate.of(2025, 12, 1)))
                .containsOnlyKeys(hoa.id())
                .extractingByKey(hoa.id())
                .satisfies(m -> assertThat(m).containsExactly(YearMonth.of(2026, 3), YearMonth.of(2026, 11)));
        assertThat(meetings.lastPlace(cell.id())).contains("Phòng họp tầng 2");
        assertThat(meetings.themesUsed("/", 2026)).containsExactly("Kết luận 01", "Học tập Chỉ thị 05");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM meeting_photo")
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void membersAbsentWithoutReasonInTwoMonthsOrMoreAreFoundWithTheirCount() {
        Member sau = members.add(cell, "Hồ Văn Sáu", MemberStatus.OFFICIAL, null);
        for (int month : new int[] {3, 5, 9}) {
            meetings.record(
                    meeting(
                            MeetingKind.MONTHLY,
                            LocalDate.of(2026, month, 5),
                            null,
                            List.of(
                                    new Attendance(an.id(), an.fullName(), an.status(), Presence.PRESENT),
                                    new Attendance(
                                            hoa.id(),
                                            hoa.fullName(),
                                            hoa.status(),
                                            month == 9 ? Presence.ABSENT_EXCUSED : Presence.ABSENT_UNEXCUSED),
                                    new Attendance(sau.id(), sau.fullName(), sau.status(), Presence.ABSENT_UNEXCUSED))),
                    null,
                    7L);
        }

        assertThat(absences.membersWithUnexcusedMonths(LocalDate.of(2026, 1, 1), 2))
                .as("three months are not left out because two are asked for")
                .containsOnlyKeys(cell.id())
                .extractingByKey(cell.id())
                .satisfies(found -> assertThat(found)
                        .containsExactly(
                                new Absences.Absentee("Hồ Văn Sáu", 3), new Absences.Absentee("Phạm Thị Hoa", 2)));
        assertThat(absences.membersWithUnexcusedMonths(LocalDate.of(2026, 4, 1), 2))
                .extractingByKey(cell.id())
                .satisfies(found -> assertThat(found).containsExactly(new Absences.Absentee("Hồ Văn Sáu", 2)));
    }

    @Test
    void readsBackEditsAndDeletes() {
        long id = meetings.record(
                meeting(MeetingKind.THEMATIC, LocalDate.of(2026, 11, 20), Presence.ABSENT_EXCUSED, "Kết luận 01"),
                null,
                7L);

        StoredMeeting stored = meetings.find(id).orElseThrow();
        assertThat(stored.record().attendance())
                .extracting(Attendance::name, Attendance::presence)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Nguyễn Văn An", Presence.PRESENT),
                        org.assertj.core.groups.Tuple.tuple("Phạm Thị Hoa", Presence.ABSENT_EXCUSED));
        assertThat(stored.record().documents()).containsExactly("05-CT/TW");

        meetings.replace(
                id, meeting(MeetingKind.COMBINED, LocalDate.of(2026, 11, 21), Presence.PRESENT, "Kết luận 21"), null);
        assertThat(meetings.find(id).orElseThrow().record().kind()).isEqualTo(MeetingKind.COMBINED);
        assertThat(meetings.find(id).orElseThrow().record().attendance()).allMatch(Attendance::present);

        meetings.delete(id);
        assertThat(meetings.find(id)).isEmpty();
        assertThat(meetings.recent(cell.id(), 10)).isEmpty();
    }

    @Test
    void refusesAMeetingThatEndsBeforeItStartsAndSavesNothing() {
        MeetingRecord backwards = new MeetingRecord(
                cell.id(),
                MeetingKind.MONTHLY,
                LocalDate.of(2026, 11, 5),
                LocalTime.of(16, 0),
                LocalTime.of(15, 0),
                "Phòng họp",
                null,
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                new Votes(0, 0, 0),
                List.of());

        assertThatThrownBy(() -> meetings.record(backwards, null, 7L))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }
}
