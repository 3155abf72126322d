package vn.chibo.bot.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.chibo.bot.localapi.Person;
import vn.chibo.content.access.Role;
import vn.chibo.content.org.OrgUnit;

/** What the reminder-wave tests share: one cell per secretary, the monthly nudge they each expect, child logs. */
final class WaveFixture {

    private WaveFixture() {}

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
        return person.fromBot().stream().filter(m -> m.text() != null && m.text().contains("chưa ghi buổi sinh hoạt định kỳ")).count();
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
