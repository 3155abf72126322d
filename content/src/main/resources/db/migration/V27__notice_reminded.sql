-- When the secretary last reminded a notice's members who had not answered: the next reminder waits 6 hours.
ALTER TABLE meeting_notice ADD COLUMN reminded_at TIMESTAMP WITH TIME ZONE;
