-- Settings an admin changes at run time, overriding the server's flags. One row per
-- name; the value is an integer (seconds, days).
CREATE TABLE settings (
    name       TEXT PRIMARY KEY CHECK (name IN ('target_wait_secs', 'long_wait_alert_secs', 'retention_days')),
    value      BIGINT NOT NULL CHECK (value >= 0),
    updated_at BIGINT NOT NULL,
    updated_by TEXT REFERENCES staff (id)
);
