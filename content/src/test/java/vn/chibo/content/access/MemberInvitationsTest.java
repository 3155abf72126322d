package vn.chibo.content.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.content.TestClock;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

@SpringBootTest
@Transactional
class MemberInvitationsTest {

    @Autowired
    MemberInvitations invitations;

    @Autowired
    Members members;

    @Autowired
    OrgUnits units;

    @Autowired
    TestClock clock;

    OrgUnit cell;
    Member an;
    Member binh;

    @BeforeEach
    void aCellOfTwoMembers() {
        OrgUnit committee = units.add(null, OrgKind.COMMITTEE, "Đảng ủy", "ĐU");
        cell = units.add(committee.id(), OrgKind.CELL, "Chi bộ 1", "CB1");
        an = members.add(cell, "Nguyễn Văn An", MemberStatus.OFFICIAL, null);
        binh = members.add(cell, "Trần Thị Bình", MemberStatus.PROBATIONARY, null);
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

    @Test
    void aMemberCodeLinksTheAccountToThatRecordOnce() {
        String code = invitations.issue(an, 1L, Duration.ofDays(30));

        assertThat(MemberInvitations.isMemberCode(code)).isTrue();
        assertThat(code).hasSize(23).startsWith("m");
        assertThat(invitations.redeem(code, 7001)).isEqualTo(new MemberInvitations.Outcome.Accepted(an));
        assertThat(invitations.redeem(code, 7002)).isInstanceOf(MemberInvitations.Outcome.AlreadyUsed.class);
        assertThat(members.linkedTo(7001)).contains(an);
        assertThat(members.linkedTo(7002)).isEmpty();
        assertThat(members.telegramOf(cell.id())).containsExactly(java.util.Map.entry(an.id(), 7001L));
    }

    @Test
    void anAccountBelongsToOneRecord() {
        invitations.redeem(invitations.issue(an, 1L, Duration.ofDays(30)), 7001);

        invitations.redeem(invitations.issue(binh, 1L, Duration.ofDays(30)), 7001);

        assertThat(members.linkedTo(7001)).contains(binh);
        assertThat(members.telegramOf(cell.id())).containsOnlyKeys(binh.id());
    }

    @Test
    void aNewLinkEndsTheEarlierUnusedOne() {
        String first = invitations.issue(an, 1L, Duration.ofDays(30));
        String second = invitations.issue(an, 1L, Duration.ofDays(30));

        assertThat(invitations.redeem(first, 7001)).isInstanceOf(MemberInvitations.Outcome.Expired.class);
        assertThat(invitations.redeem(second, 7001)).isInstanceOf(MemberInvitations.Outcome.Accepted.class);
    }

    @Test
    void aCodeExpiresAndARemovedMemberCannotJoin() {
        String code = invitations.issue(an, 1L, Duration.ofDays(30));
        clock.advance(Duration.ofDays(30));
        assertThat(invitations.redeem(code, 7001)).isInstanceOf(MemberInvitations.Outcome.Expired.class);

        String forBinh = invitations.issue(binh, 1L, Duration.ofDays(30));
        members.remove(binh);
        assertThat(invitations.redeem(forBinh, 7001)).isInstanceOf(MemberInvitations.Outcome.Gone.class);
        assertThat(members.linkedTo(7001)).isEmpty();
    }

    @Test
    void aRoleCodeOrGarbageIsNotAMemberCode() {
        assertThat(MemberInvitations.isMemberCode("a".repeat(22))).isFalse();
        assertThat(MemberInvitations.isMemberCode("m" + "a".repeat(21) + "!")).isFalse();
        assertThat(invitations.redeem("m" + "a".repeat(22), 7001))
                .isInstanceOf(MemberInvitations.Outcome.Unknown.class);
    }
}
