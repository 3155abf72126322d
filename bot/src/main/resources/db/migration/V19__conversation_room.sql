-- A meeting's four sections may each hold 20,000 characters (the meeting table's columns), and a conversation keeps
-- each typed answer twice (value and label): 100,000 characters were not enough for one full biên bản in progress.
ALTER TABLE conversation ALTER COLUMN data SET DATA TYPE VARCHAR(400000);
