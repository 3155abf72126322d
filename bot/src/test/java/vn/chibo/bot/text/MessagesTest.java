package vn.chibo.bot.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every key the code asks for exists in messages_vi.properties, and every sentence there is used. */
class MessagesTest {

    static final Pattern KEY_USE = Pattern.compile("\\bt\\(\\s*\"([a-z0-9_.]+)\"\\s*[,)]");
    /** Menu items name their label's key; the menu looks it up. */
    static final Pattern MENU_LABEL = Pattern.compile("\"(menu\\.[a-z0-9_]+)\"");

    @Test
    void everyKeyUsedInCodeExistsAndEveryKeyIsUsed() throws IOException {
        Properties messages = load();
        Set<String> used = usedKeys();
        used.addAll(dynamicKeys());

        assertThat(messages.stringPropertyNames()).containsAll(used);
        assertThat(used).containsAll(messages.stringPropertyNames());
    }

    @Test
    void messagesAreVietnameseNotPlaceholders() throws IOException {
        Properties messages = load();

        assertThat(messages.stringPropertyNames()).allSatisfy(key -> {
            String text = messages.getProperty(key);
            assertThat(text).as(key).isNotBlank().doesNotContain("TODO").doesNotContain("\\u");
        });
        assertThat(messages.getProperty("cancel.done")).isEqualTo("Đã hủy thao tác đang làm. Không có gì được lưu.");
    }

    /** Keys built at run time from a name: role.<role>, command.<command>.description. */
    private static Set<String> dynamicKeys() {
        Set<String> keys = new HashSet<>();
        for (var role : vn.chibo.content.access.Role.values()) {
            keys.add("role." + role.name().toLowerCase());
        }
        for (var status : vn.chibo.content.org.MemberStatus.values()) {
            keys.add("status." + status.name().toLowerCase());
        }
        for (var problem : vn.chibo.content.roster.Problem.values()) {
            keys.add(problem.messageKey());
        }
        for (String item : vn.chibo.bot.people.PeopleMenu.MANAGEMENT) {
            keys.add("manage." + item);
        }
        for (var kind : vn.chibo.content.meeting.MeetingKind.values()) {
            keys.add("meeting.kind." + kind.name().toLowerCase());
        }
        for (var band : vn.chibo.content.meeting.QualityScore.Band.values()) {
            keys.add("meeting.band." + band.name().toLowerCase());
        }
        for (String key : List.of(
                "kind",
                "date",
                "start",
                "place",
                "topic",
                "absent",
                "chair",
                "minutes",
                "results",
                "decisions",
                "tasks",
                "conclusion",
                "votes")) {
            keys.add("meeting.edit." + key);
        }
        for (String key : List.of("results", "decisions", "tasks", "conclusion")) {
            keys.add("meeting.ask." + key);
        }
        for (var form : vn.chibo.content.commendation.AwardForm.values()) {
            keys.add("award.kind." + form.name().toLowerCase());
        }
        for (String key : List.of(
                "kind",
                "issuer",
                "target",
                "cell",
                "achievement",
                "period",
                "documents",
                "decision_no",
                "decision_date")) {
            keys.add("award.edit." + key);
        }
        for (String key : List.of("0", "1", "3", "6", "12")) {
            keys.add("deadline.repeat." + key);
        }
        for (String key : List.of("monthly", "quarterly", "half", "year")) {
            keys.add("deadline.quick." + key);
        }
        for (String command : vn.chibo.bot.telegram.BotCommandMenu.COMMANDS) {
            keys.add("command." + command + ".description");
        }
        return keys;
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> keys = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                for (Pattern pattern : List.of(KEY_USE, MENU_LABEL)) {
                    Matcher m = pattern.matcher(code);
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        assertThat(keys).as("keys found in code").hasSizeGreaterThan(20);
        return keys;
    }

    private static Properties load() throws IOException {
        var properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/messages_vi.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
