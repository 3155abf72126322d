package vn.chibo.bot.chat;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Collects every feature's routes once, for the router and the main menu. */
@Configuration(proxyBeanMethods = false)
class ChatConfiguration {

    @Bean
    Routes routes(List<ChatFeature> features) {
        return new Routes(features);
    }
}
