package vn.chibo.content.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignment;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

/** Recording commendations: one record per person, checked against scope, the badge's years and the decision date. */
@SpringBootTest
@Transactional
class RecordCommendationsTest {

    @Autowired
    RecordCommendations recordCommendations;

    @Autowired
    OrgUnits units;

    @Autowired
    Members members;

    @Autowired
    JdbcClient jdbc;

    OrgUnit committee;
    OrgUnit office;
    OrgUnit elsewhere;
    Member an;
    Member hoa;
    Actor officeUser;

    @BeforeEach
    void aCommitteeWithACellAndAStrangerCell() {
        committee = units.add(null, OrgKind.COMMITTEE, "Đảng bộ Sở Tư pháp", "ĐB STP");
        office = units.add(committee.id(), OrgKind.CELL, "Chi bộ Văn phòng", "CB VP");
        elsewhere = units.add(
                units.add(null, OrgKind.COMMITTEE, "Đảng bộ khác", "ĐB K").id(), OrgKind.CELL, "Chi bộ khác", "CB K");
        an = members.add(office, "Nguyễn Văn An", MemberStatus.OFFICIAL, LocalDate.of(1986, 5, 1));
        hoa = members.add(office, "Phạm Thị Hoa", MemberStatus.OFFICIAL, LocalDate.of(2000, 5, 1));
        officeUser =
                new Actor(1004, "Trang", new RoleAssignment(4, Role.OFFICE, committee, "Lê Thu Trang", 1004L), false);
    }

    static Commendation award(AwardForm form, Integer badgeYears, LocalDate decided) {
        return new Commendation(
                0,
                null,
                null,
                form,
                null,
                badgeYears,
                "Tỉnh ủy Quảng Trị",
                form == AwardForm.BADGE ? null : "Hoàn thành xuất sắc nhiệm vụ năm 2025",
                null,
                List.of(),
                "1234-QĐ/TU",
                decided,
                List.of());
    }

    RecordCommendations.Result run(Commendation award, RecordCommendations.Recipient recipient) {
        return recordCommendations.run(
                new RecordCommendations.Command(award, recipient, names -> "Khen thưởng cho " + names), officeUser);
    }

    @Test
    void membersPickedTogetherGetOneRecordEachAndOneAuditEntry() {
        var result = run(
                award(AwardForm.MERIT, null, LocalDate.of(2026, 1, 15)),
                new RecordCommendations.Recipient.Members(office.id(), List.of(an.id(), hoa.id())));

        assertThat(result).isInstanceOfSatisfying(RecordCommendations.Result.Recorded.class, r -> {
            assertThat(r.ids()).hasSize(2);
            assertThat(r.recipients()).isEqualTo("Nguyễn Văn An, Phạm Thị Hoa");
        });
        assertThat(jdbc.sql("SELECT details FROM audit_entry")
                        .query(String.class)
                        .list())
                .containsExactly("Khen thưởng cho Nguyễn Văn An, Phạm Thị Hoa");
    }

    @Test
    void aBadgeForYearsAMemberHasNotHeldIsRefusedAndNothingIsStored() {
        var result = run(
                award(AwardForm.BADGE, 30, LocalDate.of(2026, 9, 2)),
                new RecordCommendations.Recipient.Members(office.id(), List.of(an.id(), hoa.id())));

        assertThat(result)
                .isEqualTo(new RecordCommendations.Result.Refused(RecordCommendations.Reason.NOT_YET_ELIGIBLE));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM commendation")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aCollectiveOutsideTheScopeIsRefused() {
        var result =
                run(award(AwardForm.MERIT, null, null), new RecordCommendations.Recipient.Collective(elsewhere.id()));

        assertThat(result)
                .isEqualTo(new RecordCommendations.Result.Refused(RecordCommendations.Reason.CHANGED_MEANWHILE));
    }

    @Test
    void aDecisionDatedInTheFutureIsRefused() {
        var result = run(
                award(AwardForm.MERIT, null, LocalDate.of(2027, 1, 1)),
                new RecordCommendations.Recipient.Collective(office.id()));

        assertThat(result).isEqualTo(new RecordCommendations.Result.Refused(RecordCommendations.Reason.DECISION_DATE));
    }
}
