package vn.chibo.content.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.chibo.content.meeting.Proceedings.Opinion;
import vn.chibo.content.meeting.Proceedings.ReviewedTask;
import vn.chibo.content.meeting.Proceedings.SelfCheck;
import vn.chibo.content.meeting.QualityScore.Part;

/** The Hướng dẫn 42-HD/BTCTW frame: each part from what was logged or answered, the rest scaled when one is not due. */
class QualityScoreTest {

    static final MeetingRules.QualityFrame FRAME = MeetingRules.QualityFrame.HD42;
    static final DurationRule.Outcome FULL_LENGTH = DurationRule.check(90, LocalTime.of(14, 0), LocalTime.of(15, 30));

    static Proceedings proceedings(
            List<Opinion> opinions, List<ReviewedTask> review, Integer adopted, Set<SelfCheck> checks) {
        return new Proceedings(null, null, review, opinions, null, null, true, adopted, "1-NQ/CB", checks);
    }

    static List<Opinion> speakers(int n) {
        return java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> new Opinion("Đồng chí " + i, "Ý kiến " + i))
                .toList();
    }

    static List<ReviewedTask> review(int done, int notDone) {
        List<ReviewedTask> tasks = new java.util.ArrayList<>();
        for (int i = 0; i < done; i++) {
            tasks.add(new ReviewedTask("Việc đã xong " + i, true));
        }
        for (int i = 0; i < notDone; i++) {
            tasks.add(new ReviewedTask("Việc chưa xong " + i, false));
        }
        return tasks;
    }

    @Test
    void aWellPreparedMeetingWhereMostSpokeAndLastMonthWasDoneIsTot() {
        // 10 official present + 2 probationary: 12 present; 7 spoke (more than half); all 4 tasks done.
        var outcome = QualityScore.of(
                new QualityScore.Inputs(
                        Fixtures.attendance(10, 0, 2, 0, 1),
                        FULL_LENGTH,
                        proceedings(speakers(7), review(4, 0), 12, Set.of(SelfCheck.values())),
                        true),
                FRAME);

        assertThat(outcome.total()).isEqualTo(100);
        assertThat(outcome.band()).isEqualTo(QualityScore.Band.TOT);
        assertThat(outcome.part(Part.ATTENDANCE).points())
                .as("the absent exempt member is not convened")
                .isEqualTo(5);
    }

    @Test
    void withoutPreparationAndWithFewSpeakersTheMeetingIsKha() {
        // 8 of 10 present, the 2 absent excused (90% with halves), 4 of 8 spoke (not more than half), materials not
        // sent early, 3 of 4 tasks done.
        var outcome = QualityScore.of(
                new QualityScore.Inputs(
                        Fixtures.attendance(8, 2, 0, 0, 0),
                        FULL_LENGTH,
                        proceedings(
                                speakers(4),
                                review(3, 1),
                                8,
                                Set.of(SelfCheck.IDEOLOGY_DISCUSSED, SelfCheck.PRINCIPLES_KEPT)),
                        true),
                FRAME);

        assertThat(outcome.part(Part.ATTENDANCE).points()).isEqualTo(5);
        assertThat(outcome.part(Part.PREPARATION).points()).isZero();
        assertThat(outcome.part(Part.CONDUCT).points()).isEqualTo(Math.round(30 * (4 * 2.0 / 9)) + 10);
        assertThat(outcome.part(Part.RESULTS).points())
                .as("75% done: the 70% band")
                .isEqualTo(20);
        assertThat(outcome.total()).isBetween(70, 89);
        assertThat(outcome.band()).isEqualTo(QualityScore.Band.KHA);
    }

    @Test
    void withNoResolutionToReviewTheOtherPartsAreScaledToAHundred() {
        var outcome = QualityScore.of(
                new QualityScore.Inputs(
                        Fixtures.attendance(5, 0, 0, 0, 0),
                        FULL_LENGTH,
                        proceedings(speakers(3), List.of(), 5, Set.of(SelfCheck.values())),
                        true),
                FRAME);

        assertThat(outcome.part(Part.RESULTS).applies()).isFalse();
        assertThat(outcome.total()).isEqualTo(100);
    }

    @Test
    void aShortPoorlyAttendedMeetingWithNoOpinionsAndAnUnapprovedRecordIsKem() {
        var short45 = DurationRule.check(90, LocalTime.of(14, 0), LocalTime.of(14, 45));

        var outcome = QualityScore.of(
                new QualityScore.Inputs(
                        Fixtures.attendance(5, 5, 0, 0, 0),
                        short45,
                        proceedings(List.of(), review(1, 3), null, Set.of()),
                        false),
                FRAME);

        assertThat(outcome.part(Part.TIME).points()).isEqualTo(3);
        assertThat(outcome.part(Part.ATTENDANCE).points())
                .as("75% with halves for excused: 4 of 5")
                .isEqualTo(4);
        assertThat(outcome.part(Part.CLOSING).points()).isZero();
        assertThat(outcome.total()).isLessThan(50);
        assertThat(outcome.band()).isEqualTo(QualityScore.Band.KEM);
    }

    @Test
    void anInvalidVoteLosesThePrinciplesPointsEvenWhenTheSecretarySaysTheyWereKept() {
        var outcome = QualityScore.of(
                new QualityScore.Inputs(
                        Fixtures.attendance(5, 0, 0, 0, 0),
                        FULL_LENGTH,
                        proceedings(speakers(3), List.of(), 5, Set.of(SelfCheck.PRINCIPLES_KEPT)),
                        false),
                FRAME);

        assertThat(outcome.part(Part.PRINCIPLES).points()).isZero();
    }

    @Test
    void theFrameIsConfigurableButMustAddUpToAHundred() {
        var rules = new MeetingRules(90, 120, 2, 3, 10, 10, 10, 30, 10, 25, 5);
        assertThat(rules.frame().conduct()).isEqualTo(30);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new MeetingRules(90, 120, 2, 3, 10, 10, 10, 30, 10, 25, 6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("101");
    }
}
