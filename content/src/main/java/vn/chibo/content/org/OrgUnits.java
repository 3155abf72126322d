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
        return jdbc.sql("SELECT " + COLUMNS + " FROM org_unit WHERE id = ?").param(id).query(OrgUnits::map).optional();
    }

    public OrgUnit get(long id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("No organisation unit " + id));
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
