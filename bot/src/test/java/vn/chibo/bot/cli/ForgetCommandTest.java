package vn.chibo.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code java -jar chibo.jar forget-user ID --yes}, on a real H2 file holding one account's traces and another's. */
class ForgetCommandTest {

    static final long AN = 7001;
    static final long BINH = 7002;

    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void forgetsOneAccountEverywhereAndKeepsTheRecordAndEveryoneElse() throws Exception {
        Path roster = Files.writeString(
                dir.resolve("ds.csv"),
                ImportCommandTest.HEADER
                        + "Đảng bộ Khối / Chi bộ A,Nguyễn Văn An,chính thức,9/6/2002,secretary\n"
                        + "Đảng bộ Khối / Chi bộ B,Trần Thị Bình,chính thức,9/6/2002,secretary\n",
                StandardCharsets.UTF_8);
        assertThat(ImportCommand.run(
                        new String[] {"import", roster.toString(), db()}, print(out), print(err), () -> null))
                .isZero();
        try (var context = CommandContext.open(db())) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            jdbc.sql(
                            "UPDATE role_assignment SET telegram_user_id = CASE person_name WHEN 'Nguyễn Văn An' THEN ? ELSE ? END")
                    .params(AN, BINH)
                    .update();
            for (long user : new long[] {AN, BINH}) {
                Timestamp now = Timestamp.from(Instant.now());
                jdbc.sql("INSERT INTO conversation (chat_id, user_id, flow, step, version, data, updated_at)"
                                + " VALUES (?, ?, 'meeting', 'place', 1, '{\"place\":\"Hội trường\"}', ?)")
                        .params(user, user, now)
                        .update();
                jdbc.sql("INSERT INTO user_preference (user_id, tidy_after_save) VALUES (?, TRUE)")
                        .param(user)
                        .update();
                jdbc.sql("INSERT INTO delivery (chat_id, kind, payload, status, not_before) VALUES (?, 'TEXT',"
                                + " '{\"text\":\"Biên bản của đồng chí\"}', 'SENT', ?)")
                        .params(user, now)
                        .update();
                jdbc.sql("INSERT INTO inbound_update (update_id, chat_id, payload, received_at) VALUES (?, ?,"
                                + " '{\"message\":{\"text\":\"Hội trường tầng 2\"}}', ?)")
                        .params(user * 10, user, now)
                        .update();
            }
        }

        try (var context = CommandContext.open(db())) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            long an = jdbc.sql("SELECT id FROM member WHERE full_name = 'Nguyễn Văn An'")
                    .query(Long.class)
                    .single();
            long cell = jdbc.sql("SELECT cell_id FROM member WHERE id = ?")
                    .param(an)
                    .query(Long.class)
                    .single();
            Timestamp now = Timestamp.from(Instant.now());
            jdbc.sql("INSERT INTO member_invitation (code_hash, member_id, issued_at, expires_at, used_at, used_by)"
                            + " VALUES ('h1', ?, ?, ?, ?, ?)")
                    .params(an, now, now, now, AN)
                    .update();
            jdbc.sql("INSERT INTO meeting_notice (cell_id, kind, starts_at, place, agenda, sent_at, sent_by)"
                            + " VALUES (?, 'MONTHLY', ?, 'Hội trường', '1. Thời sự', ?, ?)")
                    .params(cell, now, now, AN)
                    .update();
        }

        assertThat(ForgetCommand.run(new String[] {"forget-user", Long.toString(AN)}, print(out), print(err)))
                .as("nothing without --yes")
                .isEqualTo(3);
        assertThat(count("conversation WHERE chat_id = " + AN)).isEqualTo(1);
        int status = ForgetCommand.run(
                new String[] {"forget-user", Long.toString(AN), "--yes", db()}, print(out), print(err));

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Forgot Telegram account 7001:")
                .contains("role_assignment: 1 row(s)")
                .contains("delivery: 1 row(s)");
        assertThat(count("role_assignment WHERE telegram_user_id = " + AN)).isZero();
        assertThat(count("role_assignment WHERE person_name = 'Nguyễn Văn An'"))
                .as("the role stays, waiting for a new link")
                .isEqualTo(1);
        assertThat(count("conversation WHERE chat_id = " + AN + " AND data = '' AND flow = '' AND version = 2"))
                .as("ended, its content gone, its version still growing")
                .isEqualTo(1);
        assertThat(count("user_preference WHERE user_id = " + AN)).isZero();
        assertThat(count("delivery WHERE chat_id = " + AN)).isZero();
        assertThat(count("inbound_update WHERE chat_id = " + AN + " AND payload = '{}' AND handled_at IS NOT NULL"))
                .as("the id stays, against a redelivery; the text goes")
                .isEqualTo(1);
        assertThat(count("member WHERE full_name = 'Nguyễn Văn An' AND active")).isEqualTo(1);
        assertThat(count("member_invitation WHERE used_by = " + AN)).isZero();
        assertThat(count("meeting_notice WHERE sent_by = " + AN))
                .as("the notice stays, without the account that sent it")
                .isZero();
        assertThat(count("meeting_notice")).isEqualTo(1);
        for (String table : new String[] {
            "conversation WHERE flow = 'meeting' AND chat_id", "user_preference WHERE user_id", "delivery WHERE chat_id"
        }) {
            assertThat(count(table + " = " + BINH))
                    .as(table + " of someone else")
                    .isEqualTo(1);
        }
        assertThat(count("role_assignment WHERE telegram_user_id = " + BINH)).isEqualTo(1);
    }

    @Test
    void explainsAnIdThatIsNotANumber() {
        assertThat(ForgetCommand.run(new String[] {"forget-user", "@an"}, print(out), print(err)))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("Usage: java -jar chibo.jar forget-user");
    }

    private long count(String where) {
        try (var context = CommandContext.open(db())) {
            return context.getBean(JdbcClient.class)
                    .sql("SELECT COUNT(*) FROM " + where)
                    .query(Long.class)
                    .single();
        }
    }

    private String db() {
        return "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("chibo").toAbsolutePath();
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }
}
