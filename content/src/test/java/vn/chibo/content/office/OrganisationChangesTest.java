package vn.chibo.content.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.content.TestOrganisation;
import vn.chibo.content.access.Actor;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

/** The office's changes: done and audited inside its scope, refused outside it or over a name already there. */
@SpringBootTest
@Transactional
class OrganisationChangesTest {

    @Autowired
    OrganisationChanges changes;

    @Autowired
    OrgUnits units;

    @Autowired
    Members members;

    @Autowired
    JdbcClient jdbc;

    OrgUnit committee;
    OrgUnit office;
    OrgUnit audit;
    OrgUnit elsewhere;
    Member an;
    Actor officeUser;

    @BeforeEach
    void aCommitteeOfTwoCellsAndAStrangerCell() {
        var org = TestOrganisation.storedIn(units);
        committee = org.committee();
        office = org.office();
        audit = org.audit();
        elsewhere = org.elsewhere();
        officeUser = org.officeUser();
        an = members.add(office, "Nguyễn Văn An", MemberStatus.OFFICIAL, LocalDate.of(2001, 5, 19));
    }

    @Test
    void aCellIsAddedUnderACommitteeInScopeOnceOnly() {
        var added = changes.addCell(officeUser, committee.id(), "Chi bộ Phòng Tổ chức");
        var again = changes.addCell(officeUser, committee.id(), "Chi bộ Phòng Tổ chức");

        assertThat(added).isInstanceOfSatisfying(OrganisationChanges.Result.Done.class, d -> assertThat(
                        d.unit().shortName())
                .isEqualTo("CB Phòng Tổ chức"));
        assertThat(again)
                .isEqualTo(new OrganisationChanges.Result.Refused(OrganisationChanges.Reason.ALREADY_THERE, committee));
        assertThat(auditActions()).containsExactly("unit.added");
    }

    @Test
    void aCommitteesPlaceNameAndMeetingLengthHoldForItsCellsAndOnlyInScope() {
        var done = changes.setDocumentSettings(officeUser, committee.id(), "Ninh Bình", 60);

        assertThat(done).isInstanceOf(OrganisationChanges.Result.Done.class);
        assertThat(units.locality(office))
                .as("a cell's minutes use its committee's place")
                .contains("Ninh Bình");
        assertThat(units.meetingMinutes(office)).contains(60);
        assertThat(changes.setDocumentSettings(officeUser, elsewhere.parentId(), "Hà Nội", null))
                .isEqualTo(new OrganisationChanges.Result.Refused(OrganisationChanges.Reason.CHANGED_MEANWHILE));
        assertThat(units.locality(elsewhere)).isEmpty();
        assertThat(changes.setDocumentSettings(officeUser, committee.id(), null, null))
                .isInstanceOf(OrganisationChanges.Result.Done.class);
        assertThat(units.locality(office)).isEmpty();
        assertThat(units.meetingMinutes(office)).isEmpty();
        assertThat(auditActions()).containsExactly("unit.settings", "unit.settings");
    }

    @Test
    void aMemberIsAddedOnceWhateverTheAccentsOfTheName() {
        var result = changes.addMember(officeUser, office.id(), "Nguyen Van An", MemberStatus.OFFICIAL, null);

        assertThat(result)
                .isEqualTo(new OrganisationChanges.Result.Refused(OrganisationChanges.Reason.ALREADY_THERE, office));
        assertThat(changes.addMember(officeUser, office.id(), "Đỗ Thị Mai", MemberStatus.PROBATIONARY, null))
                .isInstanceOf(OrganisationChanges.Result.Done.class);
        assertThat(members.ofCell(office.id())).hasSize(2);
    }

    @Test
    void aTransferMovesTheMemberAndKeepsTheirHistory() {
        var result = changes.transferMember(officeUser, an.id(), office.id(), audit.id());

        assertThat(result).isEqualTo(new OrganisationChanges.Result.Done(units.get(audit.id()), "Nguyễn Văn An"));
        assertThat(members.find(an.id()).orElseThrow().cellId()).isEqualTo(audit.id());
        assertThat(jdbc.sql("SELECT details FROM audit_entry")
                        .query(String.class)
                        .single())
                .isEqualTo("Nguyễn Văn An: Chi bộ Văn phòng → Chi bộ Thanh tra");
    }

    @Test
    void nothingOutsideTheScopeIsChangedAndNothingIsAudited() {
        Member stranger = members.add(elsewhere, "Lê Văn Tám", MemberStatus.OFFICIAL, null);

        assertThat(changes.addCell(officeUser, elsewhere.id(), "Chi bộ X"))
                .isInstanceOf(OrganisationChanges.Result.Refused.class);
        assertThat(changes.renameCell(officeUser, elsewhere.id(), "Chi bộ Y"))
                .isInstanceOf(OrganisationChanges.Result.Refused.class);
        assertThat(changes.addMember(officeUser, elsewhere.id(), "Lê Văn Chín", MemberStatus.OFFICIAL, null))
                .isInstanceOf(OrganisationChanges.Result.Refused.class);
        assertThat(changes.transferMember(officeUser, an.id(), office.id(), elsewhere.id()))
                .isInstanceOf(OrganisationChanges.Result.Refused.class);
        assertThat(auditActions()).isEmpty();
    }

    @Test
    void aCellIsRenamedUnlessItsCommitteeHasTheNameAlready() {
        assertThat(changes.renameCell(officeUser, office.id(), "Chi bộ Thanh tra"))
                .isEqualTo(new OrganisationChanges.Result.Refused(OrganisationChanges.Reason.ALREADY_THERE, committee));
        assertThat(changes.renameCell(officeUser, office.id(), "Chi bộ Văn phòng Sở"))
                .isEqualTo(new OrganisationChanges.Result.Done(units.get(office.id()), "Chi bộ Văn phòng"));
    }

    private java.util.List<String> auditActions() {
        return jdbc.sql("SELECT action FROM audit_entry ORDER BY id")
                .query(String.class)
                .list();
    }
}
