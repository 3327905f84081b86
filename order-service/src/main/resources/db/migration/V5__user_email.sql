-- An optional email address per user, for the user's own messages: the summary of each CSV
-- import they upload (IMPORT_SUMMARY). NULL when none is known.

ALTER TABLE users ADD COLUMN email VARCHAR(254);
