package vn.chibo.content.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.content.TestOrganisation;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Invitations;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignment;
import vn.chibo.content.access.RoleAssignments;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgUnits;

/** Roles handed out and links issued by the office: inside its scope, to a member of the cell, once per person. */
@SpringBootTest
@Transactional
class RoleChangesTest {

    @Autowired
    RoleChanges changes;

    @Autowired
    OrgUnits units;

    @Autowired
    Members members;

    @Autowired
    RoleAssignments roles;

    @Autowired
    Invitations invitations;

    @Autowired
    JdbcClient jdbc;

    Member an;

    TestOrganisation org;

    @BeforeEach
    void aCommitteeWithTwoCellsAndAStrangerCell() {
        org = TestOrganisation.storedIn(units);
        an = members.add(org.office(), "Nguyễn Văn An", MemberStatus.OFFICIAL, LocalDate.of(2001, 5, 19));
    }

    @Test
    void aCellsSecretaryIsOneOfItsMembersAndGetsALinkThatWorks() {
        var result = changes.give(org.officeUser(), org.office().id(), Role.SECRETARY, an.id(), null);

        assertThat(result).isInstanceOfSatisfying(RoleChanges.Result.Invited.class, invited -> {
            assertThat(invited.role().personName()).isEqualTo("Nguyễn Văn An");
            assertThat(invitations.redeem(invited.invitation().code(), 2001))
                    .isInstanceOf(Invitations.Outcome.Accepted.class);
        });
        assertThat(roles.heldBy(2001)).extracting(RoleAssignment::role).containsExactly(Role.SECRETARY);
        assertThat(auditActions()).containsExactly("role.assigned");
    }

    @Test
    void theSameRoleForTheSamePersonIsRefusedWhateverTheAccents() {
        changes.give(org.officeUser(), org.committee().id(), Role.LEADER, null, "Trần Văn Bình");

        assertThat(changes.give(org.officeUser(), org.committee().id(), Role.LEADER, null, "Tran Van Binh"))
                .isEqualTo(new RoleChanges.Result.Refused(RoleChanges.Reason.ALREADY_HELD));
        assertThat(roles.ofUnit(org.committee().id())).hasSize(1);
    }

    @Test
    void aUnitOutsideTheScopeOrARoleThatDoesNotFitIsNotAllowed() {
        assertThat(changes.give(org.officeUser(), org.elsewhere().id(), Role.SECRETARY, an.id(), null))
                .isEqualTo(new RoleChanges.Result.Refused(RoleChanges.Reason.NOT_ALLOWED));
        assertThat(changes.give(org.officeUser(), org.office().id(), Role.LEADER, null, "Trần Văn Bình"))
                .as("a cell has no leader")
                .isEqualTo(new RoleChanges.Result.Refused(RoleChanges.Reason.NOT_ALLOWED));
        assertThat(auditActions()).isEmpty();
    }

    @Test
    void theCommitteeMemberWhoFollowsACellIsNamedOnTheCellAndOnlyThere() {
        var result = changes.give(org.officeUser(), org.office().id(), Role.FOLLOWER, null, "Lê Quốc Khánh");

        assertThat(result).isInstanceOfSatisfying(RoleChanges.Result.Invited.class, invited -> {
            assertThat(invitations.redeem(invited.invitation().code(), 2003))
                    .isInstanceOf(Invitations.Outcome.Accepted.class);
        });
        assertThat(roles.followersOf(org.office().id())).containsExactly(2003L);
        assertThat(roles.answersFor(2003, org.office().id()))
                .as("following a cell is not answering for it")
                .isFalse();
        assertThat(changes.give(org.officeUser(), org.committee().id(), Role.FOLLOWER, null, "Lê Quốc Khánh"))
                .as("a committee has no follower")
                .isEqualTo(new RoleChanges.Result.Refused(RoleChanges.Reason.NOT_ALLOWED));
    }

    @Test
    void theMinuteTakerIsOneOfTheCellsMembersHoldsItOnTheCellAndDoesNotAnswerForIt() {
        var result = changes.give(org.officeUser(), org.office().id(), Role.MINUTE_TAKER, an.id(), "ignored");

        assertThat(result).isInstanceOfSatisfying(RoleChanges.Result.Invited.class, invited -> {
            assertThat(invited.role().personName())
                    .as("the member's name, not one typed")
                    .isEqualTo("Nguyễn Văn An");
            assertThat(invitations.redeem(invited.invitation().code(), 2004))
                    .isInstanceOf(Invitations.Outcome.Accepted.class);
        });
        assertThat(roles.answersFor(2004, org.office().id())).isFalse();
        assertThat(roles.chatsAnsweringFor(org.office())).doesNotContain(2004L);
        assertThat(changes.give(org.officeUser(), org.office().id(), Role.CELL_COMMITTEE, null, "Người ngoài"))
                .as("a cell committee member is picked from the cell's members")
                .isEqualTo(new RoleChanges.Result.Refused(RoleChanges.Reason.CHANGED_MEANWHILE));
        assertThat(changes.give(org.officeUser(), org.committee().id(), Role.MINUTE_TAKER, an.id(), null))
                .isEqualTo(new RoleChanges.Result.Refused(RoleChanges.Reason.NOT_ALLOWED));
        assertThat(changes.give(org.officeUser(), org.office().id(), Role.TREASURER, an.id(), null))
                .as("the member who collects dues is one of the cell's too")
                .isInstanceOf(RoleChanges.Result.Invited.class);
    }

    @Test
    void aMemberWhoLeftTheCellCannotBeMadeItsSecretary() {
        assertThat(changes.give(org.officeUser(), org.audit().id(), Role.SECRETARY, an.id(), null))
                .isEqualTo(new RoleChanges.Result.Refused(RoleChanges.Reason.CHANGED_MEANWHILE));
    }

    @Test
    void aFreshLinkStopsTheOldOne() {
        var first = (RoleChanges.Result.Invited)
                changes.give(org.officeUser(), org.office().id(), Role.SECRETARY, an.id(), null);

        var second = changes.reinvite(org.officeUser(), first.role().id());

        assertThat(invitations.redeem(first.invitation().code(), 2001))
                .isNotInstanceOf(Invitations.Outcome.Accepted.class);
        assertThat(second).isInstanceOfSatisfying(RoleChanges.Result.Invited.class, invited -> assertThat(
                        invitations.redeem(invited.invitation().code(), 2001))
                .isInstanceOf(Invitations.Outcome.Accepted.class));
        assertThat(auditActions()).containsExactly("role.assigned", "invitation.issued");
    }

    @Test
    void aSecretaryCannotReinvite() {
        var given = (RoleChanges.Result.Invited)
                changes.give(org.officeUser(), org.office().id(), Role.SECRETARY, an.id(), null);
        Actor secretary = new Actor(2001, "An", given.role(), false);

        assertThat(changes.reinvite(secretary, given.role().id()))
                .isEqualTo(new RoleChanges.Result.Refused(RoleChanges.Reason.CHANGED_MEANWHILE));
    }

    private List<String> auditActions() {
        return jdbc.sql("SELECT action FROM audit_entry ORDER BY id")
                .query(String.class)
                .list();
    }
}
