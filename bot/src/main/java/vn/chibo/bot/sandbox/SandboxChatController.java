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
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.chibo.bot.telegram.TokenConditions;
import vn.chibo.localapi.ChatMessage;
import vn.chibo.localapi.LocalBotApiServer;
import vn.chibo.localapi.LocalTelegram;
import vn.chibo.localapi.Person;
import vn.chibo.localapi.StoredFile;

/** The sandbox web chat: its page, and a small JSON API over the local Bot API server's user side. */
@RestController
@Conditional(TokenConditions.NoToken.class)
class SandboxChatController {

    record TextRequest(String text) {}

    record PressRequest(int messageId, String data) {}

    record FileView(String fileId, String fileName, boolean photo) {}

    record MessageView(
            int id,
            boolean fromBot,
            String text,
            List<List<ChatMessage.InlineButton>> buttons,
            FileView file,
            boolean edited) {}

    private final LocalTelegram telegram;

    SandboxChatController(LocalBotApiServer server) {
        this.telegram = server.telegram();
        DemoPersona.ALL.forEach(p -> telegram.person(p.userId(), p.firstName()));
    }

    @GetMapping(value = "/", produces = MediaType.TEXT_HTML_VALUE)
    String page() throws IOException {
        try (InputStream html = getClass().getResourceAsStream("/sandbox/index.html")) {
            return new String(html.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @GetMapping("/sandbox/api/personas")
    List<DemoPersona> personas() {
        return DemoPersona.ALL;
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

    @PostMapping("/sandbox/api/chats/{userId}/press")
    Map<String, Object> press(@PathVariable long userId, @RequestBody PressRequest request) {
        person(userId).tapsRaw(request.messageId(), request.data());
        return Map.of("ok", true);
    }

    @PostMapping("/sandbox/api/chats/{userId}/file")
    Map<String, Object> upload(@PathVariable long userId, @RequestParam("file") MultipartFile file) throws IOException {
        String name = file.getOriginalFilename() == null ? "tep" : file.getOriginalFilename();
        String type = file.getContentType() == null ? "application/octet-stream" : file.getContentType();
        if (type.startsWith("image/")) {
            person(userId).sendsPhoto(file.getBytes(), null);
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
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(
                        file.mimeType() == null
                                ? MediaType.APPLICATION_OCTET_STREAM
                                : MediaType.parseMediaType(file.mimeType()))
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
