package vn.chibo.localapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Keeps the private chats on disk for a server given a folder (the sandbox), so that a restart shows each person
 * the chat as they left it, documents included. A journal takes one line per change (a chat opened, a message
 * shown or edited, messages deleted); at start it is replayed, then written afresh with only what is kept, and the
 * files no kept message shows are removed. A chat keeps its last {@link #KEPT} messages, in memory and on disk, so
 * a long session does not grow without bound. Used under the chats' lock.
 */
final class ChatArchive {

    static final int KEPT = 300;

    /** Telegram's file ids are letters, digits, '-' and '_': nothing else may name a file on disk. */
    private static final Pattern FILE_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Line(long chat, String name, Shown show, List<Integer> delete) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Shown(
            int id,
            boolean bot,
            long date,
            String text,
            List<List<ChatMessage.InlineButton>> keyboard,
            Attached file,
            int edits) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Attached(String id, String uniqueId, String name, String type, boolean photo) {}

    /** A chat as the journal left it. */
    record Restored(long chatId, String firstName, List<ChatMessage> messages) {}

    private final Path journal;
    private final Path files;
    private final ObjectMapper json =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private BufferedWriter out;

    ChatArchive(Path folder) {
        this.journal = folder.resolve("chats.jsonl");
        this.files = folder.resolve("files");
    }

    /** Reads the chats back, then starts a fresh journal holding just them. */
    List<Restored> restore() {
        try {
            Files.createDirectories(files);
            Map<Long, String> names = new LinkedHashMap<>();
            Map<Long, LinkedHashMap<Integer, ChatMessage>> chats = new LinkedHashMap<>();
            if (Files.exists(journal)) {
                try (Stream<String> lines = Files.lines(journal, StandardCharsets.UTF_8)) {
                    lines.forEach(line -> replay(line, names, chats));
                }
            }
            List<Restored> restored = names.entrySet().stream()
                    .map(e -> new Restored(
                            e.getKey(),
                            e.getValue(),
                            List.copyOf(chats.getOrDefault(e.getKey(), new LinkedHashMap<>())
                                    .values())))
                    .toList();
            rewrite(restored);
            return restored;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the local server's chats in " + journal, e);
        }
    }

    /** A line that cannot be read (a crash cut it short) is skipped: the rest of the chat still shows. */
    private void replay(String line, Map<Long, String> names, Map<Long, LinkedHashMap<Integer, ChatMessage>> chats) {
        Line entry;
        try {
            entry = json.readValue(line, Line.class);
        } catch (IOException e) {
            return;
        }
        if (entry.name() != null) {
            names.putIfAbsent(entry.chat(), entry.name());
        }
        LinkedHashMap<Integer, ChatMessage> messages = chats.computeIfAbsent(entry.chat(), id -> new LinkedHashMap<>());
        if (entry.show() != null) {
            ChatMessage message = message(entry.chat(), entry.show());
            if (message != null) {
                messages.put(message.messageId(), message);
                trim(messages);
            }
        }
        if (entry.delete() != null) {
            entry.delete().forEach(messages::remove);
        }
    }

    private ChatMessage message(long chatId, Shown shown) {
        StoredFile file = null;
        if (shown.file() != null) {
            file = load(shown.file());
            if (file == null) {
                return null;
            }
        }
        return new ChatMessage(
                shown.id(),
                chatId,
                shown.bot(),
                shown.date(),
                shown.text(),
                shown.keyboard() == null ? List.of() : shown.keyboard(),
                file,
                shown.edits());
    }

    private StoredFile load(Attached attached) {
        if (!FILE_ID.matcher(attached.id()).matches()) {
            return null;
        }
        Path content = files.resolve(attached.id());
        try {
            return Files.exists(content)
                    ? new StoredFile(
                            attached.id(),
                            attached.uniqueId(),
                            attached.name(),
                            attached.type(),
                            Files.readAllBytes(content),
                            attached.photo())
                    : null;
        } catch (IOException e) {
            return null;
        }
    }

    private void rewrite(List<Restored> chats) throws IOException {
        Path fresh = journal.resolveSibling(journal.getFileName() + ".tmp");
        Set<String> shownFiles = new HashSet<>();
        try (BufferedWriter writer = Files.newBufferedWriter(fresh, StandardCharsets.UTF_8)) {
            for (Restored chat : chats) {
                writer.write(json.writeValueAsString(new Line(chat.chatId(), chat.firstName(), null, null)));
                writer.newLine();
                for (ChatMessage message : chat.messages()) {
                    writer.write(json.writeValueAsString(new Line(chat.chatId(), null, entry(message), null)));
                    writer.newLine();
                    if (message.file() != null) {
                        shownFiles.add(message.file().fileId());
                    }
                }
            }
        }
        Files.move(fresh, journal, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        try (Stream<Path> stored = Files.list(files)) {
            for (Path file : stored.toList()) {
                if (!shownFiles.contains(file.getFileName().toString())) {
                    Files.deleteIfExists(file);
                }
            }
        }
        out = Files.newBufferedWriter(journal, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    void opened(long chatId, String firstName) {
        append(new Line(chatId, firstName, null, null));
    }

    /** A message sent, or edited: the file it shows is written once, under its id. */
    void shown(ChatMessage message) {
        StoredFile file = message.file();
        if (file != null && FILE_ID.matcher(file.fileId()).matches()) {
            Path content = files.resolve(file.fileId());
            try {
                if (!Files.exists(content)) {
                    Files.write(content, file.content());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot keep a file of the local server's chats", e);
            }
        }
        append(new Line(message.chatId(), null, entry(message), null));
    }

    void deleted(long chatId, Collection<Integer> messageIds) {
        append(new Line(chatId, null, null, List.copyOf(messageIds)));
    }

    /** Forgets the oldest messages past {@link #KEPT}; the journal forgets them at the next start. */
    static void trim(LinkedHashMap<Integer, ChatMessage> messages) {
        var oldest = messages.keySet().iterator();
        while (messages.size() > KEPT && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }

    private static Shown entry(ChatMessage message) {
        StoredFile file = message.file();
        return new Shown(
                message.messageId(),
                message.fromBot(),
                message.date(),
                message.text(),
                message.keyboard().isEmpty() ? null : message.keyboard(),
                file == null
                        ? null
                        : new Attached(
                                file.fileId(), file.fileUniqueId(), file.fileName(), file.mimeType(), file.photo()),
                message.editCount());
    }

    private void append(Line line) {
        try {
            out.write(json.writeValueAsString(line));
            out.newLine();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the local server's chats in " + journal, e);
        }
    }

    void close() {
        try {
            out.close();
        } catch (IOException e) {
            // Closing at shutdown: every line was flushed when written.
        }
    }
}
