package vn.chibo.bot.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * A load balancer in front of several chibo instances in webhook mode, as a deployment would have: each POST goes to
 * the next instance in turn (skipping one that refuses connections), headers and body passed on, its status passed
 * back. Every {@code duplicateEvery}-th update is also delivered to the next instance, as when Telegram retries an
 * update whose 200 it never saw and the retry lands elsewhere.
 */
final class RoundRobinBalancer implements AutoCloseable {

    private final List<Integer> ports;
    private final int duplicateEvery;
    private final HttpServer server;
    private final ExecutorService workers = Executors.newCachedThreadPool();
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicIntegerArray accepted;
    private final AtomicInteger duplicated = new AtomicInteger();

    private RoundRobinBalancer(List<Integer> ports, int duplicateEvery) throws IOException {
        this.ports = ports;
        this.duplicateEvery = duplicateEvery;
        this.accepted = new AtomicIntegerArray(ports.size());
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/", this::forward);
        server.setExecutor(workers);
        server.start();
    }

    static RoundRobinBalancer start(List<Integer> ports, int duplicateEvery) throws IOException {
        return new RoundRobinBalancer(ports, duplicateEvery);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Requests instance {@code index} answered with a 2xx. */
    int acceptedBy(int index) {
        return accepted.get(index);
    }

    /** Updates delivered to a second instance as well. */
    int duplicated() {
        return duplicated.get();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int turn = next.getAndIncrement();
            int status = 502;
            int answeredBy = -1;
            for (int i = 0; i < ports.size() && answeredBy < 0; i++) {
                int index = (turn + i) % ports.size();
                status = send(exchange, index, body);
                if (status > 0) {
                    answeredBy = index;
                }
            }
            if (answeredBy >= 0 && duplicateEvery > 0 && turn % duplicateEvery == duplicateEvery - 1) {
                int other = (answeredBy + 1) % ports.size();
                if (send(exchange, other, body) > 0) {
                    duplicated.incrementAndGet();
                }
            }
            exchange.sendResponseHeaders(status > 0 ? status : 502, -1);
        }
    }

    /** Sends the request to instance {@code index}; its status, or 0 if it could not be reached. */
    private int send(HttpExchange exchange, int index, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + ports.get(index) + exchange.getRequestURI()))
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (String header : List.of("Content-Type", "X-Telegram-Bot-Api-Secret-Token")) {
            String value = exchange.getRequestHeaders().getFirst(header);
            if (value != null) {
                request.header(header, value);
            }
        }
        try {
            int status = client.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            if (status / 100 == 2) {
                accepted.incrementAndGet(index);
            }
            return status;
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
