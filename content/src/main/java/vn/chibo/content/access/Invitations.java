package vn.chibo.content.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time invitations to take up a role. A code is 128 random bits (22 URL-safe characters, fit for a
 * Telegram deep link); the database keeps only its SHA-256, so a leaked backup holds no usable link.
 */
@Repository
public class Invitations {

    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(14);

    /** What became of a code someone presented. */
    public sealed interface Outcome {
        /**
         * The role is the redeemer's now; {@code previousHolder} is whoever held it on Telegram before (null: nobody,
         * or the redeemer themself), to be told it moved.
         */
        record Accepted(RoleAssignment role, Long previousHolder) implements Outcome {}

        record Unknown() implements Outcome {}

        record AlreadyUsed() implements Outcome {}

        record Expired() implements Outcome {}
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final RoleAssignments roles;
    private final SecureRandom random = new SecureRandom();

    public Invitations(JdbcClient jdbc, Clock clock, RoleAssignments roles) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.roles = roles;
    }

    public Invitation issue(RoleAssignment role, Long issuedBy, Duration validity) {
        String code = randomCode(random);
        Instant now = clock.instant();
        jdbc.sql(
                        "INSERT INTO invitation (code_hash, role_assignment_id, issued_by, issued_at, expires_at) VALUES (?, ?, ?, ?, ?)")
                .params(hash(code), role.id(), issuedBy, Timestamp.from(now), Timestamp.from(now.plus(validity)))
                .update();
        return new Invitation(code, role);
    }

    /** Ends every unused invitation for {@code role}: only the newest link works. */
    public void revokeOpen(RoleAssignment role) {
        jdbc.sql(
                        "UPDATE invitation SET expires_at = ? WHERE role_assignment_id = ? AND used_at IS NULL AND expires_at > ?")
                .params(Timestamp.from(clock.instant()), role.id(), Timestamp.from(clock.instant()))
                .update();
    }

    /** Redeems a code for {@code telegramUserId}: links them to the role, once. */
    @Transactional
    public Outcome redeem(String code, long telegramUserId) {
        if (code == null || !code.matches("[A-Za-z0-9_-]{22}")) {
            return new Outcome.Unknown();
        }
        record Row(long roleId, Instant expiresAt, Instant usedAt) {}
        Optional<Row> row = jdbc.sql(
                        "SELECT role_assignment_id, expires_at, used_at FROM invitation WHERE code_hash = ? FOR UPDATE")
                .param(hash(code))
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
        jdbc.sql("UPDATE invitation SET used_at = ?, used_by = ? WHERE code_hash = ?")
                .params(Timestamp.from(now), telegramUserId, hash(code))
                .update();
        Long before = roles.find(row.get().roleId())
                .map(RoleAssignment::telegramUserId)
                .filter(holder -> holder != telegramUserId)
                .orElse(null);
        return new Outcome.Accepted(roles.link(row.get().roleId(), telegramUserId), before);
    }

    /** 128 random bits as 22 URL-safe characters. */
    static String randomCode(SecureRandom random) {
        byte[] secret = new byte[16];
        random.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    static String hash(String code) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
