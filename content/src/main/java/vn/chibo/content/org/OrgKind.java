package vn.chibo.content.org;

/** A node of the organisation tree is either a committee (đảng bộ, đảng bộ cơ sở) or a cell (chi bộ). */
public enum OrgKind {
    COMMITTEE,
    CELL
}
