package vn.chibo.content.deadline;

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
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignment;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

/** An office sets a deadline for its own cells only, not in the past, on a period there is; audited once. */
@SpringBootTest
@Transactional
class SetDeadlineTest {

    // The test clock reads 2026-11-24.
    static final LocalDate DUE = LocalDate.of(2026, 12, 15);

    @Autowired
    SetDeadline setDeadline;

    @Autowired
    Deadlines deadlines;

    @Autowired
    OrgUnits units;

    @Autowired
    JdbcClient jdbc;

    TestOrganisation org;

    @BeforeEach
    void aCommitteeOfTwoCellsAndAStrangerCell() {
        org = TestOrganisation.storedIn(units);
    }

    @Test
    void forEveryCellOfTheCommittee() {
        var result = setDeadline.run(command(3, List.of()), org.officeUser());

        assertThat(result).isInstanceOfSatisfying(SetDeadline.Result.Done.class, done -> {
            assertThat(done.cells()).isEqualTo(2);
            assertThat(deadlines.cellsOf(done.deadline()))
                    .extracting(OrgUnit::id)
                    .containsExactlyInAnyOrder(org.office().id(), org.audit().id());
        });
        assertThat(auditNotes()).containsExactly("Báo cáo quý, 2 chi bộ");
    }

    @Test
    void forTheCellsPicked() {
        var result = setDeadline.run(command(0, List.of(org.audit().id())), org.officeUser());

        assertThat(result).isInstanceOfSatisfying(SetDeadline.Result.Done.class, done -> assertThat(
                        deadlines.cellsOf(done.deadline()))
                .extracting(OrgUnit::id)
                .containsExactly(org.audit().id()));
    }

    @Test
    void aCellOutsideTheCommitteeIsRefusedAndNothingIsStored() {
        var result = setDeadline.run(
                command(0, List.of(org.office().id(), org.elsewhere().id())), org.officeUser());

        assertThat(result).isEqualTo(new SetDeadline.Result.Refused(SetDeadline.Reason.CHANGED_MEANWHILE));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM report_deadline")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(auditNotes()).isEmpty();
    }

    @Test
    void someoneNoLongerInTheOfficeIsRefused() {
        Actor secretary = new Actor(
                1005, "An", new RoleAssignment(5, Role.SECRETARY, org.office(), "Nguyễn Văn An", 1005L), false);

        assertThat(setDeadline.run(command(0, List.of()), secretary))
                .isEqualTo(new SetDeadline.Result.Refused(SetDeadline.Reason.NOT_OFFICE));
    }

    @Test
    void aDayPassedOrAPeriodThereIsNotIsRefused() {
        var yesterday = new SetDeadline.Command("Báo cáo quý", LocalDate.of(2026, 11, 23), 0, List.of(), n -> "");

        assertThat(setDeadline.run(yesterday, org.officeUser()))
                .isEqualTo(new SetDeadline.Result.Refused(SetDeadline.Reason.IN_THE_PAST));
        assertThat(setDeadline.run(command(5, List.of()), org.officeUser()))
                .isEqualTo(new SetDeadline.Result.Refused(SetDeadline.Reason.NO_SUCH_PERIOD));
    }

    private static SetDeadline.Command command(int months, List<Long> cells) {
        return new SetDeadline.Command("Báo cáo quý", DUE, months, cells, n -> "Báo cáo quý, " + n + " chi bộ");
    }

    private List<String> auditNotes() {
        return jdbc.sql("SELECT details FROM audit_entry WHERE action = 'deadline.created'")
                .query(String.class)
                .list();
    }
}
