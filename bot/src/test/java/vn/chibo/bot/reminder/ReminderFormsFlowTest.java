package vn.chibo.bot.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.bot.chat.form.FlowTester;
import vn.chibo.bot.chat.form.Readers;
import vn.chibo.bot.chat.form.TestTexts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignment;
import vn.chibo.content.deadline.Deadline;
import vn.chibo.content.deadline.Deadlines;
import vn.chibo.content.deadline.SetDeadline;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;
import vn.chibo.scheduler.reminder.MeetingRule;
import vn.chibo.scheduler.reminder.MeetingSchedules;
import vn.chibo.scheduler.reminder.PlanMeetings;
import vn.chibo.scheduler.reminder.ReminderSettings;
import vn.chibo.scheduler.reminder.ReminderTexts;
import vn.chibo.scheduler.testing.DefaultReminderSettings;

/** /lichhop and /hanbaocao as a secretary and an office user answer them. */
class ReminderFormsFlowTest {

    static final Clock NOW = Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    static final OrgUnit COMMITTEE = new OrgUnit(1, null, OrgKind.COMMITTEE, "Đảng bộ Sở Tư pháp", "ĐB STP", "/1/");
    static final OrgUnit CELL_A = new OrgUnit(7, 1L, OrgKind.CELL, "Chi bộ Văn phòng", "CB VP", "/1/7/");
    static final OrgUnit CELL_B = new OrgUnit(8, 1L, OrgKind.CELL, "Chi bộ Thanh tra", "CB TT", "/1/8/");
    static final Actor SECRETARY =
            new Actor(1001, "An", new RoleAssignment(1, Role.SECRETARY, CELL_A, "Nguyễn Văn An", 1001L), false);
    static final Actor OFFICE =
            new Actor(1004, "Trang", new RoleAssignment(4, Role.OFFICE, COMMITTEE, "Lê Thu Trang", 1004L), false);
    static final ReminderSettings SETTINGS = DefaultReminderSettings.of();

    final PlanMeetings planMeetings = mock(PlanMeetings.class);
    final ScheduleForm schedule = new ScheduleForm(
            TestTexts.real(),
            new ReminderTexts(),
            mock(MeetingSchedules.class),
            SETTINGS,
            planMeetings,
            NOW,
            new ScheduleAnswers(TestTexts.real(), new ReminderTexts(), NOW, new Readers(TestTexts.real(), NOW)));

    @Test
    void aMonthlyRuleTypedWithItsTimeGoesStraightToTheSummary() {
        var flow =
                FlowTester.open(schedule, SECRETARY).taps("Đặt lịch hằng tháng").types("ngày 5 hằng tháng, 14:00");

        assertThat(flow.question()).isEqualTo("summary");
        assertThat(flow.taps("✅ Lưu").saved()).hasValueSatisfying(a -> {
            assertThat(a.value("rule")).as("the time is part of the rule").isEqualTo("D5@14:00");
            assertThat(a.has("time")).isFalse();
            var command = new PlanMeetings.Command(
                    7,
                    new PlanMeetings.Plan.Monthly(MeetingRule.day(5), LocalTime.of(14, 0)),
                    "ngày 5 hằng tháng, 14h");
            when(planMeetings.run(command, SECRETARY)).thenReturn(new PlanMeetings.Result.Done(CELL_A));
            assertThat(schedule.save(a, SECRETARY, 1001).text())
                    .isEqualTo("Đã lưu lịch sinh hoạt: ngày 5 hằng tháng, lúc 14h. chibo sẽ nhắc trước mỗi buổi.");
        });
    }

    @Test
    void aRuleWithoutATimeAsksForIt() {
        var flow =
                FlowTester.open(schedule, SECRETARY).taps("Đặt lịch hằng tháng").taps("Ngày 5 hằng tháng");

        assertThat(flow.question()).isEqualTo("time");
        flow.taps("14h");
        assertThat(flow.question()).isEqualTo("summary");
    }

    @Test
    void aOneOffMeetingInThePastIsRefused() {
        var flow = FlowTester.open(schedule, SECRETARY)
                .taps("Báo một buổi họp sắp tới")
                .types("hôm qua");

        assertThat(flow.question()).isEqualTo("date");
    }

    @Test
    void aDeadlineForSomeOrganisationsNeedsAtLeastOne() {
        OrgUnits units = mock(OrgUnits.class);
        when(units.children(1)).thenReturn(List.of(CELL_A, CELL_B));
        Deadlines deadlines = mock(Deadlines.class);
        SetDeadline setDeadline = mock(SetDeadline.class);
        when(setDeadline.run(any(), eq(OFFICE)))
                .thenReturn(new SetDeadline.Result.Refused(SetDeadline.Reason.CHANGED_MEANWHILE));
        var form = deadlineForm(setDeadline, deadlines, units);

        var flow = FlowTester.open(form, OFFICE);
        assertThat(flow.question())
                .as("nothing set above to hand down: a report of its own")
                .isEqualTo("title");
        flow.taps("Báo cáo quý").types("15/12/2026").taps("Hằng quý");
        assertThat(flow.buttons())
                .as("a committee of cells: its direct subordinates are its cells")
                .contains("Tất cả chi bộ trực thuộc (2)", "Chọn một số tổ chức trực thuộc");
        flow.taps("Chọn một số tổ chức trực thuộc").taps("✔ Xong");
        assertThat(flow.question()).as("none chosen").isEqualTo("units");
        flow.taps("☐ Chi bộ Thanh tra").taps("✔ Xong");

        assertThat(flow.question()).isEqualTo("summary");
        assertThat(flow.taps("✅ Lưu").saved()).hasValueSatisfying(a -> {
            assertThat(a.value("due")).isEqualTo("2026-12-15");
            assertThat(a.value("repeat")).isEqualTo("3");
            assertThat(a.value("units")).isEqualTo("8");
            assertThat(form.save(a, OFFICE, 1004).text())
                    .as("an organisation gone since it was picked")
                    .isEqualTo(
                            "Dữ liệu đã thay đổi trong lúc đồng chí nhập, nên chưa lưu gì. Đồng chí vui lòng làm lại.");
        });
        verify(setDeadline)
                .run(
                        argThat(c -> c.unitIds().equals(List.of(8L))
                                && c.targets() == Deadline.Targets.CHOSEN
                                && c.periodMonths() == 3
                                && c.parentId() == null),
                        eq(OFFICE));
    }

    @Test
    void aCommitteeWithSubCommitteesAsksItsDirectSubordinatesByDefaultOrEveryCell() {
        OrgUnits units = mock(OrgUnits.class);
        OrgUnit sub = new OrgUnit(9, 1L, OrgKind.COMMITTEE, "Đảng bộ Phòng Công chứng", "ĐB PCC", "/1/9/");
        when(units.children(1)).thenReturn(List.of(CELL_A, sub));
        when(units.within(eq("/1/"), any())).thenReturn(List.of(CELL_A, CELL_B));
        var form = deadlineForm(mock(SetDeadline.class), mock(Deadlines.class), units);

        var flow = FlowTester.open(form, OFFICE)
                .taps("Báo cáo quý")
                .types("15/12/2026")
                .taps("Hằng quý");

        assertThat(flow.buttons())
                .containsSequence("Các tổ chức đảng trực thuộc (2)", "Tất cả chi bộ trong đảng bộ (2)")
                .contains("Chọn một số tổ chức trực thuộc");
        assertThat(flow.taps("Các tổ chức đảng trực thuộc (2)").text())
                .contains("• Phải nộp: Các tổ chức đảng trực thuộc (2)");
    }

    @Test
    void aReportSetAboveIsHandedDownWithItsTitleAndPeriodAndNotLaterThanItsDueDate() {
        OrgUnits units = mock(OrgUnits.class);
        OrgUnit bloc = new OrgUnit(20, null, OrgKind.COMMITTEE, "Đảng bộ Khối", "ĐB Khối", "/20/");
        when(units.children(1)).thenReturn(List.of(CELL_A, CELL_B));
        when(units.get(20)).thenReturn(bloc);
        Deadline above = new Deadline(
                40,
                20,
                "Báo cáo sơ kết 6 tháng",
                java.time.LocalDate.of(2026, 12, 20),
                6,
                Deadline.Targets.DIRECT,
                List.of(),
                null);
        Deadlines deadlines = mock(Deadlines.class);
        when(deadlines.rollableFor(eq(COMMITTEE), any())).thenReturn(List.of(above));
        when(deadlines.find(40)).thenReturn(java.util.Optional.of(above));
        SetDeadline setDeadline = mock(SetDeadline.class);
        when(setDeadline.run(any(), eq(OFFICE)))
                .thenReturn(new SetDeadline.Result.Done(above, 2, Deadline.Counted.CELLS));
        var form = deadlineForm(setDeadline, deadlines, units);

        var flow = FlowTester.open(form, OFFICE);
        assertThat(flow.buttons())
                .startsWith("↪️ Giao tiếp: Báo cáo sơ kết 6 tháng (hạn 20/12/2026)", "➕ Báo cáo mới của đảng bộ");
        flow.taps("↪️ Giao tiếp: Báo cáo sơ kết 6 tháng (hạn 20/12/2026)");
        assertThat(flow.question())
                .as("the title and the period are the report's above")
                .isEqualTo("due");
        assertThat(flow.types("21/12/2026").text())
                .startsWith("Hạn giao cho cấp dưới phải trước hoặc đúng hạn nộp lên cấp trên (20/12/2026).");
        assertThat(flow.question()).isEqualTo("due");
        flow.types("15/12").taps("Tất cả chi bộ trực thuộc (2)");

        assertThat(flow.text())
                .contains("• Giao tiếp: Báo cáo sơ kết 6 tháng của Đảng bộ Khối (hạn nộp lên cấp trên 20/12/2026)")
                .contains("• Hạn nộp cho đảng bộ: 15/12/2026");
        assertThat(flow.taps("✅ Lưu").saved())
                .hasValueSatisfying(a -> assertThat(form.save(a, OFFICE, 1004).text())
                        .isEqualTo("Đã đặt hạn nộp Báo cáo sơ kết 6 tháng: 15/12/2026, cho 2 chi bộ."));
        verify(setDeadline)
                .run(
                        argThat(c -> Long.valueOf(40).equals(c.parentId())
                                && c.title().equals("Báo cáo sơ kết 6 tháng")
                                && c.targets() == Deadline.Targets.DIRECT),
                        eq(OFFICE));
    }

    private static DeadlineForm deadlineForm(SetDeadline setDeadline, Deadlines deadlines, OrgUnits units) {
        return new DeadlineForm(
                TestTexts.real(),
                setDeadline,
                deadlines,
                units,
                SETTINGS,
                new ReminderTexts(),
                new Readers(TestTexts.real(), NOW),
                NOW);
    }

    @Test
    void aSecretaryCannotSetADeadline() {
        var form = deadlineForm(mock(SetDeadline.class), mock(Deadlines.class), mock(OrgUnits.class));

        assertThat(FlowTester.open(form, SECRETARY).text())
                .isEqualTo("Đồng chí không có quyền thực hiện thao tác này.");
    }
}
