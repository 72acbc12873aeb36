//! Several nodes, one helpline (PostgreSQL).
//!
//! Every node serves: the pages, sign-in, the API, and the sockets of whoever the load
//! balancer sends to it. One node leads (the advisory lock in
//! [`crate::store::leadership`]) and runs what must run once: the hub that decides
//! (queues, offers, timers, the board), the message writer, the bus and the purge.
//!
//! Each other node, a follower, holds one link to the leader (`leader.rs`,
//! `follower.rs`): a WebSocket that carries its clients' frames, tagged with the
//! follower's id for the socket, and brings back the frames for them. The leader
//! serves a relayed socket exactly as one of its own (the same handlers, the same
//! checks), so a child on one node and their counsellor on another are simply two
//! sockets of the same hub, and an accept from each of two nodes is two commands in a
//! row. The follower keeps what is per connection: the TLS and WebSocket transport,
//! frame limits, pings, the staff session at the handshake.
//!
//! The leader writes where it is reached into the database when it takes over
//! (`cluster_leader`), with a secret drawn afresh that links must present. When a
//! leader dies, each follower's link drops: it closes its clients' sockets (they
//! reconnect and resume, as after any network cut), and links to the new leader as
//! soon as one has announced itself; one of the followers is that new leader.
//!
//! What changes on one node and matters on all travels as PostgreSQL notifications
//! (`sessions.rs`): a sign-out or an account change makes every node's staff sockets
//! check their session before their next frame.

pub mod follower;
pub mod leader;
pub mod sessions;
pub mod wire;

use std::sync::Arc;
use std::time::Duration;

use futures_util::{Sink, SinkExt};
use serde::Serialize;
use tokio::sync::mpsc;

pub use follower::Link;
pub use leader::{pump_relayed, Relayed};

/// What this node is in its helpline.
#[derive(Clone, Debug)]
pub enum Role {
    /// Runs the hub and the message path. Followers' links present `link_secret`
    /// (`None` on SQLite, where one process serves alone and nothing links to it).
    Leader { link_secret: Option<Arc<str>> },
    /// Serves pages and the API itself, and relays its sockets to the leader.
    Follower(Link),
}

impl Role {
    pub fn leads(&self) -> bool {
        matches!(self, Role::Leader { .. })
    }
}

/// The close code a follower's client sockets get when the link to the leader drops
/// (RFC 6455 "service restart"): the client reconnects and resumes.
pub const CLOSE_SERVICE_RESTART: u16 = 1012;

/// Both ends of a link ping this often; a link silent for [`LINK_SILENT`] is dead.
const LINK_PING: Duration = Duration::from_secs(1);
const LINK_SILENT: Duration = Duration::from_secs(4);

/// Writes a link's frames as JSON text, with a ping every [`LINK_PING`] so that the
/// other end sees it alive, until the queue closes or the link fails. Each end passes
/// its own WebSocket's messages (axum's on the leader, tungstenite's on a follower).
async fn write_link<T: Serialize, M>(
    mut outgoing: mpsc::Receiver<T>,
    mut sink: impl Sink<M> + Unpin,
    text: impl Fn(String) -> M,
    ping: impl Fn() -> M,
) {
    let mut pings = tokio::time::interval(LINK_PING);
    loop {
        let message = tokio::select! {
            _ = pings.tick() => ping(),
            frame = outgoing.recv() => match frame.map(|frame| serde_json::to_string(&frame)) {
                Some(Ok(frame)) => text(frame),
                Some(Err(error)) => {
                    tracing::error!(%error, "a link frame did not serialise");
                    continue;
                }
                None => break,
            },
        };
        if sink.send(message).await.is_err() {
            break;
        }
    }
}
