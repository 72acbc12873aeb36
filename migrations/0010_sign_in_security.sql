-- Staff sign-in security: a second factor (TOTP, RFC 6238) with one-time recovery
-- codes, the browsers staff signed in from, and a setting that requires the factor of
-- counsellors too. Throttling itself is kept in memory only (client addresses are
-- never stored).

-- One TOTP factor per staff member, confirmed with a code before it is stored. The
-- secret is kept in base32 (the server needs it to compute codes) and never sent
-- again after enrolment. `last_step` is the last 30-second step whose code was
-- accepted: a code for that step or an earlier one is refused, so none is used twice.
CREATE TABLE staff_second_factors (
    staff_id    TEXT PRIMARY KEY REFERENCES staff (id),
    secret      TEXT NOT NULL,
    last_step   BIGINT NOT NULL DEFAULT 0,
    enrolled_at BIGINT NOT NULL
);

-- Recovery codes, each the SHA-256 (hex) of a code of 50 random bits; a row is
-- deleted when its code is used.
CREATE TABLE staff_recovery_codes (
    staff_id  TEXT NOT NULL REFERENCES staff (id),
    code_hash TEXT NOT NULL,
    PRIMARY KEY (staff_id, code_hash)
);

-- Browsers a staff member completed a sign-in from: the SHA-256 of a random token
-- in an HttpOnly cookie. A known browser is not shut out by a lock on its account
-- (strangers guessing its password cannot keep its owner out); it has a throttle of
-- its own instead.
CREATE TABLE staff_devices (
    token_hash TEXT PRIMARY KEY,
    staff_id   TEXT NOT NULL REFERENCES staff (id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX staff_devices_by_staff ON staff_devices (staff_id);

-- The settings table again, with one more name allowed:
-- 'second_factor_for_counsellors' (0 or 1). SQLite cannot change a CHECK in place.
CREATE TABLE settings_0010 (
    name       TEXT PRIMARY KEY CHECK (name IN ('target_wait_secs', 'long_wait_alert_secs', 'retention_days',
                                               'second_factor_for_counsellors')),
    value      BIGINT NOT NULL CHECK (value >= 0),
    updated_at BIGINT NOT NULL,
    updated_by TEXT REFERENCES staff (id)
);
INSERT INTO settings_0010 (name, value, updated_at, updated_by)
    SELECT name, value, updated_at, updated_by FROM settings;
DROP TABLE settings;
ALTER TABLE settings_0010 RENAME TO settings;

-- Audit lines of sign-in security use the existing audit_log, without a conversation:
-- sign_in_locked, sign_in_device_locked, sign_in_client_locked (staff_id: the account
-- concerned, or NULL), sign_in_unlocked and second_factor_reset (staff_id: the admin;
-- detail: the account), second_factor_enrolled and recovery_code_used (staff_id: the
-- member).
