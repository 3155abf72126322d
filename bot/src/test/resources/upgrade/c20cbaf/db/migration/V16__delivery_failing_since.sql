-- When a message's sends started failing (5xx, timeouts, connection errors): it is retried until it has failed for
-- chibo.delivery.give-up-after, however many attempts that takes, so an outage of Telegram loses nothing. A 429 is
-- flood control, not failure, and does not set it.
ALTER TABLE delivery ADD COLUMN failing_since TIMESTAMP WITH TIME ZONE;
