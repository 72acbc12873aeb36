-- Handovers to partner helplines (issue 14): the child's consent, the handovers this
-- helpline sent, and those partners sent it.

-- The nonces of partners' signed requests, while a replay of them could still be
-- taken (ten minutes); in the database, so that a restart forgets none.
CREATE TABLE partner_nonces (
    sender     TEXT NOT NULL,
    nonce      TEXT NOT NULL,
    kept_until BIGINT NOT NULL,
    PRIMARY KEY (sender, nonce)
);
CREATE INDEX partner_nonces_by_expiry ON partner_nonces (kept_until);

-- A question put to the child: may the case go to this partner (and the chat too)?
CREATE TABLE handover_consents (
    id               TEXT PRIMARY KEY,
    conversation_id  TEXT NOT NULL REFERENCES conversations (id),
    partner_name     TEXT NOT NULL,
    -- 1 when the chat itself would go too.
    transcript_asked BIGINT NOT NULL,
    -- The language the child was asked in (the chat's).
    language         TEXT NOT NULL,
    asked_by         TEXT NOT NULL REFERENCES staff (id),
    asked_at         BIGINT NOT NULL,
    -- `yes`, `summary_only` or `no`; NULL until the child answers.
    answer           TEXT,
    answered_at      BIGINT
);
CREATE INDEX handover_consents_by_conversation ON handover_consents (conversation_id);

-- Handovers this helpline sent.
CREATE TABLE handovers_out (
    id                     TEXT PRIMARY KEY,
    conversation_id        TEXT NOT NULL REFERENCES conversations (id),
    partner_name           TEXT NOT NULL,
    -- The country it counts under in reports: where the child is, else the partner's first.
    country                TEXT NOT NULL,
    consent_id             TEXT REFERENCES handover_consents (id),
    -- Set when a coordinator sent it without consent (imminent risk).
    without_consent_reason TEXT,
    transcript_sent        BIGINT NOT NULL,
    sent_by                TEXT NOT NULL REFERENCES staff (id),
    sent_at                BIGINT NOT NULL,
    -- sending, failed, delivered, accepted, declined, transferred
    status                 TEXT NOT NULL,
    decided_by             TEXT,
    reason                 TEXT,
    updated_at             BIGINT NOT NULL
);
CREATE INDEX handovers_out_by_conversation ON handovers_out (conversation_id);

-- Handovers partners sent this helpline.
CREATE TABLE handovers_in (
    id               TEXT PRIMARY KEY,
    partner_name     TEXT NOT NULL,
    -- The sender's id for it, used in the answer.
    remote_id        TEXT NOT NULL,
    language         TEXT NOT NULL,
    country          TEXT NOT NULL,
    -- JSON: the summary, the consent, and the transcript (only with the child's consent).
    summary          TEXT NOT NULL,
    consent          TEXT NOT NULL,
    transcript       TEXT,
    child_in_chat    BIGINT NOT NULL,
    received_at      BIGINT NOT NULL,
    -- delivered (waiting for an answer), accepted, declined, transferred
    status           TEXT NOT NULL,
    decided_by       TEXT REFERENCES staff (id),
    decided_at       BIGINT,
    reason           TEXT,
    -- Once accepted: the case the child's return code here opens, and the one-time
    -- token (its hash) their page joins with, until it is used or expires.
    case_id          TEXT,
    token_hash       TEXT UNIQUE,
    token_expires_at BIGINT,
    -- The chat the child joined with the token.
    conversation_id  TEXT,
    UNIQUE (partner_name, remote_id)
);
CREATE INDEX handovers_in_waiting ON handovers_in (status, received_at);
