package vn.chibo.localapi;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The faults injected into the local server: the next calls that match get them, or every call during an outage. */
final class Faults {

    private final List<FaultRule> rules = new ArrayList<>();

    /** The next {@code times} calls matching {@code method} (null: any) and {@code chatId} (null: any) get {@code fault}. */
    synchronized void inject(String method, Long chatId, Fault fault, int times) {
        rules.add(new FaultRule(method, chatId, fault, times, null));
    }

    /** Every call, whatever its method and chat, gets {@code fault} for the next {@code length}: Telegram is down. */
    synchronized void outage(Fault fault, Duration length) {
        rules.add(
                0,
                new FaultRule(
                        null, null, fault, Integer.MAX_VALUE, Instant.now().plus(length)));
    }

    synchronized void clear() {
        rules.clear();
    }

    /** The fault the call gets, counted against its rule; null: none. */
    synchronized Fault take(String method, Long chatId) {
        rules.removeIf(FaultRule::expired);
        for (FaultRule rule : rules) {
            if (rule.matches(method, chatId)) {
                if (--rule.remaining == 0) {
                    rules.remove(rule);
                }
                return rule.fault;
            }
        }
        return null;
    }

    private static final class FaultRule {
        final String method;
        final Long chatId;
        final Fault fault;
        final Instant until;
        int remaining;

        FaultRule(String method, Long chatId, Fault fault, int times, Instant until) {
            this.method = method;
            this.chatId = chatId;
            this.fault = fault;
            this.remaining = times;
            this.until = until;
        }

        boolean expired() {
            return until != null && !Instant.now().isBefore(until);
        }

        boolean matches(String calledMethod, Long calledChat) {
            Predicate<String> methodMatches = m -> method == null || method.equalsIgnoreCase(m);
            return methodMatches.test(calledMethod) && (chatId == null || chatId.equals(calledChat));
        }
    }
}
