package vn.chibo.bot;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** chibo: a Telegram assistant for Party cell secretaries and the committees above them. */
@SpringBootApplication(scanBasePackages = "vn.chibo")
@ConfigurationPropertiesScan("vn.chibo")
public class ChiboApplication {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    public static void main(String[] args) {
        SpringApplication.run(ChiboApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
