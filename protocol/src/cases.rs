//! Returning children: the case a return code opens, as a counsellor sees it.
//!
//! A child who takes a return code and comes back with it is one case across visits;
//! the server keeps only a keyed hash of the code. See `docs/protocol.md`, "Return
//! codes".

use serde::{Deserialize, Serialize};

use crate::{ConversationId, ConversationState, Intake, NoteView, UnixMillis, WrapUp};

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

/// One chat of a child's case, as the child sees it after `open_case`: enough to list
/// it; its messages are read with `history`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChildEarlierChat {
    pub conversation_id: ConversationId,
    pub started_at: UnixMillis,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended_at: Option<UnixMillis>,
    pub state: ConversationState,
    /// Display name of the counsellor who answered it last, if anyone did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counsellor: Option<String>,
    /// Whether the child left it as a message while nobody was there.
    pub left_message: bool,
    /// Whether the transcript is still kept (the retention purge empties it).
    pub transcript_kept: bool,
}

/// A message a child left while nobody who speaks their language was there, waiting
/// for a counsellor to take it (`take_left_message`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeftMessage {
    pub conversation_id: ConversationId,
    pub language: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also_reads: Vec<String>,
    #[serde(default)]
    pub intake: Intake,
    pub left_at: UnixMillis,
    /// The child came back with a return code: the chat has earlier contacts.
    #[serde(default)]
    pub returning: bool,
}
