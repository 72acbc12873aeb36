//! Which node of a helpline runs the hub: what must run once (routing and offers,
//! timers, the board, the purge). On PostgreSQL the node holding a session-level
//! advisory lock, on a connection of its own, leads; the others wait for the lock and
//! the first to get it after the leader's session dies takes over, rebuilding the hub
//! from the database as at any start. On SQLite the one process leads.

use std::time::Duration;

use sqlx::{AnyConnection, Connection};

use super::{Engine, Store, StoreResult};

/// The lock's key: "BRDL" in ASCII. Advisory locks are scoped to one database, so
/// helplines sharing a PostgreSQL server do not contend.
const LEADER_LOCK_KEY: i64 = 0x4252_444C;

/// How often the leader checks that its lock's session is still alive, and how long
/// that check may take: a leader that cannot show it still holds the lock stops
/// within `CHECK_EVERY + CHECK_WITHIN`.
const CHECK_EVERY: Duration = Duration::from_millis(500);
const CHECK_WITHIN: Duration = Duration::from_secs(2);

/// How long a node that got the lock after waiting for it lets pass before it leads:
/// long enough for a leader that lost its session (rather than died) to have noticed
/// and stopped, so that two hubs never run at once.
pub const TAKEOVER_GRACE: Duration = Duration::from_millis(2_600);

/// How long a waiting node pauses before it tries again after losing its connection.
const RETRY_AFTER: Duration = Duration::from_secs(1);

/// The right to run the hub, held while this value lives (dropping it closes the
/// lock's session, which frees the lock).
#[derive(Debug)]
pub struct Leadership {
    /// The lock's own session; `None` on SQLite, where there is nothing to contend for.
    session: Option<AnyConnection>,
}

impl Store {
    /// Takes the leadership if it is free now: `None` when another node holds it.
    /// When some node led before, the lock may have just been freed by a leader that
    /// lost its session and still runs: this node then waits [`TAKEOVER_GRACE`] too,
    /// as a takeover does.
    pub async fn try_lead(&self) -> StoreResult<Option<Leadership>> {
        if self.engine() == Engine::Sqlite {
            return Ok(Some(Leadership { session: None }));
        }
        let mut session = AnyConnection::connect(self.url()).await?;
        let taken: bool =
            sqlx::query_scalar("SELECT pg_try_advisory_lock($1)").bind(LEADER_LOCK_KEY).fetch_one(&mut session).await?;
        if !taken {
            return Ok(None);
        }
        if self.leader_address().await?.is_some() {
            tracing::info!(grace = ?TAKEOVER_GRACE, "got the leadership lock; letting any previous leader stop");
            tokio::time::sleep(TAKEOVER_GRACE).await;
        }
        Ok(Some(Leadership { session: Some(session) }))
    }

    /// Waits until this node leads: until the node that holds the lock dies or lets
    /// it go, and [`TAKEOVER_GRACE`] after. A lost connection (the database
    /// restarting, say) is opened again.
    pub async fn wait_to_lead(&self) -> Leadership {
        loop {
            match self.wait_once().await {
                Ok(leadership) => {
                    tracing::info!(grace = ?TAKEOVER_GRACE, "got the leadership lock; letting the previous leader stop");
                    tokio::time::sleep(TAKEOVER_GRACE).await;
                    return leadership;
                }
                Err(error) => {
                    tracing::warn!(%error, "waiting for the leadership: the database connection failed; retrying");
                    tokio::time::sleep(RETRY_AFTER).await;
                }
            }
        }
    }

    async fn wait_once(&self) -> StoreResult<Leadership> {
        if self.engine() == Engine::Sqlite {
            return Ok(Leadership { session: None });
        }
        let mut session = AnyConnection::connect(self.url()).await?;
        sqlx::query("SELECT pg_advisory_lock($1)").bind(LEADER_LOCK_KEY).execute(&mut session).await?;
        Ok(Leadership { session: Some(session) })
    }
}

impl Leadership {
    /// Resolves when this node can no longer show that it leads: the lock's session
    /// failed or did not answer in time (the database restarted, or cannot be reached).
    /// Never resolves on SQLite.
    pub async fn lost(mut self) -> String {
        let Some(session) = self.session.as_mut() else {
            return std::future::pending().await;
        };
        loop {
            tokio::time::sleep(CHECK_EVERY).await;
            match tokio::time::timeout(CHECK_WITHIN, sqlx::query("SELECT 1").execute(&mut *session)).await {
                Ok(Ok(_)) => {}
                Ok(Err(error)) => return format!("the leadership lock's session failed: {error}"),
                Err(_) => return format!("the leadership lock's session did not answer within {CHECK_WITHIN:?}"),
            }
        }
    }
}
