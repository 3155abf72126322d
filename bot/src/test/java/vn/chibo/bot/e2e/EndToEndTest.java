package vn.chibo.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import vn.chibo.localapi.ChatMessage;
import vn.chibo.localapi.LocalBotApiServer;
import vn.chibo.localapi.LocalTelegram;
import vn.chibo.localapi.Person;
import vn.chibo.localapi.RateLimits;
import vn.chibo.localapi.SentRequest;
import vn.chibo.scheduler.testing.MovableClock;

/**
 * One local Bot API server and one chibo per test class, on a fresh in-memory H2 (or, for a class marked
 * {@link OnPostgres}, a fresh PostgreSQL database). Telegram's flood limits
 * are enforced throughout, and after each test no 429 may have been answered that the test did not
 * inject: the sender must pace itself.
 */
abstract class EndToEndTest {

    static final Duration PATIENCE = Duration.ofSeconds(15);
    static final long ADMIN_ID = 42;
    private static final AtomicLong nextUserId = new AtomicLong(50_000);

    static LocalBotApiServer server;
    static LocalTelegram telegram;
    static RunningChibo chibo;
    static Organisation org;
    /** chibo's clock: a test moves it forward to the moment a reminder is due. */
    static MovableClock clock;

    private boolean injected429s;
    /** How many calls the server had recorded when this test began: earlier tests' calls are theirs. */
    private int callsBefore;

    @BeforeAll
    static void startTelegramAndChibo(TestInfo test) throws Exception {
        telegram = new LocalTelegram(LocalTelegram.randomToken(), "chibo_test_bot");
        telegram.enforce(RateLimits.telegramDefaults());
        server = LocalBotApiServer.start(telegram, 0);
        boolean onPostgres = test.getTestClass()
                .map(c -> c.isAnnotationPresent(OnPostgres.class))
                .orElse(false);
        var settings = RunningChibo.testSettings(
                server,
                onPostgres
                        ? TestPostgres.shared().freshDatabase()
                        : "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        if (onPostgres) {
            RunningChibo.onPostgres(settings);
        }
        settings.put("chibo.admins", Long.toString(ADMIN_ID));
        // Reminder sweeps run when a test asks (at the moment it moved the clock to), not on Quartz's real-time
        // schedule.
        settings.put("chibo.reminders.sweep-cron", "0 0 0 1 1 ? 2099");
        clock = new MovableClock(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        chibo = RunningChibo.start(settings, clock);
        org = new Organisation(chibo);
    }

    @AfterAll
    static void stopChiboAndTelegram() {
        chibo.close();
        server.close();
    }

    @org.junit.jupiter.api.BeforeEach
    void countTheCallsSoFar() {
        callsBefore = telegram.requests().size();
    }

    @AfterEach
    void senderNeverTrippedTheRateLimits() {
        if (!injected429s) {
            List<SentRequest> calls = telegram.requests();
            assertThat(calls.subList(Math.min(callsBefore, calls.size()), calls.size()))
                    .filteredOn(r -> r.status() == 429)
                    .as("429s the sender provoked")
                    .isEmpty();
        }
        telegram.clearFaults();
    }

    /** Declares that this test injects 429s itself. */
    void injecting429s() {
        injected429s = true;
    }

    static Person aPerson(String firstName) {
        return telegram.person(nextUserId.incrementAndGet(), firstName);
    }

    /** Waits until the person's chat holds {@code count} messages from the bot, and returns them. */
    static List<ChatMessage> awaitBotMessages(Person person, int count) {
        await().atMost(PATIENCE).until(() -> person.fromBot().size() >= count);
        return person.fromBot();
    }

    /** Waits until the bot's latest message to the person satisfies {@code condition}. */
    static ChatMessage awaitLastBotMessage(Person person, Predicate<ChatMessage> condition) {
        await().atMost(PATIENCE).until(() -> !person.fromBot().isEmpty() && condition.test(person.lastFromBot()));
        return person.lastFromBot();
    }

    /** Waits, as a person would, for the bot's latest message to read as {@code text} expects; says what it said if not. */
    static ChatMessage said(Person person, Predicate<String> text) {
        try {
            return awaitLastBotMessage(person, m -> m.text() != null && text.test(m.text()));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError(
                    "Unexpected reply; the bot last said: "
                            + (person.fromBot().isEmpty()
                                    ? "nothing"
                                    : person.lastFromBot().text()),
                    e);
        }
    }

    /** Waits for a message from the bot reading as {@code text} expects, wherever it is in the chat. */
    static ChatMessage arrived(Person person, Predicate<String> text) {
        await().atMost(PATIENCE)
                .until(() -> person.fromBot().stream().anyMatch(m -> m.text() != null && text.test(m.text())));
        return person.fromBot().stream()
                .filter(m -> m.text() != null && text.test(m.text()))
                .reduce((first, second) -> second)
                .orElseThrow();
    }

    /** Waits until {@code message} (edited in place by the bot) reads as {@code text} expects, and returns it as it is then. */
    static ChatMessage becomes(Person person, ChatMessage message, Predicate<String> text) {
        await().atMost(PATIENCE).until(() -> person.chat().stream()
                .anyMatch(m -> m.messageId() == message.messageId() && m.text() != null && text.test(m.text())));
        return person.chat().stream()
                .filter(m -> m.messageId() == message.messageId())
                .findFirst()
                .orElseThrow();
    }

    /** Waits for the bot's latest message to contain {@code prompt} and show {@code label}, then taps it. */
    static void tapOn(Person person, String prompt, String label) {
        try {
            person.taps(
                    awaitLastBotMessage(
                            person, m -> m.text() != null && m.text().contains(prompt) && m.hasButton(label)),
                    label);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            ChatMessage lastMessage = person.fromBot().isEmpty() ? null : person.lastFromBot();
            throw new AssertionError(
                    "No button '" + label + "'; the bot last said: "
                            + (lastMessage == null ? "nothing" : lastMessage.text() + " " + lastMessage.keyboard()),
                    e);
        }
    }

    static List<SentRequest> requestsTo(Person person) {
        return telegram.requests().stream()
                .filter(r -> r.chatId() != null && r.chatId() == person.id())
                .toList();
    }
}
