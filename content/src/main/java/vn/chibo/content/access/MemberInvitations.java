package vn.chibo.content.access;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.Members;

/**
 * One-time invitations for members to link their Telegram account to their own record. A code is {@link #MARK}
 * followed by 128 random bits (23 characters, fit for a deep link, told apart from a role's 22); the database keeps
 * only its SHA-256. Redeeming links the account to that record and to no other: an account moves with its last
 * invitation, and a record with a new account forgets the old one.
 */
@Repository
public class MemberInvitations {

    /** What a member's code starts with. */
    public static final String MARK = "m";

    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(30);

    /** What became of a code someone presented. */
    public sealed interface Outcome {
        record Accepted(Member member) implements Outcome {}

        record Unknown() implements Outcome {}

        record AlreadyUsed() implements Outcome {}

        record Expired() implements Outcome {}

        /** The record was taken off the cell's list since the link was issued. */
        record Gone() implements Outcome {}
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Members members;
    private final SecureRandom random = new SecureRandom();

    public MemberInvitations(JdbcClient jdbc, Clock clock, Members members) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.members = members;
    }

    /** Whether {@code code} has the shape of a member's code (not a role's). */
    public static boolean isMemberCode(String code) {
        return code != null && code.matches(MARK + "[A-Za-z0-9_-]{22}");
    }

    /** A fresh code for {@code member}; earlier unused codes for them stop working. */
    @Transactional
    public String issue(Member member, Long issuedBy, Duration validity) {
        Instant now = clock.instant();
        jdbc.sql(
                        "UPDATE member_invitation SET expires_at = ? WHERE member_id = ? AND used_at IS NULL AND expires_at > ?")
                .params(Timestamp.from(now), member.id(), Timestamp.from(now))
                .update();
        String code = MARK + Invitations.randomCode(random);
        jdbc.sql("INSERT INTO member_invitation (code_hash, member_id, issued_by, issued_at, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(
                        Invitations.hash(code),
                        member.id(),
                        issuedBy,
                        Timestamp.from(now),
                        Timestamp.from(now.plus(validity)))
                .update();
        return code;
    }

    /** Redeems a code for {@code telegramUserId}: links them to the member's record, once. */
    @Transactional
    public Outcome redeem(String code, long telegramUserId) {
        if (!isMemberCode(code)) {
            return new Outcome.Unknown();
        }
        record Row(long memberId, Instant expiresAt, Instant usedAt) {}
        Optional<Row> row = jdbc.sql(
                        "SELECT member_id, expires_at, used_at FROM member_invitation WHERE code_hash = ? FOR UPDATE")
                .param(Invitations.hash(code))
                .query((rs, i) -> new Row(
                        rs.getLong(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()))
                .optional();
        if (row.isEmpty()) {
            return new Outcome.Unknown();
        }
        if (row.get().usedAt() != null) {
            return new Outcome.AlreadyUsed();
        }
        Instant now = clock.instant();
        if (!now.isBefore(row.get().expiresAt())) {
            return new Outcome.Expired();
        }
        Optional<Member> member = members.find(row.get().memberId());
        if (member.isEmpty()) {
            return new Outcome.Gone();
        }
        jdbc.sql("UPDATE member_invitation SET used_at = ?, used_by = ? WHERE code_hash = ?")
                .params(Timestamp.from(now), telegramUserId, Invitations.hash(code))
                .update();
        members.linkTelegram(member.get(), telegramUserId);
        return new Outcome.Accepted(member.get());
    }
}
