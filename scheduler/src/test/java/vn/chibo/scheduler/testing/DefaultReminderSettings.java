package vn.chibo.scheduler.testing;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import vn.chibo.scheduler.reminder.ReminderSettings;

/** The reminder settings of application.properties, for tests that build the policy or a form by hand. */
public final class DefaultReminderSettings {

    private DefaultReminderSettings() {}

    public static ReminderSettings of() {
        return new ReminderSettings(
                LocalTime.of(21, 0),
                LocalTime.of(7, 0),
                List.of(),
                List.of(),
                "0 0/5 * * * ?",
                List.of(3),
                LocalTime.of(7, 0),
                LocalTime.of(8, 0),
                List.of(7, 1, 0),
                Duration.ofHours(2),
                25,
                Duration.ofDays(7),
                Duration.ofDays(30));
    }
}
