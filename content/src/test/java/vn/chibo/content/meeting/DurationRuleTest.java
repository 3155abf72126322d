package vn.chibo.content.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class DurationRuleTest {

    @Test
    void ninetyMinutesIsEnoughForAMonthlyMeeting() {
        assertThat(DurationRule.check(MeetingKind.MONTHLY, LocalTime.of(14, 0), LocalTime.of(15, 30))
                        .tooShort())
                .isFalse();
        assertThat(DurationRule.check(MeetingKind.MONTHLY, LocalTime.of(14, 0), LocalTime.of(15, 29))
                        .tooShort())
                .isTrue();
    }

    @Test
    void aCombinedMeetingNeedsTwoHours() {
        var outcome = DurationRule.check(MeetingKind.COMBINED, LocalTime.of(8, 0), LocalTime.of(9, 45));

        assertThat(outcome.minutes()).isEqualTo(105);
        assertThat(outcome.required()).isEqualTo(120);
        assertThat(outcome.tooShort()).isTrue();
    }
}
