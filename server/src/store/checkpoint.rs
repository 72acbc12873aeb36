//! SQLite's write-ahead log, copied back into the database file off the message path.
//!
//! Left to itself, SQLite checkpoints inside whichever commit takes the log past 1,000
//! pages: that commit copies the pages into the database file and fsyncs it before it
//! returns, and every message of its batch waits for work that is not its own, several
//! times a second under load. So the writer's connection turns that off
//! ([`Store::write_connection`]) and the copying is split in two:
//!
//! - a task of its own copies the log every [`CHECKPOINT_EVERY`], on another connection
//!   ([`Store::checkpoint`]): a passive checkpoint runs beside the writer's commits
//!   without holding them up;
//! - but under a steady stream of commits it never catches up (new pages arrive while
//!   it copies), and a log that is never copied to its end never starts over: it grows
//!   without bound (715 MB after one `./x bench`). So once the log is past
//!   [`START_OVER_AT`], the writer copies the few pages the task could not, between two
//!   batches, on its own connection ([`WriteConnection::checkpoint`]); its next commit
//!   then starts the log over.
//!
//! PostgreSQL needs none of this.

use std::time::Duration;

use super::writes::WriteConnection;
use super::{Db, Engine, Store, StoreResult};

/// How often the log is copied back. A message's commit logs about five pages, most of
/// them pages that the next messages change again (the conversations' rows, the tails
/// of the messages' two indexes); a checkpoint copies each page once, however often it
/// was logged. Once a second copies a hot page once where every 250 ms copied it four
/// times, and disturbs the commits a quarter as often. What is left is the cost of
/// those indexes: about two random page writes a message under load, copied in one
/// burst a second (see the notes of issue 10).
pub const CHECKPOINT_EVERY: Duration = Duration::from_millis(1000);

/// Pages in the log past which the writer finishes the copying so that it starts over
/// (64 MiB in 4 KiB pages). At a helpline's usual pace the checkpoints get to the end
/// by themselves and the log starts over every second; only a long burst of thousands
/// of messages a second brings it this far, which it then does every few seconds
/// instead of every second (one stall of the writer of a few milliseconds each time).
pub const START_OVER_AT: i64 = 16_384;

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
        Ok(Some(passive(self.pool()).await?))
    }
}

impl WriteConnection {
    /// Copies what is left of the log into the database file, between two batches;
    /// with nothing else writing meanwhile, it gets to the end, and the next commit
    /// starts the log over (`None` on PostgreSQL).
    pub async fn checkpoint(&mut self) -> StoreResult<Option<Checkpointed>> {
        if self.engine != Engine::Sqlite {
            return Ok(None);
        }
        Ok(Some(passive(&mut *self.connection).await?))
    }
}

/// A checkpoint that waits for no one: it copies what no reader still needs.
async fn passive<'e>(executor: impl sqlx::Executor<'e, Database = Db>) -> StoreResult<Checkpointed> {
    let (_busy, logged, copied): (i64, i64, i64) =
        sqlx::query_as("PRAGMA wal_checkpoint(PASSIVE)").fetch_one(executor).await?;
    Ok(Checkpointed { logged, copied })
}
