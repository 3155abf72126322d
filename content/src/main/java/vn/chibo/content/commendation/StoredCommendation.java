package vn.chibo.content.commendation;

import java.time.Instant;

/** A commendation as stored, with its unit's name (the collective, or the person's cell). */
public record StoredCommendation(
        long id, Commendation commendation, String unitName, int awardedYear, Long recordedBy, Instant recordedAt) {}
