package vn.chibo.bot.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The container image the build makes with Jib (bot/target/chibo-image.tar), opened as {@code docker load} would read
 * it: its configuration (non-root user, entrypoint, time zone, ports, volume), its layers and what each holds, the
 * Dockerfile and docker-compose.yml agreeing with it, and the image's own file system started as its entrypoint says,
 * under chroot as user 10001, answering readiness and the web chat.
 */
class ImageIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Each layer's entries, by the layer's history comment (Jib names them: dependencies, classes, ...). */
    private static final Map<String, Map<String, TarArchiveEntry>> LAYERS = new LinkedHashMap<>();

    private static JsonNode config;
    private static JsonNode manifest;
    private static Path tar;

    @TempDir
    Path dir;

    @BeforeAll
    static void openTheImage() throws IOException {
        Assumptions.assumeFalse(
                Boolean.parseBoolean(System.getProperty("chibo.image.skipped", "false")),
                "the image was not built (-Djib.skip)");
        tar = Path.of(System.getProperty("chibo.image.tar", "target/chibo-image.tar"));
        assertThat(tar).as("the build made the image").exists();
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (var in = new TarArchiveInputStream(Files.newInputStream(tar))) {
            for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().endsWith(".json")) {
                    files.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        manifest = JSON.readTree(files.get("manifest.json")).get(0);
        config = JSON.readTree(files.get(manifest.get("Config").asText()));
        List<String> comments = new ArrayList<>();
        config.get("history").forEach(h -> comments.add(h.path("comment").asText()));
        List<String> layers = new ArrayList<>();
        manifest.get("Layers").forEach(l -> layers.add(l.asText()));
        assertThat(layers).hasSameSizeAs(comments);
        for (int i = 0; i < layers.size(); i++) {
            LAYERS.put(comments.get(i) + "#" + i, entries(layers.get(i)));
        }
    }

    @Test
    void runsAsANonRootUserInTheCellsTimeZoneWithItsPortsAndVolume() {
        JsonNode c = config.get("config");
        assertThat(config.get("os").asText()).isEqualTo("linux");
        assertThat(config.get("architecture").asText()).isEqualTo("amd64");
        assertThat(c.get("User").asText()).isEqualTo("10001:10001");
        assertThat(passwd()).contains("chibo:x:10001:10001:");
        assertThat(strings(c.get("Entrypoint")))
                .startsWith("/opt/java/bin/java")
                .contains("-Duser.timezone=Asia/Ho_Chi_Minh", "-cp", "@/app/jib-classpath-file")
                .endsWith("vn.chibo.bot.ChiboApplication");
        assertThat(strings(c.get("Env")))
                .contains(
                        "TZ=Asia/Ho_Chi_Minh",
                        "CHIBO_DB_URL=jdbc:h2:file:/app/data/chibo",
                        "CHIBO_MANAGEMENT_ADDRESS=0.0.0.0")
                .noneMatch(e -> e.startsWith("CHIBO_BOT_TOKEN"));
        assertThat(fieldNames(c.get("ExposedPorts"))).containsExactlyInAnyOrder("8080/tcp", "8082/tcp");
        assertThat(fieldNames(c.get("Volumes"))).containsExactly("/app/data");
        assertThat(c.get("WorkingDir").asText()).isEqualTo("/app");
        assertThat(strings(manifest.get("RepoTags"))).containsExactly("chibo:" + System.getProperty("chibo.version"));
    }

    @Test
    void layersTheRuntimeDependenciesResourcesAndClassesApart() {
        assertThat(LAYERS.keySet())
                .anyMatch(k -> k.startsWith("dependencies#"))
                .anyMatch(k -> k.startsWith("project dependencies#") || k.startsWith("snapshot dependencies#"))
                .anyMatch(k -> k.startsWith("resources#"))
                .anyMatch(k -> k.startsWith("classes#"))
                .anyMatch(k -> k.startsWith("extra files#"));
        assertThat(layer("classes")).containsKey("app/classes/vn/chibo/bot/ChiboApplication.class");
        assertThat(layer("classes").keySet()).allMatch(n -> n.equals("app") || n.startsWith("app/classes"));
        assertThat(layer("resources")).containsKey("app/resources/fonts/dejavu/DejaVuSans.ttf");
        assertThat(layer("dependencies").keySet())
                .anyMatch(n -> n.matches("app/libs/spring-boot-4\\..*\\.jar"))
                .noneMatch(n -> n.contains("jasperreports"));
        // chibo's own modules: "project dependencies" in a reactor build, "snapshot dependencies" in a build of bot
        // alone
        String modules = LAYERS.keySet().stream()
                .filter(k -> k.startsWith("project dependencies#"))
                .findFirst()
                .map(k -> "project dependencies")
                .orElse("snapshot dependencies");
        assertThat(layer(modules).keySet())
                .anyMatch(n -> n.matches("app/libs/scheduler-.*\\.jar"))
                .anyMatch(n -> n.matches("app/libs/content-.*\\.jar"));
        Map<String, TarArchiveEntry> all = new LinkedHashMap<>();
        LAYERS.values().forEach(all::putAll);
        assertThat(all.get("opt/java/bin/java").getMode() & 0777).isEqualTo(0755);
        assertThat(all.get("opt/java/lib/jspawnhelper").getMode() & 0777).isEqualTo(0755);
        assertThat(all)
                .containsKeys("lib64/ld-linux-x86-64.so.2", "opt/java/lib/tzdb.dat", "opt/java/lib/server/libjvm.so");
        assertThat(all.get("app/data").getMode() & 0777).isEqualTo(0777);
        assertThat(all.values()).allMatch(e -> e.getLongUserId() == 0, "files are root's, read-only to the user");
        assertThat(all.keySet()).noneMatch(n -> n.endsWith(".mv.db") || n.contains("application-local"));
    }

    @Test
    void theDockerfileAndTheComposeFileDescribeTheSameContainer() throws IOException {
        Path repository = Path.of(System.getProperty("chibo.repository", ".."));
        List<String> dockerfile = Files.readAllLines(repository.resolve("Dockerfile"));
        String runtime = String.join("\n", dockerfile.subList(lastFrom(dockerfile), dockerfile.size()));
        assertThat(runtime).contains("USER 10001:10001").contains("--uid 10001").contains("VOLUME [\"/app/data\"]");
        assertThat(runtime.replace("\\\n", " ")).containsPattern("(?m)^EXPOSE 8080 8082$");
        for (String env : strings(config.get("config").get("Env"))) {
            assertThat(runtime).as("the Dockerfile sets " + env).contains(env);
        }
        Map<String, Object> compose;
        try (InputStream in = Files.newInputStream(repository.resolve("docker-compose.yml"))) {
            compose = new Yaml().load(in);
        }
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        for (String name : List.of("chibo-1", "chibo-2")) {
            assertThat(services.get(name).get("image"))
                    .as(name + " runs the image the build makes")
                    .isEqualTo(strings(manifest.get("RepoTags")).get(0));
        }
    }

    /**
     * The image's own files, unpacked, started by its entrypoint as user 10001 under chroot (so nothing of the build
     * machine is used but the kernel). chroot has no /proc, where the dynamic loader looks up the java binary's own
     * folder ($ORIGIN), so LD_LIBRARY_PATH names that folder instead; a container runtime mounts /proc.
     */
    @Test
    void startsFromItsOwnFilesAsItsUserAndAnswers() throws Exception {
        Assumptions.assumeTrue(
                isRoot() && Files.isExecutable(Path.of("/usr/sbin/chroot")),
                "starting the image's file system needs chroot, which needs root");
        Path root = dir.resolve("root");
        unpack(root);
        int web = freePort();
        int api = freePort();
        int management = freePort();
        List<String> command = new ArrayList<>(List.of("/usr/sbin/chroot", "--userspec=10001:10001", root.toString()));
        command.addAll(strings(config.get("config").get("Entrypoint")));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Path log = dir.resolve("image.log");
        builder.redirectOutput(log.toFile());
        builder.environment().clear();
        for (String env : strings(config.get("config").get("Env"))) {
            int eq = env.indexOf('=');
            builder.environment().put(env.substring(0, eq), env.substring(eq + 1));
        }
        builder.environment().put("LD_LIBRARY_PATH", "/opt/java/lib");
        builder.environment().put("SERVER_PORT", Integer.toString(web));
        builder.environment().put("CHIBO_SANDBOX_API_PORT", Integer.toString(api));
        builder.environment().put("CHIBO_MANAGEMENT_PORT", Integer.toString(management));
        Process chibo = builder.start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            await().atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        assertThat(chibo.isAlive())
                                .as("the image's chibo runs: " + tail(log))
                                .isTrue();
                        try {
                            return get(http, management, "/actuator/health/readiness")
                                            .statusCode()
                                    == 200;
                        } catch (IOException e) {
                            return false;
                        }
                    });
            assertThat(get(http, web, "/").body()).contains("<html lang=\"vi\"");
            assertThat(get(http, management, "/actuator/info").body())
                    .contains("\"version\":\"" + System.getProperty("chibo.version") + "\"");
            String started = Files.readString(log);
            assertThat(started).as("logs in Asia/Ho_Chi_Minh").containsPattern("\\d{2}:\\d{2}:\\d{2}\\.\\d{3}\\+07:00");
            Path database = root.resolve("app/data/chibo.mv.db");
            assertThat(database).exists();
            assertThat(Files.getAttribute(database, "unix:uid"))
                    .as("written by the image's user")
                    .isEqualTo(10001);
            chibo.destroy();
            assertThat(chibo.waitFor(30, TimeUnit.SECONDS))
                    .as("stops on SIGTERM")
                    .isTrue();
        } finally {
            chibo.destroyForcibly();
        }
    }

    private static Map<String, TarArchiveEntry> layer(String comment) {
        return LAYERS.entrySet().stream()
                .filter(e -> e.getKey().startsWith(comment + "#"))
                .findFirst()
                .orElseThrow()
                .getValue();
    }

    private static Map<String, TarArchiveEntry> entries(String layer) throws IOException {
        Map<String, TarArchiveEntry> entries = new LinkedHashMap<>();
        try (var in = new TarArchiveInputStream(Files.newInputStream(tar))) {
            for (TarArchiveEntry outer = in.getNextEntry(); outer != null; outer = in.getNextEntry()) {
                if (outer.getName().equals(layer)) {
                    var inner = new TarArchiveInputStream(new GZIPInputStream(in));
                    for (TarArchiveEntry e = inner.getNextEntry(); e != null; e = inner.getNextEntry()) {
                        entries.put(e.getName().replaceFirst("^/", "").replaceFirst("/$", ""), e);
                    }
                    return entries;
                }
            }
        }
        throw new IllegalStateException("no layer " + layer + " in " + tar);
    }

    private static String passwd() {
        try (var in = new TarArchiveInputStream(Files.newInputStream(tar))) {
            for (TarArchiveEntry outer = in.getNextEntry(); outer != null; outer = in.getNextEntry()) {
                if (outer.getName().endsWith(".tar.gz")) {
                    var inner = new TarArchiveInputStream(new GZIPInputStream(in));
                    for (TarArchiveEntry e = inner.getNextEntry(); e != null; e = inner.getNextEntry()) {
                        if (e.getName().replaceFirst("^/", "").equals("etc/passwd")) {
                            return new String(inner.readAllBytes(), StandardCharsets.UTF_8);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return "";
    }

    /** Every layer in order into {@code root}, with its files' modes, as a container runtime lays them. */
    private static void unpack(Path root) throws IOException {
        Files.createDirectories(root);
        for (JsonNode layer : manifest.get("Layers")) {
            try (var in = new TarArchiveInputStream(Files.newInputStream(tar))) {
                for (TarArchiveEntry outer = in.getNextEntry(); outer != null; outer = in.getNextEntry()) {
                    if (!outer.getName().equals(layer.asText())) {
                        continue;
                    }
                    var inner = new TarArchiveInputStream(new GZIPInputStream(in));
                    for (TarArchiveEntry e = inner.getNextEntry(); e != null; e = inner.getNextEntry()) {
                        Path target =
                                root.resolve(e.getName().replaceFirst("^/", "")).normalize();
                        assertThat(target.startsWith(root)).as(e.getName()).isTrue();
                        if (e.isDirectory()) {
                            Files.createDirectories(target);
                        } else if (e.isSymbolicLink()) {
                            Files.createDirectories(target.getParent());
                            Files.deleteIfExists(target);
                            Files.createSymbolicLink(target, Path.of(e.getLinkName()));
                            continue;
                        } else {
                            Files.createDirectories(target.getParent());
                            Files.copy(inner, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                        }
                        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(rwx(e.getMode())));
                    }
                }
            }
        }
    }

    private static String rwx(int mode) {
        String letters = "rwxrwxrwx";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            out.append((mode & (1 << (8 - i))) != 0 ? letters.charAt(i) : '-');
        }
        return out.toString();
    }

    private static int lastFrom(List<String> lines) {
        int at = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("FROM ")) {
                at = i;
            }
        }
        return at;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> out = new TreeSet<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static boolean isRoot() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("Uid:"))
                .anyMatch(l -> l.split("\\s+")[1].equals("0"));
    }

    private static int freePort() throws IOException {
        try (var probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    private static HttpResponse<String> get(HttpClient http, int port, String path)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }
}
