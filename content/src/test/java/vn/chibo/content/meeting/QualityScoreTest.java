package vn.chibo.content.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class QualityScoreTest {

    static final DurationRule.Outcome FULL_LENGTH =
            DurationRule.check(MeetingKind.MONTHLY, LocalTime.of(14, 0), LocalTime.of(15, 30));

    @Test
    void aCompleteWellAttendedMeetingIsTot() {
        var outcome =
                QualityScore.of(new QualityScore.Inputs(Fixtures.attendance(10, 0, 2, 0, 1), FULL_LENGTH, 4, true, 4));

        assertThat(outcome.total()).isEqualTo(100);
        assertThat(outcome.band()).isEqualTo(QualityScore.Band.TOT);
    }

    @Test
    void ninetyPointsWithoutFullAttendanceIsOnlyKha() {
        var outcome =
                QualityScore.of(new QualityScore.Inputs(Fixtures.attendance(8, 2, 0, 0, 0), FULL_LENGTH, 4, true, 4));

        assertThat(outcome.attendance()).isEqualTo(27);
        assertThat(outcome.total()).isEqualTo(97);
        assertThat(outcome.band()).as("Tốt needs full marks on attendance").isEqualTo(QualityScore.Band.KHA);
    }

    @Test
    void aShortMeetingWithThinMinutesAndNoValidResolutionFallsLow() {
        var short45 = DurationRule.check(MeetingKind.MONTHLY, LocalTime.of(14, 0), LocalTime.of(14, 45));

        var outcome =
                QualityScore.of(new QualityScore.Inputs(Fixtures.attendance(5, 5, 0, 0, 0), short45, 1, false, 2));

        assertThat(outcome.duration()).isEqualTo(10);
        assertThat(outcome.total()).isLessThan(50);
        assertThat(outcome.band()).isEqualTo(QualityScore.Band.KEM);
    }
}
