package vn.chibo.bot.ops;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import vn.chibo.bot.telegram.BotApiProbe;

/**
 * Whether the Bot API at {@code CHIBO_BOT_API_URL} answers getMe, asked at most every
 * {@code chibo.health.bot-api-every} (30 s), however often the health is probed. Not part of readiness: while Telegram
 * is away chibo keeps what it is given and sends it later.
 */
@Component("botApiHealthIndicator")
class BotApiHealth implements HealthIndicator {

    private final Snapshot<Health> last;

    BotApiHealth(BotApiProbe probe, @Value("${chibo.health.bot-api-every:30s}") Duration every) {
        this.last = new Snapshot<>(() -> health(probe.ask()), every, Clock.systemUTC());
    }

    @Override
    public Health health() {
        return last.get();
    }

    private static Health health(BotApiProbe.Answer answer) {
        return answer.username()
                .map(name -> Health.up().withDetail("bot", "@" + name).build())
                .orElseGet(
                        () -> Health.down().withDetail("error", answer.error()).build());
    }
}
