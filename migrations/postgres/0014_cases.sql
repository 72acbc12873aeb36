-- PostgreSQL's version of migrations/0014_cases.sql: BYTEA where SQLite says BLOB; the
-- rest is the same text.
-- Cases (issue 12): a child's contacts across visits, reached only with a return code
-- the child keeps. The server holds a keyed hash of the code (HMAC under the key
-- below), nothing else that could identify the child.

-- Keys the server makes once and keeps: `return_code` keys the codes' hashes. In the
-- database so that every node of a helpline has the same.
CREATE TABLE server_keys (
    name       TEXT PRIMARY KEY,
    key        BYTEA NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE cases (
    id           TEXT PRIMARY KEY,
    -- Hex HMAC-SHA256 of the current code; a new code replaces the old one.
    code_hash    TEXT NOT NULL UNIQUE,
    created_at   BIGINT NOT NULL,
    -- When the code was last issued or used: it works until the retention period
    -- after that.
    last_used_at BIGINT NOT NULL
);

ALTER TABLE conversations ADD COLUMN case_id TEXT REFERENCES cases (id);
CREATE INDEX conversations_by_case ON conversations (case_id);
