package vn.chibo.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import vn.chibo.localapi.ChatMessage;
import vn.chibo.localapi.LocalBotApiServer;
import vn.chibo.localapi.LocalTelegram;
import vn.chibo.localapi.Person;

/**
 * An upgrade, as an office does one: a database made by the previous release (main at c20cbaf: its migrations V1 to
 * V18 kept byte for byte under test resources, and the data that release wrote, work in flight included), then
 * today's chibo started on it. Flyway checks the released migrations against today's (an edited migration fails
 * here) and applies the rest; chibo then handles the update the old release had stored, sends the reply it had
 * queued, and answers from the old data for the people who held roles in it.
 */
class UpgradeIT {

    static final String PREVIOUS = "upgrade/c20cbaf";
    static final MigrationVersion PREVIOUS_SCHEMA = MigrationVersion.fromVersion("18");

    @TempDir
    Path dir;

    @Test
    void aDatabaseOfThePreviousReleaseMigratesAndServesItsPeople() throws Exception {
        boolean onPostgres = getClass().isAnnotationPresent(OnPostgres.class);
        String url = onPostgres
                ? TestPostgres.shared().freshDatabase()
                : ChildChibo.h2File(dir); // the default deployment: an H2 file
        String user = onPostgres ? "postgres" : "sa";
        Flyway previous = Flyway.configure()
                .dataSource(url, user, "")
                .locations("classpath:" + PREVIOUS + "/db/migration")
                .placeholders(Map.of("blob_type", onPostgres ? "BYTEA" : "BLOB"))
                .load();
        previous.migrate();
        assertThat(previous.info().current().getVersion()).isEqualTo(PREVIOUS_SCHEMA);
        try (Connection db = DriverManager.getConnection(url, user, "")) {
            ScriptUtils.executeSqlScript(db, new ClassPathResource(PREVIOUS + "/data.sql"));
        }

        var telegram = new LocalTelegram(LocalTelegram.randomToken(), "chibo_upgrade_bot");
        try (var server = LocalBotApiServer.start(telegram, 0)) {
            Person secretary = telegram.person(71_001, "Hoa");
            Person leader = telegram.person(71_002, "Bình");
            Map<String, String> settings = RunningChibo.testSettings(server, url);
            if (onPostgres) {
                RunningChibo.onPostgres(settings);
            }
            try (RunningChibo chibo = RunningChibo.start(settings)) {
                MigrationInfoService now = chibo.bean(Flyway.class).info();
                assertThat(now.pending()).as("every migration of today applied").isEmpty();
                assertThat(now.current().getVersion()).isGreaterThan(PREVIOUS_SCHEMA);
                assertThat(Arrays.stream(now.applied()).map(MigrationInfo::getState))
                        .allMatch(s -> s.isApplied() && !s.isFailed());

                ChatMessage help = awaitFirst(secretary);
                assertThat(help.text())
                        .as("the update the old release stored, handled now, for the secretary it knew")
                        .startsWith("Hướng dẫn sử dụng chibo")
                        .contains("Dành cho bí thư");
                ChatMessage queued = awaitFirst(leader);
                assertThat(queued.text())
                        .as("the reply the old release queued, sent now")
                        .isEqualTo("Tin nhắn xếp hàng trước khi nâng cấp.");

                // The reminder sweep may run meanwhile (every five minutes on the clock) and send the leader the
                // overdue digest too: the reply is found by what it says, not by counting messages.
                leader.sends("/quahan");
                ChatMessage overdue = awaitSaying(leader, "📮 Báo cáo quá hạn");
                assertThat(overdue.text())
                        .startsWith("📮 Báo cáo quá hạn — Đảng ủy Khối cơ quan tỉnh")
                        .contains("Báo cáo sơ kết 9 tháng")
                        .contains("đã nộp 1/2 chi bộ, quá hạn 10 ngày")
                        .contains("• Chi bộ Văn phòng")
                        .doesNotContain("• Chi bộ Kế hoạch");

                secretary.sends("/start");
                assertThat(awaitSaying(secretary, "Chào đồng chí").text())
                        .startsWith("Chào đồng chí Nguyễn Thị Hoa!")
                        .contains("Bí thư Chi bộ Văn phòng");
            }
        }
    }

    private static ChatMessage awaitSaying(Person person, String start) {
        await().atMost(Duration.ofSeconds(20)).until(() -> person.fromBot().stream()
                .anyMatch(m -> m.text() != null && m.text().startsWith(start)));
        return person.fromBot().stream()
                .filter(m -> m.text() != null && m.text().startsWith(start))
                .findFirst()
                .orElseThrow();
    }

    private static ChatMessage awaitFirst(Person person) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !person.fromBot().isEmpty());
        return person.fromBot().get(0);
    }
}
