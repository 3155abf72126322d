package vn.chibo.content.org;

import java.time.LocalDate;

/** A Party member belonging to one cell. {@code partyJoinDate} may be unknown. */
public record Member(long id, long cellId, String fullName, MemberStatus status, LocalDate partyJoinDate) {}
