//! SQLite's write-ahead log, copied back into the database file off the message path.
//!
//! Left to itself, SQLite checkpoints inside whichever commit takes the log past 1,000
//! pages: that commit copies the pages into the database file and fsyncs it before it
//! returns, and every message of its batch waits for work that is not its own, several
//! times a second under load. So the writer's connection turns that off
//! ([`Store::write_connection`]) and the copying is split in two:
//!
//! - a task of its own copies the log on another connection ([`Store::checkpoint`]), at
//!   the [`Pace`] the writer's commits set: a passive checkpoint runs beside the
//!   writer's commits without holding them up;
//! - but under a steady stream of commits it never catches up (new pages arrive while
//!   it copies), and a log that is never copied to its end never starts over: it grows
//!   without bound (715 MB after one `./x bench`). So once the log is past
//!   [`Pace::start_over_at`], the writer copies the few pages the task could not,
//!   between two batches, on its own connection ([`WriteConnection::checkpoint`]); its
//!   next commit then starts the log over.
//!
//! PostgreSQL needs none of this.

use std::time::Duration;

use super::writes::WriteConnection;
use super::{Db, Engine, Store, StoreResult};

/// When the log is copied back, and when the writer makes it start over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pace {
    /// The longest time between two checkpoints.
    pub every: Duration,
    /// Writes committed since the last checkpoint after which the next one comes at
    /// once: under a burst, this and not the clock bounds the log.
    pub after_writes: usize,
    /// Pages in the log past which the writer finishes the copying so that the log
    /// starts over.
    pub start_over_at: i64,
}

impl Pace {
    /// Like a database server's checkpoints, rare, so that each copies a page once
    /// however many commits changed it.
    ///
    /// A message's commit logs about five pages, nearly all of them pages that later
    /// messages change again: the conversations' rows and, for each live chat, the
    /// tail pages of the messages' two indexes. A checkpoint copies each page once, but
    /// the tail pages lie all over the file, so each is a random write. Once a second,
    /// 2,000 chats at 1,000 msg/s meant about 1,600 such writes a second, copied and
    /// fsynced in one burst that held the commits' own fsyncs up for 5 to 18 ms, every
    /// second: the ack p99 doubled (see the notes of issue 10). Every ten seconds most
    /// chats have changed the same pages several times over: one checkpoint of ten
    /// seconds of that load (52,000 pages logged) took 9 ms, no longer than one of a
    /// second's had, and the commits were held up once instead of ten times.
    ///
    /// 10,000 writes (about 50,000 pages, 200 MiB of log) bring it sooner: that is ten
    /// seconds at 1,000 msg/s, and faster bursts are checkpointed sooner, so the log
    /// stays near that size however fast messages come.
    ///
    /// At a helpline's usual pace a checkpoint gets to the end of the log by itself and
    /// the log starts over; past 16 MiB (4,096 pages) the writer finishes the copying
    /// between two batches (a stall of a few milliseconds, once a checkpoint).
    pub const HELPLINE: Pace = Pace { every: Duration::from_secs(10), after_writes: 10_000, start_over_at: 4_096 };
}

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
