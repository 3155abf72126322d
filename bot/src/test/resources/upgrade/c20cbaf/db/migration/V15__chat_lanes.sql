-- One row per chat that has written to the bot. Handling an update locks its chat's row first, so a chat's updates
-- are handled one at a time and in update_id order, whichever instance received them (webhook mode behind a load
-- balancer sends one chat's updates to several instances).
CREATE TABLE chat_lane (
    chat_id BIGINT PRIMARY KEY
);
INSERT INTO chat_lane (chat_id) SELECT DISTINCT chat_id FROM inbound_update;

-- The next unhandled update of a chat, and chats with updates left waiting.
CREATE INDEX ix_inbound_update_chat ON inbound_update (chat_id, handled_at, update_id);
