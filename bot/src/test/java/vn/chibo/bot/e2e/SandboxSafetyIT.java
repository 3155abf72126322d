package vn.chibo.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chibo.localapi.LocalBotApiServer;

/**
 * The sandbox's web chat has no login and acts as any demo persona, so it listens on this machine only and takes posts
 * from its own page only.
 */
class SandboxSafetyIT {

    static final long SECRETARY = 1001;

    @TempDir
    static Path data;

    static RunningChibo chibo;
    static String base;

    @BeforeAll
    static void startTheSandbox() {
        chibo = RunningChibo.start(RunningChibo.sandboxOn(data));
        base = "http://127.0.0.1:" + chibo.webPort();
    }

    @AfterAll
    static void stop() {
        chibo.close();
    }

    @Test
    void aPostFromAnotherSiteIsRefusedAndReachesNoChat() throws Exception {
        HttpResponse<String> forged = post("http://evil.example", "cross-site");
        HttpResponse<String> noOrigin = post("http://evil.example", null);

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(noOrigin.statusCode()).as("an Origin naming another host").isEqualTo(403);
        assertThat(chibo.bean(LocalBotApiServer.class).telegram().messages(SECRETARY))
                .as("nothing was said as the secretary")
                .isEmpty();
    }

    @Test
    void aPostFromItsOwnPageGoesThrough() throws Exception {
        HttpResponse<String> own = post(base, "same-origin");

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("\"ok\":true");
    }

    @Test
    void itListensOnThisMachineOnly() throws Exception {
        List<InetAddress> outward = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                .toList();

        try (Socket local = new Socket()) {
            local.connect(new InetSocketAddress("127.0.0.1", chibo.webPort()), 2_000);
            assertThat(local.isConnected()).isTrue();
        }
        for (InetAddress address : outward) {
            assertThatThrownBy(() -> {
                        try (Socket socket = new Socket()) {
                            socket.connect(new InetSocketAddress(address, chibo.webPort()), 2_000);
                        }
                    })
                    .as("reached through " + address)
                    .isInstanceOf(java.io.IOException.class);
        }
    }

    private static HttpResponse<String> post(String origin, String fetchSite) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(base + "/sandbox/api/chats/" + SECRETARY + "/text"))
                .header("Content-Type", "application/json")
                .header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"/start\"}"));
        if (fetchSite != null) {
            request.header("Sec-Fetch-Site", fetchSite);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
