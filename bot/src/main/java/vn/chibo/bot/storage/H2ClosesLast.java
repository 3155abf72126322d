package vn.chibo.bot.storage;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * H2 closes its database from its own JVM shutdown hook, which runs alongside Spring's: a message Telegram had
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
class H2ClosesLast implements BeanPostProcessor {

    static final String SETTING = "DB_CLOSE_ON_EXIT=FALSE";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
            pool.setJdbcUrl(withSetting(pool.getJdbcUrl()));
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

    static String withSetting(String url) {
        if (!url.startsWith("jdbc:h2:")
                || url.toUpperCase(java.util.Locale.ROOT).contains("DB_CLOSE_ON_EXIT")) {
            return url;
        }
        return url + ";" + SETTING;
    }
}
