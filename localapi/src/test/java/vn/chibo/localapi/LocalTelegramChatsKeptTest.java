package vn.chibo.localapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server on a folder keeps its chats: a restart shows each person the chat as they left it, files included. */
class LocalTelegramChatsKeptTest {

    @TempDir
    Path folder;

    @Test
    void aRestartedServerShowsTheChatAsItWasLeft() {
        var first = new LocalTelegram("1:a", "chibo_test_bot", folder);
        first.person(7, "An").sends("/sinhhoat");
        int question = sent(first.bot.sendMessage(7, "Đây là buổi sinh hoạt nào?", keyboard("Thường kỳ", "k:1")));
        first.bot.editMessage(7, question, "Loại sinh hoạt: Thường kỳ ✓", null, false);
        int stray = sent(first.bot.sendMessage(7, "Tin sẽ bị xóa", null));
        first.bot.deleteMessage(7, stray);
        StoredFile minutes = first.files.storeUpload(
                "Bien-ban.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "biên bản".getBytes(StandardCharsets.UTF_8),
                false);
        first.bot.sendFile(7, minutes, "Biên bản", keyboard("Tải lại", "d:1"), false);
        List<ChatMessage> before = first.messages(7);
        first.close();

        var second = new LocalTelegram("2:b", "chibo_test_bot", folder);

        List<ChatMessage> after = second.messages(7);
        assertThat(after).usingRecursiveComparison().isEqualTo(before);
        assertThat(after)
                .extracting(ChatMessage::text)
                .containsExactly("/sinhhoat", "Loại sinh hoạt: Thường kỳ ✓", "Biên bản");
        assertThat(after.get(1).keyboard()).as("the edit took the buttons away").isEmpty();
        assertThat(after.get(1).editCount()).isEqualTo(1);
        StoredFile kept = second.file(after.get(2).file().fileId());
        assertThat(kept.fileName()).isEqualTo("Bien-ban.docx");
        assertThat(new String(kept.content(), StandardCharsets.UTF_8)).isEqualTo("biên bản");
        assertThat(after.get(2).button("Tải lại").callbackData()).isEqualTo("d:1");
    }

    @Test
    void theBotCanStillEditAMessageSentBeforeTheRestart() {
        var first = new LocalTelegram("1:a", "chibo_test_bot", folder);
        first.person(7, "An");
        int question = sent(first.bot.sendMessage(7, "Bắt đầu lúc mấy giờ?", keyboard("Bỏ qua", "s")));
        first.close();

        var second = new LocalTelegram("2:b", "chibo_test_bot", folder);
        second.bot.editMessage(7, question, null, null, true);

        assertThat(second.messages(7)).singleElement().satisfies(m -> assertThat(m.keyboard())
                .isEmpty());
    }

    @Test
    void aChatKeepsItsLastMessagesOnlyAndForgetsTheFilesOfTheOthers() throws Exception {
        var first = new LocalTelegram("1:a", "chibo_test_bot", folder);
        first.person(7, "An");
        StoredFile old = first.files.storeUpload("cu.png", "image/png", new byte[] {1, 2, 3}, true);
        first.bot.sendFile(7, old, null, null, true);
        for (int i = 1; i <= ChatArchive.KEPT; i++) {
            first.bot.sendMessage(7, "tin " + i, null);
        }
        assertThat(first.messages(7)).hasSize(ChatArchive.KEPT);
        first.close();

        var second = new LocalTelegram("2:b", "chibo_test_bot", folder);

        assertThat(second.messages(7)).hasSize(ChatArchive.KEPT);
        assertThat(second.messages(7).get(0).text()).isEqualTo("tin 1");
        assertThat(second.file(old.fileId())).isNull();
        assertThat(folder.resolve("files").resolve(old.fileId())).doesNotExist();
        assertThat(Files.readAllLines(folder.resolve("chats.jsonl"))).hasSize(1 + ChatArchive.KEPT);
    }

    @Test
    void aLineCutShortByACrashIsSkippedAndTheRestShows() throws Exception {
        var first = new LocalTelegram("1:a", "chibo_test_bot", folder);
        first.person(7, "An").sends("xin chào");
        first.close();
        Files.writeString(folder.resolve("chats.jsonl"), "{\"chat\":7,\"show\":{\"id\":", StandardOpenOption.APPEND);

        var second = new LocalTelegram("2:b", "chibo_test_bot", folder);

        assertThat(second.messages(7)).extracting(ChatMessage::text).containsExactly("xin chào");
        second.person(7, "An").sends("lần nữa");
        assertThat(second.messages(7)).extracting(ChatMessage::text).containsExactly("xin chào", "lần nữa");
    }

    @Test
    void aFileIdThatIsNoTelegramIdNamesNoFileOnDisk() throws Exception {
        Files.writeString(
                folder.resolve("chats.jsonl"),
                "{\"chat\":7,\"name\":\"An\"}\n"
                        + "{\"chat\":7,\"show\":{\"id\":3,\"bot\":true,\"date\":1,\"file\":{\"id\":\"../message-id\","
                        + "\"name\":\"x\",\"photo\":false},\"edits\":0}}\n");
        Files.writeString(folder.resolve("message-id"), "1000");

        var server = new LocalTelegram("1:a", "chibo_test_bot", folder);

        assertThat(server.messages(7)).isEmpty();
        assertThat(folder.resolve("message-id")).exists();
    }

    private static Map<String, Object> keyboard(String label, String data) {
        return Map.of("inline_keyboard", List.of(List.of(Map.of("text", label, "callback_data", data))));
    }

    @SuppressWarnings("unchecked")
    private static int sent(Object message) {
        return ((Number) ((Map<String, Object>) message).get("message_id")).intValue();
    }
}
