-- Who a deadline asks, as committees count: its directly subordinate organisations (DIRECT: đảng bộ cơ sở, chi bộ
-- cơ sở, chi bộ trực thuộc), every cell of its subtree (CELLS, what every deadline asked before), or the
-- organisations picked (CHOSEN, listed in report_deadline_unit). Deadlines that listed cells keep them.
ALTER TABLE report_deadline ADD COLUMN targets VARCHAR(8) DEFAULT 'CELLS' NOT NULL;
UPDATE report_deadline SET targets = 'CHOSEN' WHERE all_cells = FALSE;
ALTER TABLE report_deadline DROP COLUMN all_cells;
ALTER TABLE report_deadline ADD CONSTRAINT ck_deadline_targets CHECK (targets IN ('DIRECT', 'CELLS', 'CHOSEN'));

-- A subordinate committee rolls a deadline set above down to its own organisations: their deadline names the one
-- above (parent_id), and when they have all submitted the committee is asked to submit its own, once.
ALTER TABLE report_deadline ADD COLUMN parent_id BIGINT REFERENCES report_deadline (id);

-- Submissions and picked targets are organisations now, a cell or a committee.
ALTER TABLE report_deadline_cell RENAME TO report_deadline_unit;
ALTER TABLE report_deadline_unit RENAME COLUMN cell_id TO unit_id;
ALTER TABLE report_submission RENAME COLUMN cell_id TO unit_id;
