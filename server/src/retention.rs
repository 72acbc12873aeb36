//! The retention policy: conversations that ended more than the retention period ago
//! lose their transcript and notes (see `store/retention.rs`). A background task purges
//! once at start and then every hour; `bridgeline retention purge` runs one by hand.

use std::time::Duration;

use crate::secrets::{new_id, unix_millis};
use crate::store::retention::Purged;
use crate::store::{Store, StoreError};

const DAY_MILLIS: i64 = 24 * 60 * 60 * 1000;

/// The retention period when neither a flag nor an admin set one.
pub const DEFAULT_DAYS: u64 = 90;

/// How often the server purges.
pub const PURGE_EVERY: Duration = Duration::from_secs(3600);

/// Conversations that ended before this instant are past the policy.
pub fn cutoff(now: i64, retention_days: u64) -> i64 {
    let days = i64::try_from(retention_days).unwrap_or(i64::MAX);
    now.saturating_sub(days.saturating_mul(DAY_MILLIS))
}

#[derive(Debug, thiserror::Error)]
pub enum PurgeError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Random(#[from] crate::secrets::RandomError),
}

/// Purges as of `now`.
pub async fn purge(store: &Store, retention_days: u64, now: i64) -> Result<Purged, PurgeError> {
    let purged = store.purge_before(cutoff(now, retention_days), &new_id()?, now).await?;
    if purged.conversations > 0 {
        tracing::info!(?purged, retention_days, "retention purge");
    }
    Ok(purged)
}

/// Runs the purge now and every [`PURGE_EVERY`] until the server stops, with the
/// retention period an admin set, else `default_days` (the flag).
pub fn spawn_purger(store: Store, default_days: u64) {
    tokio::spawn(async move {
        let mut interval = tokio::time::interval(PURGE_EVERY);
        loop {
            interval.tick().await;
            let days = match store.settings().await {
                Ok(settings) => settings.retention_days.unwrap_or(default_days),
                Err(error) => {
                    tracing::error!(%error, "could not read the retention setting; will retry");
                    continue;
                }
            };
            if let Err(error) = purge(&store, days, unix_millis()).await {
                tracing::error!(%error, "retention purge failed; will retry");
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cutoff_is_the_retention_period_before_now() {
        assert_eq!(cutoff(10 * DAY_MILLIS, 3), 7 * DAY_MILLIS);
        assert_eq!(cutoff(DAY_MILLIS, 0), DAY_MILLIS);
        assert!(cutoff(0, u64::MAX) < 0, "a huge period keeps everything");
    }
}
