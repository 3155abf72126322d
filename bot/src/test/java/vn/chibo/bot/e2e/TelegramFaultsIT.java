package vn.chibo.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.chibo.localapi.Fault;
import vn.chibo.localapi.Person;
import vn.chibo.localapi.SentRequest;
import vn.chibo.scheduler.delivery.BlockedChats;
import vn.chibo.scheduler.delivery.DeliveryQueue;
import vn.chibo.scheduler.delivery.Outgoing;

/** Telegram misbehaving: flood control, server errors, hung connections, a person who blocked the bot. */
class TelegramFaultsIT extends EndToEndTest {

    @Test
    void aStormOf429sDelaysRepliesButLosesNoneAndEveryWaitIsHonoured() {
        injecting429s();
        List<Person> people =
                IntStream.range(0, 4).mapToObj(i -> aPerson("Người " + i)).toList();
        telegram.inject("sendMessage", null, new Fault.TooManyRequests(2), 6);

        people.forEach(p -> p.sends("/help"));

        people.forEach(p -> assertThat(awaitBotMessages(p, 1)).hasSize(1));
        List<SentRequest> sends =
                telegram.requests().stream().filter(r -> r.is("sendMessage")).toList();
        List<SentRequest> refused =
                sends.stream().filter(r -> r.status() == 429).toList();
        assertThat(refused).hasSize(6);
        for (SentRequest tooMany : refused) {
            SentRequest retry = sends.stream()
                    .filter(r -> r.chatId().equals(tooMany.chatId()) && r.at().isAfter(tooMany.at()))
                    .findFirst()
                    .orElseThrow();
            assertThat(Duration.between(tooMany.at(), retry.at()))
                    .as("wait after 429 for chat " + tooMany.chatId())
                    .isGreaterThanOrEqualTo(Duration.ofMillis(1990));
        }
        await().during(Duration.ofMillis(500)).atMost(PATIENCE).until(() -> people.stream()
                .allMatch(p -> p.fromBot().size() == 1));
    }

    @Test
    void serverErrorsAndProxyPagesAreRetriedUntilTheReplyGetsThrough() {
        Person person = aPerson("Minh");
        telegram.inject("sendMessage", person.id(), new Fault.ServerError(502, true), 1);
        telegram.inject("sendMessage", person.id(), new Fault.ServerError(500, false), 1);

        person.sends("/help");

        assertThat(awaitBotMessages(person, 1).get(0).text()).startsWith("Hướng dẫn sử dụng chibo");
        assertThat(requestsTo(person)).extracting(SentRequest::status).containsExactly(502, 500, 200);
    }

    @Test
    void aHungConnectionTimesOutAndTheMessageIsSentAgain() {
        Person person = aPerson("Tuấn");
        telegram.inject("sendMessage", person.id(), new Fault.Hang(Duration.ofSeconds(6)), 1);

        person.sends("/help");

        assertThat(awaitBotMessages(person, 1)).hasSize(1);
        assertThat(requestsTo(person)).extracting(SentRequest::status).containsExactly(0, 200);
    }

    @Test
    void aPersonWhoBlockedTheBotIsNotWrittenToAgainUntilTheyComeBack() {
        Person gone = aPerson("Phúc");
        Person still = aPerson("Ngọc");
        gone.sends("/start");
        awaitBotMessages(gone, 1);
        gone.blocksTheBotUnannounced();
        DeliveryQueue queue = chibo.bean(DeliveryQueue.class);

        for (int i = 1; i <= 3; i++) {
            queue.enqueue(Outgoing.text(gone.id(), "Nhắc việc " + i));
            queue.enqueue(Outgoing.text(still.id(), "Nhắc việc " + i));
        }

        assertThat(awaitBotMessages(still, 3))
                .extracting(m -> m.text())
                .containsExactly("Nhắc việc 1", "Nhắc việc 2", "Nhắc việc 3");
        await().atMost(PATIENCE).until(() -> chibo.bean(BlockedChats.class).isBlocked(gone.id()));
        await().during(Duration.ofMillis(500))
                .atMost(PATIENCE)
                .until(() ->
                        requestsTo(gone).stream().filter(r -> r.status() == 403).count() == 1);

        gone.sends("/help");

        assertThat(awaitLastBotMessage(gone, m -> m.text().startsWith("Hướng dẫn"))
                        .text())
                .startsWith("Hướng dẫn sử dụng chibo");
        assertThat(chibo.bean(BlockedChats.class).isBlocked(gone.id())).isFalse();
        assertThat(gone.fromBot()).extracting(m -> m.text()).noneMatch(t -> t.startsWith("Nhắc việc"));
    }

    @Test
    void blockingAnnouncedByTelegramStopsSendsBeforeAny403() {
        Person gone = aPerson("Sơn");
        gone.sends("/start");
        awaitBotMessages(gone, 1);

        gone.blocksTheBot();
        await().atMost(PATIENCE).until(() -> chibo.bean(BlockedChats.class).isBlocked(gone.id()));
        chibo.bean(DeliveryQueue.class).enqueue(Outgoing.text(gone.id(), "Nhắc việc"));

        await().during(Duration.ofSeconds(1))
                .atMost(PATIENCE)
                .until(() -> requestsTo(gone).size() == 1);
        assertThat(requestsTo(gone)).noneMatch(r -> r.status() == 403);
    }

    @Test
    void aBurstFromManyPeopleIsPacedUnderTelegramsLimits() {
        List<Person> crowd =
                IntStream.range(0, 45).mapToObj(i -> aPerson("Đảng viên " + i)).toList();

        crowd.forEach(p -> p.sends("/help"));

        crowd.forEach(p -> assertThat(awaitBotMessages(p, 1)).hasSize(1));
        // senderNeverTrippedTheRateLimits() then checks that not one of these sends met a 429
    }
}
