-- Staff accounts. Children never have one.
CREATE TABLE staff (
    id            TEXT PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL,
    -- argon2id PHC string; the password itself is never stored.
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('counsellor', 'coordinator', 'admin')),
    -- Comma-separated language codes, e.g. 'ar,en'.
    languages     TEXT NOT NULL,
    max_chats     BIGINT NOT NULL CHECK (max_chats >= 1),
    disabled      BIGINT NOT NULL DEFAULT 0,
    created_at    BIGINT NOT NULL
);

-- Server-side staff sessions. Only the SHA-256 of the cookie value is stored, so a
-- copy of the database does not let anyone sign in.
CREATE TABLE staff_sessions (
    token_hash TEXT PRIMARY KEY,
    staff_id   TEXT NOT NULL REFERENCES staff (id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX staff_sessions_by_staff ON staff_sessions (staff_id);

-- One anonymous conversation with a child. No name, IP address or user agent: the
-- resume token (stored as its SHA-256) is the only key to it.
CREATE TABLE conversations (
    id                TEXT PRIMARY KEY,
    resume_token_hash TEXT NOT NULL UNIQUE,
    language          TEXT NOT NULL,
    -- Comma-separated other languages the child reads; may be empty.
    also_reads        TEXT NOT NULL,
    priority          BIGINT NOT NULL DEFAULT 0,
    state             TEXT NOT NULL CHECK (state IN ('waiting', 'active', 'ended')),
    counsellor_id     TEXT REFERENCES staff (id),
    created_at        BIGINT NOT NULL,
    queued_at         BIGINT NOT NULL,
    assigned_at       BIGINT,
    ended_at          BIGINT,
    ended_by          TEXT CHECK (ended_by IN ('child', 'counsellor', 'system'))
);
CREATE INDEX conversations_open ON conversations (state, queued_at);

-- Every message, stored before it is acknowledged. (conversation_id, seq) numbers them
-- without gaps; (conversation_id, author, client_id) makes a resent message a no-op.
CREATE TABLE messages (
    conversation_id TEXT NOT NULL REFERENCES conversations (id),
    seq             BIGINT NOT NULL,
    author          TEXT NOT NULL CHECK (author IN ('child', 'counsellor', 'system')),
    client_id       TEXT,
    -- The protocol's Body as JSON: {"kind":"text","text":...} or a system notice.
    body            TEXT NOT NULL,
    sent_at         BIGINT NOT NULL,
    PRIMARY KEY (conversation_id, seq)
);
CREATE UNIQUE INDEX messages_idempotency ON messages (conversation_id, author, client_id);
