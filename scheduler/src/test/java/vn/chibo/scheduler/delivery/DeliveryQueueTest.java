package vn.chibo.scheduler.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.scheduler.cluster.Instances;

@SpringBootTest
class DeliveryQueueTest {

    @Autowired
    DeliveryQueue queue;

    @Autowired
    SentMessages sent;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    Instances instances;

    @BeforeEach
    void emptyQueue() {
        jdbc.sql("DELETE FROM delivery").update();
    }

    @Test
    void releasesOneMessageAtATimePerChatInOrder() {
        queue.enqueueAll(List.of(Outgoing.text(1, "một"), Outgoing.text(1, "hai"), Outgoing.text(2, "ba")));

        List<Delivery> first = queue.claimDue(10, Set.of());
        assertThat(first).extracting(d -> d.message().text()).containsExactly("một", "ba");
        assertThat(queue.claimDue(10, Set.of())).isEmpty();

        queue.markSent(first.get(0).id(), 11);

        assertThat(queue.claimDue(10, Set.of()))
                .extracting(d -> d.message().text())
                .containsExactly("hai");
    }

    @Test
    void aSecretIsForgottenOnceSentAndEverythingElseAfterItsRetention() {
        String link = "https://t.me/chibo_bot?start=AbCdEf0123456789xyzABC";
        queue.enqueueAll(List.of(
                Outgoing.text(3, "Đường dẫn mời: " + link).holdingASecret(),
                Outgoing.document(4, "Bien-ban.docx", new byte[] {1, 2, 3}, "Biên bản")));
        List<Delivery> claimed = queue.claimDue(10, Set.of());
        assertThat(claimed).extracting(d -> d.message().text()).contains("Đường dẫn mời: " + link);

        claimed.forEach(d -> queue.markSent(d.id(), 20));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM delivery WHERE payload LIKE ?")
                        .param("%AbCdEf0123456789xyzABC%")
                        .query(Long.class)
                        .single())
                .as("the link is gone as soon as it was sent")
                .isZero();
        assertThat(attachments()).as("the biên bản is kept for now").containsExactly(3);
        assertThat(sent.forgetBefore(clock.instant().minusSeconds(60))).isZero();
        assertThat(sent.forgetBefore(clock.instant().plusSeconds(1))).isEqualTo(1);
        assertThat(attachments()).as("forgotten after its retention").isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM delivery WHERE status = 'SENT' AND telegram_message_id = 20")
                        .query(Long.class)
                        .single())
                .as("the rows stay, with the sent message's id")
                .isEqualTo(2);
    }

    @Test
    void aPendingMessageIsNeverForgotten() {
        queue.enqueueAll(List.of(Outgoing.text(5, "chưa gửi")));

        assertThat(sent.forgetBefore(clock.instant().plusSeconds(3600))).isZero();
        assertThat(queue.claimDue(10, Set.of()))
                .extracting(d -> d.message().text())
                .containsExactly("chưa gửi");
    }

    private List<Integer> attachments() {
        return jdbc.sql("SELECT attachment FROM delivery WHERE attachment IS NOT NULL")
                .query((rs, row) -> rs.getBytes(1).length)
                .list();
    }

    @Test
    void aDeferredMessageHoldsBackTheRestOfItsChat() {
        queue.enqueueAll(List.of(Outgoing.text(1, "một"), Outgoing.text(1, "hai")));
        Delivery first = queue.claimDue(10, Set.of()).get(0);

        queue.retryAt(first.id(), clock.instant().plusSeconds(30), "429");

        assertThat(queue.claimDue(10, Set.of())).isEmpty();
    }

    @Test
    void replyMessageIdsLeaveOutOtherChatsUnsentMessagesAndReminders() {
        Instant start = clock.instant();
        queue.enqueueAll(List.of(Outgoing.text(7, "câu hỏi"), Outgoing.text(8, "chat khác")));
        queue.enqueueOnce(Outgoing.text(7, "Nhắc họp"), "remind:7:2026-11", start);
        for (Delivery d : queue.claimDue(10, Set.of())) {
            queue.markSent(d.id(), (int) (100 + d.id()));
        }
        queue.enqueue(Outgoing.text(7, "chưa gửi"));

        List<Integer> ids = sent.replyMessageIdsSince(7, start);

        assertThat(ids).hasSize(1);
        assertThat(jdbc.sql("SELECT payload FROM delivery WHERE telegram_message_id = ?")
                        .param(ids.get(0))
                        .query(String.class)
                        .single())
                .contains("câu hỏi");
        assertThat(sent.replyMessageIdsSince(7, start.plusSeconds(60))).isEmpty();
    }

    @Test
    void theQuestionATypedAnswerAnsweredIsTheLatestReplyWithButtonsReadByChatAndTime() {
        Instant start = clock.instant();
        List<List<Button>> yesNo = List.of(List.of(Button.callback("Có", CallbackData.of("f", 1, "k"))));
        queue.enqueue(Outgoing.text(7, "Câu hỏi", yesNo));
        sendAll();
        queue.enqueueOnce(Outgoing.text(7, "Nhắc họp", yesNo), "remind:7:2026-12", start);
        sendAll();
        assertThat(sent.lastWithButtonsSince(7, start))
                .as("the question, not the reminder that came after it")
                .hasValueSatisfying(
                        id -> assertThat(jdbc.sql("SELECT payload FROM delivery WHERE telegram_message_id = ?")
                                        .param(id)
                                        .query(String.class)
                                        .single())
                                .contains("Câu hỏi"));

        queue.enqueue(Outgoing.text(7, "Đã lưu."));
        sendAll();

        assertThat(sent.lastWithButtonsSince(7, start))
                .as("the latest reply has no buttons: nothing to take off")
                .isEmpty();
        assertThat(sent.lastScreenWithButtonsSince(7, start))
                .as("a flow's screen answered with a refusal in a sentence still has its buttons to take off")
                .isPresent();
        assertThat(sent.lastWithButtonsSince(8, start)).isEmpty();
        String plan = jdbc.sql("EXPLAIN " + SentMessages.LATEST_SENT)
                .params(7, java.sql.Timestamp.from(start))
                .query(String.class)
                .single();
        assertThat(plan)
                .as("read by chat, status and time, not through every message the chat ever had")
                .containsIgnoringCase("IX_DELIVERY_CHAT_SENT");
    }

    @Test
    void aClaimChecksEachChatsUnsettledRowsByIndexNotItsWholeHistory() {
        String plan = jdbc.sql("EXPLAIN " + DeliveryQueue.CLAIMABLE)
                .params(java.sql.Timestamp.from(clock.instant()), 10)
                .query(String.class)
                .single()
                .replaceAll("\\s+", " ");

        List<String> checks = java.util.regex.Pattern.compile("IX_DELIVERY_CHAT: ([^*]*)\\*/")
                .matcher(plan)
                .results()
                .map(m -> m.group(1))
                .toList();
        assertThat(checks)
                .as("each check of the chat's other rows is a range of (chat, status[, id]), not its whole history")
                .hasSize(3)
                .allSatisfy(check -> assertThat(check).contains("CHAT_ID = D.CHAT_ID"))
                .anySatisfy(check ->
                        assertThat(check).contains("STATUS = 'PENDING'").contains("ID < D.ID"))
                .anySatisfy(check ->
                        assertThat(check).contains("STATUS = 'PENDING'").contains("ID > D.ID"))
                .anySatisfy(check -> assertThat(check).contains("STATUS = 'SENDING'"));
        assertThat(plan).as("the due rows read in the order of ix_delivery_due").contains("index sorted");
    }

    private void sendAll() {
        for (Delivery d : queue.claimDue(10, Set.of())) {
            queue.markSent(d.id(), (int) (100 + d.id()));
        }
    }

    @Test
    void sameIdempotencyKeyIsEnqueuedOnce() {
        Instant now = clock.instant();

        boolean firstTime = queue.enqueueOnce(Outgoing.text(5, "Nhắc họp"), "meeting:5:2026-11", now);
        boolean secondTime = queue.enqueueOnce(Outgoing.text(5, "Nhắc họp"), "meeting:5:2026-11", now);

        assertThat(firstTime).isTrue();
        assertThat(secondTime).isFalse();
        assertThat(queue.countByStatus()).containsEntry("PENDING", 1L);
    }

    @Test
    void theLatestKeyedMessageOfAChatIsFoundByItsKeysPrefixTakenLiterally() {
        Instant now = clock.instant();
        queue.enqueueOnce(Outgoing.text(7, "Quá hạn"), "overdue:1:2026-05-15:r0:7", now);
        queue.enqueueOnce(Outgoing.text(7, "Quá hạn, sửa"), "overdue:1:2026-05-15:s1:7", now);
        queue.enqueueOnce(Outgoing.text(7, "Khác"), "overdueX1:2026-05-15:r0:7", now);
        queue.enqueueOnce(Outgoing.text(8, "Người khác"), "overdue:1:2026-05-15:r0:8", now);
        // A chat's rows are claimed one at a time, in order: settle each before the next.
        for (var due = queue.claimDue(10, Set.of()); !due.isEmpty(); due = queue.claimDue(10, Set.of())) {
            due.forEach(row -> queue.markSent(row.id(), (int) (100 + row.id())));
        }
        List<Long> ids = jdbc.sql("SELECT id FROM delivery WHERE chat_id = 7 ORDER BY id")
                .query(Long.class)
                .list();

        assertThat(sent.latestKeyed("overdue:1:2026-05-15:", 7))
                .as("the latest of the chat's rows under the prefix")
                .contains((int) (100 + ids.get(1)));
        assertThat(sent.latestKeyed("overdue_1:", 7))
                .as("'_' is a character, not a wildcard")
                .isEmpty();
        assertThat(sent.latestKeyed("overdue:2:", 7)).isEmpty();
    }

    @Test
    void theProgressLogCountsOnlyWhatWaitsOrIsInFlightThroughTheStatusIndex() {
        queue.enqueueAll(List.of(Outgoing.text(1, "một"), Outgoing.text(2, "hai")));
        var claimed = queue.claimDue(1, Set.of());
        queue.markSent(claimed.get(0).id(), 41);

        assertThat(queue.countUnsettled()).containsExactly(java.util.Map.entry("PENDING", 1L));
        String plan = jdbc.sql("EXPLAIN " + DeliveryQueue.COUNT_IN_STATUS)
                .param("PENDING")
                .query(String.class)
                .single();
        assertThat(plan)
                .as("a range of the status index, not a scan of every row ever sent")
                .containsIgnoringCase("IX_DELIVERY_DUE");
    }

    @Test
    void skipsChatsTheCallerIsStillBusyWith() {
        queue.enqueueAll(List.of(Outgoing.text(1, "một"), Outgoing.text(2, "hai")));

        assertThat(queue.claimDue(10, Set.of(1L))).extracting(Delivery::chatId).containsExactly(2L);
    }

    @Test
    void aRowAnotherInstanceTakesBetweenTheReadAndTheClaimIsLeftToIt() {
        queue.enqueueAll(List.of(Outgoing.text(1, "một"), Outgoing.text(2, "hai"), Outgoing.text(3, "ba")));
        // Another instance claims chat 2's row just before this instance's claim reaches the database.
        JdbcClient racing = (JdbcClient) Proxy.newProxyInstance(
                JdbcClient.class.getClassLoader(), new Class<?>[] {JdbcClient.class}, (proxy, method, args) -> {
                    if (method.getName().equals("sql")
                            && ((String) args[0]).startsWith("UPDATE delivery SET status = 'SENDING'")) {
                        jdbc.sql("UPDATE delivery SET status = 'SENDING', claimed_by = 'another-instance',"
                                        + " attempts = attempts + 1 WHERE chat_id = 2")
                                .update();
                    }
                    try {
                        return method.invoke(jdbc, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        DeliveryQueue racingQueue = new DeliveryQueue(racing, clock, instances);

        List<Delivery> claimed = racingQueue.claimDue(10, Set.of());

        assertThat(claimed).extracting(Delivery::chatId).containsExactly(1L, 3L);
        assertThat(claimed)
                .as("no earlier try of either")
                .extracting(Delivery::attempts)
                .containsExactly(0, 0);
        assertThat(jdbc.sql("SELECT attempts FROM delivery WHERE chat_id = 2")
                        .query(Integer.class)
                        .single())
                .as("counted once, by the instance that took it")
                .isEqualTo(1);
        assertThat(queue.claimDue(10, Set.of())).as("nothing left to claim").isEmpty();
    }

    @Test
    void aMessageClaimedByADeadSenderReturnsToTheQueue() {
        queue.enqueue(Outgoing.text(1, "một"));
        Delivery claimed = queue.claimDue(10, Set.of()).get(0);

        int requeued = queue.requeueClaimedBefore(clock.instant().plusSeconds(1));

        assertThat(requeued).isEqualTo(1);
        List<Delivery> again = queue.claimDue(10, Set.of());
        assertThat(again).extracting(Delivery::id).containsExactly(claimed.id());
        assertThat(again.get(0).attempts()).isEqualTo(1);
    }

    @Test
    void remembersWhatWasSentOrInFlightRecently() {
        queue.enqueueAll(
                List.of(Outgoing.text(1, "một"), Outgoing.text(2, "hai"), Outgoing.answer(3, "q", null, false)));
        List<Delivery> claimed = queue.claimDue(10, Set.of());
        queue.markSent(claimed.get(0).id(), 5);
        queue.markSent(claimed.get(2).id(), null);

        List<DeliveryQueue.RecentSend> recent =
                queue.recentSends(clock.instant().minusSeconds(60));

        assertThat(recent).extracting(DeliveryQueue.RecentSend::chatId).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(recent)
                .filteredOn(r -> r.chatId() == 3)
                .extracting(DeliveryQueue.RecentSend::chatMessage)
                .containsExactly(false);
        assertThat(queue.recentSends(clock.instant().plusSeconds(1))).isEmpty();
    }

    @Test
    void keepsButtonsAndAttachmentsIntact() {
        var keyboard = List.of(
                List.of(Button.callback("Đồng ý", CallbackData.of("ok", 1)), Button.link("Mở", "https://t.me/x")));
        queue.enqueue(Outgoing.text(3, "Chọn:", keyboard));
        queue.enqueue(Outgoing.document(4, "biên bản.docx", new byte[] {1, 2, 3}, "Biên bản"));

        List<Delivery> claimed = queue.claimDue(10, Set.of());

        assertThat(claimed.get(0).message().keyboard()).isEqualTo(keyboard);
        assertThat(claimed.get(1).message().attachment()).containsExactly(1, 2, 3);
        assertThat(claimed.get(1).message().fileName()).isEqualTo("biên bản.docx");
    }

    @Test
    void theLongestDueLeaveFirstAndAChatStillKeepsItsOrder() {
        Instant now = clock.instant();
        queue.enqueueOnce(Outgoing.text(1, "nhắc sau"), "later:1", now.minusSeconds(10));
        queue.enqueueOnce(Outgoing.text(2, "nhắc trước"), "earlier:2", now.minusSeconds(60));
        queue.enqueueOnce(Outgoing.text(1, "cùng chat, đến hạn sớm hơn"), "earlier:1", now.minusSeconds(90));

        assertThat(queue.claimDue(1, Set.of()))
                .extracting(d -> d.message().text())
                .containsExactly("nhắc trước");
        assertThat(queue.claimDue(10, Set.of()))
                .as("chat 1's second row waits behind its first")
                .extracting(d -> d.message().text())
                .containsExactly("nhắc sau");
    }

    @Test
    void listsWhatOtherInstancesSentToAChatLately() {
        queue.enqueueAll(List.of(Outgoing.text(1, "một"), Outgoing.text(2, "hai")));
        List<Delivery> claimed = queue.claimDue(10, Set.of());
        claimed.forEach(d -> queue.markSent(d.id(), 5));
        jdbc.sql("UPDATE delivery SET claimed_by = 'another-instance'").update();
        queue.enqueue(Outgoing.text(1, "ba"));
        queue.markSent(queue.claimDue(10, Set.of()).get(0).id(), 6);

        List<DeliveryQueue.SentElsewhere> elsewhere =
                queue.sentByOthers(1, clock.instant().minusSeconds(60), 0);

        assertThat(elsewhere)
                .extracting(DeliveryQueue.SentElsewhere::id)
                .containsExactly(claimed.get(0).id());
        assertThat(queue.sentByOthers(
                        1, clock.instant().minusSeconds(60), claimed.get(0).id()))
                .isEmpty();
        assertThat(queue.sentByOthers(1, clock.instant().plusSeconds(1), 0)).isEmpty();
    }

    @Test
    void aFailingMessageRemembersWhenItStartedFailingAndA429DoesNotCount() {
        queue.enqueue(Outgoing.text(1, "một"));
        Delivery first = queue.claimDue(10, Set.of()).get(0);
        assertThat(first.failingSince()).isNull();

        queue.retryAt(first.id(), clock.instant().minusSeconds(1), "429 retry after 1s");
        Delivery afterFloodControl = queue.claimDue(10, Set.of()).get(0);
        queue.retryAfterFailure(afterFloodControl.id(), clock.instant().minusSeconds(1), "502");
        Delivery afterFailure = queue.claimDue(10, Set.of()).get(0);
        queue.retryAfterFailure(afterFailure.id(), clock.instant().minusSeconds(1), "timeout");
        Delivery afterSecondFailure = queue.claimDue(10, Set.of()).get(0);

        assertThat(afterFloodControl.failingSince()).as("after a 429").isNull();
        assertThat(afterFailure.failingSince()).as("after the first failure").isNotNull();
        assertThat(afterSecondFailure.failingSince())
                .as("kept from the first failure")
                .isEqualTo(afterFailure.failingSince());
        assertThat(afterSecondFailure.attempts()).isEqualTo(3);
    }

    @Test
    void aReplyLeavesBeforeAWaveOfRemindersQueuedEarlier() {
        Instant now = clock.instant();
        for (long chat = 1; chat <= 5; chat++) {
            queue.enqueueOnce(Outgoing.text(chat, "Nhắc họp"), "remind:" + chat, now.minusSeconds(600));
        }
        queue.enqueue(Outgoing.text(9, "Câu hỏi tiếp theo"));

        List<Delivery> claimed = queue.claimDue(2, Set.of());

        assertThat(claimed).extracting(d -> d.message().text()).containsExactly("Câu hỏi tiếp theo", "Nhắc họp");
        assertThat(claimed).extracting(Delivery::bulk).containsExactly(false, true);
    }

    @Test
    void aReplyOvertakesItsOwnChatsRemindersThatAreNotYetInFlight() {
        Instant now = clock.instant();
        queue.enqueueOnce(Outgoing.text(1, "Nhắc họp"), "remind:1", now.minusSeconds(600));
        queue.enqueueOnce(Outgoing.text(1, "Nhắc nộp báo cáo"), "report:1", now.minusSeconds(600));
        queue.enqueue(Outgoing.text(1, "Câu hỏi tiếp theo"));
        queue.enqueue(Outgoing.text(1, "Câu hỏi sau nữa"));

        List<Delivery> first = queue.claimDue(10, Set.of());
        assertThat(first)
                .as("the chat's first reply goes first; its reminders wait for its replies")
                .extracting(d -> d.message().text())
                .containsExactly("Câu hỏi tiếp theo");
        assertThat(queue.claimDue(10, Set.of()))
                .as("one message per chat in flight")
                .isEmpty();
        queue.markSent(first.get(0).id(), 1);
        List<Delivery> second = queue.claimDue(10, Set.of());
        assertThat(second).extracting(d -> d.message().text()).containsExactly("Câu hỏi sau nữa");
        queue.markSent(second.get(0).id(), 2);
        List<String> rest = new java.util.ArrayList<>();
        for (var due = queue.claimDue(10, Set.of()); !due.isEmpty(); due = queue.claimDue(10, Set.of())) {
            due.forEach(d -> {
                rest.add(d.message().text());
                queue.markSent(d.id(), 1);
            });
        }
        assertThat(rest).as("the reminders then, in their order").containsExactly("Nhắc họp", "Nhắc nộp báo cáo");
    }

    @Test
    void aClaimedReminderGivenBackLetsTheChatsReplyGoFirst() {
        Instant now = clock.instant();
        queue.enqueueOnce(Outgoing.text(1, "Nhắc họp"), "remind:1", now.minusSeconds(600));
        queue.enqueueOnce(Outgoing.text(2, "Nhắc họp"), "remind:2", now.minusSeconds(600));
        List<Delivery> reminders = queue.claimDue(10, Set.of());
        queue.enqueue(Outgoing.text(1, "Câu hỏi tiếp theo"));

        assertThat(queue.chatsWithRepliesWaiting(Set.of(1L, 2L))).containsExactly(1L);
        assertThat(queue.claimDue(10, Set.of()))
                .as("chat 1's reminder is claimed still")
                .isEmpty();
        Delivery chat1 =
                reminders.stream().filter(d -> d.chatId() == 1).findFirst().orElseThrow();
        queue.release(chat1.id());

        List<Delivery> next = queue.claimDue(10, Set.of());
        assertThat(next).extracting(d -> d.message().text()).containsExactly("Câu hỏi tiếp theo");
        queue.markSent(next.get(0).id(), 1);
        Delivery again = queue.claimDue(10, Set.of()).get(0);
        assertThat(again.id()).isEqualTo(chat1.id());
        assertThat(again.attempts())
                .as("earlier attempts: a give-back counts as none")
                .isZero();
    }
}
