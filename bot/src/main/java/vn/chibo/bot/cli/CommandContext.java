package vn.chibo.bot.cli;

import java.time.Clock;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import vn.chibo.content.calendar.PartyCalendar;

/**
 * What a command line tool runs in: the database (migrated) and the content module only. No web server, no intake, no
 * management endpoints and no Quartz, which would otherwise start on the bot's database and take up its reminder trigger
 * (and fail it: the job's beans are not here).
 */
final class CommandContext {

    /** Deliberately not a @Configuration: the bot's own component scan must not pick it up. */
    @EnableAutoConfiguration(excludeName = "org.springframework.boot.quartz.autoconfigure.QuartzAutoConfiguration")
    @ComponentScan("vn.chibo.content")
    static class Context {
        @Bean
        Clock clock() {
            return Clock.system(PartyCalendar.ZONE);
        }
    }

    private CommandContext() {}

    static ConfigurableApplicationContext open(String... springArgs) {
        return new SpringApplicationBuilder(Context.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(
                        "logging.level.root=WARN",
                        "spring.quartz.auto-startup=false",
                        // A command has no intake: the bot's readiness group names a check that is not here.
                        "management.endpoint.health.validate-group-membership=false")
                .run(springArgs);
    }
}
