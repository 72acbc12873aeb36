-- When a conversation's transcript and notes were deleted under the retention policy.
-- The row itself stays, without content, for the anonymous counts of reports.
ALTER TABLE conversations ADD COLUMN purged_at BIGINT;
CREATE INDEX conversations_ended ON conversations (state, ended_at);
