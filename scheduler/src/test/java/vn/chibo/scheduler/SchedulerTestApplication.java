package vn.chibo.scheduler;

import java.time.ZoneId;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import vn.chibo.scheduler.testing.MovableClock;

/** Boots the scheduler and content modules on an in-memory H2 for the scheduler's integration tests. */
@SpringBootApplication(scanBasePackages = "vn.chibo")
@org.springframework.boot.context.properties.ConfigurationPropertiesScan("vn.chibo")
public class SchedulerTestApplication {

    @Bean
    MovableClock clock() {
        return new MovableClock(ZoneId.of("Asia/Ho_Chi_Minh"));
    }
}
