-- Every update from Telegram is stored here before Telegram is told it arrived (the next getUpdates
-- offset, or the webhook's 200). update_id is the key, so a redelivered update is stored once;
-- handled_at is set in the same transaction as the update's effects, so it is applied once.
CREATE TABLE inbound_update (
    update_id   BIGINT PRIMARY KEY,
    chat_id     BIGINT         NOT NULL,
    payload     VARCHAR(200000) NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    handled_at  TIMESTAMP WITH TIME ZONE,
    attempts    INT DEFAULT 0  NOT NULL,
    last_error  VARCHAR(500)
);
CREATE INDEX ix_inbound_update_pending ON inbound_update (handled_at, update_id);

-- One conversation in progress per chat: which flow, which step, what has been typed so far.
-- version grows with every step; buttons carry it, so a stale or doubly pressed button is recognised.
CREATE TABLE conversation (
    chat_id    BIGINT PRIMARY KEY,
    user_id    BIGINT         NOT NULL,
    flow       VARCHAR(32)    NOT NULL,
    step       VARCHAR(32)    NOT NULL,
    version    INT            NOT NULL,
    data       VARCHAR(100000) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
