package vn.chibo.bot.storage;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * H2 by default writes a commit to its file up to 500 ms after the commit returns (WRITE_DELAY). chibo
 * tells Telegram an update has arrived right after committing it to the inbox, so a process killed in
 * that half second would lose the update for good. This makes every commit reach the file before it
 * returns, whatever URL the deployment gives. On other databases it does nothing.
 */
@Component
class H2Durability implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(H2Durability.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    H2Durability(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
                return;
            }
        }
        jdbc.sql("SET WRITE_DELAY 0").update();
        log.debug("H2 WRITE_DELAY set to 0: a commit is written out before chibo acts on it");
    }
}
