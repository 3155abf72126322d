package vn.chibo.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.localapi.ChatMessage;
import vn.chibo.localapi.Fault;
import vn.chibo.localapi.Person;
import vn.chibo.localapi.SentRequest;
import vn.chibo.scheduler.delivery.DeliveryQueue;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * Telegram down for a minute: for half of it every connection is accepted and never answered, for the other half every
 * call gets a proxy's 502 page. Meanwhile people keep writing (Telegram holds their updates) and chibo has reminders to
 * send. Nobody restarts anything: when Telegram is back, polling and sending resume by themselves, every message is
 * answered once, every reminder arrives once, and nothing was given up.
 */
class TelegramOutageIT extends EndToEndTest {

    static final Duration HUNG = Duration.ofSeconds(30);
    static final Duration FAILING = Duration.ofSeconds(30);

    @Test
    void aMinuteWithoutTelegramLosesNothingAndEverythingResumesByItself() {
        List<Person> people =
                IntStream.range(0, 5).mapToObj(i -> aPerson("Người " + i)).toList();
        people.forEach(p -> p.sends("/start"));
        people.forEach(p -> awaitBotMessages(p, 1));
        JdbcClient jdbc = chibo.bean(JdbcClient.class);
        DeliveryQueue queue = chibo.bean(DeliveryQueue.class);

        Instant down = Instant.now();
        telegram.outage(new Fault.ServerError(502, true), HUNG.plus(FAILING));
        telegram.outage(new Fault.Hang(HUNG), HUNG); // first in line: the hung half comes first
        Instant back = down.plus(HUNG).plus(FAILING);
        people.forEach(p -> queue.enqueue(Outgoing.text(p.id(), "Nhắc việc: nộp báo cáo tháng")));
        people.forEach(p -> p.sends("/help"));
        await().pollDelay(HUNG.plusSeconds(5)).atMost(HUNG.plusSeconds(10)).until(() -> true);
        people.forEach(p -> p.sends("/lenh_sau_su_co"));

        await().atMost(Duration.between(Instant.now(), back).plusSeconds(45))
                .until(() -> people.stream().allMatch(p -> p.fromBot().size() >= 4));
        await().during(Duration.ofSeconds(2)).atMost(PATIENCE).until(() -> people.stream()
                .allMatch(p -> p.fromBot().size() == 4));

        for (Person person : people) {
            List<String> texts =
                    person.fromBot().stream().map(ChatMessage::text).toList();
            assertThat(texts)
                    .filteredOn(t -> t.startsWith("Hướng dẫn sử dụng chibo"))
                    .as("answers to /help")
                    .hasSize(1);
            assertThat(texts)
                    .filteredOn(t -> t.contains("/lenh_sau_su_co"))
                    .as("answers to the message sent while down")
                    .hasSize(1);
            assertThat(texts)
                    .filteredOn(t -> t.startsWith("Nhắc việc"))
                    .as("reminders")
                    .hasSize(1);
        }
        List<SentRequest> during = telegram.requests().stream()
                .filter(r -> !r.at().isBefore(down) && r.at().isBefore(back))
                .toList();
        assertThat(during)
                .as("polls hung and refused while down")
                .filteredOn(r -> r.is("getUpdates"))
                .extracting(SentRequest::status)
                .contains(0, 502);
        assertThat(during)
                .as("sends hung and refused while down")
                .filteredOn(r -> r.is("sendMessage"))
                .extracting(SentRequest::status)
                .contains(0, 502);
        assertThat(during)
                .as("no send got through while down")
                .filteredOn(r -> r.is("sendMessage"))
                .noneMatch(r -> r.status() == 200);
        assertThat(queue.countByStatus()).as("delivery queue afterwards").containsOnlyKeys("SENT");
        Map<String, Object> inbox = jdbc.sql(
                        "SELECT COUNT(*) AS stored, COUNT(handled_at) AS handled FROM inbound_update")
                .query()
                .singleRow();
        assertThat(inbox.get("handled")).as("updates handled").isEqualTo(inbox.get("stored"));
    }
}
