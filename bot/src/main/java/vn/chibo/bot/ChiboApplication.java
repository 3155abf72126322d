package vn.chibo.bot;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.core.metrics.jfr.FlightRecorderApplicationStartup;
import vn.chibo.bot.cli.ForgetCommand;
import vn.chibo.bot.cli.ImportCommand;
import vn.chibo.content.calendar.PartyCalendar;

/** chibo: a Telegram assistant for Party cell secretaries and the committees above them. */
@SpringBootApplication(scanBasePackages = "vn.chibo")
@ConfigurationPropertiesScan("vn.chibo")
public class ChiboApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(ImportCommand.run(args, System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("forget-user")) {
            System.exit(ForgetCommand.run(args, System.out, System.err));
        }
        SpringApplication application = new SpringApplication(ChiboApplication.class);
        if (Boolean.getBoolean("chibo.startup.jfr")) {
            // Each bean's creation as a JDK Flight Recorder event (spring.*), to see where start-up goes.
            application.setApplicationStartup(new FlightRecorderApplicationStartup());
        }
        application.run(args);
    }

    /** The system clock in Vietnam's zone (tests that travel in time register a primary clock of their own). */
    @Bean
    Clock clock() {
        return Clock.system(PartyCalendar.ZONE);
    }
}
