package vn.chibo.scheduler.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.content.meeting.Absences.Absentee;

/** Two months warn that one more reaches the threshold; three or more say it is reached. */
class UnexcusedAbsenceRuleTest {

    @Test
    void twoMonthsAndThreeOrMoreAreToldApart() {
        var notice = UnexcusedAbsenceRule.notice(
                "Chi bộ Văn phòng", List.of(new Absentee("An", 2), new Absentee("Bình", 3), new Absentee("Cường", 5)));

        assertThat(notice.atTwo()).containsExactly("An");
        assertThat(notice.atThree()).containsExactly(new Absentee("Bình", 3), new Absentee("Cường", 5));
    }

    @Test
    void aSingleMonthIsNotNamed() {
        var notice = UnexcusedAbsenceRule.notice("Chi bộ Văn phòng", List.of(new Absentee("An", 1)));

        assertThat(notice.atTwo()).isEmpty();
        assertThat(notice.atThree()).isEmpty();
    }
}
