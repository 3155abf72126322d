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

/**
 * Every sentence chibo says comes from a bundle: the bot's ({@code messages_vi}), the reminders'
 * ({@code reminders_vi}), the minutes' and the content module's own words. Every key the code asks for exists
 * in its bundle, the bot's bundle holds no sentence nobody says, and no Vietnamese is written in Java outside
 * the bundles but for the vocabulary chibo reads (dates, directives, unit names) and the sandbox's demo data.
 */
class BundlesTest {

    /** Where Vietnamese in Java is the point: words people type that chibo reads, and made-up demo people. */
    static final Set<String> VOCABULARY = Set.of(
            "content/src/main/java/vn/chibo/content/calendar/VietnameseDates.java",
            "content/src/main/java/vn/chibo/content/commendation/Periods.java",
            "content/src/main/java/vn/chibo/content/document/DocumentRefs.java",
            "content/src/main/java/vn/chibo/content/document/DocumentRef.java",
            "content/src/main/java/vn/chibo/content/org/OrgUnits.java",
            "content/src/main/java/vn/chibo/content/roster/Fold.java",
            "content/src/main/java/vn/chibo/content/roster/Problem.java",
            "bot/src/main/java/vn/chibo/bot/sandbox/DemoOrganisation.java",
            "bot/src/main/java/vn/chibo/bot/sandbox/DemoRecords.java",
            "bot/src/main/java/vn/chibo/bot/sandbox/DemoPersona.java");

    static final Pattern VIETNAMESE_LITERAL = Pattern.compile("\"[^\"\\n]*[\\u00C0-\\u1EF9][^\"\\n]*\"");
    static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");
    static final Pattern WORDS_USE = Pattern.compile("Words\\.t\\(\\s*\"([a-z0-9_.]+)\"\\s*[,)]");
    static final Pattern MINUTES_USE = Pattern.compile("\\bw\\(\\s*\"([a-z0-9_.]+)\"\\s*[,)]");
    static final Pattern REPORT_USE = Pattern.compile("\\br\\(\\s*\"([a-z0-9_.]+)\"\\s*[,)]");

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
        // A notice's agenda template, per kind it calls; the reasons a member picks under a notice.
        for (String kind : List.of("monthly", "thematic", "combined", "forum", "extraordinary")) {
            keys.add("notice.agenda." + kind);
        }
        keys.addAll(List.of("notice.reason.ill", "notice.reason.business", "notice.reason.family"));
        // A member's life event by kind, and the wording of its day and reason questions.
        for (var kind : vn.chibo.content.org.LifeEvent.values()) {
            keys.add("life.kind." + kind.name());
        }
        keys.addAll(List.of(
                "life.ask.date.any",
                "life.ask.date.recognised",
                "life.ask.reason.away",
                "life.ask.reason.transferred",
                "life.ask.reason.why"));
        for (var level : vn.chibo.content.commendation.IssuerLevel.values()) {
            keys.add("award.level." + level.name().toLowerCase());
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
                "news",
                "study",
                "results",
                "opinions",
                "decisions",
                "tasks",
                "other",
                "conclusion",
                "votes",
                "self",
                "adopted")) {
            keys.add("meeting.edit." + key);
        }
        for (String key : List.of("results", "decisions", "tasks", "conclusion", "news", "study", "other")) {
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
        for (String command : vn.chibo.bot.telegram.BotCommandMenu.GROUP_COMMANDS) {
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
        try (InputStream in = BundlesTest.class.getResourceAsStream("/messages_vi.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void theRemindersMinutesAndContentWordsHaveEveryKeyTheirCodeAsks() throws IOException {
        Properties reminders = bundle("/reminders_vi.properties");
        Properties minutes = bundle("/vn/chibo/content/meeting/minutes_vi.properties");
        Properties words = bundle("/vn/chibo/content/words_vi.properties");
        Properties report = bundle("/vn/chibo/content/report/report_vi.properties");
        Set<String> reportWords = keys(Path.of("../content/src/main/java/vn/chibo/content/report"), REPORT_USE);
        vn.chibo.content.report.ReportWorkbook.COLUMNS.forEach(c -> reportWords.add("col." + c));
        assertThat(report.stringPropertyNames()).containsAll(reportWords);
        assertThat(reportWords).containsAll(report.stringPropertyNames());

        assertThat(reminders.stringPropertyNames()).containsAll(keys(Path.of("../scheduler/src/main/java"), KEY_USE));
        Set<String> minutesWords = keys(Path.of("../content/src/main/java"), MINUTES_USE);
        for (var kind : vn.chibo.content.meeting.MeetingKind.values()) {
            minutesWords.add("subject." + kind.name().toLowerCase());
        }
        assertThat(minutes.stringPropertyNames()).containsAll(minutesWords);
        Set<String> contentWords = keys(Path.of("../content/src/main/java"), WORDS_USE);
        for (var form : vn.chibo.content.commendation.AwardForm.values()) {
            contentWords.add("award.form." + form.name().toLowerCase());
        }
        assertThat(words.stringPropertyNames()).containsAll(contentWords);
        for (Properties properties : List.of(reminders, minutes, words, report)) {
            assertThat(properties.stringPropertyNames()).allSatisfy(key -> assertThat(properties.getProperty(key))
                    .as(key)
                    .isNotBlank()
                    .doesNotContain("TODO"));
        }
    }

    @Test
    void noVietnameseIsWrittenInJavaOutsideTheBundles() throws IOException {
        List<String> found = new java.util.ArrayList<>();
        for (String module : List.of("content", "scheduler", "bot")) {
            Path root = Path.of("..", module, "src/main/java");
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String name = Path.of("..").relativize(file).toString().replace('\\', '/');
                    if (VOCABULARY.contains(name)) {
                        continue;
                    }
                    Matcher m = VIETNAMESE_LITERAL.matcher(
                            COMMENT.matcher(Files.readString(file)).replaceAll(""));
                    while (m.find()) {
                        found.add(name + ": " + m.group());
                    }
                }
            }
        }

        assertThat(found)
                .as("Vietnamese literals in Java; put them in a bundle")
                .isEmpty();
    }

    @Test
    void theLiteralCheckSeesVietnameseInCodeButNotInComments() {
        String code = "/** Chi bộ */ String a = \"Đảng bộ\"; // hôm nay\n String b = \"plain\";";
        Matcher m = VIETNAMESE_LITERAL.matcher(COMMENT.matcher(code).replaceAll(""));

        assertThat(m.find()).isTrue();
        assertThat(m.group()).isEqualTo("\"Đảng bộ\"");
        assertThat(m.find()).isFalse();
    }

    private static Set<String> keys(Path root, Pattern use) throws IOException {
        Set<String> keys = new HashSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = use.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        assertThat(keys).as("keys found under " + root).isNotEmpty();
        return keys;
    }

    private static Properties bundle(String resource) throws IOException {
        var properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
