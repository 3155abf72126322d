package vn.chibo.bot.chat.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The shared readers of typed answers, on a Tuesday, 1 December 2026, in Hà Nội. */
class ReadersTest {

    static final Clock NOW = Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    final Readers readers = new Readers(TestTexts.real(), NOW);

    @Test
    void aComingDayIsTodayOrLaterWithinAYear() {
        assertThat(readers.comingDay("15/12", day -> "qua rồi " + day))
                .isEqualTo(Parsed.ok("2026-12-15", "15/12/2026"));
        assertThat(readers.comingDay("hôm nay", day -> "qua rồi " + day).value())
                .isEqualTo("2026-12-01");
        assertThat(readers.comingDay("30/11/2026", day -> "qua rồi " + day).error())
                .isEqualTo("qua rồi 30/11/2026");
        assertThat(readers.comingDay("2/12/2027", day -> "qua rồi " + day).error())
                .isEqualTo("Ngày 2/12/2027 xa quá một năm. Đồng chí kiểm tra lại.");
        assertThat(readers.comingDay("31/2", day -> "qua rồi " + day).error()).startsWith("Ngày “31/2” không có");
    }

    @Test
    void aLineIsTwoCharactersOrMoreAndNotTooLong() {
        assertThat(readers.line("  QĐ  ", 300).value()).isEqualTo("QĐ");
        assertThat(readers.line("x", 300).error()).isNotBlank();
        assertThat(readers.line("x".repeat(301), 300).error()).contains("300").contains("301");
    }
}
