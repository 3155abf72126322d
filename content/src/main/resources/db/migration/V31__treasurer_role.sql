-- The cell member who collects party dues (phụ trách thu đảng phí) enters them for the cell, as its secretary does.
ALTER TABLE role_assignment DROP CONSTRAINT ck_role;
ALTER TABLE role_assignment ADD CONSTRAINT ck_role CHECK (role IN ('SECRETARY', 'DEPUTY', 'LEADER', 'OFFICE', 'FOLLOWER',
    'CELL_COMMITTEE', 'MINUTE_TAKER', 'TREASURER'));
