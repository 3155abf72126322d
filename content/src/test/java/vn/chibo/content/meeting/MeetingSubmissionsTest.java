package vn.chibo.content.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.content.TestOrganisation;
import vn.chibo.content.org.OrgUnits;

/** Meetings logged for confirmation, in the real database: kept, settled once, reopened when the save fails. */
@SpringBootTest
@Transactional
class MeetingSubmissionsTest {

    @Autowired
    MeetingSubmissions submissions;

    @Autowired
    OrgUnits units;

    @Test
    void aSubmissionIsSettledOnceAndItsAnswersAreNotKeptAfter() {
        var cell = TestOrganisation.storedIn(units).office();
        var kept = submissions.submit(
                cell.id(), MeetingKind.MONTHLY, LocalDate.of(2026, 11, 30), 1003, "Trần Thị Bình", "{\"values\":{}}");

        assertThat(submissions.find(kept.id())).hasValueSatisfying(s -> {
            assertThat(s.pending()).isTrue();
            assertThat(s.answers()).isEqualTo("{\"values\":{}}");
            assertThat(s.submittedBy()).isEqualTo(1003L);
        });
        assertThat(submissions.settle(kept.id(), MeetingSubmission.State.CONFIRMED, 1001))
                .isTrue();
        assertThat(submissions.settle(kept.id(), MeetingSubmission.State.RETURNED, 1002))
                .as("the deputy's press after the secretary's")
                .isFalse();
        assertThat(submissions.find(kept.id())).hasValueSatisfying(s -> {
            assertThat(s.state()).isEqualTo(MeetingSubmission.State.CONFIRMED);
            assertThat(s.answers()).isNull();
        });

        submissions.reopen(kept.id(), "{\"values\":{\"a\":\"b\"}}");
        assertThat(submissions.find(kept.id())).hasValueSatisfying(s -> {
            assertThat(s.pending()).isTrue();
            assertThat(s.answers()).contains("\"a\"");
        });
        assertThatThrownBy(() -> submissions.settle(kept.id(), MeetingSubmission.State.PENDING, 1001))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
