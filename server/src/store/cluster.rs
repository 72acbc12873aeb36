//! What the nodes of one helpline tell each other through the database: which node
//! leads and how to reach it, and notifications (PostgreSQL `NOTIFY`).

use sqlx::Row;

use super::{Engine, Store, StoreResult};

/// How the other nodes reach the leader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeaderAddress {
    /// `http://host:port` of the leader, as the other nodes reach it.
    pub link_url: String,
    /// The secret a link to it presents.
    pub link_secret: String,
}

impl Store {
    /// Writes where this node, now leading, is reached. Only the lock holder calls it.
    pub async fn announce_leader(&self, address: &LeaderAddress, now: i64) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO cluster_leader (id, link_url, link_secret, since) VALUES (1, $1, $2, $3)
             ON CONFLICT (id) DO UPDATE SET link_url = excluded.link_url, link_secret = excluded.link_secret,
             since = excluded.since",
        )
        .bind(&address.link_url)
        .bind(&address.link_secret)
        .bind(now)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Where the leader said it is reached, if a leader said so.
    pub async fn leader_address(&self) -> StoreResult<Option<LeaderAddress>> {
        let row = sqlx::query("SELECT link_url, link_secret FROM cluster_leader WHERE id = 1")
            .fetch_optional(self.pool())
            .await?;
        Ok(row.map(|row| LeaderAddress { link_url: row.get(0), link_secret: row.get(1) }))
    }

    /// Tells every node listening on `channel` (PostgreSQL; nothing to tell on SQLite,
    /// where one process serves alone). The payload is an id at most, never content.
    pub async fn notify(&self, channel: &str, payload: &str) -> StoreResult<()> {
        if self.engine() == Engine::Postgres {
            sqlx::query("SELECT pg_notify($1, $2)").bind(channel).bind(payload).execute(self.pool()).await?;
        }
        Ok(())
    }

    /// A listener on `channels`, on a connection of its own (PostgreSQL only).
    pub async fn listen(&self, channels: &[&str]) -> StoreResult<Option<sqlx::postgres::PgListener>> {
        if self.engine() != Engine::Postgres {
            return Ok(None);
        }
        let mut listener = sqlx::postgres::PgListener::connect(self.url()).await?;
        listener.listen_all(channels.iter().copied()).await?;
        Ok(Some(listener))
    }
}
