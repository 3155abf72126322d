-- Read model for "members absent without reason in 2 of the last 12 months": one row per member and month
-- with an unexcused absence, kept by the meeting repository in the same transaction as the meeting. Status
-- queries count a committee's flagged members from it without reading attendance (1.4 million rows a year
-- for a committee of 5,200 cells).
CREATE TABLE member_absence_month (
    member_id BIGINT NOT NULL REFERENCES member (id),
    ym        INT    NOT NULL,
    cell_id   BIGINT NOT NULL REFERENCES org_unit (id),
    PRIMARY KEY (member_id, ym, cell_id)
);
CREATE INDEX ix_absence_cell_month ON member_absence_month (cell_id, ym);

INSERT INTO member_absence_month (member_id, ym, cell_id)
SELECT DISTINCT a.member_id, EXTRACT(YEAR FROM m.held_on) * 100 + EXTRACT(MONTH FROM m.held_on), m.cell_id
FROM meeting_attendance a JOIN meeting m ON m.id = a.meeting_id JOIN member mb ON mb.id = a.member_id
WHERE a.presence = 'ABSENT_UNEXCUSED' AND m.deleted_at IS NULL AND mb.active;

-- Each member's two latest months with an unexcused absence: a member is flagged now when the earlier of the
-- two lies within the last 12 months, which one indexed range answers for a whole committee.
ALTER TABLE member ADD COLUMN unexcused_latest INT;
ALTER TABLE member ADD COLUMN unexcused_previous INT;
CREATE INDEX ix_member_unexcused_previous ON member (unexcused_previous);
UPDATE member SET unexcused_latest = (SELECT MAX(a.ym) FROM member_absence_month a WHERE a.member_id = member.id);
UPDATE member SET unexcused_previous = (SELECT MAX(a.ym) FROM member_absence_month a WHERE a.member_id = member.id AND a.ym < member.unexcused_latest);
