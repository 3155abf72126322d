package vn.chibo.localapi;

import java.time.Instant;

/** One Bot API call as the server received it, with how it answered: the test's view of the wire. */
public record SentRequest(Instant at, String method, Long chatId, int status, Integer retryAfter) {

    /** Bot API method names are case-insensitive: {@code is("sendMessage")} matches a call to /sendmessage. */
    public boolean is(String methodName) {
        return method.equalsIgnoreCase(methodName);
    }
}
