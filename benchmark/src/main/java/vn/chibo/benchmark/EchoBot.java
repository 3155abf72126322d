package vn.chibo.benchmark;

import java.net.URI;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The floor the throughput benchmark compares chibo with: a bare echo bot on the same client library (TelegramBots'
 * OkHttp client, set up as chibo sets it up), with no storage, pacing or conversation: a long-polling loop that sends
 * each text back from a pool as large as chibo's send threads.
 */
final class EchoBot implements AutoCloseable {

    private final TelegramClient polling;
    private final TelegramClient client;
    private final ExecutorService senders;
    private final Thread loop;
    private final AtomicLong echoed = new AtomicLong();
    private volatile boolean running = true;

    EchoBot(String apiUrl, String token, int sendThreads) {
        URI uri = URI.create(apiUrl);
        TelegramUrl url = new TelegramUrl(uri.getScheme(), uri.getHost(), uri.getPort(), false);
        // As chibo has them: one client for the long poll, one for sending whose dispatcher is not capped at OkHttp's
        // default of 5 calls per host (the library's execute goes through it).
        this.polling = new OkHttpTelegramClient(token, url);
        var dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(64);
        dispatcher.setMaxRequestsPerHost(64);
        this.client = new OkHttpTelegramClient(
                new OkHttpClient.Builder().dispatcher(dispatcher).build(), token, url);
        this.senders = Executors.newFixedThreadPool(sendThreads);
        this.loop = new Thread(this::poll, "echo-bot-polling");
        loop.setDaemon(true);
        loop.start();
    }

    long echoed() {
        return echoed.get();
    }

    private void poll() {
        Integer offset = null;
        while (running) {
            try {
                List<Update> updates = polling.execute(GetUpdates.builder()
                        .offset(offset)
                        .limit(100)
                        .timeout(1)
                        .build());
                for (Update update : updates) {
                    offset = update.getUpdateId() + 1;
                    if (update.hasMessage() && update.getMessage().hasText()) {
                        long chat = update.getMessage().getChatId();
                        String text = update.getMessage().getText();
                        senders.execute(() -> echo(chat, text));
                    }
                }
            } catch (TelegramApiException e) {
                if (running) {
                    System.err.println("Echo bot: " + e.getMessage());
                }
            }
        }
    }

    private void echo(long chat, String text) {
        try {
            client.execute(SendMessage.builder().chatId(chat).text(text).build());
            echoed.incrementAndGet();
        } catch (TelegramApiException e) {
            System.err.println("Echo bot could not answer: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        running = false;
        senders.shutdown();
        try {
            loop.join(5_000);
            senders.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
