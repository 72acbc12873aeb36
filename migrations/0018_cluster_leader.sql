-- The node leading a helpline of several nodes (PostgreSQL), for the others to link
-- to: its address as the other nodes reach it, and the secret a link must present,
-- drawn afresh by each leader. On SQLite one process serves alone and this stays empty.
CREATE TABLE cluster_leader (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    link_url TEXT NOT NULL,
    link_secret TEXT NOT NULL,
    since BIGINT NOT NULL
);
