/**
 * The Party organisation chibo serves: the tree of committees and cells ({@link vn.chibo.content.org.OrgUnits})
 * and the members of each cell ({@link vn.chibo.content.org.Members}).
 */
package vn.chibo.content.org;
