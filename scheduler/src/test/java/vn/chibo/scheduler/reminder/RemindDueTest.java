package vn.chibo.scheduler.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignments;
import vn.chibo.content.deadline.Deadline;
import vn.chibo.content.deadline.Deadlines;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;
import vn.chibo.scheduler.testing.MovableClock;

/** The sweep on the real H2: decisions become queued messages once, however often it runs. */
@SpringBootTest
class RemindDueTest {

    @Autowired
    RemindDue remindDue;

    @Autowired
    OrgUnits units;

    @Autowired
    RoleAssignments roles;

    @Autowired
    MeetingSchedules schedules;

    @Autowired
    Deadlines deadlines;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MovableClock clock;

    @Autowired
    CronTrigger reminderSweepTrigger;

    static int year = 2030;
    OrgUnit committee;
    OrgUnit cell;

    @BeforeEach
    void aCellWithASecretaryAndALeader() {
        year++;
        jdbc.sql("DELETE FROM delivery").update();
        committee = units.add(null, OrgKind.COMMITTEE, "Đảng bộ " + year, "ĐB");
        cell = units.add(committee.id(), OrgKind.CELL, "Chi bộ Văn phòng " + year, "CB VP");
        roles.assign(cell, Role.SECRETARY, "Nguyễn Văn An", 700L + year);
        roles.assign(committee, Role.LEADER, "Trần Văn Bình", 800L + year);
    }

    long messagesTo(long chat) {
        return jdbc.sql("SELECT COUNT(*) FROM delivery WHERE chat_id = ?")
                .param(chat)
                .query(Long.class)
                .single();
    }

    @Test
    void aDueReminderIsQueuedOnceHoweverOftenTheSweepRuns() {
        schedules.set(cell.id(), MeetingRule.day(5), LocalTime.of(14, 0), 1L);
        clock.moveTo(LocalDateTime.of(year, 1, 2, 8, 0));

        RemindDue.Wave first = remindDue.run();
        RemindDue.Wave second = remindDue.run();

        assertThat(first.queued()).isGreaterThanOrEqualTo(1);
        assertThat(second.queued()).isZero();
        assertThat(messagesTo(700L + year)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT payload FROM delivery WHERE chat_id = ?")
                        .param(700L + year)
                        .query(String.class)
                        .single())
                .contains("Nhắc lịch sinh hoạt: Chi bộ Văn phòng " + year + " họp vào "
                        + weekday(LocalDate.of(year, 1, 5)) + " 5/1/" + year + ", 14h (còn 3 ngày).")
                .contains("\"data\":\"n:");
    }

    @Test
    void aDecisionThatCannotBeQueuedCostsOnlyItselfNotTheRestOfItsBatch() {
        schedules.set(cell.id(), MeetingRule.day(5), LocalTime.of(14, 0), 1L);
        clock.moveTo(LocalDateTime.of(year, 1, 2, 8, 0));
        remindDue.run();
        // The cell's reminder row, too old to be read among the known keys, and its message gone: the sweep decides
        // it again and its insert meets the unique key, as when another instance queued it meanwhile.
        jdbc.sql("UPDATE reminder SET created_at = ? WHERE chat_id = ?")
                .params(java.sql.Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(200))), 700L + year)
                .update();
        jdbc.sql("DELETE FROM delivery WHERE chat_id = ?").param(700L + year).update();
        OrgUnit other = units.add(committee.id(), OrgKind.CELL, "Chi bộ Kỹ thuật " + year, "CB KT");
        roles.assign(other, Role.SECRETARY, "Lê Thị Cúc", 900L + year);
        schedules.set(other.id(), MeetingRule.day(5), LocalTime.of(14, 0), 1L);

        RemindDue.Wave second = remindDue.run();

        assertThat(second.failed()).isZero();
        assertThat(messagesTo(900L + year))
                .as("the other cell's reminder is queued")
                .isEqualTo(1);
        assertThat(messagesTo(700L + year))
                .as("the duplicate is skipped, not queued again")
                .isZero();
    }

    @Test
    void leadersHearWhenEveryCellHasSubmitted() {
        var deadline = deadlines.create(
                committee, "Báo cáo quý", LocalDate.of(year, 3, 20), 3, Deadline.Targets.CELLS, List.of(), null, 1L);
        clock.moveTo(LocalDateTime.of(year, 3, 13, 9, 0));
        remindDue.run();
        assertThat(jdbc.sql("SELECT payload FROM delivery WHERE chat_id = ?")
                        .param(700L + year)
                        .query(String.class)
                        .list())
                .filteredOn(p -> p.contains("Báo cáo quý: hạn nộp 20/3/" + year + " (còn 7 ngày)"))
                .hasSize(1);

        deadlines.submit(deadline.id(), cell.id(), LocalDate.of(year, 3, 20), 700L + year);
        remindDue.run();
        remindDue.run();

        assertThat(messagesTo(800L + year)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT payload FROM delivery WHERE chat_id = ?")
                        .param(800L + year)
                        .query(String.class)
                        .single())
                .contains("Báo cáo quý (hạn 20/3/" + year + "): 100% hoàn thành — 1/1 chi bộ đã nộp.");
    }

    @Test
    void theSweepTriggerFiresOnceAfterDowntimeNotOncePerMissedFiring() {
        assertThat(reminderSweepTrigger.getMisfireInstruction())
                .isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
        assertThat(reminderSweepTrigger.getCronExpression()).isEqualTo("0 0/5 * * * ?");
        assertThat(reminderSweepTrigger.getTimeZone().getID()).isEqualTo("Asia/Ho_Chi_Minh");
    }

    static String weekday(LocalDate day) {
        return new ReminderTexts().weekday(day.getDayOfWeek());
    }
}
