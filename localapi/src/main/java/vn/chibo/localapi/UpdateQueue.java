package vn.chibo.localapi;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The updates waiting for the bot, handed out by long polling or pushed to a webhook, as Telegram does: ids only
 * grow (across restarts too, when a folder keeps their mark), a newer {@code getUpdates} ends an older one, and a
 * webhook forbids polling. Guarded by its own lock; callers may hold {@link LocalTelegram}'s lock, never the reverse.
 */
final class UpdateQueue {

    static final long FIRST_UPDATE_ID = 700_000_001L;

    private final Object lock = new Object();
    private final List<Map<String, Object>> pending = new ArrayList<>();
    /** Where ids are kept across restarts (the sandbox); null: each run starts afresh (tests). */
    private final IdMark mark;

    private long nextId;
    private long pollGeneration;
    private String webhookUrl;
    private String webhookSecret;

    UpdateQueue(Path idFolder) {
        this.mark = idFolder == null ? null : IdMark.in(idFolder.resolve("update-id"), FIRST_UPDATE_ID);
        this.nextId = mark == null ? FIRST_UPDATE_ID : mark.first();
    }

    Map<String, Object> add(String type, Map<String, Object> payload) {
        synchronized (lock) {
            Map<String, Object> update = new LinkedHashMap<>();
            long id = nextId++;
            if (mark != null) {
                mark.use(id);
            }
            update.put("update_id", id);
            update.put(type, payload);
            pending.add(update);
            lock.notifyAll();
            return update;
        }
    }

    /** Puts an already delivered update back in the queue, as Telegram does after a lost confirmation. */
    void redeliver(Map<String, Object> update) {
        synchronized (lock) {
            pending.add(update);
            pending.sort((a, b) -> Long.compare((Long) a.get("update_id"), (Long) b.get("update_id")));
            lock.notifyAll();
        }
    }

    int size() {
        synchronized (lock) {
            return pending.size();
        }
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
                pending.removeIf(u -> (Long) u.get("update_id") < offset);
            }
            long deadline = System.currentTimeMillis() + timeoutSeconds * 1000L;
            while (true) {
                if (pollGeneration != generation) {
                    throw new ApiError(
                            409,
                            "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
                }
                if (!pending.isEmpty() || System.currentTimeMillis() >= deadline) {
                    break;
                }
                lock.wait(Math.max(1, deadline - System.currentTimeMillis()));
            }
            return List.copyOf(pending.subList(0, Math.min(Math.max(1, limit), pending.size())));
        }
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
                pending.clear();
            }
            return Boolean.TRUE;
        }
    }

    Object getWebhookInfo() {
        synchronized (lock) {
            Map<String, Object> info = new LinkedHashMap<>();
            info.put("url", webhookUrl == null ? "" : webhookUrl);
            info.put("has_custom_certificate", false);
            info.put("pending_update_count", pending.size());
            return info;
        }
    }

    /** The webhook target and the oldest pending update, or null when there is nothing to push. */
    WebhookPush nextPush() {
        synchronized (lock) {
            return webhookUrl == null || pending.isEmpty()
                    ? null
                    : new WebhookPush(webhookUrl, webhookSecret, pending.get(0));
        }
    }

    void pushed(Map<String, Object> update) {
        synchronized (lock) {
            pending.remove(update);
        }
    }

    void awaitWork(long millis) throws InterruptedException {
        synchronized (lock) {
            if (webhookUrl == null || pending.isEmpty()) {
                lock.wait(millis);
            }
        }
    }
}
