package vn.chibo.bot.intake;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks one chat at a time, in submission order, and different chats in parallel on a fixed pool.
 * A slow task holds up only its own chat.
 */
final class ChatLanes implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ChatLanes.class);

    private final ExecutorService pool;
    private final Map<Long, Queue<Runnable>> lanes = new HashMap<>();

    ChatLanes(int threads) {
        this.pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, "chibo-handler"));
    }

    void submit(long chatId, Runnable task) {
        synchronized (lanes) {
            Queue<Runnable> lane = lanes.get(chatId);
            if (lane != null) {
                lane.add(task);
                return;
            }
            lane = new ArrayDeque<>();
            lane.add(task);
            lanes.put(chatId, lane);
        }
        pool.execute(() -> drain(chatId));
    }

    private void drain(long chatId) {
        while (true) {
            Runnable task;
            synchronized (lanes) {
                Queue<Runnable> lane = lanes.get(chatId);
                task = lane.peek();
                if (task == null) {
                    lanes.remove(chatId);
                    return;
                }
            }
            try {
                task.run();
            } catch (RuntimeException e) {
                log.error("Task for chat {} failed", chatId, e);
            }
            synchronized (lanes) {
                lanes.get(chatId).poll();
            }
        }
    }

    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
        }
    }
}
