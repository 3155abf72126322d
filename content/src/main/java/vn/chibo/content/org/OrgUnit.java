package vn.chibo.content.org;

/**
 * One committee or cell. {@code path} lists the ids from the root down to this unit ("/1/5/17/"), so
 * "is X inside Y's subtree" is a prefix test.
 */
public record OrgUnit(long id, Long parentId, OrgKind kind, String name, String shortName, String path) {

    public boolean isCell() {
        return kind == OrgKind.CELL;
    }

    public boolean isWithin(OrgUnit ancestor) {
        return path.startsWith(ancestor.path());
    }
}
