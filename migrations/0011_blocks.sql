-- Abusive contacts: a counsellor ends a chat as abusive with a reason, a coordinator
-- confirms (a block for a set time) or rejects it.

-- The reports and their decisions: staff records about a conversation, like notes.
-- Nothing here identifies a browser. The retention purge empties `reason` with the
-- conversation's transcript; the rows stay for the counts on the board.
CREATE TABLE abuse_reports (
    id              TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL REFERENCES conversations (id),
    reported_by     TEXT NOT NULL REFERENCES staff (id),
    reason          TEXT NOT NULL,
    reported_at     BIGINT NOT NULL,
    -- pending: waits for a coordinator; confirmed: a block was made (it may have ended
    -- since); rejected; lifted: confirmed, then ended early; lapsed: nobody decided
    -- within the review window.
    status          TEXT NOT NULL CHECK (status IN ('pending', 'confirmed', 'rejected', 'lifted', 'lapsed')),
    decided_by      TEXT REFERENCES staff (id),
    decided_at      BIGINT
);
CREATE INDEX abuse_reports_by_time ON abuse_reports (reported_at);

-- What recognises the browser of a pending report or a block in force: the SHA-256 of
-- the random pause token given to that browser (NULL when its page was not open to
-- receive one). A row lives only while its report waits or its block lasts, and is
-- deleted when that ends: nothing about the browser is kept afterwards. The keyed hash
-- of the browser's address is never stored: it and its key live in the server's
-- memory only (see server/src/blocks.rs).
CREATE TABLE blocks (
    report_id  TEXT PRIMARY KEY REFERENCES abuse_reports (id),
    token_hash TEXT,
    stage      TEXT NOT NULL CHECK (stage IN ('pending', 'blocked')),
    -- pending: when the report lapses; blocked: when the block ends.
    ends_at    BIGINT NOT NULL
);
