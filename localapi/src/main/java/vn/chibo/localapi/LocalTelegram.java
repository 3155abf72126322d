package vn.chibo.localapi;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The state and rules of the local Bot API: people, their private chats with the bot, pending updates,
 * open callback queries, stored files, the webhook, injected faults. Everything is guarded by one lock;
 * {@link #getUpdates} waits on it for long polling.
 */
public final class LocalTelegram {

    static final int MAX_TEXT = 4096;
    static final int MAX_CAPTION = 1024;
    static final int MAX_CALLBACK_DATA = 64;
    static final long FIRST_UPDATE_ID = 700_000_001L;

    private final Object lock = new Object();
    private final String token;
    private final long botId;
    private final String botUsername;
    private final SecureRandom random = new SecureRandom();
    private final Map<Long, Chat> chats = new LinkedHashMap<>();
    private final List<Map<String, Object>> pendingUpdates = new ArrayList<>();
    private final Map<String, OpenCallback> openCallbacks = new ConcurrentHashMap<>();
    private final Map<String, StoredFile> files = new ConcurrentHashMap<>();
    private final List<SentRequest> requests = new ArrayList<>();
    private final Faults faults = new Faults();
    private List<Map<String, Object>> myCommands = List.of();
    private long nextUpdateId = FIRST_UPDATE_ID;
    /** Where ids are kept across restarts (the sandbox); null: each run starts afresh (tests). */
    private final IdMark updateMark;

    private final IdMark messageMark;
    private long pollGeneration;
    private String webhookUrl;
    private String webhookSecret;
    private RateLimits rateLimits;

    public LocalTelegram(String token, String botUsername) {
        this(token, botUsername, null);
    }

    /**
     * A server whose update and message ids keep growing across restarts on {@code idFolder}, as Telegram's
     * do (null: ids start afresh each run).
     */
    public LocalTelegram(String token, String botUsername, Path idFolder) {
        this.token = Objects.requireNonNull(token);
        this.botUsername = botUsername;
        this.updateMark = idFolder == null ? null : IdMark.in(idFolder.resolve("update-id"), FIRST_UPDATE_ID);
        this.messageMark = idFolder == null ? null : IdMark.in(idFolder.resolve("message-id"), 1);
        if (updateMark != null) {
            nextUpdateId = updateMark.first();
        }
        String id = token.contains(":") ? token.substring(0, token.indexOf(':')) : "";
        this.botId = id.chars().allMatch(Character::isDigit) && !id.isEmpty() ? Long.parseLong(id) : 1L;
    }

    /** A fresh token in Telegram's shape, for a server nobody else knows about. */
    public static String randomToken() {
        var random = new SecureRandom();
        byte[] secret = new byte[18];
        random.nextBytes(secret);
        return (100_000_000L + random.nextInt(899_999_999)) + ":"
                + HexFormat.of().formatHex(secret);
    }

    public String token() {
        return token;
    }

    public String botUsername() {
        return botUsername;
    }

    // ---- the user side -------------------------------------------------------------------------

    /** A person with a private chat with the bot; the same id gives the same person. */
    public Person person(long userId, String firstName) {
        synchronized (lock) {
            chats.computeIfAbsent(
                    userId,
                    id -> new Chat(id, firstName, messageMark == null ? 1 : Math.toIntExact(messageMark.first())));
        }
        return new Person(this, userId, firstName);
    }

    Map<String, Object> userSends(long userId, String text, StoredFile file, String caption) {
        synchronized (lock) {
            Chat chat = chat(userId);
            if (chat.blocked) {
                chat.blocked = false;
                enqueueUpdate("my_chat_member", memberChange(chat, "kicked", "member"));
            }
            int messageId = newMessageId(chat);
            var message =
                    new ChatMessage(messageId, userId, false, now(), text != null ? text : caption, List.of(), file, 0);
            chat.messages.put(messageId, message);
            Map<String, Object> json = Json.message(message, chat, botId, botUsername);
            if (text != null && text.startsWith("/")) {
                int end = text.indexOf(' ');
                json.put(
                        "entities",
                        List.of(Map.of("type", "bot_command", "offset", 0, "length", end < 0 ? text.length() : end)));
            }
            return enqueueUpdate("message", json);
        }
    }

    Map<String, Object> userPresses(long userId, int messageId, String data) {
        synchronized (lock) {
            Chat chat = chat(userId);
            ChatMessage message = chat.messages.get(messageId);
            String queryId = Long.toUnsignedString(random.nextLong());
            openCallbacks.put(queryId, new OpenCallback(userId));
            Map<String, Object> query = new LinkedHashMap<>();
            query.put("id", queryId);
            query.put("from", Json.user(userId, chat.firstName));
            // A message the bot can no longer see arrives as an InaccessibleMessage: date 0.
            query.put(
                    "message",
                    message != null
                            ? Json.message(message, chat, botId, botUsername)
                            : Map.of("chat", Json.chat(chat), "message_id", messageId, "date", 0));
            query.put("chat_instance", Long.toString(userId * 31));
            query.put("data", data);
            return enqueueUpdate("callback_query", query);
        }
    }

    /** Puts an already delivered update back in the queue, as Telegram does after a lost confirmation. */
    public void redeliver(Map<String, Object> update) {
        synchronized (lock) {
            pendingUpdates.add(update);
            pendingUpdates.sort((a, b) -> Long.compare((Long) a.get("update_id"), (Long) b.get("update_id")));
            lock.notifyAll();
        }
    }

    /** The person blocks the bot; Telegram tells the bot with a my_chat_member update unless {@code silently}. */
    void block(long userId, boolean silently) {
        synchronized (lock) {
            Chat chat = chat(userId);
            chat.blocked = true;
            if (!silently) {
                enqueueUpdate("my_chat_member", memberChange(chat, "member", "kicked"));
            }
        }
    }

    private Map<String, Object> memberChange(Chat chat, String from, String to) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("chat", Json.chat(chat));
        change.put("from", Json.user(chat.id, chat.firstName));
        change.put("date", now());
        change.put("old_chat_member", Map.of("status", from, "user", Json.bot(botId, botUsername)));
        Map<String, Object> newMember = new LinkedHashMap<>();
        newMember.put("status", to);
        newMember.put("user", Json.bot(botId, botUsername));
        if ("kicked".equals(to)) {
            newMember.put("until_date", 0);
        }
        change.put("new_chat_member", newMember);
        return change;
    }

    public List<ChatMessage> messages(long chatId) {
        synchronized (lock) {
            Chat chat = chats.get(chatId);
            return chat == null ? List.of() : List.copyOf(chat.messages.values());
        }
    }

    /** How many changes the bot has made to the chat so far (messages sent, edited, deleted). */
    public long chatVersion(long chatId) {
        Chat chat;
        synchronized (lock) {
            chat = chat(chatId);
        }
        return chat.version;
    }

    /** Waits up to {@code millis} for the bot to change the chat after version {@code seen}; returns the version then. */
    public long awaitChatChange(long chatId, long seen, long millis) throws InterruptedException {
        Chat chat;
        synchronized (lock) {
            chat = chat(chatId);
        }
        return chat.awaitChange(seen, millis);
    }

    public OpenCallback callback(String queryId) {
        return openCallbacks.get(queryId);
    }

    public List<OpenCallback> answeredCallbacks(long userId) {
        return openCallbacks.values().stream()
                .filter(c -> c.userId == userId && c.answered)
                .toList();
    }

    public StoredFile file(String fileId) {
        return files.get(fileId);
    }

    public List<Map<String, Object>> myCommands() {
        synchronized (lock) {
            return myCommands;
        }
    }

    public List<SentRequest> requests() {
        synchronized (lock) {
            return List.copyOf(requests);
        }
    }

    public int pendingUpdateCount() {
        synchronized (lock) {
            return pendingUpdates.size();
        }
    }

    // ---- fault injection -----------------------------------------------------------------------

    /** The next {@code times} calls matching {@code method} (null: any) and {@code chatId} (null: any) get {@code fault}. */
    public void inject(String method, Long chatId, Fault fault, int times) {
        faults.inject(method, chatId, fault, times);
    }

    /** Every call, whatever its method and chat, gets {@code fault} for the next {@code length}: Telegram is down. */
    public void outage(Fault fault, Duration length) {
        faults.outage(fault, length);
    }

    public void clearFaults() {
        faults.clear();
    }

    /** Enforces flood limits from now on (null lifts them). */
    public void enforce(RateLimits limits) {
        synchronized (lock) {
            rateLimits = limits;
        }
    }

    Fault takeFault(String method, Long chatId) {
        return faults.take(method, chatId);
    }

    void record(String method, Long chatId, int status, Integer retryAfter) {
        synchronized (lock) {
            requests.add(new SentRequest(Instant.now(), method, chatId, status, retryAfter));
        }
    }

    // ---- Bot API methods -----------------------------------------------------------------------

    Object getMe() {
        Map<String, Object> me = Json.bot(botId, botUsername);
        me.put("can_join_groups", false);
        me.put("can_read_all_group_messages", false);
        me.put("supports_inline_queries", false);
        return me;
    }

    /** Long polling: confirms updates below {@code offset}, then waits up to {@code timeoutSeconds} for more. */
    Object getUpdates(Long offset, int limit, int timeoutSeconds) throws InterruptedException {
        synchronized (lock) {
            if (webhookUrl != null) {
                throw new ApiError(
                        409,
                        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
            }
            long generation = ++pollGeneration;
            lock.notifyAll();
            if (offset != null) {
                pendingUpdates.removeIf(u -> (Long) u.get("update_id") < offset);
            }
            long deadline = System.currentTimeMillis() + timeoutSeconds * 1000L;
            while (true) {
                if (pollGeneration != generation) {
                    throw new ApiError(
                            409,
                            "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
                }
                if (!pendingUpdates.isEmpty() || System.currentTimeMillis() >= deadline) {
                    break;
                }
                lock.wait(Math.max(1, deadline - System.currentTimeMillis()));
            }
            return List.copyOf(pendingUpdates.subList(0, Math.min(Math.max(1, limit), pendingUpdates.size())));
        }
    }

    Object sendMessage(long chatId, String text, Object replyMarkup) {
        synchronized (lock) {
            Chat chat = reachable(chatId);
            checkText(text, MAX_TEXT, "message is too long");
            admitRate(chatId);
            var message =
                    new ChatMessage(newMessageId(chat), chatId, true, now(), text, Json.keyboard(replyMarkup), null, 0);
            chat.show(message);
            return Json.message(message, chat, botId, botUsername);
        }
    }

    Object sendFile(long chatId, StoredFile upload, String caption, Object replyMarkup, boolean asPhoto) {
        synchronized (lock) {
            Chat chat = reachable(chatId);
            if (upload == null) {
                throw ApiError.badRequest(
                        asPhoto ? "there is no photo in the request" : "there is no document in the request");
            }
            StoredFile file = upload.photo() == asPhoto
                    ? upload
                    : new StoredFile(
                            upload.fileId(),
                            upload.fileUniqueId(),
                            upload.fileName(),
                            upload.mimeType(),
                            upload.content(),
                            asPhoto);
            if (caption != null && caption.length() > MAX_CAPTION) {
                throw ApiError.badRequest("message caption is too long");
            }
            admitRate(chatId);
            files.put(file.fileId(), file);
            var message = new ChatMessage(
                    newMessageId(chat), chatId, true, now(), caption, Json.keyboard(replyMarkup), file, 0);
            chat.show(message);
            return Json.message(message, chat, botId, botUsername);
        }
    }

    Object editMessage(long chatId, int messageId, String newText, Object replyMarkup, boolean keepText) {
        synchronized (lock) {
            Chat chat = reachable(chatId);
            ChatMessage message = chat.messages.get(messageId);
            if (message == null) {
                throw ApiError.badRequest("message to edit not found");
            }
            if (!message.fromBot()) {
                throw ApiError.badRequest("message can't be edited");
            }
            String text = keepText ? message.text() : newText;
            if (!keepText) {
                checkText(text, MAX_TEXT, "MESSAGE_TOO_LONG");
            }
            var keyboard = Json.keyboard(replyMarkup);
            if (Objects.equals(text, message.text()) && keyboard.equals(message.keyboard())) {
                throw ApiError.badRequest(
                        "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");
            }
            admitRate(chatId);
            ChatMessage edited = message.edited(text, keyboard);
            chat.show(edited);
            Map<String, Object> json = Json.message(edited, chat, botId, botUsername);
            json.put("edit_date", now());
            return json;
        }
    }

    Object deleteMessage(long chatId, int messageId) {
        synchronized (lock) {
            Chat chat = reachable(chatId);
            if (chat.messages.remove(messageId) == null) {
                throw ApiError.badRequest("message to delete not found");
            }
            chat.changed();
            return Boolean.TRUE;
        }
    }

    /** As Telegram: messages that are not there are skipped; True either way. */
    Object deleteMessages(long chatId, java.util.List<Integer> messageIds) {
        synchronized (lock) {
            Chat chat = reachable(chatId);
            messageIds.forEach(chat.messages::remove);
            chat.changed();
            return Boolean.TRUE;
        }
    }

    Object answerCallbackQuery(String queryId, String text, boolean alert) {
        OpenCallback callback = queryId == null ? null : openCallbacks.get(queryId);
        if (callback == null || callback.answered) {
            throw ApiError.badRequest("query is too old and response timeout expired or query ID is invalid");
        }
        if (text != null && text.length() > 200) {
            throw ApiError.badRequest("MESSAGE_TOO_LONG");
        }
        callback.answer(text, alert);
        return Boolean.TRUE;
    }

    Object setMyCommands(Object commands) {
        if (!(commands instanceof List<?> list)) {
            throw ApiError.badRequest("commands is empty");
        }
        List<Map<String, Object>> accepted = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> map)
                    || !(map.get("command") instanceof String command)
                    || !command.matches("[a-z0-9_]{1,32}")
                    || !(map.get("description") instanceof String description)
                    || description.isEmpty()
                    || description.length() > 256) {
                throw ApiError.badRequest("BOT_COMMAND_INVALID");
            }
            accepted.add(Map.of("command", command, "description", description));
        }
        synchronized (lock) {
            myCommands = List.copyOf(accepted);
        }
        return Boolean.TRUE;
    }

    Object getMyCommands() {
        return myCommands();
    }

    Object setWebhook(String url, String secret) {
        synchronized (lock) {
            webhookUrl = url == null || url.isEmpty() ? null : url;
            webhookSecret = secret;
            lock.notifyAll();
            return Boolean.TRUE;
        }
    }

    Object deleteWebhook(boolean dropPending) {
        synchronized (lock) {
            webhookUrl = null;
            webhookSecret = null;
            if (dropPending) {
                pendingUpdates.clear();
            }
            return Boolean.TRUE;
        }
    }

    Object getWebhookInfo() {
        synchronized (lock) {
            Map<String, Object> info = new LinkedHashMap<>();
            info.put("url", webhookUrl == null ? "" : webhookUrl);
            info.put("has_custom_certificate", false);
            info.put("pending_update_count", pendingUpdates.size());
            return info;
        }
    }

    Object getFile(String fileId) {
        StoredFile file = fileId == null ? null : files.get(fileId);
        if (file == null) {
            throw ApiError.badRequest("invalid file_id");
        }
        return Map.of(
                "file_id",
                file.fileId(),
                "file_unique_id",
                file.fileUniqueId(),
                "file_size",
                file.size(),
                "file_path",
                "documents/" + file.fileId());
    }

    StoredFile storeUpload(String fileName, String mimeType, byte[] content, boolean photo) {
        String fileId = (photo ? "AgAC" : "BQAC") + HexFormat.of().formatHex(randomBytes(12));
        var file = new StoredFile(fileId, HexFormat.of().formatHex(randomBytes(6)), fileName, mimeType, content, photo);
        files.put(fileId, file);
        return file;
    }

    // ---- webhook push --------------------------------------------------------------------------

    /** The webhook target and the oldest pending update, or null when there is nothing to push. */
    WebhookPush nextPush() {
        synchronized (lock) {
            return webhookUrl == null || pendingUpdates.isEmpty()
                    ? null
                    : new WebhookPush(webhookUrl, webhookSecret, pendingUpdates.get(0));
        }
    }

    void pushed(Map<String, Object> update) {
        synchronized (lock) {
            pendingUpdates.remove(update);
        }
    }

    void awaitWork(long millis) throws InterruptedException {
        synchronized (lock) {
            if (webhookUrl == null || pendingUpdates.isEmpty()) {
                lock.wait(millis);
            }
        }
    }

    record WebhookPush(String url, String secret, Map<String, Object> update) {}

    // ---- internals -----------------------------------------------------------------------------

    boolean acceptsToken(String candidate) {
        return java.security.MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }

    private Map<String, Object> enqueueUpdate(String type, Map<String, Object> payload) {
        Map<String, Object> update = new LinkedHashMap<>();
        long id = nextUpdateId++;
        if (updateMark != null) {
            updateMark.use(id);
        }
        update.put("update_id", id);
        update.put(type, payload);
        pendingUpdates.add(update);
        lock.notifyAll();
        return update;
    }

    private int newMessageId(Chat chat) {
        int id = chat.nextMessageId++;
        if (messageMark != null) {
            messageMark.use(id);
        }
        return id;
    }

    private Chat chat(long chatId) {
        Chat chat = chats.get(chatId);
        if (chat == null) {
            throw new IllegalArgumentException("No such person: " + chatId);
        }
        return chat;
    }

    private Chat reachable(long chatId) {
        Chat chat = chats.get(chatId);
        if (chat == null) {
            throw ApiError.badRequest("chat not found");
        }
        if (chat.blocked) {
            throw new ApiError(403, "Forbidden: bot was blocked by the user");
        }
        return chat;
    }

    private void admitRate(long chatId) {
        if (rateLimits != null) {
            int wait = rateLimits.admit(chatId, Instant.now());
            if (wait > 0) {
                throw new ApiError(429, "Too Many Requests: retry after " + wait, wait);
            }
        }
    }

    private static void checkText(String text, int max, String tooLong) {
        if (text == null || text.isBlank()) {
            throw ApiError.badRequest("message text is empty");
        }
        if (text.length() > max) {
            throw ApiError.badRequest(tooLong);
        }
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }
}
