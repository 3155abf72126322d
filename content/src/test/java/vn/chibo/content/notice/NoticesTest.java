package vn.chibo.content.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.content.TestClock;
import vn.chibo.content.meeting.MeetingKind;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

@SpringBootTest
@Transactional
class NoticesTest {

    @Autowired
    Notices notices;

    @Autowired
    Members members;

    @Autowired
    OrgUnits units;

    @Autowired
    TestClock clock;

    OrgUnit cell;
    Member an;
    Member binh;
    Member cuong;
    LocalDateTime now;

    @BeforeEach
    void aCellOfThreeMembersTwoOnTelegram() {
        OrgUnit committee = units.add(null, OrgKind.COMMITTEE, "Đảng ủy", "ĐU");
        cell = units.add(committee.id(), OrgKind.CELL, "Chi bộ 1", "CB1");
        an = members.add(cell, "Nguyễn Văn An", MemberStatus.OFFICIAL, null);
        binh = members.add(cell, "Trần Thị Bình", MemberStatus.OFFICIAL, null);
        cuong = members.add(cell, "Lê Văn Cường", MemberStatus.OFFICIAL, null);
        members.linkTelegram(an, 7001);
        members.linkTelegram(binh, 7002);
        now = LocalDateTime.now(clock);
    }

    /** The clock is the context's, shared with other test classes: put back as it was found. */
    java.time.Instant found;

    @BeforeEach
    void rememberTheClock() {
        found = clock.instant();
    }

    @org.junit.jupiter.api.AfterEach
    void putTheClockBack() {
        clock.set(found);
    }

    private MeetingNotice inThreeDays(List<String> materials) {
        return notices.create(
                cell.id(), MeetingKind.MONTHLY, now.plusDays(3), "Hội trường", "1. Thời sự", materials, 501L);
    }

    @Test
    void aNoticeIsKeptWithItsMaterialsAndFoundByItsDay() {
        MeetingNotice notice = inThreeDays(List.of("FILE-A", "FILE-B"));

        assertThat(notices.find(notice.id())).contains(notice);
        assertThat(notice.materials()).containsExactly("FILE-A", "FILE-B");
        assertThat(notices.forDay(cell.id(), now.plusDays(3).toLocalDate())).contains(notice);
        assertThat(notices.forDay(cell.id(), now.plusDays(2).toLocalDate())).isEmpty();
        assertThat(notices.upcoming(cell.id(), now)).containsExactly(notice);
        assertThat(notices.upcoming(cell.id(), now.plusDays(4))).isEmpty();
    }

    @Test
    void anAnswerReplacesTheEarlierOneAndOnlyAnAbsenceKeepsAReason() {
        MeetingNotice notice = inThreeDays(List.of());
        notices.reply(notice.id(), an.id(), false, "Ốm đau");
        notices.reply(notice.id(), an.id(), true, "ignored");
        notices.reply(notice.id(), binh.id(), false, "Đi công tác");

        assertThat(notices.replies(notice.id()))
                .extracting(NoticeReply::memberName, NoticeReply::attends, NoticeReply::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Nguyễn Văn An", true, null),
                        org.assertj.core.groups.Tuple.tuple("Trần Thị Bình", false, "Đi công tác"));
        assertThat(notices.replyOf(notice.id(), cuong.id())).isEmpty();
    }

    @Test
    void theUnansweredAreThoseOnTelegramWhoHaveNotReplied() {
        MeetingNotice notice = inThreeDays(List.of());
        notices.reply(notice.id(), an.id(), true, null);

        assertThat(notices.unanswered(notice))
                .containsExactly(new Notices.Unanswered(binh.id(), "Trần Thị Bình", 7002));
    }

    @Test
    void aFollowUpAndAMaterialsCheckAreClaimedOnce() {
        MeetingNotice bare = inThreeDays(List.of());
        MeetingNotice withFiles = inThreeDays(List.of("FILE-A"));

        assertThat(notices.awaitingFollowUp(now, now.plusDays(1))).isEmpty();
        clock.advance(Duration.ofDays(2).plusHours(1));
        LocalDateTime later = LocalDateTime.now(clock);
        assertThat(notices.awaitingFollowUp(later, later.plusDays(1)))
                .extracting(MeetingNotice::id)
                .containsExactly(bare.id(), withFiles.id());
        assertThat(notices.awaitingMaterials(later, later.plusDays(2)))
                .extracting(MeetingNotice::id)
                .containsExactly(bare.id());

        assertThat(notices.claimFollowUp(bare.id())).isTrue();
        assertThat(notices.claimFollowUp(bare.id())).isFalse();
        assertThat(notices.claimMaterialsCheck(bare.id())).isTrue();
        assertThat(notices.claimMaterialsCheck(bare.id())).isFalse();
        assertThat(notices.awaitingFollowUp(later, later.plusDays(1)))
                .extracting(MeetingNotice::id)
                .containsExactly(withFiles.id());
        assertThat(notices.awaitingMaterials(later, later.plusDays(2))).isEmpty();
    }

    @Test
    void aSecretarysReminderWaitsItsTimeAfterTheLastOne() {
        MeetingNotice notice = inThreeDays(List.of());

        assertThat(notices.claimReminder(notice.id(), Duration.ofHours(6))).isTrue();
        clock.advance(Duration.ofHours(5));
        assertThat(notices.claimReminder(notice.id(), Duration.ofHours(6))).isFalse();
        clock.advance(Duration.ofHours(1));
        assertThat(notices.claimReminder(notice.id(), Duration.ofHours(6))).isTrue();
    }

    @Test
    void materialsSentLaterAreKeptOnceOnly() {
        MeetingNotice bare = inThreeDays(List.of());

        notices.attachMaterials(bare.id(), List.of("FILE-A"));
        notices.attachMaterials(bare.id(), List.of("FILE-B"));

        assertThat(notices.find(bare.id()).orElseThrow().materials()).containsExactly("FILE-A");
    }
}
