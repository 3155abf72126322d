package vn.chibo.scheduler.delivery;

import java.time.Instant;

/**
 * A queued {@link Outgoing}, claimed for sending. {@code attempts} counts earlier tries; {@code failingSince} is when
 * its sends started failing (null while none has); {@code bulk} marks a reminder or other keyed message, which gives
 * way to replies.
 */
public record Delivery(long id, Outgoing message, int attempts, Instant failingSince, boolean bulk) {

    public long chatId() {
        return message.chatId();
    }
}
