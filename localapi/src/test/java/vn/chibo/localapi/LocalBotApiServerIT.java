package vn.chibo.localapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** The local server answers as the Bot API documents, to the real client library and to plain HTTP. */
class LocalBotApiServerIT {

    LocalTelegram telegram;
    LocalBotApiServer server;
    OkHttpTelegramClient client;
    Person an;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void start() throws Exception {
        telegram = new LocalTelegram("4242:test-token", "chibo_test_bot");
        server = LocalBotApiServer.start(telegram, 0);
        client =
                new OkHttpTelegramClient("4242:test-token", new TelegramUrl("http", "127.0.0.1", server.port(), false));
        an = telegram.person(1001, "An");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void getMeDescribesTheBot() throws Exception {
        var me = client.execute(new GetMe());

        assertThat(me.getId()).isEqualTo(4242);
        assertThat(me.getIsBot()).isTrue();
        assertThat(me.getUserName()).isEqualTo("chibo_test_bot");
    }

    @Test
    void updatesStayUntilALaterOffsetConfirmsThem() throws Exception {
        an.sends("/start");
        an.sends("xin chào");

        List<Update> first = client.execute(GetUpdates.builder().timeout(0).build());
        List<Update> again = client.execute(GetUpdates.builder().timeout(0).build());
        List<Update> afterConfirm = client.execute(GetUpdates.builder()
                .offset(first.get(1).getUpdateId() + 1)
                .timeout(0)
                .build());

        assertThat(first).hasSize(2);
        assertThat(first.get(0).getMessage().getEntities())
                .singleElement()
                .satisfies(e -> assertThat(e.getType()).isEqualTo("bot_command"))
                .satisfies(e -> assertThat(e.getLength()).isEqualTo(6));
        assertThat(first.get(0).getMessage().getDate())
                .isBetween(
                        (int) (System.currentTimeMillis() / 1000) - 5, (int) (System.currentTimeMillis() / 1000) + 1);
        assertThat(again)
                .extracting(Update::getUpdateId)
                .isEqualTo(first.stream().map(Update::getUpdateId).toList());
        assertThat(afterConfirm).isEmpty();
    }

    @Test
    void sendsEditsAndAnswersAsTheClientExpects() throws Exception {
        var keyboard = InlineKeyboardMarkup.builder()
                .keyboardRow(new InlineKeyboardRow(InlineKeyboardButton.builder()
                        .text("Đồng ý")
                        .callbackData("ok")
                        .build()))
                .build();
        Message sent = client.execute(SendMessage.builder()
                .chatId(an.id())
                .text("Chọn:")
                .replyMarkup(keyboard)
                .build());
        an.taps(an.lastFromBot(), "Đồng ý");
        Update press = client.execute(GetUpdates.builder().timeout(0).build()).get(0);

        Boolean answered = client.execute(AnswerCallbackQuery.builder()
                .callbackQueryId(press.getCallbackQuery().getId())
                .text("Đã nhận")
                .build());
        var edited = client.execute(EditMessageText.builder()
                .chatId(an.id())
                .messageId(sent.getMessageId())
                .text("Đã chọn: Đồng ý")
                .build());

        assertThat(press.getCallbackQuery().getData()).isEqualTo("ok");
        assertThat(answered).isTrue();
        assertThat(((Message) edited).getText()).isEqualTo("Đã chọn: Đồng ý");
        assertThat(an.lastFromBot().keyboard()).isEmpty();
        assertThat(an.lastFromBot().editCount()).isEqualTo(1);
    }

    @Test
    void editingToTheSameContentIsRefusedAsNotModified() throws Exception {
        Message sent =
                client.execute(SendMessage.builder().chatId(an.id()).text("Một").build());

        assertThatThrownBy(() -> client.execute(EditMessageText.builder()
                        .chatId(an.id())
                        .messageId(sent.getMessageId())
                        .text("Một")
                        .build()))
                .isInstanceOf(TelegramApiRequestException.class)
                .hasMessageContaining("message is not modified");
    }

    @Test
    void uploadsADocumentAsMultipartKeepingItsVietnameseName() throws Exception {
        byte[] content = "Biên bản họp chi bộ".getBytes(StandardCharsets.UTF_8);

        Message sent = client.execute(SendDocument.builder()
                .chatId(an.id())
                .document(new InputFile(new ByteArrayInputStream(content), "biên-bản-tháng-11.docx"))
                .caption("Biên bản")
                .build());
        var file = client.execute(
                GetFile.builder().fileId(sent.getDocument().getFileId()).build());
        byte[] downloaded = http.send(
                        HttpRequest.newBuilder(
                                        URI.create(server.baseUrl() + "/file/bot4242:test-token/" + file.getFilePath()))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray())
                .body();

        assertThat(an.lastFromBot().file().fileName()).isEqualTo("biên-bản-tháng-11.docx");
        assertThat(an.lastFromBot().text()).isEqualTo("Biên bản");
        assertThat(downloaded).isEqualTo(content);
    }

    @Test
    void acceptsFormAndQueryParametersToo() throws Exception {
        JsonNode viaQuery = call(
                "sendMessage?chat_id=1001&text=" + java.net.URLEncoder.encode("Chào đồng chí", StandardCharsets.UTF_8),
                null);
        JsonNode viaForm = call(
                "sendMessage", "chat_id=1001&text=" + java.net.URLEncoder.encode("Tạm biệt", StandardCharsets.UTF_8));

        assertThat(viaQuery.get("ok").asBoolean()).isTrue();
        assertThat(viaForm.get("result").get("text").asText()).isEqualTo("Tạm biệt");
        assertThat(an.fromBot()).extracting(ChatMessage::text).containsExactly("Chào đồng chí", "Tạm biệt");
    }

    @Test
    void refusesCallbackDataOverSixtyFourBytesAndTextOverTheLimit() throws Exception {
        String markup = "{\"inline_keyboard\":[[{\"text\":\"x\",\"callback_data\":\"" + "a".repeat(65) + "\"}]]}";
        JsonNode tooLongData = call(
                "sendMessage",
                "chat_id=1001&text=x&reply_markup=" + java.net.URLEncoder.encode(markup, StandardCharsets.UTF_8));
        JsonNode tooLongText = call("sendMessage", "chat_id=1001&text=" + "x".repeat(4097));

        assertThat(tooLongData.get("error_code").asInt()).isEqualTo(400);
        assertThat(tooLongData.get("description").asText()).isEqualTo("Bad Request: BUTTON_DATA_INVALID");
        assertThat(tooLongText.get("description").asText()).isEqualTo("Bad Request: message is too long");
        assertThat(an.fromBot()).isEmpty();
    }

    @Test
    void answersUnknownMethodsAndWrongTokensLikeTelegram() throws Exception {
        HttpResponse<String> unknown = http.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/bot4242:test-token/sendTelepathy"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> wrongToken = http.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/bot4242:guess/getMe"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json.readTree(unknown.body()))
                .isEqualTo(json.readTree("{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}"));
        assertThat(wrongToken.statusCode()).isEqualTo(401);
        assertThat(json.readTree(wrongToken.body()).get("description").asText()).isEqualTo("Unauthorized");
    }

    @Test
    void enforcesRateLimitsWithRetryAfter() throws Exception {
        telegram.enforce(RateLimits.telegramDefaults());
        for (int i = 0; i < 3; i++) {
            client.execute(
                    SendMessage.builder().chatId(an.id()).text("Tin " + i).build());
        }

        assertThatThrownBy(() -> client.execute(
                        SendMessage.builder().chatId(an.id()).text("Tin 4").build()))
                .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(429);
                    assertThat(e.getParameters().getRetryAfter()).isBetween(1, 3);
                });
    }

    @Test
    void aGroupHearsOfTheBotJoiningSeesOnlyCommandsAndHoldsTwentyMessagesAMinute() throws Exception {
        Group group = telegram.group(-5001, "Chi bộ Văn phòng");
        assertThatThrownBy(() -> client.execute(
                        SendMessage.builder().chatId(group.id()).text("Chào").build()))
                .as("not a member yet")
                .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(403);
                    assertThat(e.getApiResponse()).isEqualTo("Forbidden: bot is not a member of the group chat");
                });

        group.addsTheBot(an);
        assertThat(an.sendsIn(group, "Chào cả chi bộ"))
                .as("privacy mode: plain text is not for the bot")
                .isNull();
        assertThat(an.sendsIn(group, "/start@other_bot"))
                .as("a command for another bot")
                .isNull();
        an.sendsIn(group, "/lienketnhom@chibo_test_bot");
        List<Update> updates = client.execute(GetUpdates.builder().offset(0).build());
        assertThat(updates).hasSize(2);
        var joined = updates.get(0).getMyChatMember();
        assertThat(joined.getChat().getId()).isEqualTo(-5001L);
        assertThat(joined.getChat().isGroupChat()).isTrue();
        assertThat(joined.getFrom().getId()).isEqualTo(an.id());
        assertThat(joined.getNewChatMember().getStatus()).isEqualTo("member");
        Message command = updates.get(1).getMessage();
        assertThat(command.getText()).isEqualTo("/lienketnhom@chibo_test_bot");
        assertThat(command.getFrom().getId()).isEqualTo(an.id());
        assertThat(command.getChat().getTitle()).isEqualTo("Chi bộ Văn phòng");
        assertThat(group.messages()).hasSize(3).as("the group keeps what the bot did not hear");

        telegram.enforce(RateLimits.telegramDefaults());
        for (int i = 0; i < 20; i++) {
            client.execute(
                    SendMessage.builder().chatId(group.id()).text("Tin " + i).build());
            Thread.sleep(40); // under the 30/s overall limit; the group's own is the one tested
        }
        assertThatThrownBy(() -> client.execute(
                        SendMessage.builder().chatId(group.id()).text("Tin 21").build()))
                .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(429);
                    assertThat(e.getParameters().getRetryAfter()).isBetween(55, 60);
                });
        telegram.enforce(null);

        group.removesTheBot(an);
        assertThatThrownBy(() -> client.execute(SendMessage.builder()
                        .chatId(group.id())
                        .text("Còn đó không?")
                        .build()))
                .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> assertThat(e.getErrorCode())
                        .isEqualTo(403));
    }

    private JsonNode call(String pathAndQuery, String form) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/bot4242:test-token/" + pathAndQuery));
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
        }
        return json.readTree(
                http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
    }
}
