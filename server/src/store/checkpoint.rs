//! SQLite's write-ahead log, copied back into the database file off the message path.
//!
//! Left to itself, SQLite checkpoints inside whichever commit takes the log past 1,000
//! pages: that commit copies the pages into the database file and fsyncs it before it
//! returns. Every message of a batch then waits for work that is not its own, several
//! times a second under load. The writer's connection turns that off
//! ([`Store::write_connection`]) and a task of its own checkpoints instead, on another
//! connection: a passive checkpoint runs beside the writer's commits without holding
//! them up, and once it has copied everything, the next commit starts the log over.
//! PostgreSQL needs none of this.

use std::time::Duration;

use super::{Engine, Store, StoreResult};

/// How often the log is copied back: at a thousand messages a second it holds a few
/// megabytes by then, which one checkpoint copies in a few milliseconds.
pub const CHECKPOINT_EVERY: Duration = Duration::from_millis(250);

/// The statement that turns checkpoints in commits off, for the connection it runs on.
pub(super) const NO_CHECKPOINT_IN_COMMIT: &str = "PRAGMA wal_autocheckpoint = 0";

/// How far a checkpoint got.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Checkpointed {
    /// Pages in the log.
    pub logged: i64,
    /// Pages of those now in the database file too.
    pub copied: i64,
}

impl Store {
    /// Copies what the log holds back into the database file as far as it can without
    /// waiting for anyone (`None` on PostgreSQL, which keeps its own log).
    pub async fn checkpoint(&self) -> StoreResult<Option<Checkpointed>> {
        if self.engine() != Engine::Sqlite {
            return Ok(None);
        }
        let (_busy, logged, copied): (i64, i64, i64) =
            sqlx::query_as("PRAGMA wal_checkpoint(PASSIVE)").fetch_one(self.pool()).await?;
        Ok(Some(Checkpointed { logged, copied }))
    }
}
