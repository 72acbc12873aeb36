//! Durable storage through sqlx: one file per aggregate (staff, sessions,
//! conversations, messages, the referral directory), bound parameters only, SQL kept
//! portable to PostgreSQL.
//!
//! SQLite runs in WAL mode with `synchronous = FULL`, so a message that was acknowledged
//! survives a killed process and a power cut alike.

pub mod blocks;
pub mod cases;
pub mod casework;
pub mod conversations;
pub mod directory;
pub mod handovers;
pub mod left_messages;
pub mod messages;
pub mod partners;
pub mod retention;
pub mod second_factor;
pub mod sessions;
pub mod settings;
pub mod staff;
pub mod survey;
pub mod writes;

use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::SqlitePool;

/// Errors of the storage layer.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("stored data is corrupt: {0}")]
    Corrupt(String),
    #[error("{0} already exists")]
    AlreadyExists(String),
    /// A change to a live conversation found it ended (it ended before this change
    /// reached the store).
    #[error("the conversation has ended")]
    ConversationEnded,
}

pub type StoreResult<T> = Result<T, StoreError>;

/// A handle on the database; cheap to clone.
#[derive(Clone, Debug)]
pub struct Store {
    pool: SqlitePool,
}

impl Store {
    /// Opens (creating if needed) the database at `url`, e.g. `sqlite://bridgeline.db`.
    pub async fn open(url: &str) -> StoreResult<Self> {
        let options = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10));
        // A connection to a local file does not go stale: no ping before each use (it
        // would cost a round trip to the database thread on every query).
        let pool = SqlitePoolOptions::new().max_connections(8).test_before_acquire(false).connect_with(options).await?;
        Ok(Self { pool })
    }

    /// Applies every embedded migration not yet applied.
    pub async fn migrate(&self) -> StoreResult<()> {
        sqlx::migrate!("../migrations").run(&self.pool).await?;
        Ok(())
    }

    /// Whether the database answers; used by readiness checks.
    pub async fn ping(&self) -> StoreResult<()> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    pub(crate) fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    /// A transaction that takes the write lock at once (`BEGIN IMMEDIATE`). Writers run
    /// concurrently (the hub, history readers writing their audit line, HTTP routes):
    /// a deferred transaction that reads first and writes second cannot wait for the
    /// lock when another connection wrote meanwhile, and fails with SQLITE_BUSY at once,
    /// past `busy_timeout`; an immediate one waits its turn.
    pub(crate) async fn begin_write(&self) -> StoreResult<sqlx::Transaction<'static, sqlx::Sqlite>> {
        Ok(self.pool.begin_with("BEGIN IMMEDIATE").await?)
    }
}

/// Splits a stored comma-separated language list.
pub(crate) fn split_list(stored: &str) -> Vec<String> {
    stored.split(',').map(str::trim).filter(|code| !code.is_empty()).map(str::to_owned).collect()
}

/// Converts a stored BIGINT that must be non-negative.
pub(crate) fn non_negative(value: i64, what: &str) -> StoreResult<u64> {
    u64::try_from(value).map_err(|_| StoreError::Corrupt(format!("{what} is negative")))
}

#[cfg(test)]
mod tests;
