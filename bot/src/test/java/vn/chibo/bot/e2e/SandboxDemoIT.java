package vn.chibo.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chibo.localapi.ChatMessage;
import vn.chibo.localapi.LocalBotApiServer;
import vn.chibo.localapi.Person;

/**
 * The sandbox's demo organisation on first try, on 24/11/2026: the office's views already have something to show, a
 * report not yet submitted, commendations of this year, this month's meetings.
 */
class SandboxDemoIT {

    static final long OFFICE = 1004;
    /** The demo is seeded relative to today: a fixed day makes what it shows exact. */
    static final Clock TUESDAY_24_NOVEMBER =
            Clock.fixed(Instant.parse("2026-11-24T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    @TempDir
    static Path data;

    static RunningChibo chibo;
    static Person trang;

    @BeforeAll
    static void startTheSandbox() {
        chibo = RunningChibo.start(RunningChibo.sandboxOn(data), TUESDAY_24_NOVEMBER);
        trang = chibo.bean(LocalBotApiServer.class).telegram().person(OFFICE, "Trang");
    }

    @AfterAll
    static void stop() {
        chibo.close();
    }

    @Test
    void theOfficeSeesAReportOverdueFromTheCellThatHasNotSubmitted() {
        trang.sends("/quahan");

        ChatMessage overdue = said(t -> t.startsWith("📮 Báo cáo quá hạn"));
        assertThat(overdue.text()).contains("Báo cáo tháng").contains("Chi bộ Phòng Bổ trợ tư pháp");
    }

    @Test
    void thisYearsCommendationsAreCountedByForm() {
        trang.sends("/khenthuong_ds");

        ChatMessage list = said(t -> t.startsWith("🏅 Khen thưởng"));
        assertThat(list.text()).contains("Bằng khen: 1 tập thể").contains("Giấy khen: 1 cá nhân");
    }

    @Test
    void theMonthsStatusShowsTwoCellsOfThreeHaveMet() {
        trang.sends("/tinhhinh");

        ChatMessage status = said(t -> t.startsWith("📊 Tình hình"));
        assertThat(status.text()).contains("tháng 11/2026").contains("2/3 chi bộ đã họp");
    }

    @Test
    void theSecretarysHistoryHasMeetingsOfMoreThanOneKind() {
        Person an = chibo.bean(LocalBotApiServer.class).telegram().person(1001, "An");
        an.sends("/lichsu");

        await().atMost(Duration.ofSeconds(20)).until(() -> !an.fromBot().isEmpty());
        ChatMessage list = an.lastFromBot();
        assertThat(list.keyboard().stream().flatMap(java.util.List::stream).map(ChatMessage.InlineButton::text))
                .hasSize(10)
                .anyMatch(label -> label.contains("Chuyên đề"))
                .anyMatch(label -> label.contains("Thường kỳ"));
    }

    @Test
    void theMonthsReportDraftIsDatedFromTheDemoPlaceAndCountsTwoCellsOfThree() throws Exception {
        trang.sends("/baocao");
        trang.taps(said(t -> t.startsWith("📄 Báo cáo của")), "Tháng này");

        await().atMost(Duration.ofSeconds(20)).until(() -> trang.fromBot().stream()
                .anyMatch(m -> m.file() != null && m.file().fileName().endsWith(".docx")));
        ChatMessage draft = trang.fromBot().stream()
                .filter(m -> m.file() != null && m.file().fileName().endsWith(".docx"))
                .findFirst()
                .orElseThrow();
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                        new java.io.ByteArrayInputStream(draft.file().content()));
                var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            assertThat(extractor.getText())
                    .contains("Ninh Bình, ngày 24 tháng 11 năm 2026")
                    .contains("Tình hình, kết quả công tác xây dựng Đảng tháng 11 năm 2026")
                    .contains("Sinh hoạt thường kỳ: 2/3 chi bộ đã sinh hoạt (67%).");
        }
    }

    @Test
    void theDemoMemberIsOnTelegramAndSeesHerOwnRecord() {
        Person hoa = chibo.bean(LocalBotApiServer.class).telegram().person(1005, "Hoa");
        hoa.sends("/hoso");
        await().atMost(Duration.ofSeconds(20)).until(() -> hoa.fromBot().stream()
                .anyMatch(m -> m.text() != null && m.text().startsWith("👤 Hồ sơ đảng viên")));
        assertThat(hoa.lastFromBot().text()).contains("• Họ và tên: Phạm Thị Hoa", "• Chi bộ: Chi bộ Phòng Hành chính");
    }

    private static ChatMessage said(Predicate<String> text) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> trang.fromBot().stream().anyMatch(m -> m.text() != null && text.test(m.text())));
        return trang.fromBot().stream()
                .filter(m -> m.text() != null && text.test(m.text()))
                .reduce((a, b) -> b)
                .orElseThrow();
    }
}
