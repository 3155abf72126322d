package vn.chibo.localapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves {@link LocalTelegram} over HTTP at {@code /bot<token>/<method>} and {@code /file/bot<token>/<path>},
 * answering in the Bot API's JSON envelope, and pushes updates to a webhook when one is set. Binds to the
 * loopback interface only.
 */
public final class LocalBotApiServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalBotApiServer.class);

    static {
        // The JDK's HTTP server leaves Nagle's algorithm on unless told otherwise; with a client's delayed ACKs that
        // adds tens of milliseconds to small answers, which Telegram's servers do not.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final LocalTelegram telegram;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> daemon(r, "local-bot-api"));
    private final Thread webhookPusher;
    private final HttpClient webhookClient =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile boolean running = true;

    private LocalBotApiServer(LocalTelegram telegram, int port) throws IOException {
        this.telegram = telegram;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        server.createContext("/", this::serve);
        server.setExecutor(workers);
        server.start();
        webhookPusher = daemon(this::pushWebhooks, "local-bot-api-webhook");
        webhookPusher.start();
    }

    /** Starts a server on {@code port} (0: any free port). */
    public static LocalBotApiServer start(LocalTelegram telegram, int port) throws IOException {
        return new LocalBotApiServer(telegram, port);
    }

    public LocalTelegram telegram() {
        return telegram;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Scheme, host and port: what a bot is given as its Bot API URL. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    @Override
    public void close() {
        running = false;
        webhookPusher.interrupt();
        server.stop(0);
        workers.shutdownNow();
        telegram.close();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            if (path.startsWith("/file/bot")) {
                serveFile(exchange, path);
                return;
            }
            if (!path.startsWith("/bot") || path.indexOf('/', 4) < 0) {
                reply(exchange, 404, error(new ApiError(404, "Not Found")));
                return;
            }
            String token = path.substring(4, path.indexOf('/', 4));
            String method = path.substring(path.indexOf('/', 4) + 1);
            if (!telegram.acceptsToken(URLDecoder.decode(token, StandardCharsets.UTF_8))) {
                reply(exchange, 401, error(new ApiError(401, "Unauthorized")));
                return;
            }
            Params params = Params.read(exchange, json, telegram);
            Long chatId = chatIdOf(params);
            Fault fault = telegram.faults.take(method, chatId);
            if (fault instanceof Fault.Slow slow) {
                pause(slow.duration());
            } else if (fault != null && playFault(exchange, fault, method, chatId)) {
                return;
            }
            try {
                Object result = new BotApiMethods(telegram).call(method.toLowerCase(Locale.ROOT), params);
                telegram.calls.record(method, chatId, 200, null);
                reply(exchange, 200, Map.of("ok", true, "result", result));
            } catch (ApiError e) {
                telegram.calls.record(method, chatId, e.code, e.retryAfter);
                reply(exchange, e.code, error(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } catch (RuntimeException e) {
            log.warn(
                    "Local Bot API failed on {}",
                    exchange.getRequestURI().getPath().replaceAll("/bot[^/]+", "/bot<token>"),
                    e);
        }
    }

    private boolean playFault(HttpExchange exchange, Fault fault, String method, Long chatId) throws IOException {
        if (fault instanceof Fault.TooManyRequests tooMany) {
            telegram.calls.record(method, chatId, 429, tooMany.retryAfterSeconds());
            reply(
                    exchange,
                    429,
                    error(new ApiError(
                            429,
                            "Too Many Requests: retry after " + tooMany.retryAfterSeconds(),
                            tooMany.retryAfterSeconds())));
        } else if (fault instanceof Fault.ServerError serverError) {
            telegram.calls.record(method, chatId, serverError.status(), null);
            if (serverError.htmlBody()) {
                byte[] html = "<html><body><h1>502 Bad Gateway</h1></body></html>".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html");
                exchange.sendResponseHeaders(serverError.status(), html.length);
                exchange.getResponseBody().write(html);
            } else {
                reply(
                        exchange,
                        serverError.status(),
                        error(new ApiError(serverError.status(), "Internal Server Error")));
            }
        } else if (fault instanceof Fault.Hang hang) {
            telegram.calls.record(method, chatId, 0, null);
            pause(hang.duration());
        }
        return true;
    }

    private static void pause(java.time.Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How a file download is named among the recorded requests (it is not a Bot API method). */
    public static final String DOWNLOAD = "file download";

    private void serveFile(HttpExchange exchange, String path) throws IOException {
        int slash = path.indexOf('/', "/file/bot".length());
        String token = slash < 0 ? "" : path.substring("/file/bot".length(), slash);
        String fileId = path.substring(path.lastIndexOf('/') + 1);
        StoredFile file = telegram.acceptsToken(token) ? telegram.file(fileId) : null;
        if (file == null) {
            telegram.calls.record(DOWNLOAD, null, 404, null);
            reply(exchange, 404, error(new ApiError(404, "Not Found")));
            return;
        }
        telegram.calls.record(DOWNLOAD, null, 200, null);
        exchange.sendResponseHeaders(200, file.size());
        exchange.getResponseBody().write(file.content());
    }

    private static Long chatIdOf(Params params) {
        String chatId = params.string("chat_id");
        try {
            return chatId == null ? null : Long.valueOf(chatId);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Map<String, Object> error(ApiError e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ok", false);
        body.put("error_code", e.code);
        body.put("description", e.getMessage());
        if (e.retryAfter != null) {
            body.put("parameters", Map.of("retry_after", e.retryAfter));
        }
        return body;
    }

    private void reply(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void pushWebhooks() {
        while (running) {
            try {
                WebhookPush push = telegram.updates.nextPush();
                if (push == null) {
                    telegram.updates.awaitWork(1000);
                    continue;
                }
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(push.url()))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(push.update())));
                if (push.secret() != null) {
                    request.header("X-Telegram-Bot-Api-Secret-Token", push.secret());
                }
                HttpResponse<Void> response =
                        webhookClient.send(request.build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() / 100 == 2) {
                    telegram.updates.pushed(push.update());
                } else {
                    Thread.sleep(500);
                }
            } catch (InterruptedException e) {
                return;
            } catch (IOException e) {
                sleepQuietly();
            }
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
