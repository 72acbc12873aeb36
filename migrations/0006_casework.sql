-- Casework on a conversation: risk, who handled it, private notes, transfers,
-- referrals, the wrap-up, imminent-risk alerts, and the audit log of staff reads.

-- The counsellor's judgement of danger; 'imminent' alerts coordinators.
ALTER TABLE conversations ADD COLUMN risk TEXT NOT NULL DEFAULT 'none'
    CHECK (risk IN ('none', 'low', 'medium', 'high', 'imminent'));

-- Every time a conversation was given to a staff member, and when it left them. This,
-- not conversations.counsellor_id (the current one), says who may reopen it.
CREATE TABLE assignments (
    conversation_id TEXT NOT NULL REFERENCES conversations (id),
    staff_id        TEXT NOT NULL REFERENCES staff (id),
    assigned_at     BIGINT NOT NULL,
    released_at     BIGINT,
    PRIMARY KEY (conversation_id, staff_id, assigned_at)
);
CREATE INDEX assignments_by_staff ON assignments (staff_id, assigned_at);
INSERT INTO assignments (conversation_id, staff_id, assigned_at, released_at)
    SELECT id, counsellor_id, COALESCE(assigned_at, queued_at), ended_at
    FROM conversations WHERE counsellor_id IS NOT NULL;

-- Private notes: staff only, never sent to the child.
CREATE TABLE notes (
    id              TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL REFERENCES conversations (id),
    staff_id        TEXT NOT NULL REFERENCES staff (id),
    kind            TEXT NOT NULL CHECK (kind IN ('note', 'transfer')),
    text            TEXT NOT NULL,
    created_at      BIGINT NOT NULL
);
CREATE INDEX notes_by_conversation ON notes (conversation_id, created_at);

CREATE TABLE transfers (
    id              TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL REFERENCES conversations (id),
    from_staff_id   TEXT NOT NULL REFERENCES staff (id),
    target_kind     TEXT NOT NULL CHECK (target_kind IN ('counsellor', 'language', 'coordinator')),
    -- The receiving staff id, or the language code.
    target          TEXT NOT NULL,
    created_at      BIGINT NOT NULL
);
CREATE INDEX transfers_by_conversation ON transfers (conversation_id);

-- Referrals made. The service's name is copied: the directory may change later.
CREATE TABLE referrals (
    id              TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL REFERENCES conversations (id),
    staff_id        TEXT NOT NULL REFERENCES staff (id),
    service_id      TEXT NOT NULL,
    service_name    TEXT NOT NULL,
    reason          TEXT NOT NULL,
    child_agreed    BIGINT NOT NULL,
    created_at      BIGINT NOT NULL
);
CREATE INDEX referrals_by_conversation ON referrals (conversation_id);

CREATE TABLE wrap_ups (
    conversation_id TEXT PRIMARY KEY REFERENCES conversations (id),
    staff_id        TEXT NOT NULL REFERENCES staff (id),
    -- Comma-separated taxonomy codes, e.g. 'violence.bullying,family'.
    categories      TEXT NOT NULL,
    outcome         TEXT NOT NULL
        CHECK (outcome IN ('supported', 'referred', 'emergency', 'child_left', 'non_counselling')),
    cross_border    BIGINT NOT NULL,
    updated_at      BIGINT NOT NULL
);

CREATE TABLE alerts (
    id              TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL REFERENCES conversations (id),
    raised_by       TEXT NOT NULL REFERENCES staff (id),
    raised_at       BIGINT NOT NULL,
    acknowledged_by TEXT REFERENCES staff (id),
    acknowledged_at BIGINT
);
CREATE INDEX alerts_open ON alerts (acknowledged_at, raised_at);

-- Every read of a transcript by staff (who, when, which, how), and what Bridgeline
-- itself does to stored conversations (a retention purge: no staff member).
CREATE TABLE audit_log (
    id              TEXT PRIMARY KEY,
    at              BIGINT NOT NULL,
    staff_id        TEXT REFERENCES staff (id),
    action          TEXT NOT NULL,
    conversation_id TEXT,
    detail          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_by_conversation ON audit_log (conversation_id, at);
