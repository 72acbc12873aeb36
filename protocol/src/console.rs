//! Types only the staff side uses: risk, private notes, transfers, wrap-up, alerts,
//! canned responses and the referral directory. Kept apart from the child's types so
//! that the child's page, which compiles this crate to wasm, carries none of them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::{ConversationId, Topic, UnixMillis};

/// How much danger the counsellor judges the child to be in. Ordered: `Imminent` is
/// the highest.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RiskLevel {
    #[default]
    None,
    Low,
    Medium,
    High,
    /// The child may come to serious harm now: every coordinator online is alerted,
    /// and the conversation goes first in any queue it enters again.
    Imminent,
}

impl RiskLevel {
    pub const ALL: [RiskLevel; 5] =
        [RiskLevel::None, RiskLevel::Low, RiskLevel::Medium, RiskLevel::High, RiskLevel::Imminent];

    /// The wire name, also the suffix of its Fluent id (`risk-imminent`).
    pub fn as_str(self) -> &'static str {
        match self {
            RiskLevel::None => "none",
            RiskLevel::Low => "low",
            RiskLevel::Medium => "medium",
            RiskLevel::High => "high",
            RiskLevel::Imminent => "imminent",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|level| level.as_str() == text)
    }
}

/// Whether a note was written during the chat or came with a transfer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoteKind {
    Note,
    Transfer,
}

/// A private note on a conversation. Staff only: never sent to the child.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoteView {
    pub conversation_id: ConversationId,
    pub kind: NoteKind,
    /// The writer's display name.
    pub author: String,
    pub text: String,
    pub created_at: UnixMillis,
}

/// Where a counsellor passes a conversation on to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TransferTarget {
    /// A named counsellor who is online, available, speaks the conversation's language
    /// and has room: the chat is theirs at once.
    Counsellor { username: String },
    /// The queue of another language the child reads, at the head of it.
    Language { language: String },
    /// A coordinator who is online (the one holding fewest chats).
    Coordinator,
}

/// Why a conversation left a counsellor's console while it goes on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReleaseReason {
    /// This counsellor transferred it.
    Transferred,
    /// A coordinator gave it to someone else.
    Reassigned,
}

/// How a conversation ended, for the wrap-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Listened, informed or advised; nothing further needed now.
    Supported,
    /// Referred to another service.
    Referred,
    /// Emergency services were involved.
    Emergency,
    /// The child left before the conversation could close.
    ChildLeft,
    /// Not a counselling contact (a question, a prank, a thank-you).
    NonCounselling,
}

impl Outcome {
    pub const ALL: [Outcome; 5] =
        [Outcome::Supported, Outcome::Referred, Outcome::Emergency, Outcome::ChildLeft, Outcome::NonCounselling];

    /// The wire name, also the suffix of its Fluent id (`outcome-child_left`).
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Supported => "supported",
            Outcome::Referred => "referred",
            Outcome::Emergency => "emergency",
            Outcome::ChildLeft => "child_left",
            Outcome::NonCounselling => "non_counselling",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|outcome| outcome.as_str() == text)
    }
}

/// The counsellor's classification of a finished conversation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WrapUp {
    /// Codes from [`crate::taxonomy`]: `"violence"` (unspecified) or
    /// `"violence.bullying"`. At least one.
    pub categories: Vec<String>,
    pub outcome: Outcome,
    /// Whether the case crosses a border (asked above all for missing children).
    pub cross_border: bool,
}

/// An imminent-risk alert, sent to every coordinator and admin online.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RiskAlert {
    pub alert_id: String,
    pub conversation_id: ConversationId,
    pub language: String,
    /// Display name of the counsellor who raised it.
    pub raised_by: String,
    pub raised_at: UnixMillis,
    /// Display name of the coordinator who acknowledged it, once one has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acknowledged_by: Option<String>,
}

/// What a staff member may do, as the console needs to know it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StaffRole {
    Counsellor,
    Coordinator,
    Admin,
}

/// One response of the canned library (`GET /api/v1/canned`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CannedResponse {
    /// The Fluent id, e.g. `canned-greeting-welcome`.
    pub key: String,
    /// Greeting, safety check, waiting, referral or closing: the id's second part.
    pub purpose: String,
    /// The text in the reader's UI language (English where that locale lacks it).
    pub text: String,
    /// Every language the child could receive it in.
    pub languages: Vec<String>,
}

/// Which canned responses each locale lacks (`GET /api/v1/canned/coverage`, admins).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CannedCoverage {
    pub total: usize,
    /// Locale code → keys it lacks; locales lacking none are listed with an empty list.
    pub missing: BTreeMap<String, Vec<String>>,
}

/// One service of the referral directory (`GET /api/v1/directory`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Service {
    pub id: String,
    pub name: String,
    /// ISO 3166-1 alpha-2; absent for numbers that work across the EU.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    pub topics: Vec<Topic>,
    /// Languages the service answers in; empty when not known.
    pub languages: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub always_open: bool,
    /// Weekly opening hours as written in the import file, e.g. `mon-fri 08:00-20:00;
    /// sat 10:00-14:00`, in the service's local time (a fixed offset from UTC kept in the
    /// directory); absent when always open or when nobody knows the hours.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<String>,
    /// Short description per locale code.
    pub descriptions: BTreeMap<String, String>,
    /// Whether it is open at the moment the list was made: always when `always_open`,
    /// never when the hours are not known (so a child is not sent to a closed line).
    pub open_now: bool,
}
