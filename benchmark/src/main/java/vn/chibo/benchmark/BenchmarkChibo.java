package vn.chibo.benchmark;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import vn.chibo.bot.ChiboApplication;
import vn.chibo.localapi.LocalBotApiServer;

/** chibo as a benchmark runs it: in this JVM, against a local Bot API server, quiet in the log, on the benchmark's database. */
final class BenchmarkChibo {

    private BenchmarkChibo() {}

    static ConfigurableApplicationContext start(
            LocalBotApiServer server, BenchmarkDatabase database, Map<String, String> overrides) {
        return start(server, database, overrides, null);
    }

    /** As {@link #start(LocalBotApiServer, BenchmarkDatabase, Map)}, reading chibo's business time from {@code clock} (null: the system's). */
    static ConfigurableApplicationContext start(
            LocalBotApiServer server, BenchmarkDatabase database, Map<String, String> overrides, Clock clock) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("chibo.bot.token", server.telegram().token());
        settings.put("chibo.bot.api-url", server.baseUrl());
        settings.putAll(database.settings());
        settings.put("server.port", "0");
        settings.put("management.server.port", "0");
        settings.put("chibo.polling.timeout-seconds", "1");
        settings.put("chibo.reminders.sweep-cron", "0 0 0 1 1 ? 2099");
        settings.put("chibo.backup.cron", "-");
        settings.put("logging.level.root", "WARN");
        settings.putAll(overrides);
        List<String> args = new ArrayList<>();
        settings.forEach((k, v) -> args.add("--" + k + "=" + v));
        SpringApplicationBuilder builder = new SpringApplicationBuilder(ChiboApplication.class);
        if (clock != null) {
            builder.initializers(context -> ((GenericApplicationContext) context)
                    .registerBean(
                            "benchmarkClock", Clock.class, () -> clock, definition -> definition.setPrimary(true)));
        }
        return builder.run(args.toArray(String[]::new));
    }
}
