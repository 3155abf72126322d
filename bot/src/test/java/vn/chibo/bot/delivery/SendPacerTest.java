package vn.chibo.bot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.chibo.bot.telegram.ChiboProperties;

class SendPacerTest {

    static final long PRIVATE_CHAT = 42;
    static final long GROUP = -100_42;

    SendPacer pacer = new SendPacer(new ChiboProperties.Pacing(30, 1, 3, 20, Duration.ZERO, Duration.ofMillis(200)));

    @Test
    void letsAPrivateChatHaveABurstOfThreeThenOnePerSecond() {
        for (int i = 0; i < 3; i++) {
            assertThat(pacer.waitMillis(PRIVATE_CHAT, true, 0)).isZero();
            pacer.sent(pacer.reserve(PRIVATE_CHAT, true), 0);
        }

        assertThat(pacer.waitMillis(PRIVATE_CHAT, true, 0)).isEqualTo(3_001);
        assertThat(pacer.waitMillis(PRIVATE_CHAT, true, 3_000))
                .as("a return read as 0 may have come at 0.9")
                .isEqualTo(1);
        assertThat(pacer.waitMillis(PRIVATE_CHAT, true, 3_001)).isZero();
    }

    @Test
    void capsTheWholeBotAtThirtyMessagesInAnySecond() {
        for (long chat = 1; chat <= 30; chat++) {
            assertThat(pacer.waitMillis(chat, true, 10)).isZero();
            pacer.sent(pacer.reserve(chat, true), 10);
        }

        assertThat(pacer.waitMillis(31, true, 500)).isEqualTo(511);
        assertThat(pacer.waitMillis(31, true, 1_011)).isZero();
    }

    @Test
    void aSlotCountsFromWhenItsCallReturnedNotWhenItLeft() {
        pacer.reserve(PRIVATE_CHAT, true);
        pacer.reserve(PRIVATE_CHAT, true);
        SendPacer.Slot slow = pacer.reserve(PRIVATE_CHAT, true);

        assertThat(pacer.waitMillis(PRIVATE_CHAT, true, 5_000))
                .as("all three still in flight")
                .isPositive();

        pacer.sent(slow, 5_000);

        assertThat(pacer.waitMillis(PRIVATE_CHAT, true, 7_000))
                .as("the others never returned")
                .isPositive();
    }

    @Test
    void whenEveryCallHasReturnedTheWindowRunsFromTheLatestReturn() {
        SendPacer.Slot a = pacer.reserve(PRIVATE_CHAT, true);
        SendPacer.Slot b = pacer.reserve(PRIVATE_CHAT, true);
        SendPacer.Slot c = pacer.reserve(PRIVATE_CHAT, true);
        pacer.sent(a, 100);
        pacer.sent(b, 900);
        pacer.sent(c, 400);

        assertThat(pacer.waitMillis(PRIVATE_CHAT, true, 1_000)).isEqualTo(2_101);
        assertThat(pacer.waitMillis(PRIVATE_CHAT, true, 3_101)).isZero();
    }

    @Test
    void capsAGroupAtTwentyAMinute() {
        for (int i = 0; i < 20; i++) {
            pacer.alreadySent(GROUP, true, i * 1_000L);
        }

        assertThat(pacer.waitMillis(GROUP, true, 20_000)).isEqualTo(40_001);
    }

    @Test
    void aPauseFromA429HoldsEvenCallbackAnswers() {
        pacer.pause(PRIVATE_CHAT, 7_000);

        assertThat(pacer.waitMillis(PRIVATE_CHAT, true, 1_000)).isEqualTo(6_000);
        assertThat(pacer.waitMillis(PRIVATE_CHAT, false, 1_000)).isEqualTo(6_000);
        assertThat(pacer.waitMillis(PRIVATE_CHAT + 1, true, 1_000))
                .as("other chats go on")
                .isZero();
    }

    @Test
    void callbackAnswersAreNotCountedAsChatMessages() {
        for (int i = 0; i < 10; i++) {
            pacer.sent(pacer.reserve(PRIVATE_CHAT, false), 0);
        }

        assertThat(pacer.waitMillis(PRIVATE_CHAT, true, 0)).isZero();
    }

    @Test
    void sendsOfThePreviousRunCount() {
        for (int i = 0; i < 3; i++) {
            pacer.alreadySent(PRIVATE_CHAT, true, 1_000);
        }

        assertThat(pacer.waitMillis(PRIVATE_CHAT, true, 2_000)).isEqualTo(2_001);
    }

    @Test
    void theSafetyMarginWidensEveryWindow() {
        var careful =
                new SendPacer(new ChiboProperties.Pacing(30, 1, 3, 20, Duration.ofMillis(50), Duration.ofMillis(200)));
        for (int i = 0; i < 3; i++) {
            careful.alreadySent(PRIVATE_CHAT, true, 0);
        }

        assertThat(careful.waitMillis(PRIVATE_CHAT, true, 3_000)).isEqualTo(51);
    }

    @Test
    void aChatAnotherInstanceWroteToWaitsForItsWindowWhileOtherChatsGoOn() {
        for (int i = 0; i < 3; i++) {
            pacer.sentElsewhere(PRIVATE_CHAT, 1_000);
        }

        assertThat(pacer.waitMillis(PRIVATE_CHAT, true, 1_500)).isEqualTo(2_501);
        assertThat(pacer.waitMillis(PRIVATE_CHAT + 1, true, 1_500))
                .as("the bot-wide share is counted apart")
                .isZero();
        assertThat(pacer.waitMillis(PRIVATE_CHAT, true, 4_001)).isZero();
    }

    @Test
    void a429WidensEveryWindowDoublingUpToTheMaximumAndCalmNarrowsThemBack() {
        assertThat(pacer.margin()).as("no margin until Telegram disagrees").isZero();

        assertThat(pacer.tooMany(1_000)).isEqualTo(10);
        assertThat(pacer.tooMany(1_100)).isEqualTo(20);
        for (int i = 0; i < 10; i++) {
            pacer.tooMany(1_200);
        }
        assertThat(pacer.margin()).as("never past the maximum").isEqualTo(200);
        pacer.alreadySent(PRIVATE_CHAT, true, 1_200);
        pacer.alreadySent(PRIVATE_CHAT, true, 1_200);
        pacer.alreadySent(PRIVATE_CHAT, true, 1_200);
        assertThat(pacer.waitMillis(PRIVATE_CHAT, true, 4_200)).isEqualTo(201);

        pacer.waitMillis(PRIVATE_CHAT + 1, true, 1_200 + SendPacer.CALM_MILLIS - 1);
        assertThat(pacer.margin()).as("not calm for long enough yet").isEqualTo(200);
        pacer.waitMillis(PRIVATE_CHAT + 1, true, 1_200 + SendPacer.CALM_MILLIS);
        assertThat(pacer.margin()).isEqualTo(100);
        for (int i = 2; i <= 10; i++) {
            pacer.waitMillis(PRIVATE_CHAT + 1, true, 1_200 + i * SendPacer.CALM_MILLIS);
        }
        assertThat(pacer.margin()).as("back to the configured margin").isZero();
    }
}
