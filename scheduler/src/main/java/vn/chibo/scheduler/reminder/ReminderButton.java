package vn.chibo.scheduler.reminder;

import java.util.Arrays;
import java.util.Optional;
import vn.chibo.scheduler.delivery.CallbackData;

/**
 * A button under a reminder, as its data carries it: {@code n:<reminder id>:<letter>}. Built when the reminder is
 * queued and read when it is pressed, here only.
 */
public enum ReminderButton {
    /** The meeting was held. */
    DONE("d"),
    /** Remind again later. */
    LATER("l"),
    /** The meeting is put off. */
    POSTPONE("p"),
    /** The report is submitted. */
    SUBMITTED("s"),
    /** A committee hands the report down to its own organisations ("giao"). */
    ROLL_DOWN("g"),
    /** The secretary sends the members the meeting's notice ("thông báo"). */
    NOTICE("t");

    public static final String PREFIX = "n";

    private final String letter;

    ReminderButton(String letter) {
        this.letter = letter;
    }

    public CallbackData data(long reminderId) {
        return CallbackData.of(PREFIX, reminderId, letter);
    }

    /** Whether pressing it means something for a reminder about {@code subject}. */
    public boolean fits(ReminderSubject subject) {
        boolean aboutReports = this == SUBMITTED || this == ROLL_DOWN;
        return subject instanceof ReminderSubject.Report == aboutReports;
    }

    public static Optional<ReminderButton> of(String letter) {
        return Arrays.stream(values()).filter(b -> b.letter.equals(letter)).findFirst();
    }
}
