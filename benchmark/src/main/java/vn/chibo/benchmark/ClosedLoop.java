package vn.chibo.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import vn.chibo.localapi.ChatMessage;
import vn.chibo.localapi.LocalTelegram;
import vn.chibo.localapi.Person;

/**
 * People who each act, wait for the bot's answer, and act again, as fast as the bot answers: a closed-loop load. Each
 * person runs a script of steps (an action and what the answer must say) over and over; every answer's latency is
 * recorded once the warm-up is over.
 */
final class ClosedLoop {

    /** One thing a person does, and how to tell the bot's answer to it. */
    record Step(Act act, Predicate<String> answered) {}

    /** What the person does; {@code last} is the bot's latest message, for a tap on its buttons. */
    interface Act {
        void on(Person person, ChatMessage last);
    }

    record Result(long actions, double seconds, long[] latenciesMicros, long timeouts) {

        double perSecond() {
            return actions / seconds;
        }

        double percentileMillis(double p) {
            if (latenciesMicros.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(latenciesMicros.length * p / 100.0) - 1;
            return latenciesMicros[Math.max(0, Math.min(index, latenciesMicros.length - 1))] / 1000.0;
        }
    }

    private ClosedLoop() {}

    static Result run(
            LocalTelegram telegram, List<Person> people, List<Step> script, long warmUpMillis, long measureMillis)
            throws InterruptedException {
        long start = System.currentTimeMillis();
        long measureFrom = start + warmUpMillis;
        long end = measureFrom + measureMillis;
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong actions = new AtomicLong();
        AtomicLong timeouts = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (Person person : people) {
            Thread thread = new Thread(
                    () -> {
                        int step = 0;
                        while (System.currentTimeMillis() < end) {
                            Step next = script.get(step);
                            long seen = telegram.chatVersion(person.id());
                            Map<Integer, Integer> before = snapshot(person);
                            ChatMessage last = person.fromBot().isEmpty() ? null : person.lastFromBot();
                            long began = System.nanoTime();
                            next.act().on(person, last);
                            if (!awaitAnswer(telegram, person, next.answered(), seen, before, 10_000)) {
                                timeouts.incrementAndGet();
                                continue; // try the same step again
                            }
                            long took = (System.nanoTime() - began) / 1_000;
                            if (System.currentTimeMillis() >= measureFrom && System.currentTimeMillis() < end) {
                                latencies.add(took);
                                actions.incrementAndGet();
                            }
                            step = (step + 1) % script.size();
                        }
                    },
                    "load-" + person.id());
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Result(actions.get(), measureMillis / 1000.0, sorted, timeouts.get());
    }

    /**
     * Waits for a bot message, new since the action or edited since, that reads as {@code answered} expects. Not just the
     * latest message: a step's answer may be followed at once by another message.
     */
    private static boolean awaitAnswer(
            LocalTelegram telegram,
            Person person,
            Predicate<String> answered,
            long seen,
            Map<Integer, Integer> before,
            long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        long version = seen;
        try {
            while (System.currentTimeMillis() < deadline) {
                long now = telegram.awaitChatChange(person.id(), version, deadline - System.currentTimeMillis());
                if (now != version) {
                    version = now;
                    boolean found = person.fromBot().stream()
                            .filter(m -> !Integer.valueOf(m.editCount()).equals(before.get(m.messageId())))
                            .anyMatch(m -> m.text() != null && answered.test(m.text()));
                    if (found) {
                        return true;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /** Each bot message's edit count, to tell what changes after an action. */
    private static Map<Integer, Integer> snapshot(Person person) {
        Map<Integer, Integer> counts = new HashMap<>();
        person.fromBot().forEach(m -> counts.put(m.messageId(), m.editCount()));
        return counts;
    }
}
