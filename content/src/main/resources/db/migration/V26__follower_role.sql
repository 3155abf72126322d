-- The committee member who follows a cell (cấp ủy viên phụ trách chi bộ, Hướng dẫn 42-HD/BTCTW): reads the cell's
-- records and receives its meeting notices, but does not act for it.
ALTER TABLE role_assignment DROP CONSTRAINT ck_role;
ALTER TABLE role_assignment ADD CONSTRAINT ck_role CHECK (role IN ('SECRETARY', 'DEPUTY', 'LEADER', 'OFFICE', 'FOLLOWER'));
