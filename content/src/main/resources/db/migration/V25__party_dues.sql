-- Đảng phí: whether each member paid for a month (chibo records, it never handles money): paid in cash to the cell
-- or online through the Party's payment service, or not paid. The amount is optional. Entering a month again
-- replaces its rows.
CREATE TABLE member_dues (
    member_id   BIGINT                   NOT NULL REFERENCES member (id),
    due_month   DATE                     NOT NULL,
    paid        BOOLEAN                  NOT NULL,
    channel     VARCHAR(8),
    amount      BIGINT,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by BIGINT,
    PRIMARY KEY (member_id, due_month),
    CONSTRAINT ck_member_dues_channel CHECK (channel IN ('CASH', 'ONLINE'))
);
CREATE INDEX ix_member_dues_month ON member_dues (due_month, paid);
