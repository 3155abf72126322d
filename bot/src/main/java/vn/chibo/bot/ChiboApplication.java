package vn.chibo.bot;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import vn.chibo.bot.cli.ImportCommand;

/** chibo: a Telegram assistant for Party cell secretaries and the committees above them. */
@SpringBootApplication(scanBasePackages = "vn.chibo")
@ConfigurationPropertiesScan("vn.chibo")
public class ChiboApplication {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(ImportCommand.run(args, System.out, System.err));
        }
        if (args.length > 1 && args[0].equals("benchmark")) {
            try {
                System.exit(
                        switch (args[1]) {
                            case "reminders" -> vn.chibo.bot.benchmark.ReminderBenchmark.run(args, System.out);
                            case "status" -> vn.chibo.bot.benchmark.StatusBenchmark.run(args, System.out);
                            case "throughput" -> vn.chibo.bot.benchmark.ThroughputBenchmark.run(args, System.out);
                            case "startup" -> vn.chibo.bot.benchmark.StartupBenchmark.run(args, System.out);
                            default -> {
                                System.err.println(
                                        "Benchmarks: reminders [cells] [--only=limited|open], status, throughput [people] [--seconds=N], startup [--java-options=...]; each takes --postgres=URL");
                                yield 2;
                            }
                        });
            } catch (Exception e) {
                e.printStackTrace();
                System.exit(2);
            }
        }
        SpringApplication.run(ChiboApplication.class, args);
    }

    /** The system clock in Vietnam's zone (tests that travel in time register a primary clock of their own). */
    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
