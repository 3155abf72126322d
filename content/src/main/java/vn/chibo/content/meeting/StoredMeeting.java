package vn.chibo.content.meeting;

import java.time.Instant;

/** A meeting as stored: its id, what was recorded, and when it was first recorded (the edit window runs from then). */
public record StoredMeeting(long id, MeetingRecord record, Integer qualityScore, Instant recordedAt) {}
