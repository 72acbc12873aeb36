//! # Bridgeline wire protocol, version 1
//!
//! Plain serde types for the JSON frames exchanged over the two WebSocket endpoints:
//!
//! - `/ws/v1/child`: an anonymous child. Client frames are [`ChildRequest`], server
//!   frames are [`ChildEvent`].
//! - `/ws/v1/staff`: a signed-in counsellor (session cookie). Client frames are
//!   [`StaffRequest`], server frames are [`StaffEvent`].
//!
//! Every frame is one JSON object with a `"type"` field in `snake_case`. Every client
//! frame carries an `id` chosen by the client: the server answers each one with either
//! an `ack` or an `error` carrying the same id, so a client can match answers to
//! requests. For chat messages the id is also the idempotency key: a message resent with
//! an id already stored is acknowledged again with its original sequence number and never
//! stored twice.
//!
//! This crate has no I/O and no async runtime in it, so the web client compiles it to
//! wasm. `docs/protocol.md` documents every message with a JSON example; keep both true.

use serde::{Deserialize, Serialize};

pub mod blocks;
pub mod board;
pub mod cases;
pub mod catalog;
pub mod console;
pub mod handover_view;
pub mod handovers;
pub mod left_messages;
pub mod presence;
pub mod survey;
pub mod taxonomy;
pub mod text;
pub mod trends;

pub use cases::{ChildEarlierChat, EarlierContact, LeftMessage};
pub use presence::Presence;
pub use survey::{SurveyAnswer, SurveyAnswers, SurveyQuestion};

pub use console::{
    CannedCoverage, CannedResponse, NoteKind, NoteView, Outcome, ReleaseReason, RiskAlert, RiskLevel, Service,
    StaffRole, TransferTarget, WrapUp,
};

/// Upper bound on a chat message's text, in bytes of UTF-8. Longer texts get
/// [`ErrorCode::TooLong`]; the socket stays open.
pub const MAX_TEXT_BYTES: usize = 4096;

/// Upper bound on one WebSocket frame. Larger frames close the socket with code 1009.
pub const MAX_FRAME_BYTES: usize = 64 * 1024;

/// Upper bound on a client-chosen request id, in bytes.
pub const MAX_CLIENT_ID_BYTES: usize = 64;

/// The most messages one [`HistoryPage`] carries. A long chat reaches its reader as
/// pages the reader asks for, one at a time, so no history is ever too long to read.
pub const HISTORY_PAGE_MESSAGES: usize = 100;

/// The most bytes of message bodies one [`HistoryPage`] carries (at least one message
/// is always sent): 100 messages of the longest text would otherwise make a 400 KiB frame.
pub const HISTORY_PAGE_BYTES: usize = 128 * 1024;

/// Identifies a conversation; random, opaque to clients.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ConversationId(pub String);

impl std::fmt::Display for ConversationId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The position of a message within its conversation, starting at 1, without gaps.
pub type Seq = u64;

/// Milliseconds since the Unix epoch, UTC.
pub type UnixMillis = i64;

/// Who wrote a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Author {
    Child,
    Counsellor,
    /// Written by Bridgeline itself; the body is a [`Notice`], rendered by each reader
    /// in their own language.
    System,
}

/// Something Bridgeline tells both sides of a conversation. Sent as data, not text,
/// so that the child reads it in the child's language and the counsellor in theirs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "notice", rename_all = "snake_case")]
pub enum Notice {
    /// A counsellor accepted the conversation.
    CounsellorJoined { display_name: String },
    /// The child ended the conversation.
    EndedByChild,
    /// The counsellor ended the conversation.
    EndedByCounsellor,
    /// The child's connection was gone for longer than the grace period while they
    /// waited, so they were taken out of the queue.
    LeftQueue,
    /// The waiting child moved to the queue of another language, keeping their place
    /// by arrival time.
    LanguageChanged { language: String },
    /// The counsellor's connection was gone for longer than the grace period: the child
    /// is back in the queue, ahead of those who have not been answered yet.
    CounsellorLeft,
    /// The counsellor passed the conversation on (to a colleague, a coordinator or the
    /// queue of another language); the next one sees everything written so far.
    Transferred,
}

/// What a message says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Body {
    Text {
        text: String,
    },
    System(Notice),
    /// A response from the canned library, already in the child's language: the child
    /// reads `text`, the counsellor's console shows `key` in the counsellor's language.
    Canned {
        key: String,
        text: String,
    },
    /// A service the counsellor refers the child to, in the child's language.
    Referral(ReferralCard),
}

/// A referral as the child sees it: whom to call or visit, with tap-to-call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferralCard {
    pub service_id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// In the child's language when the directory has it, else in English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub always_open: bool,
    /// Opening hours as the directory writes them, when not always open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<String>,
}

/// One stored message, as both sides receive it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChatMessage {
    pub conversation_id: ConversationId,
    pub seq: Seq,
    pub author: Author,
    /// The id the author's client gave this message; absent for system messages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    pub body: Body,
    pub sent_at: UnixMillis,
}

/// One page of a conversation's stored messages: the newest of those with
/// `after_seq < seq < before_seq`, oldest first. Sent in answer to `history` (and
/// `sync`), and unasked after `attached` (resume), `assigned` and `observing`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryPage {
    /// The request this answers; absent on a page the server sends unasked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub conversation_id: ConversationId,
    /// The range this page was cut from, as asked (or as the server chose).
    pub after_seq: Seq,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before_seq: Option<Seq>,
    pub messages: Vec<ChatMessage>,
    /// The range holds older messages than this page's first: ask for them with
    /// `before_seq` set to that message's `seq` (and the same `after_seq`).
    pub more: bool,
}

/// Where a conversation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConversationState {
    /// In the queue, waiting for a counsellor.
    Waiting,
    /// A counsellor has accepted it.
    Active,
    Ended,
}

/// A counsellor's availability for new chats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StaffStatus {
    /// Receives offers, up to their maximum number of chats.
    Available,
    /// Keeps current chats but receives no new offers.
    Busy,
    /// Receives no offers.
    Away,
}

/// Why a request failed. Each is a stable, machine-readable code; clients show their
/// own translated text for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The frame is not JSON, or a binary frame was sent.
    Malformed,
    /// The frame's `type` is not one this endpoint knows.
    UnknownType,
    /// A field is missing or has the wrong type or form.
    InvalidField,
    /// A chat message's text is empty.
    EmptyText,
    /// A chat message's text is over [`MAX_TEXT_BYTES`].
    TooLong,
    /// The text holds a control character other than newline and tab (see
    /// [`text::forbidden_control`]).
    ControlCharacter,
    /// The language code is not one this helpline serves.
    UnknownLanguage,
    /// The conversation is not this client's.
    NotYours,
    /// The request needs a conversation and none is open on this socket yet.
    NoConversation,
    /// The socket already has a conversation; `start` and `resume` come once.
    AlreadyStarted,
    /// The conversation has ended; no more messages can be sent.
    ConversationEnded,
    /// The resume token is unknown.
    InvalidResumeToken,
    /// The signed-in role may not send this request.
    Forbidden,
    /// The session expired or was revoked; sign in again.
    Unauthenticated,
    /// The offer is no longer open (taken by another counsellor, withdrawn or expired).
    OfferGone,
    /// The canned response does not exist in the child's language yet.
    NotTranslated,
    /// No service in the directory has this id.
    UnknownService,
    /// The transfer's target cannot take the conversation now (offline, not
    /// available, full, or does not speak the language).
    TargetUnavailable,
    /// Chats from this browser are paused (a coordinator confirmed an abusive
    /// contact) until the error's `until`.
    Paused,
    /// Something went wrong on the server; the request may be retried.
    Internal,
    /// `accept`: the child left on purpose (quick exit, page closed) and is no longer
    /// in the queue.
    ChildLeft,
    /// `start` with a return code, `forget_me`: no case has this code (mistyped,
    /// replaced by a newer code, erased, or past the retention period).
    WrongCode,
    /// Too many wrong return codes from this connection's address: try again after
    /// the error's `until`.
    TooManyAttempts,
    /// `forget_me`: a chat of this case has not ended yet; end it first.
    ChatLive,
    /// `survey`: the conversation has not ended yet; the survey comes after the end.
    NotEnded,
    /// `survey`: this conversation's survey was already answered; it counts once.
    AlreadyAnswered,
    /// No partner helpline is configured under this name.
    UnknownPartner,
    /// `send_handover`: the child has not agreed (not asked, not answered yet, said no,
    /// or agreed to less than the request would send).
    NoConsent,
    /// `answer_handover`: no handover waits under this id (someone answered it first).
    HandoverGone,
    /// `join_handover`: the token is unknown, used already or expired.
    InvalidHandoverToken,
}

/// An error answer to a request, or to a frame that could not be read at all (then
/// `id` is absent).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorReply {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub code: ErrorCode,
    /// Detail for developers, in English; never shown to a child.
    pub detail: String,
    /// For `paused`: when chats from this browser can start again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<UnixMillis>,
}

/// What a conversation is about, as the child says it before the chat: plain topics
/// a child recognises, not the counsellor's wrap-up taxonomy (which is finer).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    Family,
    Friends,
    Bullying,
    Violence,
    Feelings,
    Body,
    School,
    Love,
    Online,
    Migration,
    Missing,
    Other,
}

impl Topic {
    /// Every topic, in the order the child's page shows them.
    pub const ALL: [Topic; 12] = [
        Topic::Family,
        Topic::Friends,
        Topic::Bullying,
        Topic::Violence,
        Topic::Feelings,
        Topic::Body,
        Topic::School,
        Topic::Love,
        Topic::Online,
        Topic::Migration,
        Topic::Missing,
        Topic::Other,
    ];

    /// The wire name, also the suffix of its Fluent id (`topic-family`).
    pub fn as_str(self) -> &'static str {
        match self {
            Topic::Family => "family",
            Topic::Friends => "friends",
            Topic::Bullying => "bullying",
            Topic::Violence => "violence",
            Topic::Feelings => "feelings",
            Topic::Body => "body",
            Topic::School => "school",
            Topic::Love => "love",
            Topic::Online => "online",
            Topic::Migration => "migration",
            Topic::Missing => "missing",
            Topic::Other => "other",
        }
    }
}

/// The child's age, in the bands child helplines report in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AgeBand {
    #[serde(rename = "under_10")]
    Under10,
    #[serde(rename = "10_12")]
    From10To12,
    #[serde(rename = "13_15")]
    From13To15,
    #[serde(rename = "16_17")]
    From16To17,
    #[serde(rename = "18_plus")]
    Adult,
}

impl AgeBand {
    pub const ALL: [AgeBand; 5] =
        [AgeBand::Under10, AgeBand::From10To12, AgeBand::From13To15, AgeBand::From16To17, AgeBand::Adult];

    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            AgeBand::Under10 => "under_10",
            AgeBand::From10To12 => "10_12",
            AgeBand::From13To15 => "13_15",
            AgeBand::From16To17 => "16_17",
            AgeBand::Adult => "18_plus",
        }
    }

    pub fn parse(text: &str) -> Option<AgeBand> {
        AgeBand::ALL.into_iter().find(|band| band.as_str() == text)
    }
}

/// The optional questions before the chat. Every field may be left out; a child who
/// skips them all sends the default.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Intake {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<Topic>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_band: Option<AgeBand>,
    /// Where the child is now, as an ISO 3166-1 alpha-2 code (`"DE"`), for referrals.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

impl Intake {
    /// Checks what serde cannot: the country code is two ASCII capital letters, and
    /// no more topics than exist.
    pub fn validate(&self) -> Result<(), ErrorCode> {
        match &self.country {
            Some(code) if code.len() != 2 || !code.bytes().all(|byte| byte.is_ascii_uppercase()) => {
                Err(ErrorCode::InvalidField)
            }
            _ if self.topics.len() > Topic::ALL.len() => Err(ErrorCode::InvalidField),
            _ => Ok(()),
        }
    }
}

/// The child's one-tap answer to "Did this chat help you?".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rating {
    Helped,
    Somewhat,
    NotHelped,
}

impl Rating {
    pub fn as_str(self) -> &'static str {
        match self {
            Rating::Helped => "helped",
            Rating::Somewhat => "somewhat",
            Rating::NotHelped => "not_helped",
        }
    }
}

/// Frames a child's client sends on `/ws/v1/child`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ChildRequest {
    /// Opens a new conversation in the queue of `language`. `also_reads` lists other
    /// languages the child can read; they widen the search after a delay.
    Start {
        id: String,
        language: String,
        #[serde(default)]
        also_reads: Vec<String>,
        /// Answers to the optional questions; absent when skipped.
        #[serde(default)]
        intake: Intake,
        /// A return code from an earlier visit: the new chat joins that case, and the
        /// counsellor of the last one is offered it first.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        return_code: Option<String>,
    },
    /// Reattaches this socket to an existing conversation after a dropped connection
    /// or a server restart. After `attached` the server sends one [`HistoryPage`] of the
    /// newest messages after `last_seq`; older ones come with `history`.
    Resume {
        id: String,
        resume_token: String,
        #[serde(default)]
        last_seq: Seq,
    },
    /// A chat message. `id` is the idempotency key.
    Send { id: String, text: String },
    /// The child ends the conversation.
    End { id: String },
    /// While waiting: move to the queue of another served language, keeping the place
    /// earned by time already waited. (The child's page offers the languages that have
    /// a counsellor on duty, from the `queue` frame; the server accepts any served one,
    /// since a counsellor may leave between the offer and the tap.)
    ChangeLanguage { id: String, language: String },
    /// The child is typing. Send at most every few seconds while they type; nothing
    /// is stored.
    Typing { id: String },
    /// The child has seen every message up to `seq`. Stored, so that read marks
    /// survive a reconnect.
    Read { id: String, seq: Seq },
    /// After the end: the child's one-tap rating. A later rating replaces an earlier one.
    Rate { id: String, rating: Rating },
    /// After the end: the child's answers to the optional questions, once per
    /// conversation. Counted anonymously (see [`survey`]); skipping sends nothing.
    Survey { id: String, answers: SurveyAnswers },
    /// One page of the attached conversation's messages: the newest of those with
    /// `after_seq < seq < before_seq` (no upper bound when `before_seq` is absent).
    /// With `conversation_id`, of that chat instead: one the socket's last
    /// `earlier_chats` listed.
    History {
        id: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        conversation_id: Option<ConversationId>,
        #[serde(default)]
        after_seq: Seq,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        before_seq: Option<Seq>,
    },
    /// The child leaves on purpose (quick exit, page closed): a waiting child is taken
    /// out of the queue at once, and the counsellor sees `left`. The socket is then no
    /// longer attached; a `resume` within the grace period comes back (a reload).
    Leave { id: String },
    /// A return code for this chat's case (opened now if it has none): answered with
    /// `code`. A newer code replaces the older one, which stops working.
    TakeCode { id: String },
    /// "Forget me": erases the case this code opens (every chat of it is emptied and
    /// untied, the code stops working). Answered with `ack`.
    ForgetMe { id: String, code: String },
    /// Nobody is there: leave what the child wrote as a message for later. The chat
    /// leaves the queue for the counsellors' list of left messages; answered with
    /// `code`.
    LeaveMessage { id: String },
    /// A child back with their return code asks for their earlier chats: answered with
    /// `earlier_chats`, after which `history` may read each of them.
    OpenCase { id: String, code: String },
    /// The child's answer to `handover_consent_asked`. Answered with `ack`; a later
    /// answer to the same question replaces the earlier one until a handover is sent.
    HandoverConsent { id: String, consent_id: String, answer: handovers::ConsentAnswer },
    /// On a partner helpline's server, instead of `start`: the token a
    /// `handover_transfer` carried. Answered with `attached`, in the chat of the
    /// partner's counsellor who accepted the handover.
    JoinHandover { id: String, token: String },
}

impl ChildRequest {
    /// Every value of `"type"` this endpoint accepts.
    pub const TYPES: &'static [&'static str] = &[
        "start",
        "resume",
        "send",
        "end",
        "change_language",
        "typing",
        "read",
        "rate",
        "survey",
        "history",
        "leave",
        "take_code",
        "forget_me",
        "leave_message",
        "open_case",
        "handover_consent",
        "join_handover",
    ];

    pub fn id(&self) -> &str {
        match self {
            Self::Start { id, .. }
            | Self::Resume { id, .. }
            | Self::Send { id, .. }
            | Self::End { id }
            | Self::ChangeLanguage { id, .. }
            | Self::Typing { id }
            | Self::Read { id, .. }
            | Self::Rate { id, .. }
            | Self::Survey { id, .. }
            | Self::History { id, .. }
            | Self::Leave { id }
            | Self::TakeCode { id }
            | Self::ForgetMe { id, .. }
            | Self::LeaveMessage { id }
            | Self::OpenCase { id, .. }
            | Self::HandoverConsent { id, .. }
            | Self::JoinHandover { id, .. } => id,
        }
    }
}

/// Frames the server sends on `/ws/v1/child`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ChildEvent {
    /// Answer to `take_code` and `leave_message`: the return code, as shown to the
    /// child (three groups of four digits). Never stored in the browser by the page.
    Code {
        id: String,
        code: String,
    },
    /// Answer to `open_case`: the chats of the case, newest first.
    EarlierChats {
        id: String,
        chats: Vec<cases::ChildEarlierChat>,
    },
    /// Answer to `start` or `resume`: the conversation this socket is attached to.
    /// Keep `resume_token` for the life of the tab only; it is the only key to the
    /// conversation.
    Attached {
        id: String,
        conversation_id: ConversationId,
        resume_token: String,
        language: String,
        state: ConversationState,
        /// The highest sequence number stored so far.
        last_seq: Seq,
        /// The counsellor's display name once one has joined.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        counsellor: Option<String>,
        /// The counsellor has read the child's messages up to this one.
        #[serde(default)]
        counsellor_read_seq: Seq,
        /// While the chat is a left message nobody has taken yet: when it was left.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        left_message_at: Option<UnixMillis>,
        /// With `left_message_at`, when nobody who speaks the language is on duty: when
        /// the schedule's next opening for it starts, if it knows (no `queue` frame
        /// follows to say it).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        next_on_duty_at: Option<UnixMillis>,
    },
    /// Where the waiting child stands; sent on attach and whenever any of it changes.
    Queue(QueueStatus),
    /// The counsellor is typing (show it for a few seconds; it repeats while they type).
    Typing {},
    /// The counsellor has read the child's messages up to `seq`.
    Read {
        seq: Seq,
    },
    /// A request was carried out. For `send`, `seq` is the message's sequence number:
    /// it is stored durably before this is sent.
    Ack {
        id: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        seq: Option<Seq>,
    },
    /// A stored message, as it is written.
    Message(ChatMessage),
    /// Earlier messages: after `attached` (resume), and in answer to `history`.
    History(HistoryPage),
    /// The conversation ended; the socket stays open until the client closes it.
    Ended {
        by: Author,
        /// Only when a counsellor ended the chat as abusive: a random token for this
        /// browser to keep, for at most [`PAUSE_TOKEN_DAYS`] days, as the cookie
        /// [`PAUSE_COOKIE`], so that a coordinator's confirmed block can pause new chats
        /// from it. No other browser ever gets one; the child is told nothing else (the
        /// chat reads as ended by the counsellor).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pause_token: Option<String>,
    },
    Error(ErrorReply),
    /// Whether the counsellor holding the chat is connected: after `attached` of a chat
    /// a counsellor holds, and whenever it changes.
    Presence {
        counsellor: Presence,
    },
    /// The counsellor asks whether the case may go to a partner helpline; answer with
    /// `handover_consent`.
    HandoverConsentAsked(handovers::ConsentQuestion),
    /// The case was sent to a partner helpline.
    HandoverSent(handovers::HandoverNotice),
    /// The partner accepted: go on with its counsellor (see [`handovers::HandoverTransfer`]).
    /// The chat here ends right after.
    HandoverTransfer(handovers::HandoverTransfer),
}

/// The cookie a browser keeps its pause token in; the child socket's handshake and
/// the child page carry it back. The quick exit deletes it.
pub const PAUSE_COOKIE: &str = "bl_pause";

/// The cookie the child page keeps the language the child picked in, for this browser
/// session only (no `Max-Age`), so that a reload is rendered in it from the first byte.
/// The quick exit deletes it.
pub const LANGUAGE_COOKIE: &str = "bl_lang";

/// How long a browser keeps a pause token: past this no report or block made with it
/// can still exist (a day to decide, seven days of block at most).
pub const PAUSE_TOKEN_DAYS: u32 = 8;

/// The attributes the child page sets [`PAUSE_COOKIE`] with: it expires by itself after
/// [`PAUSE_TOKEN_DAYS`], and goes back only to this site.
pub const PAUSE_COOKIE_ATTRIBUTES: &str = "Max-Age=691200; Path=/; SameSite=Strict";

/// A waiting child's view of the queue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueStatus {
    /// 1 = next, within the child's language.
    pub position: u32,
    /// Expected wait from now, in seconds; absent when nothing honest can be said
    /// (for instance when nobody who speaks the language is on duty).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimated_wait_seconds: Option<u64>,
    /// Whether a counsellor who speaks the child's language is on duty (signed in and
    /// not away). When false the child is told at once, and offered what exists.
    pub counsellor_on_duty: bool,
    /// Other served languages that have a counsellor on duty now, for a child who can
    /// read one of them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages_on_duty: Vec<String>,
    /// When a counsellor for the child's language is next scheduled, if known and not
    /// on duty now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_on_duty_at: Option<UnixMillis>,
    /// Only when `counsellor_on_duty` is false: a counsellor on duty reads one of the
    /// other languages the child reads (`also_reads`), and may be offered the child
    /// once they have waited the widening delay.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub also_reads_on_duty: bool,
}

/// A conversation assigned to the signed-in counsellor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssignedConversation {
    pub conversation_id: ConversationId,
    pub language: String,
    pub state: ConversationState,
    pub last_seq: Seq,
    /// The child has read the counsellor's messages up to this one.
    #[serde(default)]
    pub child_read_seq: Seq,
    #[serde(default)]
    pub intake: Intake,
    #[serde(default)]
    pub risk: RiskLevel,
    /// Private notes so far, transfer notes included, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<NoteView>,
    /// For an ended conversation: whether its wrap-up is done.
    #[serde(default)]
    pub wrapped_up: bool,
}

/// An open offer of a waiting child to this counsellor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Offer {
    pub conversation_id: ConversationId,
    pub language: String,
    /// The child came back with a return code: their earlier chats come with the
    /// conversation once accepted.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub returning: bool,
    /// How long the child has waited so far, in seconds.
    pub waited_seconds: u64,
    /// How long the offer stays open, in seconds, counted from when it is sent.
    pub expires_in_seconds: u64,
    /// What the child answered before the chat, if anything.
    #[serde(default)]
    pub intake: Intake,
}

/// Frames a counsellor's client sends on `/ws/v1/staff`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum StaffRequest {
    SetStatus {
        id: String,
        status: StaffStatus,
    },
    Accept {
        id: String,
        conversation_id: ConversationId,
    },
    Decline {
        id: String,
        conversation_id: ConversationId,
    },
    /// A chat message. `id` is the idempotency key.
    Send {
        id: String,
        conversation_id: ConversationId,
        text: String,
    },
    End {
        id: String,
        conversation_id: ConversationId,
    },
    /// Catches up on a conversation this counsellor holds or held: answered with one
    /// [`HistoryPage`] of the newest messages after `after_seq` (`history` without
    /// `before_seq`).
    Sync {
        id: String,
        conversation_id: ConversationId,
        #[serde(default)]
        after_seq: Seq,
    },
    /// The counsellor is typing in this conversation; nothing is stored.
    Typing {
        id: String,
        conversation_id: ConversationId,
    },
    /// The counsellor has seen every message of this conversation up to `seq`.
    Read {
        id: String,
        conversation_id: ConversationId,
        seq: Seq,
    },
    /// Sets the conversation's risk level; `imminent` alerts every coordinator online.
    SetRisk {
        id: String,
        conversation_id: ConversationId,
        level: RiskLevel,
    },
    /// A private note: stored, shown to staff, never to the child.
    AddNote {
        id: String,
        conversation_id: ConversationId,
        text: String,
    },
    /// Passes the conversation on, with a private note for whoever takes it.
    Transfer {
        id: String,
        conversation_id: ConversationId,
        target: TransferTarget,
        note: String,
    },
    /// Sends a canned response: the child receives it in the child's language. `id` is
    /// the idempotency key, as for `send`.
    SendCanned {
        id: String,
        conversation_id: ConversationId,
        key: String,
    },
    /// Sends the child a referral card and records the referral.
    Refer {
        id: String,
        conversation_id: ConversationId,
        service_id: String,
        reason: String,
        child_agreed: bool,
    },
    /// The wrap-up of an ended conversation; may be sent again to correct it.
    WrapUp {
        id: String,
        conversation_id: ConversationId,
        wrap_up: WrapUp,
    },
    /// A coordinator or admin takes charge of an imminent-risk alert.
    AcknowledgeAlert {
        id: String,
        alert_id: String,
    },
    /// A coordinator or admin follows a live chat, read-only: `observing`, the history,
    /// then every new message. Logged; the counsellor is told (`observed`).
    Observe {
        id: String,
        conversation_id: ConversationId,
    },
    StopObserving {
        id: String,
        conversation_id: ConversationId,
    },
    /// A coordinator or admin gives a live chat to another counsellor (who must be
    /// online, available, with room, speaking the language), with a note.
    Reassign {
        id: String,
        conversation_id: ConversationId,
        username: String,
        note: String,
    },
    /// The holder of a live chat ends it as abusive (a prank, abuse of the counsellor),
    /// with a reason for the coordinators. The child reads only that the counsellor
    /// ended the chat; coordinators get a report to confirm or reject.
    EndAsAbusive {
        id: String,
        conversation_id: ConversationId,
        reason: String,
    },
    /// A coordinator or admin confirms a pending report: new chats from that browser
    /// are paused for `duration_seconds` (default a day, at most seven).
    ConfirmReport {
        id: String,
        report_id: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        duration_seconds: Option<u64>,
    },
    /// A coordinator or admin rejects a pending report: nothing is blocked, and the
    /// browser's marks are dropped.
    RejectReport {
        id: String,
        report_id: String,
    },
    /// A coordinator or admin ends a block before its time.
    LiftBlock {
        id: String,
        report_id: String,
    },
    /// Takes a message a child left while nobody was there, to answer it: the chat
    /// becomes the sender's, as after an `accept`.
    TakeLeftMessage {
        id: String,
        conversation_id: ConversationId,
    },
    /// One page of a conversation's messages: the newest of those with
    /// `after_seq < seq < before_seq`. For the counsellor who holds or held it, and for
    /// whoever observes it now.
    History {
        id: String,
        conversation_id: ConversationId,
        #[serde(default)]
        after_seq: Seq,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        before_seq: Option<Seq>,
    },
    /// Asks the child of a chat this counsellor holds whether the case may go to the
    /// partner helpline `partner` (and with the chat itself, if `transcript`). The
    /// child's page asks in the child's language; the question and the answer come as
    /// `handover_consent` frames.
    AskHandoverConsent {
        id: String,
        conversation_id: ConversationId,
        partner: String,
        #[serde(default)]
        transcript: bool,
    },
    /// Sends the case to the partner helpline: with `consent_id` of a question the
    /// child said yes to, or, by a coordinator only, for a chat at imminent risk,
    /// without consent and with `without_consent_reason`. The chat goes too only if
    /// `transcript` and the child agreed to it. Answered with `ack` once the handover
    /// is stored, to be sent; `handover` frames follow with its status.
    SendHandover {
        id: String,
        conversation_id: ConversationId,
        partner: String,
        summary: handovers::HandoverSummary,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        consent_id: Option<String>,
        #[serde(default)]
        transcript: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        without_consent_reason: Option<String>,
    },
    /// Accepts or declines a handover a partner sent (declining needs a `reason`, which
    /// the partner's counsellor reads). Answered with `ack`; everyone who saw it gets
    /// `incoming_handover_gone`.
    AnswerHandover {
        id: String,
        handover_id: String,
        accept: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<String>,
    },
}

impl StaffRequest {
    /// Every value of `"type"` this endpoint accepts.
    pub const TYPES: &'static [&'static str] = &[
        "set_status",
        "accept",
        "decline",
        "send",
        "end",
        "sync",
        "typing",
        "read",
        "set_risk",
        "add_note",
        "transfer",
        "send_canned",
        "refer",
        "wrap_up",
        "acknowledge_alert",
        "observe",
        "stop_observing",
        "reassign",
        "end_as_abusive",
        "confirm_report",
        "reject_report",
        "lift_block",
        "history",
        "take_left_message",
        "ask_handover_consent",
        "send_handover",
        "answer_handover",
    ];

    pub fn id(&self) -> &str {
        match self {
            Self::SetStatus { id, .. }
            | Self::Accept { id, .. }
            | Self::Decline { id, .. }
            | Self::Send { id, .. }
            | Self::End { id, .. }
            | Self::Sync { id, .. }
            | Self::Typing { id, .. }
            | Self::Read { id, .. }
            | Self::SetRisk { id, .. }
            | Self::AddNote { id, .. }
            | Self::Transfer { id, .. }
            | Self::SendCanned { id, .. }
            | Self::Refer { id, .. }
            | Self::WrapUp { id, .. }
            | Self::AcknowledgeAlert { id, .. }
            | Self::Observe { id, .. }
            | Self::StopObserving { id, .. }
            | Self::Reassign { id, .. }
            | Self::EndAsAbusive { id, .. }
            | Self::ConfirmReport { id, .. }
            | Self::RejectReport { id, .. }
            | Self::LiftBlock { id, .. }
            | Self::History { id, .. }
            | Self::TakeLeftMessage { id, .. }
            | Self::AskHandoverConsent { id, .. }
            | Self::SendHandover { id, .. }
            | Self::AnswerHandover { id, .. } => id,
        }
    }
}

/// Frames the server sends on `/ws/v1/staff`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum StaffEvent {
    /// The child erased their case ("forget me"): these conversations are emptied and
    /// no longer tied together; drop what the console shows of them.
    CaseErased {
        conversation_ids: Vec<ConversationId>,
    },
    /// A returning child's earlier conversations (their case), newest first: after
    /// `assigned` (and after `ready`, for each live chat of a returning child).
    Case {
        conversation_id: ConversationId,
        earlier: Vec<EarlierContact>,
    },
    /// First frame after the handshake: who is signed in and what they hold.
    Ready {
        username: String,
        display_name: String,
        role: StaffRole,
        languages: Vec<String>,
        max_chats: u32,
        status: StaffStatus,
        conversations: Vec<AssignedConversation>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        offer: Option<Offer>,
        /// Whether each ended chat needs its wrap-up before the next offer.
        #[serde(default)]
        wrap_up_required: bool,
        /// For coordinators and admins: imminent-risk alerts not yet acknowledged.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        alerts: Vec<RiskAlert>,
        /// Messages children left while nobody was there that this staff member may
        /// take, oldest first.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        left_messages: Vec<LeftMessage>,
        /// The partner helplines a case can be handed to.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        partners: Vec<handovers::PartnerView>,
        /// Handovers partners sent that nobody answered yet and this staff member may
        /// answer, oldest first.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        incoming_handovers: Vec<handovers::IncomingHandover>,
        /// For the chats in `conversations`: the consent questions put to their
        /// children, and the handovers sent from them, as the last `handover_consent`
        /// and `handover` frames left them.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        handover_consents: Vec<handovers::ConsentView>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        handovers: Vec<handovers::OutgoingHandover>,
    },
    /// A child left a message this staff member may take.
    LeftMessage {
        message: LeftMessage,
    },
    /// A left message is no longer waiting: taken, or erased by the child.
    LeftMessageGone {
        conversation_id: ConversationId,
    },
    /// Status changed (by this or another tab of the same counsellor).
    Status {
        status: StaffStatus,
    },
    Offer(Offer),
    /// The offer is no longer open: it expired, the child left, or it was declined.
    OfferWithdrawn {
        conversation_id: ConversationId,
    },
    /// A conversation is now this counsellor's; its newest messages follow as a
    /// `history` page.
    Assigned(AssignedConversation),
    Ack {
        id: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        seq: Option<Seq>,
    },
    Message(ChatMessage),
    /// Earlier messages: after `assigned` and `observing`, and in answer to `history`
    /// and `sync`.
    History(HistoryPage),
    Ended {
        conversation_id: ConversationId,
        by: Author,
    },
    /// The child is typing in this conversation.
    Typing {
        conversation_id: ConversationId,
    },
    /// The child has read the counsellor's messages up to `seq`.
    Read {
        conversation_id: ConversationId,
        seq: Seq,
    },
    /// After the end: the child's rating of the chat.
    Rated {
        conversation_id: ConversationId,
        rating: Rating,
    },
    /// The conversation's risk level changed.
    Risk {
        conversation_id: ConversationId,
        level: RiskLevel,
    },
    /// A private note was added (by this counsellor, or with a transfer).
    Note(NoteView),
    /// The conversation goes on, but no longer with this counsellor.
    Released {
        conversation_id: ConversationId,
        reason: ReleaseReason,
    },
    /// The wrap-up of an ended conversation was stored.
    WrappedUp {
        conversation_id: ConversationId,
    },
    /// To coordinators and admins: a counsellor judged a child in imminent danger.
    Alert(RiskAlert),
    /// To coordinators and admins: someone took charge of an alert.
    AlertAcknowledged {
        alert_id: String,
        by: String,
    },
    /// To an observer: the chat they now follow; its newest messages follow as a
    /// `history` page, then every new one as `message`, until `ended` or
    /// `stop_observing`.
    Observing(AssignedConversation),
    /// To the counsellor holding a chat: who observes it now (empty: nobody).
    Observed {
        conversation_id: ConversationId,
        by: Vec<String>,
    },
    /// To coordinators and admins: the live board, after each change (at most twice a
    /// second) and every second while children wait (their waits grow by themselves).
    Board(board::BoardSnapshot),
    /// To coordinators and admins: the abuse reports waiting for a decision and the
    /// blocks in force, after each change (and once after `ready`).
    Blocks(blocks::BlocksView),
    Error(ErrorReply),
    /// Whether the child of a chat this staff member holds is connected: after `ready`
    /// (one per live chat held), after `assigned`, and whenever it changes.
    Presence {
        conversation_id: ConversationId,
        child: Presence,
    },
    /// A consent question was put to the child (after `ask_handover_consent`), and
    /// again once they answered.
    HandoverConsent(handovers::ConsentView),
    /// A handover this staff member sent: after `send_handover`, and whenever its status
    /// changes.
    Handover(handovers::OutgoingHandover),
    /// A partner sent a handover this staff member may answer.
    IncomingHandover(handovers::IncomingHandover),
    /// A handover is no longer waiting for an answer (`accepted` or `declined`).
    IncomingHandoverGone {
        handover_id: String,
        status: handovers::HandoverStatus,
    },
    /// After `assigned` of a chat that came with a handover: what the partner sent.
    HandoverContext {
        conversation_id: ConversationId,
        handover: handovers::IncomingHandover,
    },
}

/// Checks a chat message's text before it is sent or stored: not blank, at most
/// [`MAX_TEXT_BYTES`], and no control character but newline and tab.
pub fn validate_text(text: &str) -> Result<(), ErrorCode> {
    if text.trim().is_empty() {
        Err(ErrorCode::EmptyText)
    } else if text.len() > MAX_TEXT_BYTES {
        Err(ErrorCode::TooLong)
    } else if text::forbidden_control(text).is_some() {
        Err(ErrorCode::ControlCharacter)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn child_send_round_trips_with_its_tag() {
        let frame = r#"{"type":"send","id":"c1","text":"مرحبا"}"#;
        let parsed: ChildRequest = serde_json::from_str(frame).unwrap();
        assert_eq!(parsed, ChildRequest::Send { id: "c1".into(), text: "مرحبا".into() });
        assert_eq!(serde_json::to_string(&parsed).unwrap(), frame);
    }

    #[test]
    fn system_message_serialises_notice_as_data() {
        let message = ChatMessage {
            conversation_id: ConversationId("k".into()),
            seq: 3,
            author: Author::System,
            client_id: None,
            body: Body::System(Notice::CounsellorJoined { display_name: "Amira".into() }),
            sent_at: 1,
        };
        let json = serde_json::to_value(ChildEvent::Message(message)).unwrap();
        assert_eq!(json["type"], "message");
        assert_eq!(json["body"]["kind"], "system");
        assert_eq!(json["body"]["notice"], "counsellor_joined");
        assert_eq!(json["body"]["display_name"], "Amira");
    }

    #[test]
    fn type_lists_name_every_variant() {
        let child = [
            ChildRequest::Start {
                id: "1".into(),
                language: "ar".into(),
                also_reads: vec![],
                intake: Intake::default(),
                return_code: Some("4827 1930 5562".into()),
            },
            ChildRequest::Resume { id: "1".into(), resume_token: "t".into(), last_seq: 0 },
            ChildRequest::Send { id: "1".into(), text: "x".into() },
            ChildRequest::End { id: "1".into() },
            ChildRequest::ChangeLanguage { id: "1".into(), language: "fr".into() },
            ChildRequest::Typing { id: "1".into() },
            ChildRequest::Read { id: "1".into(), seq: 1 },
            ChildRequest::Rate { id: "1".into(), rating: Rating::Helped },
            ChildRequest::Survey { id: "1".into(), answers: SurveyAnswers::default() },
            ChildRequest::History { id: "1".into(), conversation_id: None, after_seq: 0, before_seq: Some(10) },
            ChildRequest::Leave { id: "1".into() },
            ChildRequest::TakeCode { id: "1".into() },
            ChildRequest::ForgetMe { id: "1".into(), code: "4827 1930 5562".into() },
            ChildRequest::LeaveMessage { id: "1".into() },
            ChildRequest::OpenCase { id: "1".into(), code: "4827 1930 5562".into() },
            ChildRequest::HandoverConsent {
                id: "1".into(),
                consent_id: "k".into(),
                answer: handovers::ConsentAnswer::SummaryOnly,
            },
            ChildRequest::JoinHandover { id: "1".into(), token: "t".into() },
        ];
        let tags: Vec<String> = child
            .iter()
            .map(|request| serde_json::to_value(request).unwrap()["type"].as_str().unwrap().to_owned())
            .collect();
        assert_eq!(tags, ChildRequest::TYPES);
        let conversation_id = ConversationId("c".into());
        let staff = [
            StaffRequest::SetStatus { id: "1".into(), status: StaffStatus::Away },
            StaffRequest::Accept { id: "1".into(), conversation_id: conversation_id.clone() },
            StaffRequest::Decline { id: "1".into(), conversation_id: conversation_id.clone() },
            StaffRequest::Send { id: "1".into(), conversation_id: conversation_id.clone(), text: "x".into() },
            StaffRequest::End { id: "1".into(), conversation_id: conversation_id.clone() },
            StaffRequest::Sync { id: "1".into(), conversation_id: conversation_id.clone(), after_seq: 0 },
            StaffRequest::Typing { id: "1".into(), conversation_id: conversation_id.clone() },
            StaffRequest::Read { id: "1".into(), conversation_id: conversation_id.clone(), seq: 1 },
            StaffRequest::SetRisk { id: "1".into(), conversation_id: conversation_id.clone(), level: RiskLevel::Low },
            StaffRequest::AddNote { id: "1".into(), conversation_id: conversation_id.clone(), text: "n".into() },
            StaffRequest::Transfer {
                id: "1".into(),
                conversation_id: conversation_id.clone(),
                target: TransferTarget::Coordinator,
                note: "n".into(),
            },
            StaffRequest::SendCanned { id: "1".into(), conversation_id: conversation_id.clone(), key: "k".into() },
            StaffRequest::Refer {
                id: "1".into(),
                conversation_id: conversation_id.clone(),
                service_id: "s".into(),
                reason: "r".into(),
                child_agreed: true,
            },
            StaffRequest::WrapUp {
                id: "1".into(),
                conversation_id,
                wrap_up: WrapUp { categories: vec!["family".into()], outcome: Outcome::Supported, cross_border: false },
            },
            StaffRequest::AcknowledgeAlert { id: "1".into(), alert_id: "a".into() },
            StaffRequest::Observe { id: "1".into(), conversation_id: ConversationId("c".into()) },
            StaffRequest::StopObserving { id: "1".into(), conversation_id: ConversationId("c".into()) },
            StaffRequest::Reassign {
                id: "1".into(),
                conversation_id: ConversationId("c".into()),
                username: "u".into(),
                note: "n".into(),
            },
            StaffRequest::EndAsAbusive {
                id: "1".into(),
                conversation_id: ConversationId("c".into()),
                reason: "r".into(),
            },
            StaffRequest::ConfirmReport { id: "1".into(), report_id: "r".into(), duration_seconds: None },
            StaffRequest::RejectReport { id: "1".into(), report_id: "r".into() },
            StaffRequest::LiftBlock { id: "1".into(), report_id: "r".into() },
            StaffRequest::History {
                id: "1".into(),
                conversation_id: ConversationId("c".into()),
                after_seq: 0,
                before_seq: None,
            },
            StaffRequest::TakeLeftMessage { id: "1".into(), conversation_id: ConversationId("c".into()) },
            StaffRequest::AskHandoverConsent {
                id: "1".into(),
                conversation_id: ConversationId("c".into()),
                partner: "p".into(),
                transcript: true,
            },
            StaffRequest::SendHandover {
                id: "1".into(),
                conversation_id: ConversationId("c".into()),
                partner: "p".into(),
                summary: handovers::HandoverSummary::default(),
                consent_id: Some("k".into()),
                transcript: false,
                without_consent_reason: None,
            },
            StaffRequest::AnswerHandover { id: "1".into(), handover_id: "h".into(), accept: true, reason: None },
        ];
        let tags: Vec<String> = staff
            .iter()
            .map(|request| serde_json::to_value(request).unwrap()["type"].as_str().unwrap().to_owned())
            .collect();
        assert_eq!(tags, StaffRequest::TYPES);
    }

    #[test]
    fn a_skipped_intake_is_optional_and_a_full_one_round_trips() {
        let bare: ChildRequest = serde_json::from_str(r#"{"type":"start","id":"s","language":"ti"}"#).unwrap();
        assert_eq!(
            bare,
            ChildRequest::Start {
                id: "s".into(),
                language: "ti".into(),
                also_reads: vec![],
                intake: Intake::default(),
                return_code: None,
            }
        );
        let frame = r#"{"type":"start","id":"s","language":"ar","also_reads":["fr"],"intake":{"topics":["family","migration"],"age_band":"13_15","country":"DE"}}"#;
        let full: ChildRequest = serde_json::from_str(frame).unwrap();
        assert_eq!(serde_json::to_string(&full).unwrap(), frame);
        let ChildRequest::Start { intake, .. } = full else { unreachable!() };
        assert_eq!(intake.validate(), Ok(()));
        let lower = Intake { country: Some("de".into()), ..Intake::default() };
        assert_eq!(lower.validate(), Err(ErrorCode::InvalidField));
    }

    #[test]
    fn the_pause_cookie_lasts_as_long_as_a_pause_token_is_kept() {
        let seconds = u64::from(PAUSE_TOKEN_DAYS) * 86_400;
        assert!(PAUSE_COOKIE_ATTRIBUTES.contains(&format!("Max-Age={seconds};")));
    }

    #[test]
    fn text_must_be_non_blank_and_within_the_cap() {
        assert_eq!(validate_text("  \n "), Err(ErrorCode::EmptyText));
        assert_eq!(validate_text(&"ب".repeat(MAX_TEXT_BYTES / 2)), Ok(()));
        assert_eq!(validate_text(&"ب".repeat(MAX_TEXT_BYTES / 2 + 1)), Err(ErrorCode::TooLong));
        assert_eq!(validate_text("a\0b"), Err(ErrorCode::ControlCharacter));
        assert_eq!(validate_text("a\n\tb \u{202E}gnp.exe"), Ok(()));
    }
}
