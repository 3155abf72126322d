package vn.chibo.scheduler.retention;

import java.time.Instant;

/** A store that keeps what people said or were sent only as long as it is needed (see {@link ContentRetention}). */
public interface KeptContent {

    /** Forgets the content of what was settled before {@code cutoff}, keeping the rows; returns how many. */
    int forgetBefore(Instant cutoff);
}
