package vn.chibo.bot.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.chibo.bot.chat.RoleLabels;
import vn.chibo.bot.telegram.TokenConditions;
import vn.chibo.content.access.RoleAssignments;
import vn.chibo.localapi.ChatMessage;
import vn.chibo.localapi.LocalBotApiServer;
import vn.chibo.localapi.LocalTelegram;
import vn.chibo.localapi.OpenCallback;
import vn.chibo.localapi.Person;
import vn.chibo.localapi.StoredFile;

/** The sandbox web chat: its page, and a small JSON API over the local Bot API server's user side. */
@RestController
@Conditional(TokenConditions.NoToken.class)
class SandboxChatController {

    record TextRequest(String text) {}

    record PressRequest(int messageId, String data) {}

    record FileView(String fileId, String fileName, boolean photo) {}

    record CallbackView(boolean answered, String text, boolean alert) {}

    record MessageView(
            int id,
            boolean fromBot,
            String text,
            List<List<ChatMessage.InlineButton>> buttons,
            FileView file,
            boolean edited) {}

    private final LocalTelegram telegram;
    private final RoleAssignments roles;
    private final RoleLabels labels;

    SandboxChatController(LocalBotApiServer server, RoleAssignments roles, RoleLabels labels) {
        this.telegram = server.telegram();
        this.roles = roles;
        this.labels = labels;
        DemoPersona.ALL.forEach(p -> telegram.person(p.userId(), p.firstName()));
    }

    @GetMapping(value = "/", produces = MediaType.TEXT_HTML_VALUE)
    String page() throws IOException {
        try (InputStream html = getClass().getResourceAsStream("/sandbox/index.html")) {
            return new String(html.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The personas, each titled by the roles they hold now (a newcomer who took up an invitation shows it). */
    @GetMapping("/sandbox/api/personas")
    List<DemoPersona> personas() {
        return DemoPersona.ALL.stream()
                .map(p -> {
                    List<String> held =
                            roles.heldBy(p.userId()).stream().map(labels::of).toList();
                    return held.isEmpty() ? p : new DemoPersona(p.userId(), p.name(), String.join(", ", held));
                })
                .toList();
    }

    @GetMapping("/sandbox/api/chats/{userId}")
    List<MessageView> chat(@PathVariable long userId) {
        return person(userId).chat().stream().map(SandboxChatController::view).toList();
    }

    @PostMapping("/sandbox/api/chats/{userId}/text")
    Map<String, Object> send(@PathVariable long userId, @RequestBody TextRequest request) {
        if (request.text() == null || request.text().isBlank()) {
            return Map.of("ok", false);
        }
        person(userId).sends(request.text().strip());
        return Map.of("ok", true);
    }

    /** Taps a button; the answer the bot gives the tap (a toast, an alert) is read at {@code /callbacks/{queryId}}. */
    @PostMapping("/sandbox/api/chats/{userId}/press")
    Map<String, Object> press(@PathVariable long userId, @RequestBody PressRequest request) {
        Map<String, Object> update = person(userId).tapsRaw(request.messageId(), request.data());
        Object query = update.get("callback_query");
        Object queryId = query instanceof Map<?, ?> q ? q.get("id") : null;
        return queryId == null ? Map.of("ok", true) : Map.of("ok", true, "queryId", queryId);
    }

    /** How the bot answered a tap: not yet, or with a text shown as a toast (or as a dialog, when an alert). */
    @GetMapping("/sandbox/api/callbacks/{queryId}")
    ResponseEntity<CallbackView> callback(@PathVariable String queryId) {
        OpenCallback callback = telegram.callback(queryId);
        if (callback == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok(new CallbackView(callback.answered(), callback.text(), callback.alert()));
    }

    @PostMapping("/sandbox/api/chats/{userId}/file")
    Map<String, Object> upload(@PathVariable long userId, @RequestParam("file") MultipartFile file) throws IOException {
        String name = file.getOriginalFilename() == null ? "tep" : file.getOriginalFilename();
        String type = file.getContentType() == null ? "application/octet-stream" : file.getContentType();
        if (type.startsWith("image/")) {
            person(userId).sendsPhoto(name, type, file.getBytes(), null);
        } else {
            person(userId).sendsDocument(name, type, file.getBytes(), null);
        }
        return Map.of("ok", true);
    }

    @GetMapping("/sandbox/api/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable String fileId) {
        StoredFile file = telegram.file(fileId);
        if (file == null) {
            return ResponseEntity.notFound().build();
        }
        // A photo is shown in the chat; anything else is offered for download under its own name and real type
        // (the Bot API's uploads often say only application/octet-stream: the name then tells the type).
        String name = file.fileName() == null ? (file.photo() ? "anh.jpg" : "tep") : file.fileName();
        ContentDisposition disposition = (file.photo() ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(name, StandardCharsets.UTF_8)
                .build();
        MediaType declared = file.mimeType() == null ? null : MediaType.parseMediaType(file.mimeType());
        MediaType type = declared == null || declared.equals(MediaType.APPLICATION_OCTET_STREAM)
                ? MediaTypeFactory.getMediaType(name).orElse(MediaType.APPLICATION_OCTET_STREAM)
                : declared;
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(type)
                .body(file.content());
    }

    private Person person(long userId) {
        DemoPersona persona = DemoPersona.ALL.stream()
                .filter(p -> p.userId() == userId)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a sandbox persona: " + userId));
        return telegram.person(persona.userId(), persona.firstName());
    }

    private static MessageView view(ChatMessage m) {
        FileView file = m.file() == null
                ? null
                : new FileView(m.file().fileId(), m.file().fileName(), m.file().photo());
        return new MessageView(m.messageId(), m.fromBot(), m.text(), m.keyboard(), file, m.editCount() > 0);
    }
}
