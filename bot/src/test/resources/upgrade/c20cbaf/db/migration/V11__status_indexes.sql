-- Status queries read a period's meetings across a whole committee: by date first, then kind and cell.
CREATE INDEX ix_meeting_held_kind ON meeting (held_on, kind, cell_id);
CREATE INDEX ix_attendance_presence ON meeting_attendance (presence, meeting_id, member_id);
