package vn.chibo.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class H2ConnectionsTest {

    @Test
    void h2UrlsLeaveClosingToThePool() {
        assertThat(H2Connections.withSettings("jdbc:h2:file:./data/chibo;WRITE_DELAY=0"))
                .isEqualTo("jdbc:h2:file:./data/chibo;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=128");
        assertThat(H2Connections.withSettings("jdbc:h2:file:/x;db_close_on_exit=true;Query_Cache_Size=16"))
                .as("a deployment's own choices stay")
                .isEqualTo("jdbc:h2:file:/x;db_close_on_exit=true;Query_Cache_Size=16");
        assertThat(H2Connections.withSettings("jdbc:postgresql://db:5432/chibo"))
                .isEqualTo("jdbc:postgresql://db:5432/chibo");
    }

    @Test
    void theH2PoolNeverRetiresItsConnections() {
        try (var pool = new com.zaxxer.hikari.HikariDataSource()) {
            pool.setJdbcUrl("jdbc:h2:mem:pool-test");
            pool.setMaximumPoolSize(16);
            pool.setMinimumIdle(2);

            new H2Connections().postProcessBeforeInitialization(pool, "dataSource");

            assertThat(pool.getMaxLifetime()).as("max lifetime (0: for ever)").isZero();
            assertThat(pool.getIdleTimeout()).as("idle timeout (0: never)").isZero();
            assertThat(pool.getMinimumIdle()).isEqualTo(16);
        }
    }
}
