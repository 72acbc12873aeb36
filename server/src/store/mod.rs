//! Durable storage through sqlx: one file per aggregate (staff, sessions,
//! conversations, messages, the referral directory), bound parameters only, the same
//! SQL on SQLite and PostgreSQL ([`engine`] holds the few places where they differ).

pub mod blocks;
pub mod cases;
pub mod casework;
pub mod checkpoint;
pub mod cluster;
pub mod conversations;
pub mod directory;
pub mod engine;
pub mod handovers;
pub mod leadership;
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

use sqlx::AnyPool;

pub use engine::Engine;

/// The database type every query runs on: sqlx's `Any`, which is SQLite or PostgreSQL
/// by the URL it was opened with.
pub(crate) type Db = sqlx::Any;
pub(crate) type DbConnection = sqlx::AnyConnection;
pub(crate) type DbRow = sqlx::any::AnyRow;

/// Errors of the storage layer.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("unknown database {0:?}: the URL must start with sqlite: or postgres:")]
    UnknownEngine(String),
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
    pool: AnyPool,
    engine: Engine,
    /// Kept for the connections that live outside the pool (the leadership lock's).
    url: DatabaseUrl,
}

/// A database URL, which may hold a password: never printed.
#[derive(Clone)]
struct DatabaseUrl(std::sync::Arc<str>);

impl std::fmt::Debug for DatabaseUrl {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str("DatabaseUrl(..)")
    }
}

impl Store {
    /// Opens (creating if needed) the database at `url`: `sqlite://bridgeline.db`, or
    /// `postgres://user@host/bridgeline`.
    pub async fn open(url: &str) -> StoreResult<Self> {
        let engine = Engine::of(url)?;
        let pool = engine.connect(url).await?;
        Ok(Self { pool, engine, url: DatabaseUrl(url.into()) })
    }

    fn url(&self) -> &str {
        &self.url.0
    }

    /// Which database this is.
    pub fn engine(&self) -> Engine {
        self.engine
    }

    /// Applies every embedded migration not yet applied. Several nodes starting at once
    /// on PostgreSQL take turns (sqlx holds an advisory lock while it migrates).
    pub async fn migrate(&self) -> StoreResult<()> {
        self.engine.migrator().run(&self.pool).await?;
        Ok(())
    }

    /// Whether the database answers; used by readiness checks.
    pub async fn ping(&self) -> StoreResult<()> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    pub(crate) fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// A transaction that takes the write lock at once. Writers run concurrently (the
    /// hub, history readers writing their audit line, HTTP routes): on SQLite a
    /// deferred transaction that reads first and writes second cannot wait for the
    /// lock when another connection wrote meanwhile, and fails with SQLITE_BUSY at once,
    /// past `busy_timeout`; an immediate one waits its turn. PostgreSQL serialises the
    /// same transactions with an advisory lock, so that what they read stays true
    /// until they commit.
    pub(crate) async fn begin_write(&self) -> StoreResult<sqlx::Transaction<'static, Db>> {
        Ok(self.pool.begin_with(self.engine.begin_write_sql()).await?)
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
