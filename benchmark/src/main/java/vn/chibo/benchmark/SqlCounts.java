package vn.chibo.benchmark;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What chibo asked of H2 while a benchmark ran: H2's own statement statistics ({@code SET QUERY_STATISTICS}), read
 * back per handled update. Counts every statement, the forced writes ({@code CHECKPOINT}) among them. Commits are not
 * statements; they are counted by whoever runs transactions. H2 only: on PostgreSQL it reports nothing.
 */
final class SqlCounts {

    record Statement(String sql, long executions, double totalMillis) {}

    private final JdbcClient jdbc;
    private final boolean h2;

    SqlCounts(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        try (Connection connection = dataSource.getConnection()) {
            this.h2 = "H2".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts counting from zero (H2 keeps the 100 costliest statements). */
    void start() {
        if (h2) {
            jdbc.sql("SET QUERY_STATISTICS_MAX_ENTRIES 500").update();
            jdbc.sql("SET QUERY_STATISTICS FALSE").update();
            jdbc.sql("SET QUERY_STATISTICS TRUE").update();
        }
    }

    List<Statement> read() {
        if (!h2) {
            return List.of();
        }
        return jdbc.sql(
                        "SELECT SQL_STATEMENT, EXECUTION_COUNT, CUMULATIVE_EXECUTION_TIME FROM INFORMATION_SCHEMA.QUERY_STATISTICS"
                                + " ORDER BY CUMULATIVE_EXECUTION_TIME DESC")
                .query((rs, row) -> new Statement(rs.getString(1), rs.getLong(2), rs.getDouble(3)))
                .list();
    }

    /** Prints statements and forced writes per update, and the costliest statements. */
    static void print(List<Statement> statements, long updates, PrintStream out) {
        if (statements.isEmpty() || updates == 0) {
            return;
        }
        long all = statements.stream().mapToLong(Statement::executions).sum();
        long checkpoints = statements.stream()
                .filter(s -> s.sql().trim().equalsIgnoreCase("CHECKPOINT"))
                .mapToLong(Statement::executions)
                .sum();
        out.printf(
                "SQL per update handled (%,d updates): %.1f statements, %.2f forced writes (CHECKPOINT)%n",
                updates, (double) all / updates, (double) checkpoints / updates);
        out.println("costliest statements (executions per update, total ms):");
        statements.stream()
                .limit(12)
                .forEach(s -> out.printf(
                        "  %5.2f  %9.0f  %s%n",
                        (double) s.executions() / updates,
                        s.totalMillis(),
                        abbreviate(s.sql().replaceAll("\\s+", " "))));
    }

    private static String abbreviate(String sql) {
        return sql.length() <= 110 ? sql : sql.substring(0, 107) + "...";
    }
}
