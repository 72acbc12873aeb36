-- The conversation row numbers its own messages: a message takes `last_seq + 1` in the
-- same statement that checks the sender may write (the conversation's state and
-- owner), so numbering needs no read of the messages table and two writers can never
-- give two messages one seq.
ALTER TABLE conversations ADD COLUMN last_seq BIGINT NOT NULL DEFAULT 0;

UPDATE conversations
SET last_seq = (SELECT COALESCE(MAX(seq), 0) FROM messages WHERE messages.conversation_id = conversations.id);
