package vn.chibo.scheduler.reminder;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * What a reminder is about, as stored with it and read back when someone presses its button: a cell's meeting at a
 * start time ({@code meet:<cell>:<start>}) or an organisation's report due on a day
 * ({@code dl:<deadline>:<unit>:<due>}).
 * Built and read here only.
 */
public sealed interface ReminderSubject {

    String key();

    /** The organisation the reminder is for: a cell for a meeting, a cell or a committee for a report. */
    long unitId();

    /** A cell's meeting starting at {@code start} (to the minute). */
    record Meeting(long cellId, LocalDateTime start) implements ReminderSubject {
        public Meeting {
            start = start.truncatedTo(ChronoUnit.MINUTES);
        }

        @Override
        public long unitId() {
            return cellId;
        }

        @Override
        public String key() {
            return "meet:" + cellId + ":" + start;
        }
    }

    /** An organisation's report for a deadline, due on {@code dueOn} (one occurrence of a recurring deadline). */
    record Report(long deadlineId, long unitId, LocalDate dueOn) implements ReminderSubject {
        @Override
        public String key() {
            return "dl:" + deadlineId + ":" + unitId + ":" + dueOn;
        }
    }

    /** The subject {@code key} names; empty for anything not built by {@link #key()}. */
    static Optional<ReminderSubject> parse(String key) {
        String[] parts = key == null ? new String[0] : key.split(":", 3);
        try {
            if (parts.length == 3 && parts[0].equals("meet")) {
                return Optional.of(new Meeting(Long.parseLong(parts[1]), LocalDateTime.parse(parts[2])));
            }
            if (parts.length == 3 && parts[0].equals("dl")) {
                String[] rest = parts[2].split(":");
                if (rest.length == 2) {
                    return Optional.of(
                            new Report(Long.parseLong(parts[1]), Long.parseLong(rest[0]), LocalDate.parse(rest[1])));
                }
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
