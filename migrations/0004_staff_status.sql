-- A counsellor's availability, kept across reconnects and server restarts: a restart
-- must not silently take everyone off duty (or put anyone on it).
ALTER TABLE staff ADD COLUMN status TEXT NOT NULL DEFAULT 'away' CHECK (status IN ('available', 'busy', 'away'));
