package vn.chibo.localapi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Every call the bot made and how it was answered, and the flood limits enforced. */
final class CallLog {

    private final List<SentRequest> requests = new ArrayList<>();
    private RateLimits rateLimits;

    synchronized List<SentRequest> requests() {
        return List.copyOf(requests);
    }

    synchronized void record(String method, Long chatId, int status, Integer retryAfter) {
        requests.add(new SentRequest(Instant.now(), method, chatId, status, retryAfter));
    }

    synchronized void enforce(RateLimits limits) {
        rateLimits = limits;
    }

    /** Refuses with 429 and its retry_after when the chat or the bot is over its limit. */
    synchronized void admit(long chatId) {
        if (rateLimits != null) {
            int wait = rateLimits.admit(chatId, Instant.now());
            if (wait > 0) {
                throw new ApiError(429, "Too Many Requests: retry after " + wait, wait);
            }
        }
    }
}
