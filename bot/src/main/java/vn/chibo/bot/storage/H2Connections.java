package vn.chibo.bot.storage;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * How chibo connects to an embedded H2 database: the settings its URL gets, and how long the pool keeps connections.
 *
 * <p>H2 closes its database from its own JVM shutdown hook, which runs alongside Spring's: a message Telegram had
 * just accepted could then not be recorded as sent, and was sent again after restart (the reminder wave test
 * found this). With DB_CLOSE_ON_EXIT=FALSE the database closes when chibo's pool does, after the sender stops.
 *
 * <p>An embedded H2 database also closes whenever its last connection does. The pool by default retires every
 * connection after 30 minutes; as all of them were opened together, they were retired together, H2 closed the
 * database under the sessions still using it, and from then on every statement failed with "The database has been
 * closed" (the 100,000-cell reminder benchmark found this, 23 minutes in). Connections to an embedded database
 * never go stale, so the pool keeps them for its whole life.
 */
@Component
class H2Connections implements BeanPostProcessor {

    /**
     * Settings added to an H2 URL that does not name them. Besides closing last: H2 keeps each connection's parsed
     * statements in a cache of 8 by default, fewer than the statements one update runs, so it parsed nearly every
     * statement again (a sixth of the handler's time in the throughput benchmark); 128 holds chibo's hot statements.
     */
    static final List<String> SETTINGS = List.of("DB_CLOSE_ON_EXIT=FALSE", "QUERY_CACHE_SIZE=128");

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
            pool.setJdbcUrl(withSettings(pool.getJdbcUrl()));
            if (pool.getJdbcUrl().startsWith("jdbc:h2:")) {
                keepConnectionsOpen(pool);
            }
        }
        return bean;
    }

    static void keepConnectionsOpen(HikariDataSource pool) {
        pool.setMaxLifetime(0);
        pool.setIdleTimeout(0);
        pool.setMinimumIdle(pool.getMaximumPoolSize());
    }

    static String withSettings(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return url;
        }
        String named = url.toUpperCase(Locale.ROOT);
        StringBuilder withSettings = new StringBuilder(url);
        for (String setting : SETTINGS) {
            if (!named.contains(setting.substring(0, setting.indexOf('=') + 1))) {
                withSettings.append(';').append(setting);
            }
        }
        return withSettings.toString();
    }
}
