package vn.chibo.content.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The organisation tree. */
@Repository
public class OrgUnits {

    /** The longest unit name the column keeps (characters). */
    public static final int MAX_NAME = 300;

    private static final String COLUMNS = "id, parent_id, kind, name, short_name, path";

    private final JdbcClient jdbc;

    public OrgUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public OrgUnit add(Long parentId, OrgKind kind, String name, String shortName) {
        String parentPath = parentId == null ? "/" : get(parentId).path();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO org_unit (parent_id, kind, name, short_name, path) VALUES (?, ?, ?, ?, ?)")
                .params(parentId, kind.name(), name, shortName, parentPath)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        String path = parentPath + id + "/";
        jdbc.sql("UPDATE org_unit SET path = ? WHERE id = ?").params(path, id).update();
        return new OrgUnit(id, parentId, kind, name, shortName, path);
    }

    public Optional<OrgUnit> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM org_unit WHERE id = ?")
                .param(id)
                .query(OrgUnits::map)
                .optional();
    }

    public OrgUnit get(long id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("No organisation unit " + id));
    }

    /** The longest place name kept for a committee's documents. */
    public static final int MAX_LOCALITY = 100;

    /**
     * The place name {@code unit}'s documents are dated from: its own, or its nearest ancestor's (a cell's minutes use
     * its committee's). Empty when none on the way up has one.
     */
    public Optional<String> locality(OrgUnit unit) {
        return nearest(unit, "locality", String.class);
    }

    /** The shortest meeting length the nearest committee above {@code unit} (or the unit) allows, when one set it. */
    public Optional<Integer> meetingMinutes(OrgUnit unit) {
        return nearest(unit, "meeting_minutes", Integer.class);
    }

    private <T> Optional<T> nearest(OrgUnit unit, String column, Class<T> type) {
        List<Long> line = java.util.Arrays.stream(unit.path().split("/"))
                .filter(part -> !part.isEmpty())
                .map(Long::valueOf)
                .toList();
        if (line.isEmpty()) {
            return Optional.empty();
        }
        String in = String.join(", ", java.util.Collections.nCopies(line.size(), "?"));
        // column is one of two names fixed above, never user text.
        return jdbc.sql("SELECT " + column + " FROM org_unit WHERE id IN (" + in + ") AND " + column
                        + " IS NOT NULL ORDER BY LENGTH(path) DESC LIMIT 1")
                .params(line.toArray())
                .query(type)
                .optional();
    }

    /** Sets (or, with null, clears) the place name of {@code unitId}'s documents. */
    public void setLocality(long unitId, String locality) {
        jdbc.sql("UPDATE org_unit SET locality = ? WHERE id = ?")
                .params(locality, unitId)
                .update();
    }

    /** Sets (or, with null, clears) the shortest meeting length {@code unitId} allows its cells. */
    public void setMeetingMinutes(long unitId, Integer minutes) {
        jdbc.sql("UPDATE org_unit SET meeting_minutes = ? WHERE id = ?")
                .params(minutes, unitId)
                .update();
    }

    /** The usual abbreviation of a unit's name: "Chi bộ Văn phòng" is "CB Văn phòng". */
    public static String shortNameOf(String name) {
        String shortName = name.replaceFirst("^Đảng bộ cơ sở ", "ĐBCS ")
                .replaceFirst("^Chi bộ cơ sở ", "CBCS ")
                .replaceFirst("^Đảng bộ ", "ĐB ")
                .replaceFirst("^Đảng ủy ", "ĐU ")
                .replaceFirst("^Chi bộ ", "CB ");
        return shortName.length() > 100 ? shortName.substring(0, 100) : shortName;
    }

    /** The child of {@code parentId} (null: a top-level unit) called {@code name}. */
    public Optional<OrgUnit> findChild(Long parentId, String name) {
        String where = parentId == null ? "parent_id IS NULL" : "parent_id = ?";
        var statement = jdbc.sql("SELECT " + COLUMNS + " FROM org_unit WHERE " + where + " AND name = ?");
        statement = parentId == null ? statement.param(name) : statement.params(parentId, name);
        return statement.query(OrgUnits::map).optional();
    }

    public OrgUnit rename(OrgUnit unit, String name, String shortName) {
        jdbc.sql("UPDATE org_unit SET name = ?, short_name = ? WHERE id = ?")
                .params(name, shortName, unit.id())
                .update();
        return new OrgUnit(unit.id(), unit.parentId(), unit.kind(), name, shortName, unit.path());
    }

    /** Units of {@code kind} whose path starts with {@code pathPrefix}, by name. */
    public List<OrgUnit> within(String pathPrefix, OrgKind kind) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM org_unit WHERE path LIKE ? AND kind = ? ORDER BY name, id")
                .params(pathPrefix + "%", kind.name())
                .query(OrgUnits::map)
                .list();
    }

    /** Every unit, committee or cell, whose path starts with {@code pathPrefix}, by name. */
    public List<OrgUnit> allWithin(String pathPrefix) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM org_unit WHERE path LIKE ? ORDER BY name, id")
                .param(pathPrefix + "%")
                .query(OrgUnits::map)
                .list();
    }

    /** The names from the top of the tree down to {@code unit}. */
    public List<String> namePath(OrgUnit unit) {
        return java.util.Arrays.stream(unit.path().split("/"))
                .filter(part -> !part.isEmpty())
                .map(id -> get(Long.parseLong(id)).name())
                .toList();
    }

    /** Units at the top of the tree, by name. */
    public List<OrgUnit> roots() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM org_unit WHERE parent_id IS NULL ORDER BY name, id")
                .query(OrgUnits::map)
                .list();
    }

    public List<OrgUnit> children(long parentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM org_unit WHERE parent_id = ? ORDER BY name")
                .param(parentId)
                .query(OrgUnits::map)
                .list();
    }

    public long countCellsWithin(OrgUnit ancestor) {
        return jdbc.sql("SELECT COUNT(*) FROM org_unit WHERE kind = 'CELL' AND path LIKE ?")
                .param(ancestor.path() + "%")
                .query(Long.class)
                .single();
    }

    public boolean isEmpty() {
        return jdbc.sql("SELECT COUNT(*) FROM org_unit").query(Long.class).single() == 0;
    }

    private static OrgUnit map(ResultSet rs, int row) throws SQLException {
        return fromRow(rs, "id");
    }

    /** Reads a unit from a result row holding the org_unit columns, its id under {@code idColumn}. */
    public static OrgUnit fromRow(ResultSet rs, String idColumn) throws SQLException {
        long id = rs.getLong(idColumn);
        Long parentId = rs.getObject("parent_id", Long.class);
        return new OrgUnit(
                id,
                parentId,
                OrgKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getString("short_name"),
                rs.getString("path"));
    }
}
