package vn.chibo.content.access;

import vn.chibo.content.org.OrgUnit;

/**
 * The part of the organisation someone may see: every unit whose path starts with {@code pathPrefix}.
 * A secretary's scope is their cell; a leader's or office's, their committee's subtree; an
 * administrator's, everything. Queries filter with {@link #likePattern()}.
 */
public record Scope(String pathPrefix) {

    public static final Scope NOTHING = new Scope("/nothing/");
    public static final Scope EVERYTHING = new Scope("/");

    public static Scope of(OrgUnit unit) {
        return new Scope(unit.path());
    }

    public boolean includes(OrgUnit unit) {
        return unit.path().startsWith(pathPrefix);
    }

    public boolean isEverything() {
        return pathPrefix.equals("/");
    }

    public String likePattern() {
        return pathPrefix + "%";
    }
}
