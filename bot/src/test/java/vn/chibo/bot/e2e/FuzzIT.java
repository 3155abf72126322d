package vn.chibo.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.content.access.Role;
import vn.chibo.content.meeting.Attendance;
import vn.chibo.content.meeting.MeetingKind;
import vn.chibo.content.meeting.MeetingRecord;
import vn.chibo.content.meeting.Meetings;
import vn.chibo.content.meeting.Presence;
import vn.chibo.content.meeting.Votes;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.localapi.ChatMessage;
import vn.chibo.localapi.Person;

/**
 * A thousand random updates against a running chibo, from a secretary, a leader and strangers: random Unicode,
 * 4,096-character texts, known and unknown commands, real buttons tapped at random, forged and oversized
 * callback data on stale or made-up message ids. Afterwards every update is handled without an error, no reply
 * shows a stack trace, nothing failed to send, and the other cell's records are exactly as they were.
 */
class FuzzIT extends EndToEndTest {

    static final int UPDATES = 1_000;
    static final List<String> COMMANDS = List.of(
            "/start",
            "/help",
            "/sinhhoat",
            "/lichsu",
            "/khenthuong",
            "/khenthuong_ds",
            "/huyhieu",
            "/lichhop",
            "/hanbaocao",
            "/tinhhinh",
            "/chuahop",
            "/quahan",
            "/baocao",
            "/dangvien",
            "/vaitro",
            "/tochuc",
            "/moi",
            "/nhatky",
            "/caidat",
            "/huy",
            "/xyz",
            "/start abcdef",
            "/sinhhoat@chibo_test_bot",
            "/");

    @Test
    void randomUpdatesLeaveNoErrorNoStackTraceAndNothingOutsideScopeTouched() {
        Random random = new Random(20261124);
        OrgUnit committee = org.committee("Đảng bộ Fuzz");
        OrgUnit a = org.cellOf(committee, "Chi bộ Fuzz A", "CB FA", "Nguyễn Văn An", "Trần Thị Bình");
        OrgUnit b = org.cellOf(committee, "Chi bộ Fuzz B", "CB FB", "Lê Văn Cường", "Phạm Thị Dung");
        Person secretary = aPerson("Bí thư A");
        org.give(secretary.id(), "Nguyễn Văn An", Role.SECRETARY, a);
        Person leader = aPerson("Lãnh đạo");
        org.give(leader.id(), "Hoàng Văn Lãnh", Role.LEADER, committee);
        List<Person> people = new ArrayList<>(List.of(secretary, leader));
        for (int i = 0; i < 6; i++) {
            people.add(aPerson("Người lạ " + i));
        }
        long bMeeting = meetingOf(b);
        JdbcClient jdbc = chibo.bean(JdbcClient.class);
        String bBefore = snapshotOf(jdbc, b);
        long inboxBefore = jdbc.sql("SELECT COUNT(*) FROM inbound_update")
                .query(Long.class)
                .single();

        for (int i = 0; i < UPDATES; i++) {
            Person who = people.get(random.nextInt(people.size()));
            switch (random.nextInt(8)) {
                case 0 -> who.sends(randomText(random, 1 + random.nextInt(120)));
                case 1 -> who.sends(randomText(random, 4_096));
                case 2, 3 -> who.sends(COMMANDS.get(random.nextInt(COMMANDS.size())));
                case 4, 5 -> tapSomething(who, random);
                case 6 -> who.tapsRaw(1 + random.nextInt(5_000), forgedData(random, b, bMeeting));
                default ->
                    who.sends(List.of(
                                    "hôm qua",
                                    "09/6/2022",
                                    "31/2/2026",
                                    "14h",
                                    "25:61",
                                    "9 0 1",
                                    "1000 0 0",
                                    "Quay lại",
                                    "x".repeat(300))
                            .get(random.nextInt(9)));
            }
        }

        await().atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM inbound_update")
                                        .query(Long.class)
                                        .single()
                                == inboxBefore + UPDATES
                        && settled(jdbc));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM inbound_update WHERE last_error IS NOT NULL")
                        .query(Long.class)
                        .single())
                .as("updates whose handling failed")
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM delivery WHERE status = 'FAILED'")
                        .query(Long.class)
                        .single())
                .as("replies that failed")
                .isZero();
        for (Person p : people) {
            assertThat(p.fromBot()).as("replies to " + p.firstName()).allSatisfy(m -> assertThat(
                            m.text() == null ? "" : m.text())
                    .doesNotContain("Exception")
                    .doesNotContain("\tat ")
                    .doesNotContain("java.")
                    .doesNotContain("vn.chibo"));
        }
        assertThat(people).allSatisfy(p -> assertThat(p.fromBot())
                .as("someone answered " + p.firstName())
                .isNotEmpty());
        assertThat(snapshotOf(jdbc, b)).as("cell B's records").isEqualTo(bBefore);
    }

    private static boolean settled(JdbcClient jdbc) {
        long inbox = jdbc.sql("SELECT COUNT(*) FROM inbound_update WHERE handled_at IS NULL")
                .query(Long.class)
                .single();
        long queue = jdbc.sql("SELECT COUNT(*) FROM delivery WHERE status IN ('PENDING', 'SENDING')")
                .query(Long.class)
                .single();
        return inbox == 0 && queue == 0;
    }

    /** Taps one of the buttons of one of the person's last few messages: real flows, stale buttons, double presses. */
    private static void tapSomething(Person who, Random random) {
        List<ChatMessage> recent =
                who.fromBot().stream().filter(m -> !m.keyboard().isEmpty()).toList();
        if (recent.isEmpty()) {
            who.sends("/start");
            return;
        }
        ChatMessage message = recent.get(Math.max(0, recent.size() - 1 - random.nextInt(Math.min(3, recent.size()))));
        List<ChatMessage.InlineButton> buttons = message.keyboard().stream()
                .flatMap(List::stream)
                .filter(x -> x.callbackData() != null)
                .toList();
        if (buttons.isEmpty()) {
            who.sends("/huy");
            return;
        }
        who.tapsRaw(
                message.messageId(), buttons.get(random.nextInt(buttons.size())).callbackData());
    }

    private static String forgedData(Random random, OrgUnit b, long bMeeting) {
        return switch (random.nextInt(6)) {
            case 0 -> "s:" + b.id() + ":m2026-11:o";
            case 1 -> "s:" + b.id() + ":m2026-11:d" + bMeeting;
            case 2 -> "x".repeat(300);
            case 3 -> "n:" + random.nextInt(1_000) + ":done";
            case 4 -> randomText(random, 1 + random.nextInt(64));
            default -> "f:" + random.nextInt(100) + ":" + random.nextInt(100);
        };
    }

    /** Text from Vietnamese, other scripts, emoji, digits, punctuation and a few control characters. */
    static String randomText(Random random, int length) {
        int[][] ranges = {
            {0x20, 0x7e},
            {0xc0, 0x1ef9},
            {0x0400, 0x04ff},
            {0x4e00, 0x4fff},
            {0x1f600, 0x1f64f},
            {0x0009, 0x000a},
            {0x200b, 0x200f}
        };
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            int[] range = ranges[random.nextInt(ranges.length)];
            int cp = range[0] + random.nextInt(range[1] - range[0] + 1);
            if (Character.isDefined(cp)
                    && !Character.isSurrogate((char) cp)
                    && text.length() + Character.charCount(cp) <= length) {
                text.appendCodePoint(cp);
            } else if (text.length() + 1 <= length) {
                text.append('a');
            }
        }
        String s = text.toString();
        return s.isBlank() ? "a" + s.substring(1) : s;
    }

    private static long meetingOf(OrgUnit cell) {
        List<Member> members = chibo.bean(Members.class).ofCell(cell.id());
        List<Attendance> attendance = members.stream()
                .map(m -> new Attendance(m.id(), m.fullName(), m.status(), Presence.PRESENT))
                .toList();
        return chibo.bean(Meetings.class)
                .record(
                        new MeetingRecord(
                                cell.id(),
                                MeetingKind.MONTHLY,
                                LocalDate.now(clock).minusDays(1),
                                LocalTime.of(8, 0),
                                LocalTime.of(10, 0),
                                "Hội trường",
                                null,
                                List.of(),
                                attendance,
                                null,
                                members.get(0).id(),
                                members.get(0).id(),
                                null,
                                "a",
                                "b",
                                "c",
                                "d",
                                new Votes(members.size(), 0, 0),
                                List.of()),
                        null,
                        1L);
    }

    /** Cell B's meetings, members, roles and commendations, as one comparable text. */
    private static String snapshotOf(JdbcClient jdbc, OrgUnit cell) {
        return String.join(
                "|",
                jdbc.sql(
                                "SELECT CONCAT(id, ':', kind, ':', held_on, ':', COALESCE(CAST(deleted_at AS VARCHAR(40)), '-')) FROM meeting WHERE cell_id = ? ORDER BY id")
                        .param(cell.id())
                        .query(String.class)
                        .list()
                        .toString(),
                jdbc.sql(
                                "SELECT CONCAT(id, ':', full_name, ':', status, ':', active) FROM member WHERE cell_id = ? ORDER BY id")
                        .param(cell.id())
                        .query(String.class)
                        .list()
                        .toString(),
                jdbc.sql(
                                "SELECT CONCAT(id, ':', role, ':', person_name) FROM role_assignment WHERE org_unit_id = ? ORDER BY id")
                        .param(cell.id())
                        .query(String.class)
                        .list()
                        .toString(),
                jdbc.sql("SELECT COUNT(*) FROM commendation WHERE unit_id = ?")
                        .param(cell.id())
                        .query(Long.class)
                        .single()
                        .toString(),
                jdbc.sql("SELECT name FROM org_unit WHERE id = ?")
                        .param(cell.id())
                        .query(String.class)
                        .single());
    }
}
