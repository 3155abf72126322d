package vn.chibo.scheduler.retention;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Forgets, in every {@link KeptContent} store, what was settled longer ago than {@code chibo.delivery.keep-sent}
 * (three days by default): the text and files of messages sent, the text of updates handled. A backup then holds
 * no conversation or biên bản older than that; the rows stay for ordering, deduplication and message ids.
 */
@Service
public class ContentRetention {

    private static final Logger log = LoggerFactory.getLogger(ContentRetention.class);

    private final List<KeptContent> stores;
    private final Clock clock;
    private final Duration keep;

    public ContentRetention(
            List<KeptContent> stores, Clock clock, @Value("${chibo.delivery.keep-sent:3d}") Duration keep) {
        this.stores = stores;
        this.clock = clock;
        this.keep = keep;
    }

    /** Forgets what is older than the retention period; returns how many rows it changed. */
    public int run() {
        int forgotten = 0;
        for (KeptContent store : stores) {
            forgotten += store.forgetBefore(clock.instant().minus(keep));
        }
        if (forgotten > 0) {
            log.info("Forgot the content of {} row(s) settled over {} ago", forgotten, keep);
        }
        return forgotten;
    }
}
