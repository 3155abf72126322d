package vn.chibo.content.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.content.TestClock;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

@SpringBootTest
@Transactional
class InvitationsTest {

    @Autowired
    Invitations invitations;

    @Autowired
    RoleAssignments roles;

    @Autowired
    OrgUnits units;

    @Autowired
    TestClock clock;

    RoleAssignment secretary;

    @BeforeEach
    void aSecretaryRoleWaitingForItsHolder() {
        OrgUnit committee = units.add(null, OrgKind.COMMITTEE, "Đảng ủy", "ĐU");
        OrgUnit cell = units.add(committee.id(), OrgKind.CELL, "Chi bộ 1", "CB1");
        secretary = roles.assign(cell, Role.SECRETARY, "Nguyễn Văn An", null);
    }

    @Test
    void aCodeLinksItsRoleToWhoeverRedeemsItOnce() {
        Invitation invitation = invitations.issue(secretary, 1L, Duration.ofDays(14));

        Invitations.Outcome first = invitations.redeem(invitation.code(), 5001);
        Invitations.Outcome second = invitations.redeem(invitation.code(), 6002);

        assertThat(first).isInstanceOfSatisfying(Invitations.Outcome.Accepted.class, a -> assertThat(
                        a.role().telegramUserId())
                .isEqualTo(5001));
        assertThat(second).isInstanceOf(Invitations.Outcome.AlreadyUsed.class);
        assertThat(roles.heldBy(6002)).isEmpty();
    }

    @Test
    void aReissuedLinkRedeemedBySomeoneElseNamesWhoHeldTheRoleBefore() {
        Invitation first = invitations.issue(secretary, 1L, Duration.ofDays(14));
        assertThat(invitations.redeem(first.code(), 5001))
                .isEqualTo(new Invitations.Outcome.Accepted(
                        roles.find(secretary.id()).orElseThrow(), null));
        Invitation again = invitations.issue(roles.find(secretary.id()).orElseThrow(), 1L, Duration.ofDays(14));

        Invitations.Outcome moved = invitations.redeem(again.code(), 6002);

        assertThat(moved).isInstanceOfSatisfying(Invitations.Outcome.Accepted.class, accepted -> {
            assertThat(accepted.previousHolder()).isEqualTo(5001L);
            assertThat(accepted.role().telegramUserId()).isEqualTo(6002L);
        });
        Invitation own = invitations.issue(roles.find(secretary.id()).orElseThrow(), 1L, Duration.ofDays(14));
        assertThat(invitations.redeem(own.code(), 6002))
                .isInstanceOfSatisfying(
                        Invitations.Outcome.Accepted.class, accepted -> assertThat(accepted.previousHolder())
                                .as("redeemed by the one who holds it")
                                .isNull());
    }

    @Test
    void aCodeExpires() {
        Invitation invitation = invitations.issue(secretary, 1L, Duration.ofDays(14));

        clock.advance(Duration.ofDays(14));

        assertThat(invitations.redeem(invitation.code(), 5001)).isInstanceOf(Invitations.Outcome.Expired.class);
        assertThat(roles.heldBy(5001)).isEmpty();
    }

    @Test
    void aForgedOrMalformedCodeGrantsNothing() {
        Invitation real = invitations.issue(secretary, 1L, Duration.ofDays(14));
        String forged = real.code().substring(0, 21) + (real.code().endsWith("A") ? "B" : "A");

        assertThat(invitations.redeem(forged, 5001)).isInstanceOf(Invitations.Outcome.Unknown.class);
        assertThat(invitations.redeem("'; DROP TABLE invitation; --", 5001))
                .isInstanceOf(Invitations.Outcome.Unknown.class);
        assertThat(invitations.redeem(null, 5001)).isInstanceOf(Invitations.Outcome.Unknown.class);
        assertThat(roles.heldBy(5001)).isEmpty();
    }

    @Test
    void codesAreUnguessableAndOnlyTheirHashIsStored() {
        Invitation a = invitations.issue(secretary, 1L, Duration.ofDays(14));
        Invitation b = invitations.issue(secretary, 1L, Duration.ofDays(14));

        assertThat(a.code()).hasSize(22).isNotEqualTo(b.code());
        assertThat(Invitations.hash(a.code())).hasSize(64).doesNotContain(a.code());
    }
}
