-- A cell's or committee's Telegram group, linked by one who answers for the unit (issue 19): its meeting notices go
-- there too, never anything private. One group per unit, one unit per group.
CREATE TABLE unit_group (
    unit_id   BIGINT                   PRIMARY KEY REFERENCES org_unit (id),
    chat_id   BIGINT                   NOT NULL,
    linked_by BIGINT,
    linked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ux_unit_group_chat UNIQUE (chat_id)
);
