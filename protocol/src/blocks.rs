//! Abusive contacts, as coordinators see them: reports waiting for a decision and the
//! blocks in force. Staff only; nothing here says who a child is (no address, no
//! token, no hash: only which kinds of mark a block holds).

use serde::{Deserialize, Serialize};

use crate::{ConversationId, UnixMillis};

/// How long a confirmed block lasts when the coordinator does not say: a day.
pub const DEFAULT_BLOCK_SECONDS: u64 = 24 * 3600;

/// The longest block a coordinator may set: seven days.
pub const MAX_BLOCK_SECONDS: u64 = 7 * 24 * 3600;

/// The `blocks` frame: every pending report and every block in force.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BlocksView {
    /// Reports waiting for a coordinator, oldest first.
    pub pending: Vec<AbuseReport>,
    /// Blocks in force, ending soonest first.
    pub active: Vec<AbuseReport>,
}

/// One chat a counsellor ended as abusive, pending or confirmed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AbuseReport {
    pub report_id: String,
    pub conversation_id: ConversationId,
    pub language: String,
    /// The counsellor's reason, for the coordinator deciding.
    pub reason: String,
    /// Display name of the counsellor who reported it.
    pub reported_by: String,
    pub reported_at: UnixMillis,
    /// Pending: when the report lapses if nobody decides. Active: when the block ends.
    pub until: UnixMillis,
    /// Whether the block holds the browser's pause token (its page was open when the
    /// chat ended, so it received one).
    pub by_token: bool,
    /// Whether the block holds a keyed hash of the browser's network address (kept in
    /// memory only: a server restart drops it).
    pub by_address: bool,
    /// For an active block: display name of the coordinator who confirmed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirmed_by: Option<String>,
}
