//! The coordinators' live board: per language, who waits and for how long, who is
//! there to answer, and how well the last hour and today went. Sent as `board` frames
//! on the staff socket to coordinators and admins, whenever it changes.

use serde::{Deserialize, Serialize};

use crate::{ConversationId, RiskLevel, StaffRole, StaffStatus, UnixMillis};

/// The whole board at one moment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoardSnapshot {
    pub generated_at: UnixMillis,
    /// A child answered within this many seconds counts towards the service level.
    pub target_wait_seconds: u64,
    /// Languages with children waiting, staff speaking them, or contacts today; sorted
    /// by code.
    pub languages: Vec<LanguageBoard>,
    /// Threshold alerts in force now (they clear themselves when the cause goes).
    pub alerts: Vec<ThresholdAlert>,
    /// Every staff member signed in now.
    pub staff: Vec<StaffPresence>,
    /// Every chat going on now, riskiest first, for observing or reassigning.
    #[serde(default)]
    pub chats: Vec<ChatLine>,
    /// Chats counsellors ended as abusive today (pending or confirmed; rejected reports
    /// do not count).
    #[serde(default)]
    pub abusive_contacts_today: u32,
    /// The last hours, minute by minute, for the board's charts: only in the first
    /// `board` frame a console receives; later frames are folded in by the console.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trends: Option<crate::trends::BoardTrends>,
}

/// A chat going on now, as the board lists it (no content: who, which language, what
/// risk, since when).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChatLine {
    pub conversation_id: ConversationId,
    pub language: String,
    /// Username and display name of the staff member holding it.
    pub username: String,
    pub display_name: String,
    pub risk: RiskLevel,
    /// When the child joined the queue (wall clock).
    pub queued_at: UnixMillis,
}

/// One language's line on the board.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguageBoard {
    pub language: String,
    /// Children in this language's queue now.
    pub waiting: u32,
    /// How long the child waiting longest has waited so far; 0 when nobody waits.
    pub longest_wait_seconds: u64,
    /// Mean wait of the children answered in the last hour; absent when none were.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub average_wait_last_hour_seconds: Option<u64>,
    /// Counsellors signed in who speak it, by status.
    pub counsellors_available: u32,
    pub counsellors_busy: u32,
    pub counsellors_away: u32,
    /// Chats in this language going on now.
    pub chats_in_progress: u32,
    /// Messages children left in this language that nobody has taken yet.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub left_messages: u32,
    /// How long the oldest of them has waited, in seconds; absent when there are none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oldest_left_message_seconds: Option<u64>,
    pub last_hour: Outcomes,
    pub today: Outcomes,
}

/// What became of the children who left the queue in a period.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcomes {
    pub answered: u32,
    /// Of those answered, how many within the target time.
    pub answered_within_target: u32,
    /// Children who left the queue before anyone answered.
    pub abandoned: u32,
    /// Answered within target ÷ (answered + abandoned), in per mille; absent when no
    /// child left the queue in the period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_level_permille: Option<u32>,
}

/// A configured threshold crossed now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ThresholdAlert {
    /// A child has waited longer than the configured limit.
    LongWait { language: String, conversation_id: ConversationId, waited_seconds: u64 },
    /// Children wait in a language nobody on duty speaks.
    Uncovered { language: String, waiting: u32 },
    /// The oldest message left in this language has waited longer than the limit.
    LeftMessages { language: String, waiting: u32, oldest_seconds: u64 },
}

/// A staff member signed in now, as the board shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffPresence {
    pub username: String,
    pub display_name: String,
    pub role: StaffRole,
    pub status: StaffStatus,
    pub languages: Vec<String>,
    pub chats: u32,
    pub max_chats: u32,
}

fn is_zero(value: &u32) -> bool {
    *value == 0
}
