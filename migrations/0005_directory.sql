-- The referral directory: services a counsellor can refer a child to. Rows come from
-- `bridgeline directory import` and, for the EU-wide numbers (ids starting `eu-`),
-- from the server itself at every start. Nothing is inserted here.
CREATE TABLE services (
    -- Stable, chosen by whoever keeps the import file: importing the same id again
    -- updates the row, so a file can be imported any number of times.
    id                 TEXT PRIMARY KEY,
    name               TEXT NOT NULL,
    -- ISO 3166-1 alpha-2; NULL for a number that works across the EU.
    country            TEXT,
    -- Comma-separated topics, e.g. 'violence,family'; empty means any topic.
    topics             TEXT NOT NULL,
    -- Comma-separated language codes; empty when not known.
    languages          TEXT NOT NULL,
    phone              TEXT,
    url                TEXT,
    always_open        BIGINT NOT NULL CHECK (always_open IN (0, 1)),
    -- Weekly hours as written in the file (shown to readers), with the fixed offset
    -- from UTC, in minutes, their times are in. Both NULL when always open or when
    -- the hours are not known. The openings themselves are in service_openings.
    hours              TEXT,
    utc_offset_minutes BIGINT,
    -- Short descriptions as a JSON object, locale code to text: {"en": "...", "ar": "..."}.
    descriptions       TEXT NOT NULL,
    created_at         BIGINT NOT NULL,
    updated_at         BIGINT NOT NULL
);

-- One row per weekly opening of a service with weekly hours, in minutes from Monday
-- 00:00 local time (local to the service's utc_offset_minutes). An opening that runs
-- past midnight closes up to a day later, past the end of the week for Sunday night.
CREATE TABLE service_openings (
    service_id TEXT NOT NULL REFERENCES services (id),
    opens_at   BIGINT NOT NULL CHECK (opens_at >= 0 AND opens_at < 10080),
    closes_at  BIGINT NOT NULL CHECK (closes_at > opens_at AND closes_at <= opens_at + 1440),
    PRIMARY KEY (service_id, opens_at, closes_at)
);
