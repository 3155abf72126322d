package vn.chibo.scheduler.delivery;

/** A queued {@link Outgoing}, claimed for sending. {@code attempts} counts earlier tries. */
public record Delivery(long id, Outgoing message, int attempts) {

    public long chatId() {
        return message.chatId();
    }
}
