package vn.chibo.content.plan;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.content.meeting.MeetingKind;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

/** Annual plans and their registrations as stored, and what they count. */
@Repository
public class Plans {

    /**
     * How far a plan is: {@code registered} of the {@code asked} organisations, and of the topics they planned for
     * the quarters begun, {@code topicsHeld} of {@code topicsDue} held (a thematic meeting on that topic in that
     * quarter, by a cell of the organisation).
     */
    public record Progress(
            AnnualPlan plan, List<OrgUnit> asked, Map<Long, Registration> registered, Map<Long, Topics> topics) {

        public List<OrgUnit> missing() {
            return asked.stream().filter(u -> !registered.containsKey(u.id())).toList();
        }

        public int topicsDue() {
            return topics.values().stream().mapToInt(Topics::due).sum();
        }

        public int topicsHeld() {
            return topics.values().stream().mapToInt(Topics::held).sum();
        }

        /** The same, for the organisations asked within {@code unit} only (a report's row). */
        public Progress within(OrgUnit unit) {
            List<OrgUnit> inside = asked.stream().filter(u -> u.isWithin(unit)).toList();
            Map<Long, Registration> theirs = new LinkedHashMap<>();
            Map<Long, Topics> theirTopics = new LinkedHashMap<>();
            for (OrgUnit u : inside) {
                if (registered.containsKey(u.id())) {
                    theirs.put(u.id(), registered.get(u.id()));
                    theirTopics.put(u.id(), topics.get(u.id()));
                }
            }
            return new Progress(plan, inside, theirs, theirTopics);
        }
    }

    /** One registration's topics of the quarters begun, in order from the first: whether each was held. */
    public record Topics(List<Boolean> quarters) {
        public Topics {
            quarters = List.copyOf(quarters);
        }

        public int due() {
            return quarters.size();
        }

        public int held() {
            return (int) quarters.stream().filter(Boolean::booleanValue).count();
        }
    }

    private static final String COLUMNS = "p.id, p.committee_id, p.plan_year, p.due_on, p.targets";
    private static final String REGISTRATION =
            "r.plan_id, r.unit_id, r.topic_q1, r.topic_q2, r.topic_q3, r.topic_q4, r.model_name, r.model_content, r.commitments";

    private final JdbcClient jdbc;
    private final OrgUnits units;
    private final Clock clock;

    public Plans(JdbcClient jdbc, OrgUnits units, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.clock = clock;
    }

    private static AnnualPlan plan(ResultSet rs, int i) throws SQLException {
        return new AnnualPlan(
                rs.getLong(1),
                rs.getLong(2),
                rs.getInt(3),
                rs.getDate(4).toLocalDate(),
                AnnualPlan.Targets.valueOf(rs.getString(5)));
    }

    private static Registration registration(ResultSet rs, int i) throws SQLException {
        return new Registration(
                rs.getLong(1),
                rs.getLong(2),
                List.of(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9));
    }

    AnnualPlan open(OrgUnit committee, int year, LocalDate dueOn, AnnualPlan.Targets targets, Long by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO annual_plan (committee_id, plan_year, due_on, targets, created_by, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(committee.id(), year, Date.valueOf(dueOn), targets.name(), by, Timestamp.from(clock.instant()))
                .update(keys, "id");
        return new AnnualPlan(keys.getKeyAs(Number.class).longValue(), committee.id(), year, dueOn, targets);
    }

    public Optional<AnnualPlan> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM annual_plan p WHERE p.id = ?")
                .param(id)
                .query(Plans::plan)
                .optional();
    }

    public Optional<AnnualPlan> of(OrgUnit committee, int year) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM annual_plan p WHERE p.committee_id = ? AND p.plan_year = ?")
                .params(committee.id(), year)
                .query(Plans::plan)
                .optional();
    }

    /** The organisations a plan asks now: its committee's direct subordinates, or every cell under it. */
    public List<OrgUnit> targetsOf(AnnualPlan plan) {
        OrgUnit committee = units.get(plan.committeeId());
        return plan.targets() == AnnualPlan.Targets.DIRECT
                ? units.children(committee.id())
                : units.within(committee.path(), OrgKind.CELL);
    }

    /** Plans from {@code year} on, set by committees above {@code unit}, that ask it to register. */
    public List<AnnualPlan> asking(OrgUnit unit, int year) {
        return jdbc
                .sql(
                        "SELECT " + COLUMNS + " FROM annual_plan p JOIN org_unit u ON u.id = p.committee_id"
                                + " WHERE p.plan_year >= ? AND ? LIKE CONCAT(u.path, '%') AND u.id <> ? ORDER BY p.plan_year, p.id")
                .params(year, unit.path(), unit.id())
                .query(Plans::plan)
                .list()
                .stream()
                .filter(p -> targetsOf(p).stream().anyMatch(t -> t.id() == unit.id()))
                .toList();
    }

    /** Registers (or registers again, replacing) {@code registration}. */
    @Transactional
    void register(Registration r, Long by) {
        jdbc.sql("DELETE FROM plan_registration WHERE plan_id = ? AND unit_id = ?")
                .params(r.planId(), r.unitId())
                .update();
        jdbc.sql(
                        "INSERT INTO plan_registration (plan_id, unit_id, topic_q1, topic_q2, topic_q3, topic_q4, model_name,"
                                + " model_content, commitments, registered_at, registered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        r.planId(),
                        r.unitId(),
                        r.topic(1),
                        r.topic(2),
                        r.topic(3),
                        r.topic(4),
                        r.modelName(),
                        r.modelContent(),
                        r.commitments(),
                        Timestamp.from(clock.instant()),
                        by)
                .update();
    }

    /** A plan's registrations, by organisation id. */
    public Map<Long, Registration> registrations(long planId) {
        Map<Long, Registration> byUnit = new LinkedHashMap<>();
        jdbc.sql("SELECT " + REGISTRATION + " FROM plan_registration r WHERE r.plan_id = ? ORDER BY r.unit_id")
                .param(planId)
                .query(Plans::registration)
                .list()
                .forEach(r -> byUnit.put(r.unitId(), r));
        return byUnit;
    }

    /**
     * The thematic topic planned for {@code cell} in the quarter of {@code day}: the registration of the cell itself,
     * or else of the nearest organisation above it that registered for that year.
     */
    public Optional<String> plannedTopic(OrgUnit cell, LocalDate day) {
        int quarter = (day.getMonthValue() - 1) / 3 + 1;
        return jdbc
                .sql("SELECT " + REGISTRATION + " FROM plan_registration r JOIN annual_plan p ON p.id = r.plan_id"
                        + " JOIN org_unit u ON u.id = r.unit_id WHERE p.plan_year = ? AND ? LIKE CONCAT(u.path, '%')"
                        + " ORDER BY LENGTH(u.path) DESC, p.id")
                .params(day.getYear(), cell.path())
                .query(Plans::registration)
                .list()
                .stream()
                .findFirst()
                .map(r -> r.topic(quarter));
    }

    /**
     * How far {@code plan} is on {@code upTo}: who registered, and of the topics of the quarters begun by then, which
     * a cell of the registered organisation held as a thematic meeting in that quarter (same topic, ignoring case and
     * spaces around it).
     */
    public Progress progress(AnnualPlan plan, LocalDate upTo) {
        List<OrgUnit> asked = targetsOf(plan);
        Map<Long, Registration> registered = registrations(plan.id());
        registered.keySet().retainAll(asked.stream().map(OrgUnit::id).toList());
        OrgUnit committee = units.get(plan.committeeId());
        LocalDate start = LocalDate.of(plan.year(), 1, 1);
        LocalDate end =
                upTo.isBefore(start.plusYears(1)) ? upTo : start.plusYears(1).minusDays(1);
        // The paths of the cells that held each topic in each quarter, keyed "quarter|topic".
        Map<String, List<String>> held = new java.util.HashMap<>();
        if (!end.isBefore(start)) {
            jdbc.sql("SELECT u.path, m.held_on, m.topic FROM meeting m JOIN org_unit u ON u.id = m.cell_id"
                            + " WHERE u.path LIKE ? AND m.deleted_at IS NULL AND m.held_on BETWEEN ? AND ? AND m.kind IN ("
                            + MeetingKind.sqlList(MeetingKind.thematic()) + ") AND m.topic IS NOT NULL")
                    .params(committee.path() + "%", Date.valueOf(start), Date.valueOf(end))
                    .query(rs -> {
                        LocalDate on = rs.getDate(2).toLocalDate();
                        String key = ((on.getMonthValue() - 1) / 3 + 1) + "|" + normal(rs.getString(3));
                        held.computeIfAbsent(key, k -> new ArrayList<>()).add(rs.getString(1));
                    });
        }
        int quartersBegun = end.isBefore(start) ? 0 : (end.getMonthValue() - 1) / 3 + 1;
        Map<Long, String> paths = new java.util.HashMap<>();
        asked.forEach(u -> paths.put(u.id(), u.path()));
        Map<Long, Topics> topics = new LinkedHashMap<>();
        for (Registration r : registered.values()) {
            String path = paths.get(r.unitId());
            List<Boolean> quarters = new ArrayList<>();
            for (int q = 1; q <= quartersBegun; q++) {
                quarters.add(held.getOrDefault(q + "|" + normal(r.topic(q)), List.of()).stream()
                        .anyMatch(cell -> cell.startsWith(path)));
            }
            topics.put(r.unitId(), new Topics(quarters));
        }
        return new Progress(plan, asked, registered, topics);
    }

    private static String normal(String topic) {
        return topic.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
