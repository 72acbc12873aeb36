-- Messages children leave while nobody who speaks their language is on duty (issue
-- 12): the conversation stays `waiting`, out of the queue, until a counsellor takes
-- it. `left_message_at` says since when, and stays: the chat was a left message.
ALTER TABLE conversations ADD COLUMN left_message_at BIGINT;
