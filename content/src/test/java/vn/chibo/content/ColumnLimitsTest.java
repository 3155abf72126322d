package vn.chibo.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.content.commendation.Commendation;
import vn.chibo.content.deadline.Deadlines;
import vn.chibo.content.meeting.MeetingRecord;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgUnits;

/**
 * Every limit a form or an import checks typed text against is what the migrated column can hold, so text that passed
 * the check is never refused by the database with a generic apology.
 */
@SpringBootTest
class ColumnLimitsTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void organisationNames() {
        assertThat(OrgUnits.MAX_NAME).isEqualTo(length("org_unit", "name"));
        assertThat(Members.MAX_NAME)
                .isEqualTo(length("member", "full_name"))
                .isEqualTo(length("role_assignment", "person_name"))
                .isEqualTo(length("meeting_attendance", "member_name"));
    }

    @Test
    void meetingTexts() {
        assertThat(MeetingRecord.MAX_PLACE).isEqualTo(length("meeting", "place"));
        assertThat(MeetingRecord.MAX_TOPIC).isEqualTo(length("meeting", "topic"));
        assertThat(MeetingRecord.MAX_GUESTS).isEqualTo(length("meeting", "guests"));
        for (String section : new String[] {"results", "decisions", "next_tasks", "conclusion"}) {
            assertThat(MeetingRecord.MAX_SECTION).as(section).isEqualTo(length("meeting", section));
        }
    }

    @Test
    void commendationTexts() {
        assertThat(Commendation.MAX_FORM_NAME).isEqualTo(length("commendation", "form_name"));
        assertThat(Commendation.MAX_ISSUER).isEqualTo(length("commendation", "issuer"));
        assertThat(Commendation.MAX_ACHIEVEMENT).isEqualTo(length("commendation", "achievement"));
        assertThat(Commendation.MAX_DOCUMENTS).isEqualTo(length("commendation", "documents"));
        assertThat(Commendation.MAX_DECISION_NUMBER).isEqualTo(length("commendation", "decision_number"));
        assertThat(Commendation.MAX_PHOTO_IDS).isEqualTo(length("commendation", "photo_file_ids"));
        assertThat(length("commendation", "recipient_name"))
                .as("a recipient is a unit or a member")
                .isGreaterThanOrEqualTo(Math.max(OrgUnits.MAX_NAME, Members.MAX_NAME));
    }

    @Test
    void deadlineTexts() {
        assertThat(Deadlines.MAX_TITLE).isEqualTo(length("report_deadline", "title"));
        assertThat(Deadlines.MAX_FILE_NAME).isEqualTo(length("report_submission", "file_name"));
    }

    @Test
    void noticeTexts() {
        assertThat(vn.chibo.content.notice.MeetingNotice.MAX_PLACE).isEqualTo(length("meeting_notice", "place"));
        assertThat(vn.chibo.content.notice.MeetingNotice.MAX_AGENDA).isEqualTo(length("meeting_notice", "agenda"));
        assertThat(vn.chibo.content.notice.MeetingNotice.MAX_MATERIAL_CHARS)
                .isEqualTo(length("meeting_notice", "material_file_ids"));
        assertThat(vn.chibo.content.notice.NoticeReply.MAX_REASON).isEqualTo(length("notice_reply", "reason"));
    }

    private int length(String table, String column) {
        return jdbc.sql("SELECT CHARACTER_MAXIMUM_LENGTH FROM INFORMATION_SCHEMA.COLUMNS"
                        + " WHERE LOWER(TABLE_NAME) = ? AND LOWER(COLUMN_NAME) = ?")
                .params(table, column)
                .query(Integer.class)
                .single();
    }
}
