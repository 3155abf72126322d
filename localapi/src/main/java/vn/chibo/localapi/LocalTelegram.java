package vn.chibo.localapi;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The state and rules of the local Bot API: people, their private chats with the bot, groups, pending updates,
 * open callback queries, stored files, the webhook, injected faults, each kept by its own part; this class is what
 * tests and the sandbox see, and the people's side of every chat.
 */
public final class LocalTelegram {

    static final int MAX_CALLBACK_DATA = 64;
    static final long FIRST_UPDATE_ID = UpdateQueue.FIRST_UPDATE_ID;

    private final String token;
    private final long botId;
    private final String botUsername;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, OpenCallback> openCallbacks = new ConcurrentHashMap<>();
    private final Chats chats;

    final UpdateQueue updates;
    final FileStore files = new FileStore();
    final CommandMenu commands = new CommandMenu();
    final CallLog calls = new CallLog();
    final Faults faults = new Faults();
    final BotMessages bot;

    public LocalTelegram(String token, String botUsername) {
        this(token, botUsername, null);
    }

    /**
     * A server whose update and message ids keep growing across restarts on {@code idFolder}, as Telegram's
     * do, and whose chats are kept there too, so a person sees their chat again after a restart (null: ids and
     * chats start afresh each run).
     */
    public LocalTelegram(String token, String botUsername, Path idFolder) {
        this.token = Objects.requireNonNull(token);
        this.botUsername = botUsername;
        this.updates = new UpdateQueue(idFolder);
        this.chats = new Chats(idFolder);
        String id = token.contains(":") ? token.substring(0, token.indexOf(':')) : "";
        this.botId = id.chars().allMatch(Character::isDigit) && !id.isEmpty() ? Long.parseLong(id) : 1L;
        this.bot = new BotMessages(chats, files, calls, openCallbacks, botId, botUsername);
        chats.restoredFiles().forEach(files::put);
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
        synchronized (chats.lock) {
            chats.open(userId, firstName);
        }
        return new Person(this, userId, firstName);
    }

    Map<String, Object> userSends(long userId, String text, StoredFile file, String caption) {
        synchronized (chats.lock) {
            Chat chat = chats.known(userId);
            if (chat.blocked) {
                chat.blocked = false;
                enqueueUpdate("my_chat_member", memberChange(chat, "kicked", "member"));
            }
            int messageId = chats.newMessageId(chat);
            var message =
                    new ChatMessage(messageId, userId, false, now(), text != null ? text : caption, List.of(), file, 0);
            chat.keep(message);
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
        synchronized (chats.lock) {
            Chat chat = chats.known(userId);
            return press(chat, chat, messageId, data);
        }
    }

    /** {@code person} presses a button on message {@code messageId} of {@code chat} (theirs, or a group). */
    private Map<String, Object> press(Chat chat, Chat person, int messageId, String data) {
        ChatMessage message = chat.messages.get(messageId);
        String queryId = Long.toUnsignedString(random.nextLong());
        openCallbacks.put(queryId, new OpenCallback(person.id));
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("id", queryId);
        query.put("from", Json.user(person.id, person.firstName));
        // A message the bot can no longer see arrives as an InaccessibleMessage: date 0.
        query.put(
                "message",
                message != null
                        ? Json.message(message, chat, botId, botUsername)
                        : Map.of("chat", Json.chat(chat), "message_id", messageId, "date", 0));
        query.put("chat_instance", Long.toString(chat.id * 31));
        query.put("data", data);
        return enqueueUpdate("callback_query", query);
    }

    /** A group the people of a test can add the bot to (its id negative, as Telegram's are); the same id, same group. */
    public Group group(long groupId, String title) {
        synchronized (chats.lock) {
            chats.openGroup(groupId, title);
        }
        return new Group(this, groupId, title);
    }

    /** {@code userId} adds the bot to the group (or removes it): the bot hears of it by a my_chat_member update. */
    void groupMembership(long groupId, long userId, boolean added) {
        synchronized (chats.lock) {
            Chat group = chats.known(groupId);
            Chat person = chats.known(userId);
            String before = group.botMember ? "member" : "left";
            group.botMember = added;
            group.blocked = false;
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("chat", Json.chat(group));
            change.put("from", Json.user(person.id, person.firstName));
            change.put("date", now());
            change.put("old_chat_member", Map.of("status", before, "user", Json.bot(botId, botUsername)));
            change.put(
                    "new_chat_member",
                    Map.of("status", added ? "member" : "left", "user", Json.bot(botId, botUsername)));
            enqueueUpdate("my_chat_member", change);
        }
    }

    /**
     * {@code userId} writes in the group. The bot, in privacy mode as bots are by default, receives only commands
     * (for it, or for no bot in particular): anything else stays in the group unseen by it. Returns the update, or null
     * when the bot does not receive it.
     */
    Map<String, Object> userSendsInGroup(long groupId, long userId, String text) {
        synchronized (chats.lock) {
            Chat group = chats.known(groupId);
            Chat person = chats.known(userId);
            var message = new ChatMessage(chats.newMessageId(group), groupId, false, now(), text, List.of(), null, 0);
            group.keep(message);
            String head = text.split(" ", 2)[0];
            boolean forBot = head.startsWith("/")
                    && head.length() > 1
                    && (!head.contains("@") || head.endsWith("@" + botUsername));
            if (!group.botMember || !forBot) {
                return null;
            }
            Map<String, Object> json = Json.message(message, group, botId, botUsername);
            json.put("from", Json.user(person.id, person.firstName));
            json.put("entities", List.of(Map.of("type", "bot_command", "offset", 0, "length", head.length())));
            return enqueueUpdate("message", json);
        }
    }

    /** {@code userId} taps a button on the bot's message in the group. */
    Map<String, Object> userPressesInGroup(long groupId, long userId, int messageId, String data) {
        synchronized (chats.lock) {
            return press(chats.known(groupId), chats.known(userId), messageId, data);
        }
    }

    /** Puts an already delivered update back in the queue, as Telegram does after a lost confirmation. */
    public void redeliver(Map<String, Object> update) {
        updates.redeliver(update);
    }

    /** The person blocks the bot; Telegram tells the bot with a my_chat_member update unless {@code silently}. */
    void block(long userId, boolean silently) {
        synchronized (chats.lock) {
            Chat chat = chats.known(userId);
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
        synchronized (chats.lock) {
            Chat chat = chats.find(chatId);
            return chat == null ? List.of() : List.copyOf(chat.messages.values());
        }
    }

    /** How many changes the bot has made to the chat so far (messages sent, edited, deleted). */
    public long chatVersion(long chatId) {
        Chat chat;
        synchronized (chats.lock) {
            chat = chats.known(chatId);
        }
        return chat.version;
    }

    /** Waits up to {@code millis} for the bot to change the chat after version {@code seen}; returns the version then. */
    public long awaitChatChange(long chatId, long seen, long millis) throws InterruptedException {
        Chat chat;
        synchronized (chats.lock) {
            chat = chats.known(chatId);
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
        return commands.commands();
    }

    /** The command menu set for a scope: "default", "all_group_chats", ... */
    public List<Map<String, Object>> myCommands(String scope) {
        return commands.commands(scope);
    }

    public List<SentRequest> requests() {
        return calls.requests();
    }

    public int pendingUpdateCount() {
        return updates.size();
    }

    /** Closes the chats' journal, where there is one. */
    public void close() {
        synchronized (chats.lock) {
            chats.close();
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
        calls.enforce(limits);
    }

    // ---- Bot API methods -----------------------------------------------------------------------

    Object getMe() {
        Map<String, Object> me = Json.bot(botId, botUsername);
        me.put("can_join_groups", true);
        me.put("can_read_all_group_messages", false);
        me.put("supports_inline_queries", false);
        return me;
    }

    // ---- internals -----------------------------------------------------------------------------

    boolean acceptsToken(String candidate) {
        return java.security.MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }

    private Map<String, Object> enqueueUpdate(String type, Map<String, Object> payload) {
        return updates.add(type, payload);
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }
}
