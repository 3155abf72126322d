package vn.chibo.bot.e2e;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.chibo.bot.ChiboApplication;
import vn.chibo.localapi.LocalBotApiServer;

/** chibo started in this JVM exactly as from the command line, pointed at a local Bot API server. */
final class RunningChibo implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private RunningChibo(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Settings every end-to-end run shares: a free web port, quick polling and timeouts so faults resolve in seconds. */
    static Map<String, String> testSettings(LocalBotApiServer server, String databaseUrl) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("chibo.bot.token", server.telegram().token());
        settings.put("chibo.bot.api-url", server.baseUrl());
        settings.put("spring.datasource.url", databaseUrl);
        settings.put("server.port", "0");
        settings.put("management.server.port", "0");
        settings.put("chibo.polling.timeout-seconds", "1");
        settings.put("chibo.polling.stall-grace", "2s");
        settings.put("chibo.polling.max-backoff", "2s");
        settings.put("chibo.delivery.send-timeout", "2s");
        settings.put("chibo.delivery.max-backoff", "2s");
        return settings;
    }

    /** {@code settings} for a database on {@link TestPostgres}: the postgres profile and its user. */
    static Map<String, String> onPostgres(Map<String, String> settings) {
        settings.put("spring.profiles.active", "postgres");
        settings.put("spring.datasource.username", "postgres");
        settings.put("spring.datasource.password", "");
        return settings;
    }

    /**
     * The sandbox (no token) on {@code data}, as the run command starts it on ./data: a file H2 and the local server's
     * folder there, any free ports, quick polling.
     */
    static Map<String, String> sandboxOn(java.nio.file.Path data) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(
                "spring.datasource.url", "jdbc:h2:file:" + data.resolve("chibo").toAbsolutePath());
        settings.put("chibo.sandbox.folder", data.resolve("sandbox").toString());
        settings.put("chibo.backup.cron", "-");
        settings.put("server.port", "0");
        settings.put("management.server.port", "0");
        settings.put("chibo.sandbox.api-port", "0");
        settings.put("chibo.polling.timeout-seconds", "1");
        return settings;
    }

    static RunningChibo start(Map<String, String> settings) {
        return start(settings, null);
    }

    /** Starts chibo reading time from {@code clock} (null: the system clock), so a test can move it to a reminder's moment. */
    static RunningChibo start(Map<String, String> settings, Clock clock) {
        List<String> args = new ArrayList<>();
        settings.forEach((key, value) -> args.add("--" + key + "=" + value));
        if (!settings.containsKey("chibo.sandbox.folder")) {
            // The sandbox keeps its chats and ids in ./data/sandbox by default: a run that does not say where gets a
            // folder of its own, so no test sees another's chats.
            args.add("--chibo.sandbox.folder=" + freshFolder());
        }
        SpringApplicationBuilder builder = new SpringApplicationBuilder(ChiboApplication.class);
        if (clock != null) {
            builder.initializers(context -> ((org.springframework.context.support.GenericApplicationContext) context)
                    .registerBean("movableClock", Clock.class, () -> clock, definition -> definition.setPrimary(true)));
        }
        return new RunningChibo(builder.run(args.toArray(String[]::new)));
    }

    private static String freshFolder() {
        try {
            return java.nio.file.Files.createTempDirectory("chibo-sandbox-").toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Every bean of {@code type}, where there are several. */
    <T> java.util.Collection<T> beans(Class<T> type) {
        return context.getBeansOfType(type).values();
    }

    int webPort() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    @Override
    public void close() {
        context.close();
    }
}
