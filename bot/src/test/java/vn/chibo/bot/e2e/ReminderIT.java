package vn.chibo.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.content.access.Role;
import vn.chibo.content.deadline.Deadlines;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.localapi.ChatMessage;
import vn.chibo.localapi.Fault;
import vn.chibo.localapi.Person;
import vn.chibo.scheduler.reminder.RemindDue;

/** Reminders set by conversation arrive at their moments, their buttons work, and a 429 storm loses nothing. */
class ReminderIT extends EndToEndTest {

    Person an;
    OrgUnit committee;
    OrgUnit cell;
    vn.chibo.content.access.RoleAssignment secretary;
    int year;

    @BeforeEach
    void aCellWithItsSecretaryInAFreshYear() {
        year = LocalDateTime.now(clock).getYear() + 1;
        clock.moveTo(LocalDateTime.of(year, 1, 1, 10, 0));
        an = aPerson("An");
        committee = org.committee("Đảng bộ " + an.id());
        cell = org.cellOf(committee, "Chi bộ Văn phòng " + an.id(), "CB VP", "Nguyễn Văn An");
        secretary = org.give(an.id(), "Nguyễn Văn An", Role.SECRETARY, cell);
    }

    /** The office opens /hanbaocao for "Báo cáo sơ kết 6 tháng", due 15/5, once; next it is asked which cells. */
    void asksForTheHalfYearReportByMay15(Person office) {
        office.sends("/hanbaocao");
        tapOn(office, "Tên báo cáo?", "Báo cáo sơ kết 6 tháng");
        said(office, t -> t.startsWith("Hạn nộp ngày nào?"));
        office.sends("15/5");
        tapOn(office, "lặp lại", "Một lần");
    }

    /** It is now {@code moment}; the reminder sweep runs, as Quartz would run it then. */
    RemindDue.Wave at(LocalDateTime moment) {
        clock.moveTo(moment);
        return chibo.bean(RemindDue.class).run();
    }

    @Test
    void aScheduleSetByConversationRemindsAtItsMomentsAndItsButtonsWork() {
        an.sends("/lichhop");
        tapOn(an, "Đồng chí muốn làm gì?", "Đặt lịch hằng tháng");
        said(an, t -> t.startsWith("Chi bộ sinh hoạt vào ngày nào hằng tháng?"));
        an.sends("ngày 35 hằng tháng");
        said(an, t -> t.startsWith("chibo chưa hiểu “ngày 35 hằng tháng”."));
        an.sends("ngày 5 hằng tháng, 14:00");
        ChatMessage summary =
                said(an, t -> t.startsWith("Lịch sinh hoạt của " + cell.name() + ": ngày 5 hằng tháng, lúc 14h."));
        assertThat(summary.text()).contains("Các buổi tới:", "5/1/" + year + ", 14h", "5/2/" + year + ", 14h");
        an.taps(summary, "✅ Lưu");
        becomes(an, summary, t -> t.startsWith("Đã lưu lịch sinh hoạt: ngày 5 hằng tháng, lúc 14h."));
        int before = an.fromBot().size();

        assertThat(at(LocalDateTime.of(year, 1, 2, 7, 30)).queued()).isZero();
        assertThat(at(LocalDateTime.of(year, 1, 2, 8, 0)).queued()).isEqualTo(1);
        ChatMessage reminder = said(an, t -> t.startsWith("📅 Nhắc lịch sinh hoạt: " + cell.name() + " họp vào"));
        assertThat(reminder.text()).contains("5/1/" + year + ", 14h (còn 3 ngày).");
        assertThat(at(LocalDateTime.of(year, 1, 2, 8, 5)).queued())
                .as("the next sweep sends nothing twice")
                .isZero();

        an.taps(reminder, "⏰ Nhắc lại sau");
        becomes(an, reminder, t -> t.endsWith("⏰ chibo sẽ nhắc lại lúc 10h05 hôm nay."));
        assertThat(at(LocalDateTime.of(year, 1, 2, 10, 0)).queued()).isZero();
        at(LocalDateTime.of(year, 1, 2, 10, 10));
        ChatMessage again = said(an, t -> t.startsWith("⏰ Nhắc lại: " + cell.name() + " sinh hoạt vào"));
        assertThat(again.hasButton("✅ Đã xong"))
                .as("three days before, the meeting is not done: it can only be noted")
                .isFalse();
        an.taps(again, "👌 Đã nắm lịch");
        becomes(an, again, t -> t.endsWith("✅ Đã ghi nhận. chibo không nhắc buổi này nữa."));
        an.taps(reminder, "👌 Đã nắm lịch");
        await().atMost(PATIENCE).until(() -> telegram.answeredCallbacks(an.id()).size() >= 3);
        assertThat(at(LocalDateTime.of(year, 1, 5, 7, 0)).queued())
                .as("done: no morning reminder")
                .isZero();
        assertThat(an.fromBot()).hasSize(before + 2);

        assertThat(at(LocalDateTime.of(year, 2, 2, 22, 0)).queued())
                .as("quiet hours")
                .isZero();
        assertThat(at(LocalDateTime.of(year, 2, 3, 7, 0)).queued())
                .as("the morning after: sent once")
                .isEqualTo(1);
        ChatMessage february = said(an, t -> t.contains("5/2/" + year + ", 14h (còn 2 ngày)"));
        an.taps(february, "Hoãn");
        becomes(an, february, t -> t.endsWith("Khi có ngày mới, đồng chí báo bằng /lichhop để chibo nhắc."));
        assertThat(at(LocalDateTime.of(year, 2, 5, 7, 0)).queued())
                .as("postponed: no morning reminder")
                .isZero();
    }

    @Test
    void theWeeklyDigestOfALateReportEditsTheLeadersMessageInsteadOfSendingAnother() {
        Person oanh = aPerson("Oanh");
        org.give(oanh.id(), "Đỗ Thị Oanh", Role.OFFICE, committee);
        Person lam = aPerson("Lâm");
        org.give(lam.id(), "Trần Văn Lâm", Role.LEADER, committee);
        clock.moveTo(LocalDateTime.of(year, 5, 1, 9, 0));
        asksForTheHalfYearReportByMay15(oanh);
        tapOn(oanh, "Những tổ chức nào phải nộp?", "Tất cả chi bộ trực thuộc (1)");
        oanh.taps(said(oanh, t -> t.startsWith("Kiểm tra trước khi lưu:")), "✅ Lưu");
        said(oanh, t -> t.startsWith("Đã đặt hạn nộp Báo cáo sơ kết 6 tháng"));

        at(LocalDateTime.of(year, 5, 16, 8, 0));
        ChatMessage digest = said(lam, t -> t.startsWith("⏰ Quá hạn: Báo cáo sơ kết 6 tháng"));
        assertThat(digest.text()).contains("• " + cell.name() + " — trễ 1 ngày");

        assertThat(at(LocalDateTime.of(year, 5, 23, 8, 0)).queued()).isEqualTo(1);
        becomes(lam, digest, t -> t.contains("• " + cell.name() + " — trễ 8 ngày"));
        assertThat(lam.fromBot())
                .as("the week's digest is the same message, edited")
                .hasSize(1);
    }

    @Test
    void aDeadlineRemindsCellsTellsLeadersWhoIsLateAndWhenAllHaveSubmitted() {
        OrgUnit other = org.cellOf(committee, "Chi bộ Tài chính " + an.id(), "CB TC", "Lê Văn Bình");
        Person binh = aPerson("Bình");
        org.give(binh.id(), "Lê Văn Bình", Role.SECRETARY, other);
        Person oanh = aPerson("Oanh");
        org.give(oanh.id(), "Đỗ Thị Oanh", Role.OFFICE, committee);
        Person lam = aPerson("Lâm");
        org.give(lam.id(), "Trần Văn Lâm", Role.LEADER, committee);
        clock.moveTo(LocalDateTime.of(year, 5, 1, 9, 0));

        asksForTheHalfYearReportByMay15(oanh);
        tapOn(oanh, "Những tổ chức nào phải nộp?", "Tất cả chi bộ trực thuộc (2)");
        ChatMessage summary = said(oanh, t -> t.startsWith("Kiểm tra trước khi lưu:"));
        assertThat(summary.text()).contains("• Báo cáo: Báo cáo sơ kết 6 tháng", "• Hạn nộp: 15/5/" + year);
        oanh.taps(summary, "✅ Lưu");
        becomes(
                oanh,
                summary,
                t -> t.equals("Đã đặt hạn nộp Báo cáo sơ kết 6 tháng: 15/5/" + year + ", cho 2 chi bộ."));

        assertThat(at(LocalDateTime.of(year, 5, 8, 8, 0)).queued()).isEqualTo(2);
        ChatMessage toAn =
                said(an, t -> t.startsWith("📝 Báo cáo sơ kết 6 tháng: hạn nộp 15/5/" + year + " (còn 7 ngày)."));
        ChatMessage toBinh =
                said(binh, t -> t.startsWith("📝 Báo cáo sơ kết 6 tháng: hạn nộp 15/5/" + year + " (còn 7 ngày)."));
        an.taps(toAn, "📤 Đã nộp");
        said(an, t -> t.startsWith("Nếu muốn lưu kèm tệp báo cáo"));
        an.sendsDocument(
                "Bao-cao-so-ket.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                new byte[] {1, 2},
                null);
        said(an, t -> t.equals("Đã lưu tệp “Bao-cao-so-ket.docx” kèm báo cáo."));

        assertThat(at(LocalDateTime.of(year, 5, 14, 8, 0)).queued())
                .as("only the cell that has not submitted")
                .isEqualTo(1);
        said(binh, t -> t.startsWith("📝 Báo cáo sơ kết 6 tháng: hạn nộp 15/5/" + year + " (còn 1 ngày)."));
        at(LocalDateTime.of(year, 5, 16, 8, 0));
        ChatMessage digest = said(lam, t -> t.startsWith("⏰ Quá hạn: Báo cáo sơ kết 6 tháng (hạn 15/5/" + year + ")."));
        assertThat(digest.text())
                .contains("Đã nộp 1/2 chi bộ; 1 chi bộ chưa nộp:", "• " + other.name() + " — trễ 1 ngày")
                .doesNotContain(cell.name());

        binh.taps(toBinh, "📤 Đã nộp");
        said(binh, t -> t.startsWith("Nếu muốn lưu kèm tệp báo cáo"));
        becomes(
                lam,
                digest,
                t -> t.equals(
                        "✅ Báo cáo sơ kết 6 tháng (hạn 15/5/" + year + "): 100% hoàn thành — 2/2 chi bộ đã nộp."));
        assertThat(at(LocalDateTime.of(year, 5, 16, 9, 0)).queued())
                .as("the digest already reads 100%: the sweep sends nothing new")
                .isZero();
        at(LocalDateTime.of(year, 5, 23, 8, 0));
        assertThat(lam.fromBot())
                .as("one message per due date, edited as the submissions came in")
                .hasSize(1);
        assertThat(oanh.fromBot().stream()
                        .filter(m -> m.text() != null && m.text().contains("Quá hạn")))
                .as("the office is not a leader")
                .isEmpty();
        var deadline = chibo.bean(Deadlines.class)
                .openWithin(vn.chibo.content.access.Scope.of(committee))
                .get(0);
        assertThat(chibo.bean(Deadlines.class).submissions(deadline.id(), LocalDate.of(year, 5, 15)))
                .hasSize(2)
                .hasEntrySatisfying(cell.id(), s -> assertThat(s.fileName()).isEqualTo("Bao-cao-so-ket.docx"));
    }

    @Test
    void aReminderButtonPressedInAnotherChatChangesNothing() {
        an.sends("/lichhop");
        tapOn(an, "Đồng chí muốn làm gì?", "Báo một buổi họp sắp tới");
        said(an, t -> t.startsWith("Buổi họp vào ngày nào?"));
        an.sends("31/12/" + (year - 1));
        said(an, t -> t.startsWith("Ngày 31/12/" + (year - 1) + " đã qua."));
        an.sends("thứ 5 tuần sau");
        tapOn(an, "Họp lúc mấy giờ?", "14h");
        an.taps(said(an, t -> t.startsWith("Buổi họp của")), "✅ Lưu");
        said(an, t -> t.startsWith("Đã lưu buổi họp"));
        LocalDate thursday = LocalDate.of(year, 1, 1)
                .with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY))
                .plusDays(3);
        at(thursday.minusDays(3).atTime(8, 0));
        ChatMessage reminder = said(an, t -> t.startsWith("📅 Nhắc lịch sinh hoạt"));

        Person stranger = aPerson("Người lạ");
        String data = reminder.keyboard().get(0).get(0).callbackData();
        stranger.sends("/start");
        said(stranger, t -> t != null);
        stranger.tapsRaw(stranger.lastFromBot().messageId(), data);
        await().atMost(PATIENCE).until(() -> telegram.answeredCallbacks(stranger.id()).stream()
                .anyMatch(c -> c.text() != null && c.text().startsWith("Nút này")));
        at(thursday.atTime(7, 0));
        said(an, t -> t.startsWith("📅 Hôm nay " + cell.name() + " sinh hoạt lúc 14h."));
    }

    @Test
    void aReminderPressedAfterTheRoleWasTakenAwayChangesNothing() {
        Person oanh = aPerson("Oanh");
        org.give(oanh.id(), "Đỗ Thị Oanh", Role.OFFICE, committee);
        clock.moveTo(LocalDateTime.of(year, 5, 1, 9, 0));
        asksForTheHalfYearReportByMay15(oanh);
        tapOn(oanh, "Những tổ chức nào phải nộp?", "Tất cả chi bộ trực thuộc (1)");
        oanh.taps(said(oanh, t -> t.startsWith("Kiểm tra trước khi lưu:")), "✅ Lưu");
        said(oanh, t -> t.startsWith("Đã đặt hạn nộp"));
        at(LocalDateTime.of(year, 5, 8, 8, 0));
        ChatMessage reminder = said(an, t -> t.startsWith("📝 Báo cáo sơ kết 6 tháng"));

        chibo.bean(vn.chibo.content.access.RoleAssignments.class).remove(secretary.id());
        an.taps(reminder, "📤 Đã nộp");

        await().atMost(PATIENCE).until(() -> telegram.answeredCallbacks(an.id()).stream()
                .anyMatch(c -> "Đồng chí không có quyền thực hiện thao tác này.".equals(c.text()) && c.alert()));
        var deadline = chibo.bean(Deadlines.class)
                .openWithin(vn.chibo.content.access.Scope.of(committee))
                .get(0);
        assertThat(chibo.bean(Deadlines.class).submissions(deadline.id(), LocalDate.of(year, 5, 15)))
                .as("not submitted")
                .isEmpty();
        assertThat(an.lastFromBot().messageId()).as("no question for a file").isEqualTo(reminder.messageId());
    }

    @Test
    void aFourTwentyNineStormDelaysAWaveButLosesNothing() {
        injecting429s();
        List<Person> secretaries =
                IntStream.range(0, 40).mapToObj(i -> aPerson("Bí thư " + i)).toList();
        for (int i = 0; i < secretaries.size(); i++) {
            OrgUnit c = org.cellOf(committee, "Chi bộ số " + i + " " + an.id(), "CB " + i);
            org.give(secretaries.get(i).id(), "Bí thư " + i, Role.SECRETARY, c);
        }
        telegram.inject("sendMessage", null, new Fault.TooManyRequests(1), 30);

        RemindDue.Wave wave = at(LocalDateTime.of(year, 1, 25, 8, 0));

        assertThat(wave.queued()).isGreaterThanOrEqualTo(41);
        try {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> secretaries.stream().allMatch(p -> p.fromBot().size() == 1));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError(
                    "Messages per secretary: "
                            + secretaries.stream().map(p -> p.fromBot().size()).toList() + "; queue: "
                            + chibo.bean(vn.chibo.scheduler.delivery.DeliveryQueue.class)
                                    .countByStatus(),
                    e);
        }
        assertThat(secretaries)
                .allSatisfy(p -> assertThat(p.fromBot()).singleElement().satisfies(m -> assertThat(m.text())
                        .startsWith("🔔 Chi bộ số")
                        .contains("chưa ghi buổi sinh hoạt thường kỳ tháng 1/" + year)));
        assertThat(telegram.requests()).filteredOn(r -> r.status() == 429).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void aReplyOvertakesThePersonsOwnReminderStillWaitingInAWave() {
        List<Person> secretaries =
                IntStream.range(0, 90).mapToObj(i -> aPerson("Bí thư " + i)).toList();
        for (int i = 0; i < secretaries.size(); i++) {
            OrgUnit c = org.cellOf(committee, "Chi bộ số " + i + " " + an.id(), "CB " + i);
            org.give(secretaries.get(i).id(), "Bí thư " + i, Role.SECRETARY, c);
        }
        Person last = secretaries.get(secretaries.size() - 1);

        RemindDue.Wave wave = at(LocalDateTime.of(year, 1, 25, 8, 0));
        last.sends("/help");

        assertThat(wave.queued()).as("a wave of three seconds at 30 a second").isGreaterThanOrEqualTo(91);
        String nudge = "chưa ghi buổi sinh hoạt thường kỳ tháng 1/" + year;
        await().atMost(Duration.ofSeconds(30))
                .until(() -> last.fromBot().stream().anyMatch(m -> m.text().contains(nudge)));
        List<String> texts = last.fromBot().stream().map(ChatMessage::text).toList();
        assertThat(texts.get(0))
                .as("the answer to /help came first, though the reminder was queued before it: %s", texts)
                .startsWith("Hướng dẫn sử dụng chibo");
        assertThat(texts).filteredOn(t -> t.contains(nudge)).hasSize(1);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> secretaries.stream().allMatch(p -> !p.fromBot().isEmpty()));
    }
}
