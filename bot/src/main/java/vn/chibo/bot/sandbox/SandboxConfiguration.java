package vn.chibo.bot.sandbox;

import java.io.IOException;
import java.net.InetAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import vn.chibo.bot.telegram.BotEndpoint;
import vn.chibo.bot.telegram.ChiboProperties;
import vn.chibo.bot.telegram.TokenConditions;
import vn.chibo.localapi.LocalBotApiServer;
import vn.chibo.localapi.LocalTelegram;

/** Wires the sandbox when no CHIBO_BOT_TOKEN is set. */
@Configuration(proxyBeanMethods = false)
@Conditional(TokenConditions.NoToken.class)
class SandboxConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SandboxConfiguration.class);

    @Bean(destroyMethod = "close")
    LocalBotApiServer localBotApiServer(ChiboProperties properties) throws IOException {
        return LocalBotApiServer.start(
                new LocalTelegram(
                        LocalTelegram.randomToken(),
                        "chibo_sandbox_bot",
                        properties.sandbox().folder()),
                properties.sandbox().apiPort());
    }

    @Bean
    BotEndpoint sandboxEndpoint(LocalBotApiServer server) {
        return new BotEndpoint(server.telegram().token(), server.baseUrl());
    }

    /** Only the web chat's own page may post to it. */
    @Bean
    FilterRegistrationBean<SameOrigin> sandboxSameOrigin() {
        FilterRegistrationBean<SameOrigin> registration = new FilterRegistrationBean<>(new SameOrigin());
        registration.addUrlPatterns("/sandbox/api/*");
        return registration;
    }

    /** The web chat acts as anyone: it listens on this machine only, unless {@code server.address} says otherwise. */
    @Bean
    WebServerFactoryCustomizer<ConfigurableWebServerFactory> sandboxOnLoopback(Environment environment) {
        return factory -> {
            if (!environment.containsProperty("server.address")) {
                factory.setAddress(InetAddress.getLoopbackAddress());
            }
        };
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce(ApplicationReadyEvent event) {
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort()
                : 8080;
        log.info(
                "SANDBOX MODE (no CHIBO_BOT_TOKEN set): chat with chibo in your browser at http://localhost:{}/ (demo data, local Bot API server; nothing reaches Telegram)",
                port);
        log.warn(
                "The sandbox's web chat has no login and acts as any demo persona: it listens on {} only; do not expose it",
                event.getApplicationContext().getEnvironment().getProperty("server.address", "127.0.0.1"));
    }
}
