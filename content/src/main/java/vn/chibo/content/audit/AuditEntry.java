package vn.chibo.content.audit;

import java.time.Instant;

/** One recorded change. {@code action} is a stable code (e.g. "member.added"); {@code details} is human text. */
public record AuditEntry(long id, Instant at, String actorName, String action, String details) {}
