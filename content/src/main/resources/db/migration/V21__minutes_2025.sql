-- The minutes and resolution of Hướng dẫn 42-HD/BTCTW (2025): what a biên bản records beyond the first draft.
-- A forum held as the quarter's thematic meeting is its own kind, so status queries keep reading the kind alone.
ALTER TABLE meeting DROP CONSTRAINT ck_meeting_kind;
ALTER TABLE meeting ADD CONSTRAINT ck_meeting_kind
    CHECK (kind IN ('MONTHLY', 'THEMATIC', 'COMBINED', 'FORUM', 'THEMATIC_FORUM', 'EXTRAORDINARY'));

-- Current affairs and upper-level documents passed on; studying and following Hồ Chí Minh's example.
ALTER TABLE meeting ADD COLUMN news VARCHAR(20000);
ALTER TABLE meeting ADD COLUMN study VARCHAR(20000);
-- Last resolution's tasks as reviewed: one line each, "1<TAB>task" when done, "0<TAB>task" when not.
ALTER TABLE meeting ADD COLUMN review VARCHAR(20000);
-- Named opinions, one line each ("Speaker: what they said"), and the upper-level delegate's guidance.
ALTER TABLE meeting ADD COLUMN opinions VARCHAR(20000);
ALTER TABLE meeting ADD COLUMN guidance VARCHAR(20000);
-- Other business: dues collected, admissions, probationary members.
ALTER TABLE meeting ADD COLUMN other_business VARCHAR(20000);
-- Whether the meeting voted (a thematic meeting or forum often ends with a conclusion only).
ALTER TABLE meeting ADD COLUMN vote_held BOOLEAN DEFAULT TRUE NOT NULL;
-- How many present approved the minutes when they were read back; the resolution's number ("12-NQ/CB").
ALTER TABLE meeting ADD COLUMN minutes_agree INT;
ALTER TABLE meeting ADD COLUMN resolution_number VARCHAR(40);
-- The quality criteria the data cannot show, as the secretary answered them (comma-joined codes).
ALTER TABLE meeting ADD COLUMN self_checks VARCHAR(200);

-- Why each absentee was absent.
ALTER TABLE meeting_attendance ADD COLUMN reason VARCHAR(300);

-- The place name a committee's documents are dated from ("Ninh Bình, ngày 05 tháng 12 năm 2026"), and the
-- shortest length of its cells' meetings when it allows small cells less than the rule's 90 minutes.
ALTER TABLE org_unit ADD COLUMN locality VARCHAR(100);
ALTER TABLE org_unit ADD COLUMN meeting_minutes INT;
