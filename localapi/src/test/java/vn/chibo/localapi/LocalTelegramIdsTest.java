package vn.chibo.localapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Update and message ids keep growing across restarts on the same folder, as Telegram's do. */
class LocalTelegramIdsTest {

    @TempDir
    Path folder;

    @Test
    void aRestartedServerHandsOutUpdateIdsPastEveryEarlierOne() {
        var first = new LocalTelegram("1:a", "chibo_test_bot", folder);
        long before = 0;
        for (int i = 0; i < 1_500; i++) {
            before = updateId(first.person(7, "An").sends("tin " + i));
        }

        var second = new LocalTelegram("2:b", "chibo_test_bot", folder);
        long after = updateId(second.person(7, "An").sends("/start"));

        assertThat(after).isGreaterThan(before);
    }

    @Test
    void aRestartedServerNumbersMessagesPastEveryEarlierOne() {
        var first = new LocalTelegram("1:a", "chibo_test_bot", folder);
        int before = messageId(first.person(7, "An").sends("xin chào"));

        var second = new LocalTelegram("2:b", "chibo_test_bot", folder);
        int after = messageId(second.person(7, "An").sends("xin chào lần nữa"));

        assertThat(after).isGreaterThan(before);
    }

    @Test
    void withoutAFolderEachRunStartsAfresh() {
        long one = updateId(
                new LocalTelegram("1:a", "chibo_test_bot").person(7, "An").sends("a"));
        long two = updateId(
                new LocalTelegram("1:a", "chibo_test_bot").person(7, "An").sends("a"));

        assertThat(two).isEqualTo(one).isEqualTo(LocalTelegram.FIRST_UPDATE_ID);
    }

    private static long updateId(java.util.Map<String, Object> update) {
        return ((Number) update.get("update_id")).longValue();
    }

    @SuppressWarnings("unchecked")
    private static int messageId(java.util.Map<String, Object> update) {
        return ((Number) ((java.util.Map<String, Object>) update.get("message")).get("message_id")).intValue();
    }
}
