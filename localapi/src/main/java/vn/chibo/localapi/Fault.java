package vn.chibo.localapi;

import java.time.Duration;

/** A failure the server plays instead of answering normally. */
public sealed interface Fault {

    /** HTTP 429 with {@code parameters.retry_after}. */
    record TooManyRequests(int retryAfterSeconds) implements Fault {}

    /** An HTTP 5xx; {@code htmlBody} answers like a proxy would, not in JSON. */
    record ServerError(int status, boolean htmlBody) implements Fault {}

    /** Accepts the request and says nothing for {@code duration}, then drops the connection. */
    record Hang(Duration duration) implements Fault {}

    /** Takes {@code duration} to answer, then answers as it would have at once: a slow network, not a failure. */
    record Slow(Duration duration) implements Fault {}
}
