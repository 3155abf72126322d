package vn.chibo.scheduler.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chibo.content.deadline.Deadline;
import vn.chibo.content.meeting.Absences.Absentee;
import vn.chibo.scheduler.testing.DefaultReminderSettings;

class ReminderPolicyTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final long SECRETARY = 501;
    static final long LEADER = 901;
    static final long OFFICE = 801;

    final ReminderSettings settings = DefaultReminderSettings.of();
    final ReminderPolicy policy = new ReminderPolicy(settings, ZONE);

    static ReminderPolicy.CellFacts cellMeetingOn(MeetingRule rule, boolean monthlyHeld) {
        return new ReminderPolicy.CellFacts(
                7,
                "Chi bộ Văn phòng",
                List.of(SECRETARY),
                new MeetingSchedules.Schedule(7, rule, LocalTime.of(14, 0)),
                List.of(),
                monthlyHeld,
                true,
                List.of());
    }

    List<String> steps(LocalDateTime now, ReminderPolicy.CellFacts cell) {
        return steps(now, cell, Map.of());
    }

    List<String> steps(LocalDateTime now, ReminderPolicy.CellFacts cell, Map<String, Reminders.Answered> answers) {
        return policy.decide(now, List.of(cell), List.of(), answers).stream()
                .map(d -> d.subject() + " " + d.step())
                .filter(step -> step.startsWith("meet:") || cell.schedule() == null)
                .toList();
    }

    static LocalDateTime at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute);
    }

    @Test
    void remindsThreeDaysBeforeAndOnTheMorningOfAMeeting() {
        var cell = cellMeetingOn(MeetingRule.day(5), false);

        assertThat(steps(at(2026, 12, 2, 7, 59), cell)).isEmpty();
        assertThat(steps(at(2026, 12, 2, 8, 0), cell)).containsExactly("meet:7:2026-12-05T14:00 d3");
        assertThat(steps(at(2026, 12, 4, 20, 0), cell)).containsExactly("meet:7:2026-12-05T14:00 d3");
        assertThat(steps(at(2026, 12, 5, 7, 0), cell)).containsExactly("meet:7:2026-12-05T14:00 morning");
        assertThat(steps(at(2026, 12, 5, 14, 0), cell))
                .as("the meeting has begun")
                .isEmpty();
    }

    @Test
    void afterDowntimeOnlyTheLatestMeaningfulReminderIsDecided() {
        var cell = cellMeetingOn(MeetingRule.day(5), false);

        assertThat(steps(at(2026, 12, 5, 9, 30), cell)).containsExactly("meet:7:2026-12-05T14:00 morning");
    }

    @Test
    void aMonthWhoseMeetingIsLoggedGetsNoMoreRemindersButNextMonthDoes() {
        var held = cellMeetingOn(MeetingRule.day(28), true);
        var notHeld = cellMeetingOn(MeetingRule.day(28), false);

        assertThat(steps(at(2026, 11, 25, 9, 0), held)).isEmpty();
        assertThat(steps(at(2026, 11, 25, 9, 0), notHeld)).contains("meet:7:2026-11-28T14:00 d3");
        assertThat(steps(at(2026, 11, 29, 9, 0), cellMeetingOn(MeetingRule.day(2), true)))
                .containsExactly("meet:7:2026-12-02T14:00 d3");
    }

    @Test
    void theThirtyFirstFallsOnTheLastDayOfAShortMonthAndTheYearTurns() {
        var cell = cellMeetingOn(MeetingRule.day(31), false);

        assertThat(steps(at(2026, 11, 27, 8, 0), cell)).containsExactly("meet:7:2026-11-30T14:00 d3");
        assertThat(steps(at(2026, 12, 28, 8, 0), cell)).containsExactly("meet:7:2026-12-31T14:00 d3");
        var fifth = cellMeetingOn(MeetingRule.day(2), false);
        assertThat(steps(at(2026, 12, 30, 8, 0), fifth)).containsExactly("meet:7:2027-01-02T14:00 d3");
    }

    @Test
    void aLeapFebruaryHasItsTwentyNinth() {
        var cell = cellMeetingOn(MeetingRule.day(30), false);

        assertThat(steps(at(2028, 2, 26, 8, 0), cell)).containsExactly("meet:7:2028-02-29T14:00 d3");
        assertThat(steps(at(2027, 2, 25, 8, 0), cell)).containsExactly("meet:7:2027-02-28T14:00 d3");
    }

    @Test
    void nothingIsDecidedInQuietHoursTheMorningDecidesIt() {
        var cell = cellMeetingOn(MeetingRule.day(5), false);

        assertThat(steps(at(2026, 12, 2, 22, 0), cell)).isEmpty();
        assertThat(steps(at(2026, 12, 3, 6, 59), cell)).isEmpty();
        assertThat(steps(at(2026, 12, 3, 7, 0), cell)).containsExactly("meet:7:2026-12-05T14:00 d3");
    }

    @Test
    void doneOrPostponedStopsAMeetingsRemindersAndLaterAsksAgain() {
        var cell = cellMeetingOn(MeetingRule.day(5), false);
        String subject = "meet:7:2026-12-05T14:00";
        var snoozedUntil = at(2026, 12, 2, 10, 0).atZone(ZONE).toInstant();

        assertThat(steps(
                        at(2026, 12, 5, 7, 0),
                        cell,
                        Map.of(subject, new Reminders.Answered(Reminders.Answer.DONE, null))))
                .isEmpty();
        assertThat(steps(
                        at(2026, 12, 5, 7, 0),
                        cell,
                        Map.of(subject, new Reminders.Answered(Reminders.Answer.POSTPONED, null))))
                .isEmpty();
        Map<String, Reminders.Answered> later =
                Map.of(subject, new Reminders.Answered(Reminders.Answer.SNOOZED, snoozedUntil));
        assertThat(steps(at(2026, 12, 2, 9, 59), cell, later)).containsExactly(subject + " d3");
        assertThat(steps(at(2026, 12, 2, 10, 0), cell, later))
                .containsExactly(subject + " d3", subject + " again" + snoozedUntil.getEpochSecond());
    }

    @Test
    void aOneOffMeetingIsRemindedLikeARegularOne() {
        var cell = new ReminderPolicy.CellFacts(
                7,
                "Chi bộ Văn phòng",
                List.of(SECRETARY),
                null,
                List.of(at(2026, 12, 10, 8, 0)),
                true,
                true,
                List.of());

        assertThat(steps(at(2026, 12, 7, 8, 0), cell)).containsExactly("meet:7:2026-12-10T08:00 d3");
        assertThat(steps(at(2026, 12, 10, 7, 30), cell)).containsExactly("meet:7:2026-12-10T08:00 morning");
    }

    @Test
    void aCellWithoutThisMonthsMeetingIsNudgedFromThe25th() {
        var cell = new ReminderPolicy.CellFacts(
                7, "Chi bộ Văn phòng", List.of(SECRETARY), null, List.of(), false, true, List.of());

        assertThat(steps(at(2026, 11, 24, 20, 0), cell)).isEmpty();
        assertThat(steps(at(2026, 11, 25, 7, 59), cell)).isEmpty();
        assertThat(steps(at(2026, 11, 25, 8, 0), cell)).containsExactly("month:7:2026-11 nudge");
        assertThat(steps(at(2026, 11, 30, 20, 0), cell)).containsExactly("month:7:2026-11 nudge");
    }

    @Test
    void aCellWithoutThisQuartersThematicMeetingIsNudgedInTheQuartersLastMonth() {
        var cell = new ReminderPolicy.CellFacts(
                7, "Chi bộ Văn phòng", List.of(SECRETARY), null, List.of(), true, false, List.of());

        assertThat(steps(at(2026, 11, 30, 9, 0), cell)).isEmpty();
        assertThat(steps(at(2026, 12, 1, 8, 0), cell)).containsExactly("quarter:7:2026Q4 nudge");
        assertThat(steps(at(2027, 3, 15, 9, 0), cell)).containsExactly("quarter:7:2027Q1 nudge");
    }

    @Test
    void membersAtTwoMonthsAndAtThreeOrMoreAreFlaggedApartOnceAMonth() {
        var cell = new ReminderPolicy.CellFacts(
                7,
                "Chi bộ Văn phòng",
                List.of(SECRETARY),
                null,
                List.of(),
                true,
                true,
                List.of(new Absentee("Hồ Văn Sáu", 2), new Absentee("Lý Thị Bảy", 4)));

        List<ReminderPolicy.Decision> decisions =
                policy.decide(at(2026, 12, 1, 8, 0), List.of(cell), List.of(), Map.of());

        assertThat(decisions).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("absence:7:2026-12");
            assertThat(d.notice())
                    .isEqualTo(new Notice.UnexcusedAbsences(
                            "Chi bộ Văn phòng", List.of("Hồ Văn Sáu"), List.of(new Absentee("Lý Thị Bảy", 4))));
        });
        assertThat(policy.decide(at(2026, 12, 15, 8, 0), List.of(cell), List.of(), Map.of()))
                .as("the same month's subject again: the queue sends it once")
                .extracting(ReminderPolicy.Decision::subject)
                .containsExactly("absence:7:2026-12");
    }

    @Test
    void membersBehindOnDuesAreFlaggedInTheSameMonthlyWarningEvenWithNoAbsences() {
        var cell = new ReminderPolicy.CellFacts(
                7,
                "Chi bộ Văn phòng",
                List.of(SECRETARY),
                null,
                List.of(),
                true,
                true,
                List.of(),
                List.of(new Absentee("Hồ Văn Sáu", 2), new Absentee("Lý Thị Bảy", 3)));

        List<ReminderPolicy.Decision> decisions =
                policy.decide(at(2026, 12, 1, 8, 0), List.of(cell), List.of(), Map.of());

        assertThat(decisions).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("absence:7:2026-12");
            assertThat(d.notice())
                    .isEqualTo(new Notice.UnexcusedAbsences(
                            "Chi bộ Văn phòng",
                            List.of(),
                            List.of(),
                            List.of("Hồ Văn Sáu"),
                            List.of(new Absentee("Lý Thị Bảy", 3))));
        });
    }

    ReminderPolicy.Occurrence report(boolean firstSubmitted, boolean secondSubmitted) {
        return new ReminderPolicy.Occurrence(
                3,
                "Báo cáo sơ kết 6 tháng",
                LocalDate.of(2027, 6, 15),
                List.of(LEADER),
                List.of(
                        new ReminderPolicy.Target(7, "Chi bộ Văn phòng", List.of(SECRETARY), firstSubmitted),
                        new ReminderPolicy.Target(8, "Chi bộ Tài chính", List.of(502L), secondSubmitted)),
                Deadline.Counted.CELLS,
                null);
    }

    List<String> reportSteps(LocalDateTime now, ReminderPolicy.Occurrence occurrence) {
        return policy.decide(now, List.of(), List.of(occurrence), Map.of()).stream()
                .map(d -> d.subject() + " " + d.step() + " " + d.chatId())
                .toList();
    }

    @Test
    void cellsAreRemindedSevenDaysOneDayAndOnTheDueDateUntilTheySubmit() {
        assertThat(reportSteps(at(2027, 6, 8, 7, 59), report(false, true))).isEmpty();
        assertThat(reportSteps(at(2027, 6, 8, 8, 0), report(false, true))).containsExactly("dl:3:7:2027-06-15 d7 501");
        assertThat(reportSteps(at(2027, 6, 14, 8, 0), report(false, true))).containsExactly("dl:3:7:2027-06-15 d1 501");
        assertThat(reportSteps(at(2027, 6, 15, 8, 0), report(false, false)))
                .containsExactly("dl:3:7:2027-06-15 d0 501", "dl:3:8:2027-06-15 d0 502");
    }

    @Test
    void afterTheDueDateLeadersGetTheOverdueDigestWeeklyAndAHundredPercentOnce() {
        List<ReminderPolicy.Decision> digest =
                policy.decide(at(2027, 6, 16, 8, 0), List.of(), List.of(report(false, true)), Map.of());

        assertThat(digest).singleElement().satisfies(d -> {
            assertThat(d.key()).isEqualTo("overdue:3:2027-06-15:r0:901");
            assertThat(d.notice())
                    .isEqualTo(new Notice.ReportOverdue(
                            "Báo cáo sơ kết 6 tháng",
                            LocalDate.of(2027, 6, 15),
                            List.of(new Notice.Late("Chi bộ Văn phòng", 1, null)),
                            1,
                            2,
                            Deadline.Counted.CELLS));
        });
        assertThat(reportSteps(at(2027, 6, 22, 20, 0), report(false, true)))
                .containsExactly("overdue:3:2027-06-15 r0 901");
        assertThat(reportSteps(at(2027, 6, 23, 8, 0), report(false, true)))
                .containsExactly("overdue:3:2027-06-15 r1 901");
        assertThat(reportSteps(at(2027, 7, 16, 8, 0), report(false, true)))
                .as("30 days on, it stops")
                .isEmpty();
        assertThat(reportSteps(at(2027, 6, 10, 9, 0), report(true, true)))
                .containsExactly("complete:3:2027-06-15 all 901");
    }

    @Test
    void aCommitteeAskedIsOfferedToRollTheReportDownUntilItHas() {
        var asked = new ReminderPolicy.Target(20, "Đảng bộ Sở Xây dựng", List.of(OFFICE), false, true, null);
        var rolled = new ReminderPolicy.Target(
                20, "Đảng bộ Sở Xây dựng", List.of(OFFICE), false, true, new Notice.Progress(3, 12));

        assertThat(policy.decide(at(2027, 6, 8, 8, 0), List.of(), List.of(direct(asked)), Map.of()))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.key()).isEqualTo("dl:4:20:2027-06-15:d7:" + OFFICE);
                    assertThat(d.buttons()).isEqualTo(ReminderPolicy.Buttons.REPORT_ROLL_DOWN);
                    assertThat(d.notice())
                            .isEqualTo(new Notice.ReportDue("Báo cáo sơ kết", LocalDate.of(2027, 6, 15), 7, true));
                });
        assertThat(policy.decide(at(2027, 6, 8, 8, 0), List.of(), List.of(direct(rolled)), Map.of()))
                .singleElement()
                .satisfies(d -> assertThat(d.buttons()).isEqualTo(ReminderPolicy.Buttons.REPORT));
        assertThat(policy.decide(at(2027, 6, 17, 8, 0), List.of(), List.of(direct(rolled)), Map.of()))
                .singleElement()
                .satisfies(d -> assertThat(((Notice.ReportOverdue) d.notice()).late())
                        .containsExactly(new Notice.Late("Đảng bộ Sở Xây dựng", 2, new Notice.Progress(3, 12))));
    }

    @Test
    void whenAllItsCellsHaveSubmittedTheCommitteeThatRolledTheReportDownIsAskedToSubmitItsOwnOnce() {
        var rollup = new ReminderPolicy.Rollup(
                4, LocalDate.of(2027, 6, 15), 20, "Đảng bộ Sở Xây dựng", "Đảng bộ Khối", List.of(OFFICE), false);
        var down = new ReminderPolicy.Occurrence(
                5,
                "Báo cáo sơ kết",
                LocalDate.of(2027, 6, 10),
                List.of(LEADER),
                List.of(new ReminderPolicy.Target(7, "Chi bộ Văn phòng", List.of(SECRETARY), true)),
                Deadline.Counted.CELLS,
                rollup);

        assertThat(policy.decide(at(2027, 6, 10, 9, 0), List.of(), List.of(down), Map.of()))
                .extracting(ReminderPolicy.Decision::key, ReminderPolicy.Decision::buttons)
                .containsExactly(
                        tuple("complete:5:2027-06-10:all:" + LEADER, ReminderPolicy.Buttons.NONE),
                        tuple("dl:4:20:2027-06-15:rolled2027-06-10:" + OFFICE, ReminderPolicy.Buttons.REPORT));
        var submittedAbove = new ReminderPolicy.Occurrence(
                5,
                "Báo cáo sơ kết",
                LocalDate.of(2027, 6, 10),
                List.of(LEADER),
                down.targets(),
                Deadline.Counted.CELLS,
                new ReminderPolicy.Rollup(
                        4,
                        LocalDate.of(2027, 6, 15),
                        20,
                        "Đảng bộ Sở Xây dựng",
                        "Đảng bộ Khối",
                        List.of(OFFICE),
                        true));
        assertThat(policy.decide(at(2027, 6, 10, 9, 0), List.of(), List.of(submittedAbove), Map.of()))
                .extracting(ReminderPolicy.Decision::key)
                .containsExactly("complete:5:2027-06-10:all:" + LEADER);
    }

    ReminderPolicy.Occurrence direct(ReminderPolicy.Target target) {
        return new ReminderPolicy.Occurrence(
                4,
                "Báo cáo sơ kết",
                LocalDate.of(2027, 6, 15),
                List.of(LEADER),
                List.of(target),
                Deadline.Counted.DIRECT,
                null);
    }
}
