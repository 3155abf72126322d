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
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignment;
import vn.chibo.content.org.LifeEvent;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.MemberEvents;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgUnits;

/** A member's life events against the real database: checked, kept, and changing the member as the rules say. */
@SpringBootTest
@Transactional
class MemberLifeTest {

    // Today by the shared test clock (other tests may have moved it on).
    LocalDate today;

    @Autowired
    java.time.Clock clock;

    @Autowired
    MemberLife life;

    @Autowired
    OrganisationChanges changes;

    @Autowired
    Members members;

    @Autowired
    MemberEvents events;

    @Autowired
    OrgUnits units;

    @Autowired
    JdbcClient jdbc;

    TestOrganisation org;
    Actor secretary;
    Member hoa;

    @BeforeEach
    void aProbationaryMemberAdmittedThirteenMonthsAgo() {
        today = LocalDate.now(clock);
        org = TestOrganisation.storedIn(units);
        secretary = new Actor(
                1001, "An", new RoleAssignment(1, Role.SECRETARY, org.office(), "Nguyễn Văn An", 1001L), false);
        changes.addMember(
                org.officeUser(),
                org.office().id(),
                "Phạm Thị Hoa",
                MemberStatus.PROBATIONARY,
                LocalDate.of(2025, 10, 10));
        hoa = members.ofCell(org.office().id()).get(0);
    }

    @Test
    void addingAProbationaryMemberKeepsTheAdmission() {
        assertThat(events.of(hoa.id())).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(LifeEvent.ADMITTED);
            assertThat(e.on()).isEqualTo(LocalDate.of(2025, 10, 10));
            assertThat(e.after()).isEqualTo(MemberStatus.PROBATIONARY);
        });
    }

    @Test
    void recognitionTakesEffectNoEarlierThanTwelveMonthsAndNeedsItsDecision() {
        assertThat(life.earliest(hoa, LifeEvent.RECOGNISED)).isEqualTo(LocalDate.of(2026, 10, 10));

        var early = life.record(
                secretary,
                hoa.id(),
                org.office().id(),
                LifeEvent.RECOGNISED,
                LocalDate.of(2026, 10, 9),
                null,
                "Quyết định số 15-QĐ/ĐU");
        var undecided = life.record(
                secretary, hoa.id(), org.office().id(), LifeEvent.RECOGNISED, LocalDate.of(2026, 10, 10), null, " ");
        var done = life.record(
                secretary,
                hoa.id(),
                org.office().id(),
                LifeEvent.RECOGNISED,
                LocalDate.of(2026, 10, 10),
                null,
                "Quyết định số 15-QĐ/ĐU");

        assertThat(early)
                .isEqualTo(new MemberLife.Result.Refused(MemberLife.Reason.TOO_EARLY, LocalDate.of(2026, 10, 10)));
        assertThat(undecided).isEqualTo(new MemberLife.Result.Refused(MemberLife.Reason.DETAILS));
        assertThat(done).isEqualTo(new MemberLife.Result.Done(org.office(), "Phạm Thị Hoa", MemberStatus.OFFICIAL));
        assertThat(members.find(hoa.id()).orElseThrow().status()).isEqualTo(MemberStatus.OFFICIAL);
        assertThat(members.probationaryAdmittedBetween(LocalDate.of(2025, 1, 1), today))
                .as("no longer reminded as probationary")
                .isEmpty();
    }

    @Test
    void aReturnRestoresTheStatusTheMemberHadBefore() {
        life.record(
                secretary,
                hoa.id(),
                org.office().id(),
                LifeEvent.AWAY,
                LocalDate.of(2026, 3, 1),
                "Chi bộ Trường Chính trị tỉnh (học tập trung)",
                null);
        assertThat(members.find(hoa.id()).orElseThrow().status()).isEqualTo(MemberStatus.AWAY);

        var back = life.record(
                secretary, hoa.id(), org.office().id(), LifeEvent.RETURNED, LocalDate.of(2026, 9, 1), null, null);

        assertThat(back).isEqualTo(new MemberLife.Result.Done(org.office(), "Phạm Thị Hoa", MemberStatus.PROBATIONARY));
        assertThat(life.record(
                        secretary,
                        hoa.id(),
                        org.office().id(),
                        LifeEvent.RETURNED,
                        LocalDate.of(2026, 9, 2),
                        null,
                        null))
                .as("back once: no second return")
                .isEqualTo(new MemberLife.Result.Refused(MemberLife.Reason.NOT_FROM_STATUS));
        assertThat(life.record(
                        secretary,
                        hoa.id(),
                        org.office().id(),
                        LifeEvent.SUSPENDED,
                        LocalDate.of(2026, 8, 31),
                        null,
                        "Quyết định số 3-QĐ/ĐU"))
                .as("not before the last event recorded")
                .isEqualTo(new MemberLife.Result.Refused(MemberLife.Reason.TOO_EARLY, LocalDate.of(2026, 9, 1)));
        assertThat(life.record(
                        secretary, hoa.id(), org.office().id(), LifeEvent.EXEMPTED, today, null, "Quyết định số 4"))
                .as("a probationary member is not exempted")
                .isEqualTo(new MemberLife.Result.Refused(MemberLife.Reason.NOT_FROM_STATUS));
    }

    @Test
    void aDeathTakesTheMemberOffTheListAndKeepsTheDay() {
        var died = life.record(
                secretary, hoa.id(), org.office().id(), LifeEvent.DIED, LocalDate.of(2026, 11, 2), null, null);

        assertThat(died).isEqualTo(new MemberLife.Result.Done(org.office(), "Phạm Thị Hoa", null));
        assertThat(members.ofCell(org.office().id())).isEmpty();
        assertThat(events.diedWithin(org.committee().path(), LocalDate.of(2026, 1, 1)))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.member().fullName()).isEqualTo("Phạm Thị Hoa");
                    assertThat(d.on()).isEqualTo(LocalDate.of(2026, 11, 2));
                });
        assertThat(events.countWithin(org.committee().path(), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)))
                .containsEntry(LifeEvent.DIED, 1)
                .containsEntry(LifeEvent.ADMITTED, 0);
        assertThat(jdbc.sql("SELECT action FROM audit_entry ORDER BY id DESC")
                        .query(String.class)
                        .list())
                .first()
                .isEqualTo("member.life");
    }

    @Test
    void nothingIsRecordedOutsideTheScopeNorAheadNorWithoutItsReason() {
        Member stranger = members.add(org.elsewhere(), "Lê Văn Tám", MemberStatus.OFFICIAL, null);

        assertThat(life.record(secretary, stranger.id(), org.elsewhere().id(), LifeEvent.DIED, today, null, null))
                .isEqualTo(new MemberLife.Result.Refused(MemberLife.Reason.CHANGED_MEANWHILE));
        assertThat(life.record(secretary, hoa.id(), org.audit().id(), LifeEvent.DIED, today, null, null))
                .as("the member is no longer in the cell the form was opened on")
                .isEqualTo(new MemberLife.Result.Refused(MemberLife.Reason.CHANGED_MEANWHILE));
        assertThat(life.record(secretary, hoa.id(), org.office().id(), LifeEvent.DIED, today.plusDays(1), null, null))
                .isEqualTo(new MemberLife.Result.Refused(MemberLife.Reason.FUTURE));
        assertThat(life.record(
                        secretary, hoa.id(), org.office().id(), LifeEvent.STRUCK_OFF, today, " ", "Quyết định số 9"))
                .as("xóa tên says why")
                .isEqualTo(new MemberLife.Result.Refused(MemberLife.Reason.DETAILS));
        assertThat(life.record(
                        secretary, hoa.id(), org.office().id(), LifeEvent.TRANSFERRED, today, "x".repeat(301), null))
                .isEqualTo(new MemberLife.Result.Refused(MemberLife.Reason.DETAILS));
        var member = new Actor(1005, "Hoa", null, false, hoa);
        assertThat(life.record(member, hoa.id(), org.office().id(), LifeEvent.RESIGNED, today, null, null))
                .as("a member records nothing of their own")
                .isEqualTo(new MemberLife.Result.Refused(MemberLife.Reason.CHANGED_MEANWHILE));
        assertThat(members.find(hoa.id())).isPresent();
        assertThat(events.of(hoa.id())).hasSize(1);
    }
}
