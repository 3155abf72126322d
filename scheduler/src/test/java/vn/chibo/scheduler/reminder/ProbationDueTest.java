package vn.chibo.scheduler.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignments;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;
import vn.chibo.scheduler.testing.MovableClock;

/** Probationary members' 12 months, on the real H2 with a movable clock: the right day, once, then overdue. */
@SpringBootTest
class ProbationDueTest {

    @Autowired
    ProbationDue probation;

    @Autowired
    OrgUnits units;

    @Autowired
    Members members;

    @Autowired
    RoleAssignments roles;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MovableClock clock;

    /** From 2047 on: the leap year 2048, whose 29 February the 30 days ahead straddle, comes round. */
    static int year = 2046;

    long secretary;
    long leader;
    OrgUnit cell;
    Member hoa;

    @BeforeEach
    void aCellWithAMemberAdmittedOn10March() {
        year++;
        jdbc.sql("DELETE FROM delivery").update();
        OrgUnit committee = units.add(null, OrgKind.COMMITTEE, "Đảng bộ " + year, "ĐB");
        cell = units.add(committee.id(), OrgKind.CELL, "Chi bộ Văn phòng " + year, "CB VP");
        secretary = 900L + year;
        leader = 1900L + year;
        roles.assign(cell, Role.SECRETARY, "Nguyễn Văn An", secretary);
        roles.assign(committee, Role.LEADER, "Trần Văn Bình", leader);
        hoa = members.add(cell, "Phạm Thị Hoa", MemberStatus.PROBATIONARY, LocalDate.of(year, 3, 10));
        members.add(cell, "Lê Văn Cường", MemberStatus.OFFICIAL, LocalDate.of(year, 3, 10));
    }

    List<String> textsTo(long chat) {
        return jdbc.sql("SELECT payload FROM delivery WHERE chat_id = ? ORDER BY id")
                .param(chat)
                .query(String.class)
                .list();
    }

    int at(LocalDateTime moment) {
        clock.moveTo(moment);
        return probation.run();
    }

    @Test
    void theCellIsRemindedThirtyDaysAheadOnceThenTheCommitteeWhenOverdue() {
        LocalDate ahead = LocalDate.of(year + 1, 3, 10).minusDays(30);
        assertThat(at(ahead.minusDays(1).atTime(9, 0))).as("31 days ahead").isZero();
        assertThat(at(ahead.atTime(7, 30))).as("before the morning's time").isZero();
        assertThat(at(ahead.atTime(8, 0))).as("30 days ahead, in the morning").isEqualTo(1);
        assertThat(at(ahead.plusDays(1).atTime(8, 0))).as("once").isZero();
        assertThat(textsTo(secretary))
                .singleElement()
                .asString()
                .contains("đồng chí Phạm Thị Hoa hết 12 tháng dự bị vào ngày 10/3/" + (year + 1) + " (còn 30 ngày).");
        assertThat(textsTo(leader)).isEmpty();

        assertThat(at(LocalDateTime.of(year + 1, 3, 10, 9, 0)))
                .as("the day itself is not overdue")
                .isZero();
        assertThat(at(LocalDateTime.of(year + 1, 3, 11, 9, 0)))
                .as("overdue: the cell again and the committee above")
                .isEqualTo(2);
        assertThat(at(LocalDateTime.of(year + 1, 3, 12, 9, 0))).isZero();
        assertThat(textsTo(leader))
                .singleElement()
                .asString()
                .contains("Đảng viên dự bị quá hạn xét chính thức: đồng chí Phạm Thị Hoa");

        Member late = members.add(cell, "Đỗ Văn Tư", MemberStatus.PROBATIONARY, LocalDate.of(year - 1, 3, 1));
        assertThat(at(LocalDateTime.of(year + 1, 3, 13, 9, 0)))
                .as("admitted two years ago, still probationary: past a year overdue, left to the roster")
                .isZero();
        members.update(late, MemberStatus.OFFICIAL, late.partyJoinDate());
        members.update(hoa, MemberStatus.OFFICIAL, hoa.partyJoinDate());
        jdbc.sql("DELETE FROM delivery").update();
        assertThat(at(LocalDateTime.of(year + 1, 4, 1, 9, 0)))
                .as("recognised: no more reminders")
                .isZero();
    }
}
