package vn.chibo.scheduler.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
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
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;
import vn.chibo.scheduler.testing.MovableClock;

/** A secretary plans her own cell's meetings: a rule, one meeting (not in the past), or no rule; each audited. */
@SpringBootTest
@Transactional
class PlanMeetingsTest {

    @Autowired
    PlanMeetings planMeetings;

    @Autowired
    MeetingSchedules schedules;

    @Autowired
    OrgUnits units;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcClient jdbc;

    OrgUnit cell;
    OrgUnit other;
    Actor secretary;

    @BeforeEach
    void aSecretaryOfOneOfTwoCells() {
        OrgUnit committee = units.add(null, OrgKind.COMMITTEE, "Đảng bộ Sở Tư pháp", "ĐB STP");
        cell = units.add(committee.id(), OrgKind.CELL, "Chi bộ Văn phòng", "CB VP");
        other = units.add(committee.id(), OrgKind.CELL, "Chi bộ Thanh tra", "CB TT");
        secretary = new Actor(1002, "Bình", new RoleAssignment(2, Role.SECRETARY, cell, "Trần Thị Bình", 1002L), false);
    }

    @Test
    void aMonthlyRuleIsSetThenCleared() {
        var rule = new PlanMeetings.Plan.Monthly(MeetingRule.day(5), LocalTime.of(14, 0));

        assertThat(planMeetings.run(new PlanMeetings.Command(cell.id(), rule, "ngày 5, 14h"), secretary))
                .isEqualTo(new PlanMeetings.Result.Done(cell));
        assertThat(schedules.of(cell.id()))
                .contains(new MeetingSchedules.Schedule(cell.id(), MeetingRule.day(5), LocalTime.of(14, 0)));

        planMeetings.run(new PlanMeetings.Command(cell.id(), new PlanMeetings.Plan.NoRule(), "bỏ lịch"), secretary);

        assertThat(schedules.of(cell.id())).isEmpty();
        assertThat(audit()).containsExactly("schedule.set ngày 5, 14h", "schedule.cleared bỏ lịch");
    }

    @Test
    void oneMeetingInTheFutureIsPlannedAndOneInThePastIsRefused() {
        LocalDateTime now = LocalDateTime.now(clock);
        var friday = new PlanMeetings.Plan.Once(now.plusDays(2));
        var thisMorning = new PlanMeetings.Plan.Once(now.minusHours(1));

        assertThat(planMeetings.run(new PlanMeetings.Command(cell.id(), friday, "14h 04/12"), secretary))
                .isEqualTo(new PlanMeetings.Result.Done(cell));
        assertThat(planMeetings.run(new PlanMeetings.Command(cell.id(), thisMorning, "8h 02/12"), secretary))
                .isEqualTo(new PlanMeetings.Result.Refused(PlanMeetings.Reason.IN_THE_PAST));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM meeting_plan WHERE cell_id = ?")
                        .param(cell.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(audit()).containsExactly("schedule.planned 14h 04/12");
    }

    @Test
    void anotherCellIsNotHers() {
        var rule = new PlanMeetings.Plan.Monthly(MeetingRule.day(5), LocalTime.of(14, 0));

        assertThat(planMeetings.run(new PlanMeetings.Command(other.id(), rule, "ngày 5"), secretary))
                .isEqualTo(new PlanMeetings.Result.Refused(PlanMeetings.Reason.NOT_THEIR_CELL));
        assertThat(schedules.of(other.id())).isEmpty();
        assertThat(audit()).isEmpty();
    }

    private List<String> audit() {
        return jdbc.sql("SELECT action || ' ' || details FROM audit_entry ORDER BY id")
                .query(String.class)
                .list();
    }
}
