package vn.chibo.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import vn.chibo.content.access.Role;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.localapi.ChatMessage;
import vn.chibo.localapi.Person;
import vn.chibo.scheduler.quartz.ReminderSchedule;

/**
 * A probationary member's 12 months, as the secretary and the committee's office see it on their phones: the
 * reminder comes 30 days ahead, on that very morning and not the day before; once the day has passed, the office
 * above is told.
 */
class ProbationIT extends EndToEndTest {

    void sweepAt(LocalDateTime moment) throws Exception {
        clock.moveTo(moment);
        chibo.bean(Scheduler.class).triggerJob(JobKey.jobKey(ReminderSchedule.JOB));
    }

    @Test
    void theCellIsRemindedOnTheRightDayAndTheCommitteeWhenOverdue() throws Exception {
        int year = LocalDateTime.now(clock).getYear() + 1;
        Person an = aPerson("An");
        Person oanh = aPerson("Oanh");
        OrgUnit committee = org.committee("Đảng ủy Phường " + an.id());
        OrgUnit cell = org.cellOf(committee, "Chi bộ Khu phố 9 " + an.id(), "CB KP9", "Nguyễn Thị An");
        chibo.bean(Members.class).add(cell, "Phạm Thị Hoa", MemberStatus.PROBATIONARY, LocalDate.of(year, 3, 10));
        org.give(an.id(), "Nguyễn Thị An", Role.SECRETARY, cell);
        org.give(oanh.id(), "Đỗ Thị Oanh", Role.OFFICE, committee);

        LocalDate due = LocalDate.of(year + 1, 3, 10);
        LocalDate thirtyDaysAhead = due.minusDays(30);
        sweepAt(thirtyDaysAhead.minusDays(1).atTime(9, 0));
        await().pollDelay(Duration.ofSeconds(2)).atMost(PATIENCE).until(() -> true);
        assertThat(an.fromBot()).as("31 days ahead: nothing yet").isEmpty();

        sweepAt(thirtyDaysAhead.atTime(8, 5));
        ChatMessage soon = arrived(an, t -> t.startsWith("🎖️ " + cell.name()));
        assertThat(soon.text())
                .contains("đồng chí Phạm Thị Hoa hết 12 tháng dự bị vào ngày 10/3/" + (year + 1) + " (còn 30 ngày).");
        assertThat(oanh.fromBot()).isEmpty();

        sweepAt(LocalDateTime.of(year + 1, 3, 11, 9, 0));
        ChatMessage toOffice = arrived(oanh, t -> t.startsWith("⚠️ Đảng viên dự bị quá hạn xét chính thức"));
        assertThat(toOffice.text()).contains("Phạm Thị Hoa (" + cell.name() + ")", "10/3/" + (year + 1));
        arrived(an, t -> t.startsWith("⚠️ " + cell.name() + ": đồng chí Phạm Thị Hoa đã hết 12 tháng dự bị"));
    }
}
