-- "A say afterwards": the child's optional answers after a chat, counted and never
-- kept one by one. One row per week and language holds how many surveys were answered
-- and, per question and answer, how many children gave that answer. Nothing here names
-- a conversation, a counsellor or a time of day; answers of one child to different
-- questions are not kept together; and a week's row is one row however many children
-- answered, so not even the order of answers is kept.
CREATE TABLE survey_counts (
    -- The Monday the week starts on, YYYY-MM-DD, at the helpline's UTC offset.
    week                TEXT NOT NULL,
    language            TEXT NOT NULL,
    -- Surveys answered (each answers at least one question).
    responses           BIGINT NOT NULL DEFAULT 0,
    listened_yes        BIGINT NOT NULL DEFAULT 0,
    listened_not_sure   BIGINT NOT NULL DEFAULT 0,
    listened_no         BIGINT NOT NULL DEFAULT 0,
    next_steps_yes      BIGINT NOT NULL DEFAULT 0,
    next_steps_not_sure BIGINT NOT NULL DEFAULT 0,
    next_steps_no       BIGINT NOT NULL DEFAULT 0,
    come_back_yes       BIGINT NOT NULL DEFAULT 0,
    come_back_not_sure  BIGINT NOT NULL DEFAULT 0,
    come_back_no        BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (week, language)
);

-- Whether the conversation's survey was answered: only so that it counts once. It
-- says nothing of the answers, and goes with the conversation at the retention purge.
ALTER TABLE conversations ADD COLUMN survey_answered BIGINT NOT NULL DEFAULT 0;
