package vn.chibo.bot.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ChatLanesTest {

    @Test
    void runsOneChatsTasksInOrder() {
        List<Integer> seen = new CopyOnWriteArrayList<>();
        try (var lanes = new ChatLanes(4)) {
            for (int i = 0; i < 200; i++) {
                int n = i;
                lanes.submit(1, () -> seen.add(n));
            }
            await().atMost(Duration.ofSeconds(5)).until(() -> seen.size() == 200);
        }
        assertThat(seen).isSorted();
    }

    @Test
    void aSlowChatDoesNotHoldUpAnother() throws Exception {
        var release = new CountDownLatch(1);
        var otherDone = new CountDownLatch(1);
        try (var lanes = new ChatLanes(2)) {
            lanes.submit(1, () -> {
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            lanes.submit(2, otherDone::countDown);

            assertThat(otherDone.await(2, TimeUnit.SECONDS)).isTrue();
            release.countDown();
        }
    }

    @Test
    void aFailingTaskDoesNotStopItsChat() {
        List<String> seen = new CopyOnWriteArrayList<>();
        try (var lanes = new ChatLanes(1)) {
            lanes.submit(1, () -> {
                throw new IllegalStateException("boom");
            });
            lanes.submit(1, () -> seen.add("after"));
            await().atMost(Duration.ofSeconds(5)).until(() -> seen.size() == 1);
        }
    }
}
