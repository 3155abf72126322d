-- A typed answer takes the buttons off the question it answered: the chat's last message with buttons sent since the
-- form began. With only (chat_id, status, id) that look-up read every message the chat had ever been sent, so each
-- answer grew slower as a chat grew older (found by the soak benchmark: 103 updates/s in its first five minutes, 52 in
-- the next). Bounded by the form's start, it reads the few messages of the form itself.
CREATE INDEX ix_delivery_chat_sent ON delivery (chat_id, status, not_before);
