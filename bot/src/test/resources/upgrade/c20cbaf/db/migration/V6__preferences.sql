-- A person's own choices. tidy_after_save: after a meeting or commendation is saved, delete the
-- conversation's intermediate messages from the chat, so a lost phone shows little.
CREATE TABLE user_preference (
    user_id         BIGINT PRIMARY KEY,
    tidy_after_save BOOLEAN NOT NULL
);
