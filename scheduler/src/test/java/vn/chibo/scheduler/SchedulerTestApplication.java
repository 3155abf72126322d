package vn.chibo.scheduler;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Boots the scheduler and content modules on an in-memory H2 for the scheduler's integration tests. */
@SpringBootApplication(scanBasePackages = "vn.chibo")
public class SchedulerTestApplication {

    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
    }
}
