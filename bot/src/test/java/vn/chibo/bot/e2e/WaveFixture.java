package vn.chibo.bot.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.chibo.content.access.Role;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.localapi.Person;

/** What the tests of child chibos share: a wave's settings, one cell per secretary, the monthly nudge they each expect, child logs. */
final class WaveFixture {

    private WaveFixture() {}

    /**
     * {@code settings} for a wave that starts at once: no quiet hours, the monthly nudge due from the 1st at midnight,
     * {@code sendThreads} send threads.
     */
    static Map<String, String> forAWave(Map<String, String> settings, int sendThreads) {
        settings.put("chibo.reminders.quiet-from", "00:00");
        settings.put("chibo.reminders.quiet-until", "00:00");
        settings.put("chibo.reminders.monthly-nudge-day", "1");
        settings.put("chibo.reminders.remind-at", "00:00");
        settings.put("chibo.delivery.send-threads", Integer.toString(sendThreads));
        return settings;
    }

    /** Whether a child chibo's log holds {@code text} yet. */
    static boolean logSays(Path log, String text) {
        try {
            return Files.exists(log) && Files.readString(log).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    /** The organisation, written by a chibo in this JVM on the test's database, whose sweep never runs by itself. */
    static void seed(Map<String, String> settings, List<Person> secretaries) {
        Map<String, String> quiet = new LinkedHashMap<>(settings);
        quiet.put("chibo.reminders.sweep-cron", "0 0 0 1 1 ? 2099");
        try (RunningChibo seeding = RunningChibo.start(quiet)) {
            Organisation org = new Organisation(seeding);
            OrgUnit committee = org.committee("Đảng bộ Khối");
            for (int i = 0; i < secretaries.size(); i++) {
                OrgUnit cell = org.cellOf(committee, "Chi bộ số " + i, "CB " + i);
                org.give(secretaries.get(i).id(), "Bí thư " + i, Role.SECRETARY, cell);
            }
        }
    }

    /** The monthly-meeting nudges the person has received. */
    static long nudges(Person person) {
        return person.fromBot().stream()
                .filter(m -> m.text() != null && m.text().contains("chưa ghi buổi sinh hoạt thường kỳ"))
                .count();
    }

    static int delivered(List<Person> people) {
        return (int) people.stream().mapToLong(WaveFixture::nudges).sum();
    }

    /** Prints the end of a child chibo's log, for a failing test's report. */
    static void printTail(Path log, int lines) throws IOException {
        if (Files.exists(log)) {
            List<String> all = Files.readAllLines(log);
            System.out.println("---- " + log.getFileName() + " (last " + lines + " lines) ----");
            all.subList(Math.max(0, all.size() - lines), all.size()).forEach(System.out::println);
        }
    }
}
