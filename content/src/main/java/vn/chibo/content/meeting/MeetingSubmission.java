package vn.chibo.content.meeting;

import java.time.LocalDate;

/**
 * A meeting logged by the cell's minute-taker or a member of its cell committee, waiting for its secretary or deputy
 * to confirm it. {@code answers} is the form's answers as the chat keeps them (null once settled).
 */
public record MeetingSubmission(
        long id,
        long cellId,
        MeetingKind kind,
        LocalDate heldOn,
        Long submittedBy,
        String submitterName,
        String answers,
        State state) {

    public enum State {
        PENDING,
        CONFIRMED,
        RETURNED
    }

    public boolean pending() {
        return state == State.PENDING;
    }
}
