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
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

/**
 * An office sets a deadline for its directly subordinate organisations (the default), every cell, or those picked
 * among its direct subordinates; a subordinate committee's office rolls a deadline set for it down to its own; never
 * in the past, on a period there is; audited once.
 */
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
    OrgUnit top;
    OrgUnit sub;
    OrgUnit subCell;
    OrgUnit topCell;
    Actor topOffice;
    Actor subOffice;

    @BeforeEach
    void aCommitteeOfTwoCellsAndAThreeLevelTree() {
        org = TestOrganisation.storedIn(units);
        top = units.add(null, OrgKind.COMMITTEE, "Đảng bộ Khối", "ĐB Khối");
        sub = units.add(top.id(), OrgKind.COMMITTEE, "Đảng bộ Sở Xây dựng", "ĐB SXD");
        subCell = units.add(sub.id(), OrgKind.CELL, "Chi bộ Kế hoạch", "CB KH");
        units.add(sub.id(), OrgKind.CELL, "Chi bộ Quy hoạch", "CB QH");
        topCell = units.add(top.id(), OrgKind.CELL, "Chi bộ Báo Khối", "CB BK");
        topOffice = new Actor(2001, "Hà", new RoleAssignment(21, Role.OFFICE, top, "Vũ Thu Hà", 2001L), false);
        subOffice = new Actor(2002, "Minh", new RoleAssignment(22, Role.OFFICE, sub, "Đỗ Văn Minh", 2002L), false);
    }

    @Test
    void theDirectSubordinatesOfACommitteeOfCellsAreItsCells() {
        var result = setDeadline.run(command(3, Deadline.Targets.DIRECT, List.of()), org.officeUser());

        assertThat(result).isInstanceOfSatisfying(SetDeadline.Result.Done.class, done -> {
            assertThat(done.count()).isEqualTo(2);
            assertThat(done.counted()).isEqualTo(Deadline.Counted.CELLS);
            assertThat(deadlines.targetsOf(done.deadline()))
                    .extracting(OrgUnit::id)
                    .containsExactlyInAnyOrder(org.office().id(), org.audit().id());
        });
        assertThat(auditNotes()).containsExactly("Báo cáo quý, 2");
    }

    @Test
    void aCommitteeCountsItsDirectSubordinatesNotTheCellsBelowThem() {
        var result = setDeadline.run(command(6, Deadline.Targets.DIRECT, List.of()), topOffice);

        assertThat(result).isInstanceOfSatisfying(SetDeadline.Result.Done.class, done -> {
            assertThat(done.counted()).isEqualTo(Deadline.Counted.DIRECT);
            assertThat(deadlines.targetsOf(done.deadline()))
                    .extracting(OrgUnit::id)
                    .containsExactlyInAnyOrder(sub.id(), topCell.id());
        });
    }

    @Test
    void everyCellOfTheTreeWhenAsked() {
        var result = setDeadline.run(command(1, Deadline.Targets.CELLS, List.of()), topOffice);

        assertThat(result).isInstanceOfSatisfying(SetDeadline.Result.Done.class, done -> {
            assertThat(done.count()).isEqualTo(3);
            assertThat(done.counted()).isEqualTo(Deadline.Counted.CELLS);
        });
    }

    @Test
    void theOrganisationsPickedAmongItsDirectSubordinates() {
        var result = setDeadline.run(command(0, Deadline.Targets.CHOSEN, List.of(sub.id())), topOffice);

        assertThat(result).isInstanceOfSatisfying(SetDeadline.Result.Done.class, done -> {
            assertThat(deadlines.targetsOf(done.deadline()))
                    .extracting(OrgUnit::id)
                    .containsExactly(sub.id());
            assertThat(done.counted()).isEqualTo(Deadline.Counted.UNITS);
        });
    }

    @Test
    void aCellOutsideOrBelowTheDirectSubordinatesIsRefusedAndNothingIsStored() {
        assertThat(setDeadline.run(
                        command(
                                0,
                                Deadline.Targets.CHOSEN,
                                List.of(org.office().id(), org.elsewhere().id())),
                        org.officeUser()))
                .isEqualTo(new SetDeadline.Result.Refused(SetDeadline.Reason.CHANGED_MEANWHILE));
        assertThat(setDeadline.run(command(0, Deadline.Targets.CHOSEN, List.of(subCell.id())), topOffice))
                .isEqualTo(new SetDeadline.Result.Refused(SetDeadline.Reason.CHANGED_MEANWHILE));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM report_deadline")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(auditNotes()).isEmpty();
    }

    @Test
    void aSubordinateCommitteeRollsTheDeadlineSetForItDownToItsCellsWithItsTitleAndPeriod() {
        var parent =
                (SetDeadline.Result.Done) setDeadline.run(command(3, Deadline.Targets.DIRECT, List.of()), topOffice);
        var rolled = new SetDeadline.Command(
                "",
                DUE.minusDays(5),
                0,
                Deadline.Targets.DIRECT,
                List.of(),
                parent.deadline().id(),
                n -> "" + n);

        var result = setDeadline.run(rolled, subOffice);

        assertThat(result).isInstanceOfSatisfying(SetDeadline.Result.Done.class, done -> {
            assertThat(done.deadline().parentId()).isEqualTo(parent.deadline().id());
            assertThat(done.deadline().title()).isEqualTo("Báo cáo quý");
            assertThat(done.deadline().periodMonths()).isEqualTo(3);
            assertThat(done.count()).isEqualTo(2);
            assertThat(deadlines.rolledDownFrom(parent.deadline().id()))
                    .extracting(Deadline::committeeId)
                    .containsExactly(sub.id());
        });
    }

    @Test
    void aRollDownAfterTheDeadlineAboveOrOfADeadlineNotForTheCommitteeIsRefused() {
        var direct =
                (SetDeadline.Result.Done) setDeadline.run(command(0, Deadline.Targets.DIRECT, List.of()), topOffice);
        var cells = (SetDeadline.Result.Done) setDeadline.run(command(0, Deadline.Targets.CELLS, List.of()), topOffice);

        assertThat(setDeadline.run(rollDown(direct, DUE.plusDays(1)), subOffice))
                .isEqualTo(new SetDeadline.Result.Refused(SetDeadline.Reason.AFTER_PARENT));
        assertThat(setDeadline.run(rollDown(cells, DUE), subOffice))
                .as("a deadline for every cell asks the cells, not the sub-committee")
                .isEqualTo(new SetDeadline.Result.Refused(SetDeadline.Reason.NOT_FOR_US));
        assertThat(setDeadline.run(rollDown(direct, DUE), org.officeUser()))
                .isEqualTo(new SetDeadline.Result.Refused(SetDeadline.Reason.NOT_FOR_US));
        assertThat(setDeadline.run(rollDown(direct, DUE), subOffice)).isInstanceOf(SetDeadline.Result.Done.class);
        assertThat(setDeadline.run(rollDown(direct, DUE), subOffice))
                .as("once rolled down, not again")
                .isEqualTo(new SetDeadline.Result.Refused(SetDeadline.Reason.NOT_FOR_US));
        assertThat(deadlines.rollableFor(sub, LocalDate.of(2026, 11, 24))).isEmpty();
    }

    private static SetDeadline.Command rollDown(SetDeadline.Result.Done parent, LocalDate due) {
        return new SetDeadline.Command(
                "",
                due,
                0,
                Deadline.Targets.DIRECT,
                List.of(),
                parent.deadline().id(),
                n -> "" + n);
    }

    @Test
    void someoneNoLongerInTheOfficeIsRefused() {
        Actor secretary = new Actor(
                1005, "An", new RoleAssignment(5, Role.SECRETARY, org.office(), "Nguyễn Văn An", 1005L), false);

        assertThat(setDeadline.run(command(0, Deadline.Targets.DIRECT, List.of()), secretary))
                .isEqualTo(new SetDeadline.Result.Refused(SetDeadline.Reason.NOT_OFFICE));
    }

    @Test
    void aDayPassedOrAPeriodThereIsNotIsRefused() {
        var yesterday = new SetDeadline.Command(
                "Báo cáo quý", LocalDate.of(2026, 11, 23), 0, Deadline.Targets.DIRECT, List.of(), null, n -> "");

        assertThat(setDeadline.run(yesterday, org.officeUser()))
                .isEqualTo(new SetDeadline.Result.Refused(SetDeadline.Reason.IN_THE_PAST));
        assertThat(setDeadline.run(command(5, Deadline.Targets.DIRECT, List.of()), org.officeUser()))
                .isEqualTo(new SetDeadline.Result.Refused(SetDeadline.Reason.NO_SUCH_PERIOD));
    }

    private static SetDeadline.Command command(int months, Deadline.Targets targets, List<Long> picked) {
        return new SetDeadline.Command("Báo cáo quý", DUE, months, targets, picked, null, n -> "Báo cáo quý, " + n);
    }

    private List<String> auditNotes() {
        return jdbc.sql("SELECT details FROM audit_entry WHERE action = 'deadline.created'")
                .query(String.class)
                .list();
    }
}
