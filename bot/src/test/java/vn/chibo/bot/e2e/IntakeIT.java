package vn.chibo.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.localapi.Fault;
import vn.chibo.localapi.Person;
import vn.chibo.localapi.SentRequest;

/** Updates reaching chibo at least once, in whatever state Telegram's side is in. */
class IntakeIT extends EndToEndTest {

    @Test
    void theSameUpdateDeliveredTwiceIsAppliedOnce() {
        Person person = aPerson("Hằng");
        Map<String, Object> update = person.sends("/lenh_mot");
        awaitBotMessages(person, 1);

        telegram.redeliver(update);

        await().atMost(PATIENCE).until(() -> telegram.pendingUpdateCount() == 0);
        await().during(Duration.ofSeconds(1))
                .atMost(PATIENCE)
                .until(() -> person.fromBot().size() == 1);
        long stored = chibo.bean(JdbcClient.class)
                .sql("SELECT COUNT(*) FROM inbound_update WHERE update_id = ?")
                .param(update.get("update_id"))
                .query(Long.class)
                .single();
        assertThat(stored).isEqualTo(1);
    }

    @Test
    void whatWasSaidIsForgottenAfterItsRetentionButAnUpdateIsStillKnown() {
        Person person = aPerson("Diệp");
        Map<String, Object> update = person.sends("/help");
        awaitBotMessages(person, 1);
        JdbcClient jdbc = chibo.bean(JdbcClient.class);
        await().atMost(PATIENCE)
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM delivery WHERE chat_id = ? AND status = 'SENT'")
                                .param(person.id())
                                .query(Long.class)
                                .single()
                        == 1);

        var stores = chibo.beans(vn.chibo.scheduler.retention.KeptContent.class);
        assertThat(stores).hasSize(2);
        stores.forEach(store -> store.forgetBefore(java.time.Instant.now().plusSeconds(60)));

        assertThat(jdbc.sql("SELECT payload FROM inbound_update WHERE update_id = ?")
                        .param(update.get("update_id"))
                        .query(String.class)
                        .single())
                .isEqualTo("{}");
        assertThat(jdbc.sql("SELECT payload FROM delivery WHERE chat_id = ?")
                        .param(person.id())
                        .query(String.class)
                        .list())
                .containsOnly("{}");
        telegram.redeliver(update);
        await().atMost(PATIENCE).until(() -> telegram.pendingUpdateCount() == 0);
        await().during(Duration.ofSeconds(1))
                .atMost(PATIENCE)
                .until(() -> person.fromBot().size() == 1);
    }

    @Test
    void eachChatIsAnsweredInTheOrderItWrote() {
        Person person = aPerson("Thảo");

        for (int i = 1; i <= 6; i++) {
            person.sends("/lenh" + i);
        }

        List<String> replies =
                awaitBotMessages(person, 6).stream().map(m -> m.text()).toList();
        for (int i = 1; i <= 6; i++) {
            assertThat(replies.get(i - 1)).contains("/lenh" + i);
        }
    }

    @Test
    void pollingRecoversFromServerErrorsAndAStalledConnection() {
        int before = telegram.requests().size();
        telegram.inject("getUpdates", null, new Fault.ServerError(502, true), 2);
        telegram.inject("getUpdates", null, new Fault.Hang(Duration.ofSeconds(30)), 1);
        await().atMost(PATIENCE).until(() -> pollsSince(before).contains(502));
        Person person = aPerson("Kiên");

        person.sends("/help");

        await().atMost(Duration.ofSeconds(30)).until(() -> person.fromBot().size() == 1);
        assertThat(pollsSince(before)).containsSubsequence(502, 502, 0, 200);
    }

    @Test
    void anotherPollerOnTheSameTokenIsSurvived() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var rivalPoll = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(server.baseUrl() + "/bot" + telegram.token() + "/getUpdates?timeout=1"))
                .build();
        for (int i = 0; i < 3; i++) {
            http.send(rivalPoll, java.net.http.HttpResponse.BodyHandlers.discarding());
        }
        Person person = aPerson("Quân");

        person.sends("/help");

        assertThat(awaitBotMessages(person, 1)).hasSize(1);
        assertThat(telegram.requests()).anyMatch(r -> r.is("getUpdates") && r.status() == 409);
    }

    private static List<Integer> pollsSince(int index) {
        List<SentRequest> all = telegram.requests();
        return all.subList(index, all.size()).stream()
                .filter(r -> r.is("getUpdates"))
                .map(SentRequest::status)
                .toList();
    }
}
