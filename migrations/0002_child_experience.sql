-- What the child said before the chat (all optional), read marks on both sides, and
-- the child's rating afterwards.
-- Comma-separated topics, e.g. 'family,migration'; empty when skipped.
ALTER TABLE conversations ADD COLUMN topics TEXT NOT NULL DEFAULT '';
ALTER TABLE conversations ADD COLUMN age_band TEXT;
-- ISO 3166-1 alpha-2, where the child is now; for referrals.
ALTER TABLE conversations ADD COLUMN country TEXT;
-- The highest seq each side has seen; only ever raised.
ALTER TABLE conversations ADD COLUMN child_read_seq BIGINT NOT NULL DEFAULT 0;
ALTER TABLE conversations ADD COLUMN counsellor_read_seq BIGINT NOT NULL DEFAULT 0;
ALTER TABLE conversations ADD COLUMN rating TEXT CHECK (rating IN ('helped', 'somewhat', 'not_helped'));
ALTER TABLE conversations ADD COLUMN rated_at BIGINT;
