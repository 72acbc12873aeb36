//! The two databases Bridgeline runs on, and everything in which they differ: how a
//! connection is opened and tuned, how a serialised write begins, which migration
//! files apply. Every query elsewhere is the same text on both (`$1` parameters,
//! `TEXT` and `BIGINT` columns, `RETURNING`, `ON CONFLICT`), run through sqlx's `Any`
//! driver, so a feature cannot exist on one database and not the other.

use std::time::Duration;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::migrate::{MigrateDatabase, Migration, Migrator};
use sqlx::{AnyPool, Executor};

use super::{StoreError, StoreResult};

/// Migrations shared by both databases (`migrations/*.sql`).
static SHARED: Migrator = sqlx::migrate!("../migrations");

/// PostgreSQL's own versions of the few shared migrations whose SQL it does not take
/// (`migrations/postgres/*.sql`, same version numbers): `BYTEA` for `BLOB`, say.
static POSTGRES_OVERRIDES: Migrator = sqlx::migrate!("../migrations/postgres");

/// Which database a URL names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    /// One file, one process: the default, nothing to install.
    Sqlite,
    /// PostgreSQL 15+, for a helpline that runs several nodes.
    Postgres,
}

impl Engine {
    /// The engine of `url`, by its scheme.
    pub fn of(url: &str) -> StoreResult<Self> {
        let scheme = url.split_once(':').map_or("", |(scheme, _)| scheme);
        match scheme {
            "sqlite" => Ok(Self::Sqlite),
            "postgres" | "postgresql" => Ok(Self::Postgres),
            _ => Err(StoreError::UnknownEngine(scheme.to_owned())),
        }
    }

    /// Opens a pool on `url`, creating the database when it does not exist yet (a
    /// SQLite file; a PostgreSQL database, if the role may create one).
    pub(super) async fn connect(self, url: &str) -> StoreResult<AnyPool> {
        sqlx::any::install_default_drivers();
        if !sqlx::Any::database_exists(url).await? {
            // Nodes started together may race to create it: one wins, and the others
            // find it there.
            if let Err(error) = sqlx::Any::create_database(url).await {
                if !sqlx::Any::database_exists(url).await? {
                    return Err(error.into());
                }
            }
        }
        let options: AnyConnectOptions = url.parse()?;
        let pool = match self {
            // A connection to a local file does not go stale: no ping before each use
            // (a round trip to the database thread on every query). WAL with
            // `synchronous = FULL`: an acknowledged message survives a killed process
            // and a power cut alike.
            Self::Sqlite => {
                AnyPoolOptions::new()
                    .max_connections(8)
                    .test_before_acquire(false)
                    .after_connect(|connection, _| {
                        Box::pin(async move {
                            connection
                                .execute(
                                    "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; \
                                     PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;",
                                )
                                .await?;
                            Ok(())
                        })
                    })
                    .connect_with(options)
                    .await?
            }
            // A server that restarts closes every connection: each is checked before
            // use, and a dead one replaced, instead of failing the query it was taken for.
            Self::Postgres => {
                AnyPoolOptions::new()
                    .max_connections(16)
                    .acquire_timeout(Duration::from_secs(10))
                    .connect_with(options)
                    .await?
            }
        };
        Ok(pool)
    }

    /// The migrations for this engine: the shared ones, with PostgreSQL's overrides.
    pub(super) fn migrator(self) -> Migrator {
        let migrations: Vec<Migration> = match self {
            Self::Sqlite => SHARED.iter().cloned().collect(),
            Self::Postgres => SHARED
                .iter()
                .map(|shared| {
                    POSTGRES_OVERRIDES.iter().find(|own| own.version == shared.version).unwrap_or(shared).clone()
                })
                .collect(),
        };
        Migrator::with_migrations(migrations)
    }

    /// The statements that open a write transaction. SQLite takes its write lock at
    /// once (`BEGIN IMMEDIATE`, see [`super::Store::begin_write`]); PostgreSQL takes a
    /// transaction-scoped advisory lock, so that the same read-then-write transactions
    /// are serialised there too, across every node.
    ///
    /// The lock's key is "BRDG" in ASCII (0x42524447).
    pub(super) fn begin_write_sql(self) -> &'static str {
        match self {
            Self::Sqlite => "BEGIN IMMEDIATE",
            Self::Postgres => "BEGIN; SELECT pg_advisory_xact_lock(1112687687)",
        }
    }

    /// The statement that opens the message writer's group commit. Nothing global on
    /// PostgreSQL: every write in a batch is checked and numbered in the statement that
    /// locks its conversation's row.
    pub(super) fn begin_batch_sql(self) -> &'static str {
        match self {
            Self::Sqlite => "BEGIN IMMEDIATE",
            Self::Postgres => "BEGIN",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn engines_by_scheme() {
        assert_eq!(Engine::of("sqlite://bridgeline.db").ok(), Some(Engine::Sqlite));
        assert_eq!(Engine::of("postgres://bl@db/bridgeline").ok(), Some(Engine::Postgres));
        assert_eq!(Engine::of("postgresql://bl@db/bridgeline").ok(), Some(Engine::Postgres));
        assert!(matches!(Engine::of("mysql://db/x"), Err(StoreError::UnknownEngine(scheme)) if scheme == "mysql"));
        assert!(matches!(Engine::of("bridgeline.db"), Err(StoreError::UnknownEngine(_))));
    }

    #[test]
    fn postgres_takes_its_own_version_of_a_migration_and_every_other_shared_one() {
        let sqlite = Engine::Sqlite.migrator();
        let postgres = Engine::Postgres.migrator();
        let versions = |migrator: &Migrator| migrator.iter().map(|m| m.version).collect::<Vec<_>>();
        assert_eq!(versions(&sqlite), versions(&postgres));
        for (shared, own) in sqlite.iter().zip(postgres.iter()) {
            let overridden = POSTGRES_OVERRIDES.iter().any(|o| o.version == shared.version);
            assert_eq!(shared.sql == own.sql, !overridden, "migration {}", shared.version);
        }
        assert!(POSTGRES_OVERRIDES.iter().all(|own| SHARED.iter().any(|shared| shared.version == own.version)));
    }
}
