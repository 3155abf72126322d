-- A message holding a secret (an invitation link) forgets its text as soon as Telegram has it.
ALTER TABLE delivery ADD COLUMN confidential BOOLEAN DEFAULT FALSE NOT NULL;
