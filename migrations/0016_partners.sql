-- Partner helplines in other countries (issue 14). Each helpline configures whom it
-- trusts; every request between partners is signed with the sender's Ed25519 key
-- (this helpline's own is in `server_keys`, name `partner_signing`).
CREATE TABLE partners (
    name       TEXT PRIMARY KEY,
    base_url   TEXT NOT NULL,
    -- ISO 3166 alpha-2 codes, comma-separated.
    countries  TEXT NOT NULL,
    -- Language codes, comma-separated.
    languages  TEXT NOT NULL,
    -- `ed25519:` and the public key in base64url.
    public_key TEXT NOT NULL UNIQUE,
    added_at   BIGINT NOT NULL
);
