package vn.chibo.scheduler.delivery;

import java.time.Instant;

/**
 * A queued {@link Outgoing}, claimed for sending. {@code attempts} counts earlier tries; {@code failingSince} is when
 * its sends started failing (null while none has).
 */
public record Delivery(long id, Outgoing message, int attempts, Instant failingSince) {

    public long chatId() {
        return message.chatId();
    }
}
