package vn.chibo.bot.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.chibo.bot.chat.Incoming;

class IncomingUpdatesTest {

    @Test
    void readsACommandWithBotNameAndArguments() {
        Incoming in = read(message("\"text\":\"/Start@chibo_bot  abc123 \""));

        assertThat(in.kind()).isEqualTo(Incoming.Kind.COMMAND);
        assertThat(in.command()).isEqualTo("start");
        assertThat(in.commandArgs()).isEqualTo("abc123");
        assertThat(in.chatId()).isEqualTo(42);
        assertThat(in.userName()).isEqualTo("An Nguyễn");
    }

    @Test
    void plainTextIsText() {
        Incoming in = read(message("\"text\":\"hôm qua\""));

        assertThat(in.kind()).isEqualTo(Incoming.Kind.TEXT);
        assertThat(in.text()).isEqualTo("hôm qua");
    }

    @Test
    void decomposedVietnameseArrivesComposed() {
        String decomposed = java.text.Normalizer.normalize("Chi bộ Văn phòng", java.text.Normalizer.Form.NFD);

        Incoming in = read(message("\"text\":\"" + decomposed + "\""));

        assertThat(in.text()).isEqualTo("Chi bộ Văn phòng").hasSize(16);
    }

    @Test
    void aLoneSlashIsText() {
        assertThat(read(message("\"text\":\"/\"")).kind()).isEqualTo(Incoming.Kind.TEXT);
    }

    @Test
    void readsADocumentWithItsCaption() {
        Incoming in = read(
                message(
                        "\"caption\":\"danh sách\",\"document\":{\"file_id\":\"BQAC1\",\"file_unique_id\":\"u1\",\"file_name\":\"ds.xlsx\"}"));

        assertThat(in.kind()).isEqualTo(Incoming.Kind.DOCUMENT);
        assertThat(in.fileId()).isEqualTo("BQAC1");
        assertThat(in.fileName()).isEqualTo("ds.xlsx");
        assertThat(in.text()).isEqualTo("danh sách");
    }

    @Test
    void aButtonPressOnAMessageTheBotCanNoLongerSeeStillNamesIt() {
        String json =
                "{\"update_id\":7,\"callback_query\":{\"id\":\"q1\",\"from\":{\"id\":42,\"is_bot\":false,\"first_name\":\"An\"},"
                        + "\"message\":{\"message_id\":99,\"date\":0,\"chat\":{\"id\":42,\"type\":\"private\"}},\"chat_instance\":\"c\",\"data\":\"m:help\"}}";

        Incoming in = read(json);

        assertThat(in.kind()).isEqualTo(Incoming.Kind.CALLBACK);
        assertThat(in.messageId()).isEqualTo(99);
        assertThat(in.callbackData()).isEqualTo("m:help");
        assertThat(in.chatId()).isEqualTo(42);
    }

    @Test
    void aBlockIsReadFromMyChatMember() {
        String json =
                "{\"update_id\":8,\"my_chat_member\":{\"chat\":{\"id\":42,\"type\":\"private\"},\"from\":{\"id\":42,\"is_bot\":false,\"first_name\":\"An\"},"
                        + "\"date\":1,\"old_chat_member\":{\"status\":\"member\",\"user\":{\"id\":1,\"is_bot\":true,\"first_name\":\"b\"}},"
                        + "\"new_chat_member\":{\"status\":\"kicked\",\"until_date\":0,\"user\":{\"id\":1,\"is_bot\":true,\"first_name\":\"b\"}}}}";

        assertThat(read(json).kind()).isEqualTo(Incoming.Kind.BLOCKED);
    }

    @Test
    void aGroupMessageIsNotPrivate() {
        String json =
                "{\"update_id\":9,\"message\":{\"message_id\":1,\"date\":1,\"chat\":{\"id\":-100,\"type\":\"group\",\"title\":\"g\"},"
                        + "\"from\":{\"id\":42,\"is_bot\":false,\"first_name\":\"An\"},\"text\":\"/start\"}}";

        Incoming in = read(json);

        assertThat(in.privateChat()).isFalse();
        assertThat(in.chatId()).isEqualTo(-100);
    }

    @Test
    void theBotJoiningOrLeavingAGroupIsNotABlock() {
        String template = "{\"update_id\":10,\"my_chat_member\":{\"chat\":{\"id\":-77,\"type\":\"group\","
                + "\"title\":\"g\"},\"from\":{\"id\":42,\"is_bot\":false,\"first_name\":\"An\"},\"date\":1,"
                + "\"old_chat_member\":{\"status\":\"%s\",\"user\":{\"id\":1,\"is_bot\":true,\"first_name\":\"b\"}},"
                + "\"new_chat_member\":{\"status\":\"%s\",\"user\":{\"id\":1,\"is_bot\":true,\"first_name\":\"b\"}}}}";

        Incoming added = read(template.formatted("left", "member"));
        Incoming removed = read(template.formatted("member", "kicked"));

        assertThat(added.kind()).isEqualTo(Incoming.Kind.GROUP_JOINED);
        assertThat(added.userId()).as("who added the bot").isEqualTo(42);
        assertThat(added.chatId()).isEqualTo(-77);
        assertThat(removed.kind()).isEqualTo(Incoming.Kind.GROUP_LEFT);
        assertThat(read(template.formatted("member", "left")).kind()).isEqualTo(Incoming.Kind.GROUP_LEFT);
    }

    private static String message(String content) {
        return "{\"update_id\":1,\"message\":{\"message_id\":5,\"date\":1732400000,\"chat\":{\"id\":42,\"type\":\"private\",\"first_name\":\"An\"},"
                + "\"from\":{\"id\":42,\"is_bot\":false,\"first_name\":\"An\",\"last_name\":\"Nguyễn\"}," + content
                + "}}";
    }

    private static Incoming read(String json) {
        return IncomingUpdates.read(UpdateProcessor.parse(json));
    }
}
