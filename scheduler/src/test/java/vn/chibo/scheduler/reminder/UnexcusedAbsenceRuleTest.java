package vn.chibo.scheduler.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.content.meeting.Absences.Absentee;

/** Below the removal line a member is warned; at it or past it, the notice says it is reached. */
class UnexcusedAbsenceRuleTest {

    @Test
    void twoMonthsAndThreeOrMoreAreToldApart() {
        var notice = UnexcusedAbsenceRule.notice(
                "Chi bộ Văn phòng",
                List.of(new Absentee("An", 2), new Absentee("Bình", 3), new Absentee("Cường", 5)),
                3);

        assertThat(notice.atTwo()).containsExactly("An");
        assertThat(notice.atThree()).containsExactly(new Absentee("Bình", 3), new Absentee("Cường", 5));
    }

    @Test
    void theRemovalLineIsTheConfiguredOne() {
        var notice = UnexcusedAbsenceRule.notice(
                "Chi bộ Văn phòng", List.of(new Absentee("Bình", 3), new Absentee("Cường", 4)), 4);

        assertThat(notice.atTwo()).containsExactly("Bình");
        assertThat(notice.atThree()).containsExactly(new Absentee("Cường", 4));
    }
}
