-- What a cell and its committee had in chibo's database at the release of c20cbaf (schema V18), as that release wrote
-- it: the organisation, members and role holders signed in, a meeting with its attendance, a commendation, a schedule,
-- a report deadline ten days overdue with one submission, and work left when it was stopped for the upgrade: an update stored but not
-- yet handled and a reply queued but not yet sent. Plain SQL that H2 and PostgreSQL both take; no ids are given, so
-- the identity columns go on counting as they did.
INSERT INTO org_unit (parent_id, kind, name, short_name, path)
VALUES (NULL, 'COMMITTEE', 'Đảng ủy Khối cơ quan tỉnh', 'Đảng ủy Khối', '/');
UPDATE org_unit SET path = '/' || CAST(id AS VARCHAR(20)) || '/' WHERE short_name = 'Đảng ủy Khối';
INSERT INTO org_unit (parent_id, kind, name, short_name, path)
SELECT id, 'CELL', 'Chi bộ Văn phòng', 'Văn phòng', path FROM org_unit WHERE short_name = 'Đảng ủy Khối';
INSERT INTO org_unit (parent_id, kind, name, short_name, path)
SELECT id, 'CELL', 'Chi bộ Kế hoạch', 'Kế hoạch', path FROM org_unit WHERE short_name = 'Đảng ủy Khối';
UPDATE org_unit SET path = path || CAST(id AS VARCHAR(20)) || '/' WHERE kind = 'CELL';

INSERT INTO member (cell_id, full_name, status, party_join_date)
SELECT id, 'Nguyễn Thị Hoa', 'OFFICIAL', DATE '2001-05-19' FROM org_unit WHERE short_name = 'Văn phòng';
INSERT INTO member (cell_id, full_name, status, party_join_date)
SELECT id, 'Lê Văn Nam', 'OFFICIAL', DATE '2010-03-26' FROM org_unit WHERE short_name = 'Văn phòng';
INSERT INTO member (cell_id, full_name, status, party_join_date)
SELECT id, 'Phạm Thu Trang', 'PROBATIONARY', DATE '2026-02-03' FROM org_unit WHERE short_name = 'Văn phòng';
INSERT INTO member (cell_id, full_name, status, party_join_date)
SELECT id, 'Hoàng Văn Tư', 'OFFICIAL', DATE '1998-09-02' FROM org_unit WHERE short_name = 'Văn phòng';
INSERT INTO member (cell_id, full_name, status, party_join_date)
SELECT id, 'Đỗ Minh Châu', 'OFFICIAL', DATE '2005-12-22' FROM org_unit WHERE short_name = 'Kế hoạch';

INSERT INTO role_assignment (org_unit_id, role, person_name, telegram_user_id)
SELECT id, 'SECRETARY', 'Nguyễn Thị Hoa', 71001 FROM org_unit WHERE short_name = 'Văn phòng';
INSERT INTO role_assignment (org_unit_id, role, person_name, telegram_user_id)
SELECT id, 'SECRETARY', 'Đỗ Minh Châu', 71003 FROM org_unit WHERE short_name = 'Kế hoạch';
INSERT INTO role_assignment (org_unit_id, role, person_name, telegram_user_id)
SELECT id, 'LEADER', 'Trần Văn Bình', 71002 FROM org_unit WHERE short_name = 'Đảng ủy Khối';
INSERT INTO acting_role (telegram_user_id, role_assignment_id)
SELECT telegram_user_id, id FROM role_assignment WHERE telegram_user_id IS NOT NULL;

INSERT INTO meeting (cell_id, kind, held_on, starts_at, ends_at, place, chair_member_id, minute_taker_id,
                     results, decisions, next_tasks, votes_agree, votes_disagree, votes_abstain, recorded_by,
                     recorded_at, updated_at)
SELECT u.id, 'MONTHLY', DATE '2026-10-14', TIME '08:00:00', TIME '10:00:00', 'Phòng họp tầng 2',
       (SELECT id FROM member WHERE full_name = 'Nguyễn Thị Hoa'), (SELECT id FROM member WHERE full_name = 'Lê Văn Nam'),
       'Hoàn thành kế hoạch công tác tháng 10.', 'Thống nhất chương trình tháng 11.', 'Chuẩn bị sơ kết năm.',
       3, 0, 0, 71001, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM org_unit u WHERE u.short_name = 'Văn phòng';
INSERT INTO meeting_attendance (meeting_id, member_id, member_name, member_status, presence)
SELECT g.id, m.id, m.full_name, m.status,
       CASE WHEN m.full_name = 'Hoàng Văn Tư' THEN 'ABSENT_UNEXCUSED' ELSE 'PRESENT' END
FROM meeting g JOIN member m ON m.cell_id = g.cell_id;
INSERT INTO member_absence_month (member_id, ym, cell_id)
SELECT id, 202610, cell_id FROM member WHERE full_name = 'Hoàng Văn Tư';
UPDATE member SET unexcused_latest = 202610 WHERE full_name = 'Hoàng Văn Tư';

INSERT INTO commendation (unit_id, member_id, recipient_name, form, issuer, achievement, awarded_year, recorded_by,
                          recorded_at)
SELECT cell_id, id, full_name, 'MERIT', 'Đảng ủy Khối cơ quan tỉnh', 'Đảng viên hoàn thành xuất sắc nhiệm vụ năm 2025',
       2026, 71001, CURRENT_TIMESTAMP
FROM member WHERE full_name = 'Lê Văn Nam';

INSERT INTO meeting_schedule (cell_id, day_of_month, starts_at, set_by, set_at)
SELECT id, 10, TIME '08:00:00', 71001, CURRENT_TIMESTAMP FROM org_unit WHERE short_name = 'Văn phòng';

INSERT INTO report_deadline (committee_id, title, first_due_on, period_months, all_cells, created_by, created_at)
SELECT id, 'Báo cáo sơ kết 9 tháng', CURRENT_DATE - INTERVAL '10' DAY, 0, TRUE, 71002, CURRENT_TIMESTAMP
FROM org_unit WHERE short_name = 'Đảng ủy Khối';
INSERT INTO report_submission (deadline_id, cell_id, due_on, submitted_at, submitted_by)
SELECT d.id, u.id, d.first_due_on, CURRENT_TIMESTAMP, 71003
FROM report_deadline d, org_unit u WHERE u.short_name = 'Kế hoạch';

INSERT INTO user_preference (user_id, tidy_after_save) VALUES (71001, FALSE);

-- Left when the old release stopped: an update stored and not yet handled, and a reply queued and not yet sent.
INSERT INTO inbound_update (update_id, chat_id, payload, received_at)
VALUES (699999990, 71001,
        '{"update_id":699999990,"message":{"message_id":41,"date":1764650000,"chat":{"id":71001,"type":"private","first_name":"Hoa"},"from":{"id":71001,"is_bot":false,"first_name":"Hoa"},"text":"/help"}}',
        CURRENT_TIMESTAMP);
INSERT INTO chat_lane (chat_id) VALUES (71001);
INSERT INTO delivery (chat_id, kind, payload, status, not_before)
VALUES (71002, 'SEND_TEXT',
        '{"kind":"SEND_TEXT","chatId":71002,"text":"Tin nhắn xếp hàng trước khi nâng cấp.","keyboard":[],"messageId":null,"callbackQueryId":null,"alert":false,"fileName":null,"messageIds":[]}',
        'PENDING', CURRENT_TIMESTAMP);
