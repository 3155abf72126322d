package vn.chibo.content;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Boots the content module alone on an in-memory H2, migrated by Flyway, for its integration tests. */
@SpringBootApplication
public class ContentTestApplication {

    @Bean
    TestClock clock() {
        return new TestClock();
    }
}
