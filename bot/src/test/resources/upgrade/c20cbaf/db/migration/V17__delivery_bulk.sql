-- Bulk messages (reminders, nudges, digests: every keyed delivery) leave after the replies a person is waiting for, so a
-- wave of reminders that takes an hour at Telegram's 30 messages/s never holds up a conversation.
ALTER TABLE delivery ADD COLUMN bulk BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE delivery SET bulk = TRUE WHERE idempotency_key IS NOT NULL;
DROP INDEX ix_delivery_due;
CREATE INDEX ix_delivery_due ON delivery (status, bulk, not_before, id);
