//! The disk's floor: how long one SQLite commit with fsync takes here (WAL,
//! `synchronous=FULL`, one INSERT per transaction), the median of many.

use std::path::Path;
use std::str::FromStr;
use std::time::{Duration, Instant};

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqliteSynchronous};
use sqlx::{Connection, SqliteConnection};

use crate::stats;
use crate::BenchError;

pub async fn commit_median(dir: &Path, commits: u32) -> Result<Duration, BenchError> {
    let path = dir.join("fsync.db");
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    let options = SqliteConnectOptions::from_str(&format!("sqlite://{}", path.display()))?
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Full);
    let mut connection = SqliteConnection::connect_with(&options).await?;
    sqlx::query("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)").execute(&mut connection).await?;
    let mut samples = Vec::new();
    for index in 0..commits {
        let began = Instant::now();
        sqlx::query("INSERT INTO t (id, body) VALUES (?, ?)")
            .bind(i64::from(index))
            .bind(crate::frames::TEXT)
            .execute(&mut connection)
            .await?;
        samples.push(began.elapsed());
    }
    connection.close().await?;
    stats::summarise(samples).p50.ok_or_else(|| BenchError::Failed("no commit timed".into()))
}
