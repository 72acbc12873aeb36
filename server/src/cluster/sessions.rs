//! Staff sessions across nodes. Each node's staff sockets trust their last session
//! check until the node's count of session changes moves (see
//! [`crate::app::AppState::sessions_changed`]); a sign-out or an account change on any
//! node moves every node's count, through a PostgreSQL notification.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use crate::store::Store;

/// The channel a session change is announced on. No payload: every socket checks.
pub const CHANNEL: &str = "bl_sessions";

/// How long a listener that cannot reach the database waits before trying again.
const RETRY_AFTER: Duration = Duration::from_secs(1);

/// Announces a session change to every node (nothing to do on SQLite).
pub async fn announce(store: &Store) {
    if let Err(error) = store.notify(CHANNEL, "").await {
        // The other nodes' sockets still re-check on their own within seconds.
        tracing::warn!(%error, "a session change could not be announced to the other nodes");
    }
}

/// Moves `generation` whenever any node announces a session change, and whenever the
/// listener had to reconnect (it may have missed some). Runs until the process ends.
pub fn spawn_listener(store: Store, generation: Arc<AtomicU64>) {
    tokio::spawn(async move {
        loop {
            let mut listener = match store.listen(&[CHANNEL]).await {
                Ok(Some(listener)) => listener,
                Ok(None) => return,
                Err(error) => {
                    tracing::warn!(%error, "cannot listen for session changes; retrying");
                    tokio::time::sleep(RETRY_AFTER).await;
                    continue;
                }
            };
            // Missed while not listening: count it as a change.
            generation.fetch_add(1, Ordering::SeqCst);
            loop {
                match listener.try_recv().await {
                    // A notification, or (`None`) a lost connection, reopened on the
                    // next call: notifications meanwhile may be missed.
                    Ok(_) => {
                        generation.fetch_add(1, Ordering::SeqCst);
                    }
                    Err(error) => {
                        tracing::warn!(%error, "listening for session changes failed; reconnecting");
                        tokio::time::sleep(RETRY_AFTER).await;
                        break;
                    }
                }
            }
        }
    });
}
