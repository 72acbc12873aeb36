//! Returning children: the case a return code opens, as a counsellor sees it.
//!
//! A child who takes a return code and comes back with it is one case across visits;
//! the server keeps only a keyed hash of the code. See `docs/protocol.md`, "Return
//! codes".

use serde::{Deserialize, Serialize};

use crate::{ConversationId, NoteView, UnixMillis, WrapUp};

/// One earlier conversation of a returning child's case, for the counsellor who holds
/// the current one. Its transcript, while the retention period keeps it, is read page
/// by page with `history` (audited).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EarlierContact {
    pub conversation_id: ConversationId,
    pub started_at: UnixMillis,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended_at: Option<UnixMillis>,
    /// Display name of the counsellor who held it last, if anyone answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counsellor: Option<String>,
    /// Whether the transcript is still kept (the retention purge empties it).
    pub transcript_kept: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wrap_up: Option<WrapUp>,
    /// Its private notes, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<NoteView>,
    /// The services the child was referred to, by name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub referrals: Vec<String>,
}
