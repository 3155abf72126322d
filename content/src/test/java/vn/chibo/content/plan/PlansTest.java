package vn.chibo.content.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
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
import vn.chibo.content.meeting.Attendance;
import vn.chibo.content.meeting.MeetingKind;
import vn.chibo.content.meeting.MeetingRecord;
import vn.chibo.content.meeting.Meetings;
import vn.chibo.content.meeting.Presence;
import vn.chibo.content.meeting.Votes;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

/**
 * A bloc opens its plan for its directly subordinate organisations; each registers its topics and model (once, or
 * again to change it), only for itself and only when asked; a cell follows the plan of the organisation above it
 * that registered; and a thematic meeting on the planned topic, in its quarter, counts as held.
 */
@SpringBootTest
@Transactional
class PlansTest {

    // The test clock reads 2026-11-24.
    static final LocalDate DUE = LocalDate.of(2026, 12, 15);

    @Autowired
    OpenPlan openPlan;

    @Autowired
    RegisterPlan registerPlan;

    @Autowired
    Plans plans;

    @Autowired
    OrgUnits units;

    @Autowired
    Members members;

    @Autowired
    Meetings meetings;

    @Autowired
    JdbcClient jdbc;

    OrgUnit bloc;
    OrgUnit sub;
    OrgUnit cellA;
    OrgUnit cellC;
    Actor blocOffice;
    Actor subOffice;
    Actor secretaryA;
    Actor secretaryC;

    @BeforeEach
    void aBlocWithASubCommitteeAndACellOfItsOwn() {
        bloc = units.add(null, OrgKind.COMMITTEE, "Đảng bộ Khối", "ĐB Khối");
        sub = units.add(bloc.id(), OrgKind.COMMITTEE, "Đảng bộ Sở Xây dựng", "ĐB SXD");
        cellA = units.add(sub.id(), OrgKind.CELL, "Chi bộ Kế hoạch", "CB KH");
        units.add(sub.id(), OrgKind.CELL, "Chi bộ Quy hoạch", "CB QH");
        cellC = units.add(bloc.id(), OrgKind.CELL, "Chi bộ Báo Khối", "CB BK");
        blocOffice = actor(1, Role.OFFICE, bloc);
        subOffice = actor(2, Role.OFFICE, sub);
        secretaryA = actor(3, Role.SECRETARY, cellA);
        secretaryC = actor(4, Role.SECRETARY, cellC);
    }

    private static Actor actor(long id, Role role, OrgUnit unit) {
        return new Actor(3000 + id, "Người " + id, new RoleAssignment(id, role, unit, "Người " + id, 3000 + id), false);
    }

    private AnnualPlan opened() {
        var result = openPlan.run(new OpenPlan.Command(2026, DUE, AnnualPlan.Targets.DIRECT), blocOffice);
        return ((OpenPlan.Result.Done) result).plan();
    }

    private static Registration registration(AnnualPlan plan, OrgUnit unit, String thirdQuarter) {
        return new Registration(
                plan.id(),
                unit.id(),
                List.of("Học tập Chỉ thị 05", "Nêu gương, tự soi, tự sửa", thirdQuarter, "Tổng kết năm"),
                "Đoàn kết, trách nhiệm",
                "Mỗi đảng viên đăng ký một việc làm cụ thể",
                null);
    }

    @Test
    void anOfficeOpensOnePlanAYearForItsDirectSubordinates() {
        var result = openPlan.run(new OpenPlan.Command(2026, DUE, AnnualPlan.Targets.DIRECT), blocOffice);

        assertThat(result).isInstanceOfSatisfying(OpenPlan.Result.Done.class, done -> {
            assertThat(done.asked()).isEqualTo(2);
            assertThat(plans.targetsOf(done.plan()))
                    .extracting(OrgUnit::id)
                    .containsExactlyInAnyOrder(sub.id(), cellC.id());
        });
        assertThat(openPlan.run(new OpenPlan.Command(2026, DUE, AnnualPlan.Targets.CELLS), blocOffice))
                .isEqualTo(new OpenPlan.Result.Refused(OpenPlan.Reason.ALREADY_OPEN));
        assertThat(openPlan.run(new OpenPlan.Command(2028, DUE, AnnualPlan.Targets.DIRECT), blocOffice))
                .isEqualTo(new OpenPlan.Result.Refused(OpenPlan.Reason.NO_SUCH_YEAR));
        assertThat(openPlan.run(
                        new OpenPlan.Command(2027, LocalDate.of(2026, 11, 1), AnnualPlan.Targets.DIRECT), blocOffice))
                .isEqualTo(new OpenPlan.Result.Refused(OpenPlan.Reason.IN_THE_PAST));
        assertThat(openPlan.run(new OpenPlan.Command(2027, DUE, AnnualPlan.Targets.DIRECT), secretaryC))
                .isEqualTo(new OpenPlan.Result.Refused(OpenPlan.Reason.NOT_OFFICE));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'plan.opened'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anOrganisationAskedRegistersForItselfOnlyAndMayChangeItsRegistration() {
        AnnualPlan plan = opened();

        assertThat(plans.asking(sub, 2026)).extracting(AnnualPlan::id).containsExactly(plan.id());
        assertThat(plans.asking(cellA, 2026))
                .as("the bloc asks the sub-committee, not its cells")
                .isEmpty();
        assertThat(registerPlan.run(registration(plan, sub, "Chuyển đổi số"), subOffice))
                .isEqualTo(new RegisterPlan.Result.Done(plan, false));
        assertThat(registerPlan.run(registration(plan, sub, "Cải cách hành chính"), subOffice))
                .isEqualTo(new RegisterPlan.Result.Done(plan, true));
        assertThat(plans.registrations(plan.id()).get(sub.id()).topic(3)).isEqualTo("Cải cách hành chính");
        assertThat(registerPlan.run(registration(plan, cellA, "x"), secretaryA))
                .isEqualTo(new RegisterPlan.Result.Refused(RegisterPlan.Reason.NOT_ASKED));
        assertThat(registerPlan.run(registration(plan, cellC, "Chuyển đổi số"), subOffice))
                .as("for another organisation")
                .isEqualTo(new RegisterPlan.Result.Refused(RegisterPlan.Reason.NOT_YOURS));
        var blank = new Registration(plan.id(), cellC.id(), List.of("a1", "b2", "c3", "d4"), " ", "Nội dung", null);
        assertThat(registerPlan.run(blank, secretaryC))
                .isEqualTo(new RegisterPlan.Result.Refused(RegisterPlan.Reason.INCOMPLETE));
        assertThat(plans.registrations(plan.id())).containsOnlyKeys(sub.id());
    }

    @Test
    void aCellFollowsTheTopicsOfTheNearestOrganisationThatRegisteredAndAMeetingOnThemCountsAsHeld() {
        AnnualPlan plan = opened();
        registerPlan.run(registration(plan, sub, "Chuyển đổi số trong cơ quan"), subOffice);
        registerPlan.run(registration(plan, cellC, "Văn hóa công sở"), secretaryC);

        assertThat(plans.plannedTopic(cellA, LocalDate.of(2026, 8, 10))).hasValue("Chuyển đổi số trong cơ quan");
        assertThat(plans.plannedTopic(cellC, LocalDate.of(2026, 8, 10))).hasValue("Văn hóa công sở");
        assertThat(plans.plannedTopic(cellC, LocalDate.of(2027, 2, 10)))
                .as("no plan for 2027")
                .isEmpty();

        thematic(cellA, LocalDate.of(2026, 8, 12), "  chuyển đổi số  trong cơ quan ");
        thematic(cellA, LocalDate.of(2026, 2, 12), "Một chuyên đề khác");
        thematic(cellC, LocalDate.of(2026, 5, 12), "Văn hóa công sở"); // the third quarter's topic, held in the second

        Plans.Progress progress = plans.progress(plan, LocalDate.of(2026, 11, 24));
        assertThat(progress.registered()).containsOnlyKeys(sub.id(), cellC.id());
        assertThat(progress.missing()).isEmpty();
        assertThat(progress.topicsDue())
                .as("four quarters begun, two registrations")
                .isEqualTo(8);
        assertThat(progress.topicsHeld()).isEqualTo(1);
        assertThat(progress.within(sub).topicsHeld()).isEqualTo(1);
        assertThat(progress.within(cellC).topicsHeld()).isZero();
        assertThat(plans.progress(plan, LocalDate.of(2026, 5, 1)).topicsDue())
                .as("two quarters begun by 1 May")
                .isEqualTo(4);
    }

    private void thematic(OrgUnit cell, LocalDate day, String topic) {
        Member member = members.add(cell, "Đảng viên " + day, MemberStatus.OFFICIAL, null);
        List<Attendance> attendance =
                List.of(new Attendance(member.id(), member.fullName(), member.status(), Presence.PRESENT));
        meetings.record(
                new MeetingRecord(
                        cell.id(),
                        MeetingKind.THEMATIC,
                        day,
                        LocalTime.of(8, 0),
                        LocalTime.of(10, 0),
                        "Hội trường",
                        topic,
                        List.of(),
                        attendance,
                        null,
                        member.id(),
                        member.id(),
                        null,
                        "a",
                        "b",
                        "c",
                        "d",
                        new Votes(1, 0, 0),
                        List.of()),
                null,
                1L);
    }
}
