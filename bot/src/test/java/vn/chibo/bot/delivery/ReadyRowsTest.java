package vn.chibo.bot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.chibo.scheduler.delivery.Delivery;
import vn.chibo.scheduler.delivery.Outgoing;

class ReadyRowsTest {

    final ReadyRows ready = new ReadyRows();

    static Delivery reply(long id, long chat) {
        return new Delivery(id, Outgoing.text(chat, "Câu hỏi " + id), 0, null, false);
    }

    static Delivery reminder(long id, long chat) {
        return new Delivery(id, Outgoing.text(chat, "Nhắc họp " + id), 0, null, true);
    }

    @Test
    void repliesLeaveFirstComeFirstSentAheadOfEveryReminder() {
        ready.add(List.of(reminder(1, 10), reply(2, 20), reply(3, 30)));
        ready.add(List.of(reply(4, 40), reminder(5, 50)));

        assertThat(ready)
                .extracting(Delivery::id)
                .as("the replies claimed later go behind the earlier ones, not in front of them")
                .containsExactly(2L, 3L, 4L, 1L, 5L);
    }

    @Test
    void givesUpOnlyTheRemindersOfTheChatsNamed() {
        ready.add(List.of(reminder(1, 10), reminder(2, 20), reply(3, 10)));

        assertThat(ready.bulkChats()).containsExactlyInAnyOrder(10L, 20L);
        assertThat(ready.removeBulkOf(Set.of(10L))).extracting(Delivery::id).containsExactly(1L);
        assertThat(ready).extracting(Delivery::id).containsExactly(3L, 2L);
        assertThat(ready.removeBulkOf(Set.of())).isEmpty();
    }
}
