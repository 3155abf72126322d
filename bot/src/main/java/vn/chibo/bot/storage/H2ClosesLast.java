package vn.chibo.bot.storage;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * H2 closes its database from its own JVM shutdown hook, which runs alongside Spring's: a message Telegram had
 * just accepted could then not be recorded as sent, and was sent again after restart (the reminder wave test
 * found this). With DB_CLOSE_ON_EXIT=FALSE the database closes when chibo's pool does, after the sender stops.
 */
@Component
class H2ClosesLast implements BeanPostProcessor {

    static final String SETTING = "DB_CLOSE_ON_EXIT=FALSE";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
            pool.setJdbcUrl(withSetting(pool.getJdbcUrl()));
        }
        return bean;
    }

    static String withSetting(String url) {
        if (!url.startsWith("jdbc:h2:") || url.toUpperCase(java.util.Locale.ROOT).contains("DB_CLOSE_ON_EXIT")) {
            return url;
        }
        return url + ";" + SETTING;
    }
}
