package vn.chibo.content.commendation;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.content.roster.Fold;

/** Commendations as recorded, found within a scope. */
@Repository
public class Commendations {

    private static final String COLUMNS =
            "c.id, c.unit_id, c.member_id, c.recipient_name, c.form, c.form_name, c.badge_years, c.issuer,"
                    + " c.achievement, c.period_from, c.period_to, c.period_label, c.documents, c.decision_number, c.decision_date, c.photo_file_ids,"
                    + " c.awarded_year, c.recorded_by, c.recorded_at, u.name AS unit_name";

    private final JdbcClient jdbc;
    private final Clock clock;

    public Commendations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Saves one commendation per recipient, all or none; returns their ids. */
    @Transactional
    public List<Long> record(List<Commendation> commendations, Long recordedBy) {
        Timestamp now = Timestamp.from(clock.instant());
        int recordingYear = LocalDate.now(clock).getYear();
        List<Long> ids = new ArrayList<>();
        for (Commendation c : commendations) {
            var keys = new GeneratedKeyHolder();
            jdbc.sql(
                            "INSERT INTO commendation (unit_id, member_id, recipient_name, form, form_name, badge_years, issuer, achievement,"
                                    + " period_from, period_to, period_label, documents, decision_number, decision_date, photo_file_ids, awarded_year,"
                                    + " recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            c.unitId(),
                            c.memberId(),
                            c.recipientName(),
                            c.form().name(),
                            c.formName(),
                            c.badgeYears(),
                            c.issuer(),
                            c.achievement(),
                            c.period() == null ? null : date(c.period().from()),
                            c.period() == null ? null : date(c.period().to()),
                            c.period() == null ? null : c.period().label(),
                            c.documents().isEmpty() ? null : String.join(";", c.documents()),
                            c.decisionNumber(),
                            date(c.decisionDate()),
                            c.photoFileIds().isEmpty() ? null : String.join(",", c.photoFileIds()),
                            c.decisionDate() == null
                                    ? recordingYear
                                    : c.decisionDate().getYear(),
                            recordedBy,
                            now)
                    .update(keys, "id");
            ids.add(keys.getKeyAs(Number.class).longValue());
        }
        return ids;
    }

    /** One commendation, with its unit's name; empty when it is not (or no longer) there. */
    public java.util.Optional<StoredCommendation> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM commendation c JOIN org_unit u ON u.id = c.unit_id WHERE c.id = ?")
                .param(id)
                .query(Commendations::map)
                .optional();
    }

    /**
     * Writes a corrected commendation over the stored one: its issuer, achievement and decision (the year it counts
     * in follows the decision's date). False when the row is gone.
     */
    @Transactional
    public boolean correct(long id, Commendation corrected, int recordedYear) {
        return jdbc.sql("UPDATE commendation SET issuer = ?, achievement = ?, decision_number = ?, decision_date = ?,"
                                + " awarded_year = ? WHERE id = ?")
                        .params(
                                corrected.issuer(),
                                corrected.achievement(),
                                corrected.decisionNumber(),
                                date(corrected.decisionDate()),
                                corrected.decisionDate() == null
                                        ? recordedYear
                                        : corrected.decisionDate().getYear(),
                                id)
                        .update()
                == 1;
    }

    /** Deletes a commendation; false when it was already gone. */
    @Transactional
    public boolean delete(long id) {
        return jdbc.sql("DELETE FROM commendation WHERE id = ?").param(id).update() == 1;
    }

    /** Every commendation the filter selects, newest first (by year, then decision date, then recording). */
    public List<StoredCommendation> find(CommendationFilter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        List<StoredCommendation> rows = jdbc.sql(
                        "SELECT " + COLUMNS + " FROM commendation c JOIN org_unit u ON u.id = c.unit_id WHERE " + where
                                + " ORDER BY c.awarded_year DESC, c.decision_date DESC NULLS LAST, c.id DESC")
                .params(params)
                .query(Commendations::map)
                .list();
        if (filter.recipient() == null || filter.recipient().isBlank()) {
            return rows;
        }
        String wanted = Fold.of(filter.recipient());
        return rows.stream()
                .filter(r -> Fold.of(r.commendation().recipientName()).contains(wanted))
                .toList();
    }

    /** Collectives and persons commended, per form, within the filter: "Bằng khen: 99 tập thể, 43 cá nhân". */
    public Map<AwardForm, Tally> countByForm(CommendationFilter filter) {
        Map<AwardForm, Tally> byForm = new LinkedHashMap<>();
        Arrays.stream(AwardForm.values()).forEach(f -> byForm.put(f, Tally.NONE));
        tally(filter, "c.form").forEach((form, tally) -> byForm.put(AwardForm.valueOf(form), tally));
        byForm.values().removeIf(t -> t.total() == 0);
        return byForm;
    }

    /** The same counts per issuer, the most frequent first. */
    public Map<String, Tally> countByIssuer(CommendationFilter filter) {
        return tally(filter, "c.issuer").entrySet().stream()
                .sorted((a, b) ->
                        Long.compare(b.getValue().total(), a.getValue().total()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /** Collectives and persons in a count. */
    public record Tally(long collectives, long persons) {
        static final Tally NONE = new Tally(0, 0);

        public long total() {
            return collectives + persons;
        }
    }

    private Map<String, Tally> tally(CommendationFilter filter, String column) {
        List<Object> params = new ArrayList<>();
        String where = where(filter.withRecipient(null), params);
        Map<String, Tally> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT " + column + " AS k, SUM(CASE WHEN c.member_id IS NULL THEN 1 ELSE 0 END) AS collectives,"
                        + " SUM(CASE WHEN c.member_id IS NULL THEN 0 ELSE 1 END) AS persons"
                        + " FROM commendation c JOIN org_unit u ON u.id = c.unit_id WHERE " + where + " GROUP BY "
                        + column)
                .params(params)
                .query(rs -> {
                    counts.put(rs.getString("k"), new Tally(rs.getLong("collectives"), rs.getLong("persons")));
                });
        return counts;
    }

    /** Years that have commendations in scope, newest first. */
    public List<Integer> years(CommendationFilter filter) {
        return jdbc.sql(
                        "SELECT DISTINCT c.awarded_year FROM commendation c JOIN org_unit u ON u.id = c.unit_id WHERE u.path LIKE ?"
                                + " ORDER BY c.awarded_year DESC")
                .param(filter.scope().likePattern())
                .query(Integer.class)
                .list();
    }

    /** Issuers used for commendations within {@code scope}, the most used first: what to offer as buttons. */
    public List<String> issuers(CommendationFilter filter, int limit) {
        return jdbc.sql("SELECT c.issuer FROM commendation c JOIN org_unit u ON u.id = c.unit_id WHERE u.path LIKE ?"
                        + " GROUP BY c.issuer ORDER BY COUNT(*) DESC, c.issuer FETCH FIRST " + Math.max(1, limit)
                        + " ROWS ONLY")
                .param(filter.scope().likePattern())
                .query(String.class)
                .list();
    }

    /** The badges (membership years) recorded for each member within {@code pathPrefix}. */
    public Map<Long, Set<Integer>> badgesWithin(String pathPrefix) {
        Map<Long, Set<Integer>> badges = new LinkedHashMap<>();
        jdbc.sql(
                        "SELECT c.member_id, c.badge_years FROM commendation c JOIN member m ON m.id = c.member_id JOIN org_unit u ON u.id = m.cell_id"
                                + " WHERE c.form = 'BADGE' AND u.path LIKE ?")
                .param(pathPrefix + "%")
                .query(rs -> {
                    badges.computeIfAbsent(rs.getLong(1), k -> new java.util.TreeSet<>())
                            .add(rs.getInt(2));
                });
        return badges;
    }

    private static String where(CommendationFilter filter, List<Object> params) {
        StringBuilder where = new StringBuilder("u.path LIKE ?");
        params.add(filter.scope().likePattern());
        if (filter.year() != null) {
            where.append(" AND c.awarded_year = ?");
            params.add(filter.year());
        }
        if (filter.form() != null) {
            where.append(" AND c.form = ?");
            params.add(filter.form().name());
        }
        if (filter.issuer() != null) {
            where.append(" AND c.issuer = ?");
            params.add(filter.issuer());
        }
        return where.toString();
    }

    private static StoredCommendation map(ResultSet rs, int row) throws SQLException {
        long memberId = rs.getLong("member_id");
        Long member = rs.wasNull() ? null : memberId;
        Date from = rs.getDate("period_from");
        Date to = rs.getDate("period_to");
        String label = rs.getString("period_label");
        String documents = rs.getString("documents");
        Date decided = rs.getDate("decision_date");
        String photos = rs.getString("photo_file_ids");
        int badge = rs.getInt("badge_years");
        boolean hasBadge = !rs.wasNull();
        var c = new Commendation(
                rs.getLong("unit_id"),
                member,
                rs.getString("recipient_name"),
                AwardForm.valueOf(rs.getString("form")),
                rs.getString("form_name"),
                hasBadge ? badge : null,
                rs.getString("issuer"),
                rs.getString("achievement"),
                label == null ? null : new Commendation.Period(local(from), local(to), label),
                documents == null ? List.of() : List.of(documents.split(";")),
                rs.getString("decision_number"),
                local(decided),
                photos == null ? List.of() : List.of(photos.split(",")));
        long recordedBy = rs.getLong("recorded_by");
        Long by = rs.wasNull() ? null : recordedBy;
        return new StoredCommendation(
                rs.getLong("id"),
                c,
                rs.getString("unit_name"),
                rs.getInt("awarded_year"),
                by,
                rs.getTimestamp("recorded_at").toInstant());
    }

    private static LocalDate local(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
