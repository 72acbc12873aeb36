//! The hub: one task that decides. It owns the queues, the offers, who holds which
//! chat, and every timer; sockets send it [`Command`]s and it applies them one at a
//! time, so two counsellors accepting the same child are simply two commands in a row,
//! and the second finds the offer gone.
//!
//! It is not on the message path: chat messages and read marks go from the sockets to
//! the message writer ([`crate::writer`]), which stores them in group commits and
//! delivers them through the bus ([`crate::bus`]), whose routes the hub keeps up to
//! date. The writes that come with every chat (a start, an accept, an end) the hub
//! queues with the same writer without waiting for the disk, and announces when the
//! outcome comes back (`follow_up.rs`); its other store work (transfers, risk, notes,
//! blocks, status, what a console loads) goes the same way (`off_hub.rs`). The hub
//! never waits on the database once it runs.
//!
//! - `child.rs`: requests from children.
//! - `staff.rs`: requests from counsellors: status, offers, chat.
//! - `casework.rs`: risk and alerts, notes, transfers, canned answers, referrals,
//!   wrap-ups.
//! - `blocks.rs`: abusive contacts: chats ended as abusive, coordinators' decisions,
//!   paused browsers, blocks running out.
//! - `follow_up.rs`: what the hub announces once its writes are durable.
//! - `off_hub.rs`: handing other store work to the writer's task.
//! - `outbox.rs`: the bounded queue of frames to one socket.
//!
//! At start the hub rebuilds the queue and every assignment from the database, so a
//! restarted server carries on where the killed one stopped.

mod blocks;
mod board;
mod cases;
mod casework;
mod child;
mod follow_up;
mod handovers;
mod history;
mod left_messages;
mod off_hub;
mod outbox;
mod presence;
mod staff;
mod supervision;

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

use bridgeline_protocol::{
    ChildEvent, ConversationId, ConversationState, ErrorCode, ErrorReply, Intake, Offer, QueueStatus, StaffEvent,
};
use tokio::sync::mpsc;
use tokio::time::Instant;

pub use casework::{CANNED_PREFIX, CANNED_PURPOSES};
pub use handovers::HandoverEvent;
pub use off_hub::Continuation;
pub use outbox::{outbox, OutFrame, Outbox, OutboxReceiver};

use crate::estimate::{Estimate, EstimatorConfig, WaitEstimator};
use crate::i18n::Catalog;
use crate::routing::{Action, Millis, Priority, Router, RoutingConfig, StaffId};
use crate::schedule::Schedule;
use crate::store::staff::{Role, StaffRecord};
use crate::store::{Store, StoreError};

/// Identifies one socket for the life of the process.
pub type ConnId = u64;

/// Requests from sockets to the hub.
#[derive(Debug)]
pub enum Command {
    ChildConnected {
        conn: ConnId,
        outbox: Outbox,
        /// The socket's network address, held in memory while the socket is open (see
        /// `blocks.rs`); never stored or logged.
        address: Option<std::net::IpAddr>,
        /// The pause token the handshake carried (cookie `bl_pause`), if any.
        pause_token: Option<String>,
    },
    Child {
        conn: ConnId,
        request: bridgeline_protocol::ChildRequest,
    },
    ChildGone {
        conn: ConnId,
    },
    StaffConnected {
        conn: ConnId,
        staff: StaffRecord,
        outbox: Outbox,
    },
    Staff {
        conn: ConnId,
        request: bridgeline_protocol::StaffRequest,
    },
    StaffGone {
        conn: ConnId,
    },
    /// An admin changed or disabled an account: its sockets close, and the console
    /// reconnects with the account as it is now (or, disabled, cannot).
    StaffChanged {
        staff_id: StaffId,
    },
    /// An admin changed the board's target time or thresholds.
    BoardConfig {
        board: crate::board::BoardConfig,
    },
    /// The child's page asks whether chats from this browser are paused, and until when.
    PausedUntil {
        address: Option<std::net::IpAddr>,
        pause_token: Option<String>,
        reply: tokio::sync::oneshot::Sender<Option<bridgeline_protocol::UnixMillis>>,
    },
    /// `/metrics` asks what the queues and chats look like now.
    Present {
        reply: tokio::sync::oneshot::Sender<crate::metrics::Present>,
    },
    /// Something about a handover came from a partner (see `hub/handovers.rs`).
    Handover(HandoverEvent),
}

impl Command {
    /// Whether this command can change what the coordinators' board shows. What goes on
    /// inside a chat (messages, typing, read marks, notes) cannot, and comes by the dozen.
    fn may_change_board(&self) -> bool {
        use bridgeline_protocol::{ChildRequest, StaffRequest};
        !matches!(
            self,
            Command::Child {
                request: ChildRequest::Send { .. }
                    | ChildRequest::Typing { .. }
                    | ChildRequest::Read { .. }
                    | ChildRequest::History { .. },
                ..
            } | Command::Staff {
                request: StaffRequest::Send { .. }
                    | StaffRequest::SendCanned { .. }
                    | StaffRequest::Typing { .. }
                    | StaffRequest::Read { .. }
                    | StaffRequest::Sync { .. }
                    | StaffRequest::History { .. }
                    | StaffRequest::AddNote { .. },
                ..
            } | Command::Present { .. }
                | Command::PausedUntil { .. }
                | Command::Handover(_)
        )
    }
}

/// What the hub does once one of its writes is durable: the announcements it held back
/// (see [`crate::writer::WriterHandle::persist`]).
#[derive(Debug)]
pub enum FollowUp {
    /// Tell the child on `conn` their chat has started, and queue them.
    Started { conn: ConnId, id: String, resume_token: String, conversation: ConversationId },
    /// Give the chat to the counsellor who accepted it, and tell everyone.
    Accepted { conn: ConnId, id: String, staff_id: String, conversation: ConversationId },
    /// Carry out the end, and answer whoever asked for it.
    Ended { by: bridgeline_protocol::Author, reply: Option<EndReply> },
}

/// Who asked for an end, to answer once it is durable.
#[derive(Debug)]
pub enum EndReply {
    Child { conn: ConnId, id: String },
    Staff { conn: ConnId, id: String },
}

/// The hub's tunables.
#[derive(Debug, Clone)]
pub struct HubConfig {
    pub routing: RoutingConfig,
    /// How long a waiting child may be disconnected before leaving the queue.
    pub abandon_after: Millis,
    /// How long a counsellor may be disconnected before their children are requeued.
    pub counsellor_grace: Millis,
    /// Opening hours per language, to tell a child when someone will be there.
    pub schedule: Schedule,
    /// Whether a counsellor owing a wrap-up receives no offers.
    pub wrap_up_required: bool,
    /// Targets and thresholds of the coordinators' board.
    pub board: crate::board::BoardConfig,
    /// The retention period by flag (an admin's setting wins): return codes unused for
    /// longer stop working.
    pub retention_days: u64,
    /// How long a returning child waits for the counsellor they spoke with before.
    pub return_prefer: Millis,
    /// Sends this helpline's signed requests to partner helplines (handovers).
    pub partner_client: Arc<crate::partners::client::PartnerClient>,
}

/// How often waiting children's estimates are refreshed while nothing else happens:
/// time passing changes them too.
const QUEUE_REFRESH: Millis = 15_000;

/// A waiting child is told their new place at most this often. Each accept moves
/// everyone behind: telling each child at once would send a frame per waiting child
/// per accept (millions while a large queue drains).
const QUEUE_COALESCE: Millis = 1_000;

/// Typing signals are forwarded at most this often per conversation and side, so a
/// client that sends one per keystroke cannot flood the other side.
const TYPING_INTERVAL: Millis = 2_000;

/// A command, and who waits until the hub has carried it out.
pub(crate) type Queued = (Command, Option<tokio::sync::oneshot::Sender<()>>);

/// A cheap handle for sockets to reach the hub.
#[derive(Clone, Debug)]
pub struct HubHandle {
    commands: mpsc::Sender<Queued>,
}

impl HubHandle {
    /// A handle on whatever carries out the commands sent on `commands` (the hub, or a
    /// follower's link to it).
    pub(crate) fn new(commands: mpsc::Sender<Queued>) -> Self {
        Self { commands }
    }

    /// Sends a command; fails only when the hub has stopped (shutdown).
    pub async fn send(&self, command: Command) -> Result<(), HubStopped> {
        self.commands.send((command, None)).await.map_err(|_| HubStopped)
    }

    /// Sends a command and returns once the hub has carried it out. A socket waits so
    /// for each request before reading the next one: its requests take effect in the
    /// order the client sent them, whether they go through the hub or to the message
    /// writer (`start` then `send`, `send` then `end`).
    pub async fn request(&self, command: Command) -> Result<(), HubStopped> {
        let (done, carried_out) = tokio::sync::oneshot::channel();
        self.commands.send((command, Some(done))).await.map_err(|_| HubStopped)?;
        // The hub drops `done` once the command is handled: an error here means done.
        let _ = carried_out.await;
        Ok(())
    }
}

#[derive(Debug, thiserror::Error)]
#[error("the hub has stopped")]
pub struct HubStopped;

/// Why a request was refused: sent back to the client as a typed error.
#[derive(Debug, thiserror::Error)]
pub enum RequestError {
    #[error("{detail}")]
    Refused { code: ErrorCode, detail: &'static str },
    /// Chats from this browser are paused until `until` (a confirmed block).
    #[error("chats from this browser are paused for now")]
    Paused { until: bridgeline_protocol::UnixMillis },
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Random(#[from] crate::secrets::RandomError),
    /// Something on the server failed that the client can only retry.
    #[error("{0}")]
    Internal(&'static str),
    /// Too many wrong return codes from this address: try again at `until`.
    #[error("too many wrong return codes; try again later")]
    TooManyAttempts { until: bridgeline_protocol::UnixMillis },
    /// The conversation is not live in the hub: whether it ended in the asker's hands
    /// or was never theirs is read from the store, off the hub, before answering (see
    /// `staff.rs`); answered as `not_yours` if it ever reached a client unresolved.
    #[error("the conversation is not live")]
    NotLive(ConversationId),
}

impl RequestError {
    pub fn refused(code: ErrorCode, detail: &'static str) -> Self {
        Self::Refused { code, detail }
    }

    /// The reply for the client; internal detail is logged here and never sent.
    pub fn into_reply(self, id: &str) -> ErrorReply {
        match self {
            Self::Refused { code, detail } => {
                ErrorReply { id: Some(id.to_owned()), code, detail: detail.to_owned(), until: None }
            }
            Self::Paused { until } => ErrorReply {
                id: Some(id.to_owned()),
                code: ErrorCode::Paused,
                detail: "chats from this browser are paused for now".to_owned(),
                until: Some(until),
            },
            Self::TooManyAttempts { until } => ErrorReply {
                id: Some(id.to_owned()),
                code: ErrorCode::TooManyAttempts,
                detail: "too many wrong return codes; try again later".to_owned(),
                until: Some(until),
            },
            // A change that found, in the store, the chat ended before it.
            Self::Store(StoreError::ConversationEnded) => ErrorReply {
                id: Some(id.to_owned()),
                code: ErrorCode::ConversationEnded,
                detail: "the conversation has ended".to_owned(),
                until: None,
            },
            Self::NotLive(_) => ErrorReply {
                id: Some(id.to_owned()),
                code: ErrorCode::NotYours,
                detail: "this conversation is not assigned to you".to_owned(),
                until: None,
            },
            internal => {
                tracing::error!(error = %internal, "request failed");
                ErrorReply {
                    id: Some(id.to_owned()),
                    code: ErrorCode::Internal,
                    detail: "internal error; retry".to_owned(),
                    until: None,
                }
            }
        }
    }
}

/// A conversation that has not ended, as the hub tracks it.
#[derive(Debug, Clone)]
struct LiveConversation {
    language: String,
    state: ConversationState,
    /// The counsellor's id and display name once assigned.
    counsellor: Option<(StaffId, String)>,
    /// The child's socket, while one is attached.
    child_conn: Option<ConnId>,
    /// When the child last entered the queue (wall clock): at the start, and again
    /// after a requeue or a transfer to a queue.
    queued_at: i64,
    /// Whether a counsellor has answered this child before (a child given back to the
    /// queue counts once in the board's figures).
    ever_answered: bool,
    /// The last queue status sent to the child, to send only changes.
    queue_sent: Option<QueueStatus>,
    /// When the child's socket went away (hub clock), while none is attached.
    detached_since: Option<Millis>,
    /// When a counsellor answered (hub clock), for chat lengths.
    answered_at: Option<Millis>,
    intake: Intake,
    /// When each side's last typing signal was forwarded (hub clock).
    child_typing_at: Option<Millis>,
    counsellor_typing_at: Option<Millis>,
    risk: bridgeline_protocol::RiskLevel,
    /// Other languages the child reads, for routing after a requeue or transfer.
    also_reads: Vec<String>,
    /// Coordinators and admins following the chat read-only.
    observers: std::collections::BTreeSet<StaffId>,
    /// The case a return code ties this chat to (a returning child, or one who took a
    /// code in it).
    case: Option<String>,
    /// The child came back with a return code (the case has earlier chats).
    returning: bool,
    /// When the child left this chat as a message (wall clock), if they did; it stays
    /// set once taken (see [`left_messages`]).
    left_message_at: Option<i64>,
}

impl LiveConversation {
    /// How a staff console sees this conversation (notes are added by the caller, who
    /// reads them from the store); `last_seq` and the child's read mark come from the
    /// bus, which the message writer keeps up to date.
    fn assigned_view(
        &self,
        conversation: &ConversationId,
        bus: &crate::bus::Bus,
    ) -> bridgeline_protocol::AssignedConversation {
        bridgeline_protocol::AssignedConversation {
            conversation_id: conversation.clone(),
            language: self.language.clone(),
            state: self.state,
            last_seq: bus.last_seq(conversation).unwrap_or(0),
            child_read_seq: bus.read_marks(conversation).unwrap_or_default().child,
            intake: self.intake.clone(),
            risk: self.risk,
            notes: Vec::new(),
            wrapped_up: false,
        }
    }

    /// The queue priority this conversation gets when it enters a queue again.
    fn returning_priority(&self) -> Priority {
        if self.risk == bridgeline_protocol::RiskLevel::Imminent {
            Priority::IMMINENT
        } else {
            Priority::RETURNING
        }
    }
}

/// A signed-in staff member with at least one socket open.
#[derive(Debug)]
struct OnlineStaff {
    record: StaffRecord,
    conns: HashSet<ConnId>,
}

struct Hub {
    store: Store,
    catalog: Arc<Catalog>,
    router: Router,
    estimator: WaitEstimator,
    schedule: Schedule,
    abandon_after: Millis,
    counsellor_grace: Millis,
    wrap_up_required: bool,
    /// Ended chats each online staff member still owes a wrap-up for.
    pending_wrap_ups: HashMap<StaffId, std::collections::BTreeSet<ConversationId>>,
    /// Counsellors holding chats whose last socket closed, and since when.
    staff_gone_since: HashMap<StaffId, Millis>,
    epoch: Instant,
    board: crate::board::Board,
    metrics: Arc<crate::metrics::Metrics>,
    /// When the board was last sent to coordinators (hub clock), and whether anything
    /// changed since.
    board_sent_at: Option<Millis>,
    board_dirty: bool,
    /// Whether the board last sent counted left messages: then it is sent every
    /// minute even with nobody in a queue (see `board.rs`).
    board_showed_left_messages: bool,
    /// When the queues were last sampled for the board's history (hub clock).
    trends_sampled_at: Millis,
    /// When the waiting children's estimates were last refreshed.
    queue_refreshed_at: Millis,
    /// Whether places in the queue changed since they were last sent.
    queue_dirty: bool,
    /// When disconnected waiting children run out of grace, soonest first. Entries are
    /// not removed when a child comes back: each is checked when it falls due.
    abandonments: std::collections::BinaryHeap<std::cmp::Reverse<(Millis, ConversationId)>>,
    /// Status changes the router made (an offer lapsed: `away`), to store.
    status_writes: Vec<(StaffId, bridgeline_protocol::StaffStatus)>,
    conversations: HashMap<ConversationId, LiveConversation>,
    child_conns: HashMap<ConnId, (Outbox, Option<ConversationId>)>,
    staff_conns: HashMap<ConnId, (Outbox, StaffId)>,
    staff: HashMap<StaffId, OnlineStaff>,
    /// Abusive contacts: reports, blocks, and child sockets' addresses (memory only).
    moderation: blocks::Moderation,
    /// History pages being read at once, off the hub (see [`history`]).
    history_reads: Arc<tokio::sync::Semaphore>,
    /// Who receives each live conversation's messages, kept up to date by the hub for
    /// the message writer (see [`crate::bus`]).
    bus: Arc<crate::bus::Bus>,
    /// Children who left on purpose (`leave`) and have not come back, with their place
    /// in the queue if they were waiting (see [`presence`]).
    left_children: HashMap<ConversationId, Option<presence::LeftPlace>>,
    /// Stores the hub's writes that come with every chat (start, accept, end) in its
    /// group commits, and runs its other store work (see [`off_hub`]); their outcomes
    /// come back as [`crate::writer::Persisted`].
    writer: crate::writer::WriterHandle,
    /// The socket waiting for the request being handled; store work the request hands
    /// off takes it along, so the socket waits for that too.
    request_done: Option<tokio::sync::oneshot::Sender<()>>,
    /// Return codes: their key, and the throttle on wrong ones (see [`cases`]).
    codes: cases::Codes,
    /// Returning children being started, and the counsellor they spoke with before,
    /// until their start is durable and they are queued.
    returning_to: HashMap<ConversationId, StaffId>,
    /// Chats being left as messages, until that is stored (see [`left_messages`]).
    leaving_message: HashSet<ConversationId>,
    /// Left messages a staff member is taking, until that is stored.
    left_being_taken: HashSet<ConversationId>,
    /// The earlier chats each child socket may read, after its `open_case`.
    opened_cases: HashMap<ConnId, HashSet<ConversationId>>,
    /// Handovers to and from partner helplines (see [`handovers`]).
    handovers: handovers::Handovers,
}

/// Rebuilds the hub's state from the store and starts it. The hub stops when every
/// [`HubHandle`] is dropped.
pub async fn start(
    store: Store,
    catalog: Arc<Catalog>,
    config: HubConfig,
    metrics: Arc<crate::metrics::Metrics>,
    bus: Arc<crate::bus::Bus>,
    writer: crate::writer::WriterHandle,
    persisted: mpsc::UnboundedReceiver<crate::writer::Persisted>,
) -> Result<HubHandle, StoreError> {
    let (commands, receiver) = mpsc::channel(1024);
    let own_commands = commands.downgrade();
    let store_for_codes = store.clone();
    let mut hub = Hub {
        store,
        catalog,
        router: Router::new(config.routing),
        estimator: WaitEstimator::new(EstimatorConfig::default()),
        schedule: config.schedule,
        abandon_after: config.abandon_after,
        counsellor_grace: config.counsellor_grace,
        wrap_up_required: config.wrap_up_required,
        pending_wrap_ups: HashMap::new(),
        staff_gone_since: HashMap::new(),
        epoch: Instant::now(),
        board: crate::board::Board::new(config.board).tracking_trends_from(crate::secrets::unix_millis()),
        metrics,
        board_sent_at: None,
        board_dirty: true,
        board_showed_left_messages: false,
        trends_sampled_at: 0,
        queue_refreshed_at: 0,
        queue_dirty: false,
        abandonments: std::collections::BinaryHeap::new(),
        status_writes: Vec::new(),
        conversations: HashMap::new(),
        child_conns: HashMap::new(),
        staff_conns: HashMap::new(),
        staff: HashMap::new(),
        moderation: blocks::Moderation::default(),
        history_reads: Arc::new(tokio::sync::Semaphore::new(history::CONCURRENT_READS)),
        bus,
        writer,
        left_children: HashMap::new(),
        request_done: None,
        returning_to: HashMap::new(),
        leaving_message: HashSet::new(),
        left_being_taken: HashSet::new(),
        opened_cases: HashMap::new(),
        handovers: handovers::Handovers::new(config.partner_client, own_commands),
        codes: cases::Codes::load(&store_for_codes, config.retention_days, config.return_prefer)
            .await
            .map_err(|error| StoreError::Corrupt(format!("return code keys: {error}")))?,
    };
    hub.rebuild().await?;
    hub.load_blocks().await?;
    hub.handovers.rebuild(hub.store.waiting_incoming().await?, hub.store.open_consent_questions().await?);
    tokio::spawn(hub.run(receiver, persisted));
    Ok(HubHandle { commands })
}

impl Hub {
    fn now(&self) -> Millis {
        u64::try_from(self.epoch.elapsed().as_millis()).unwrap_or(u64::MAX)
    }

    async fn rebuild(&mut self) -> Result<(), StoreError> {
        let now = self.now();
        let open = self.store.open_conversations().await?;
        let mut counsellors: HashMap<String, StaffRecord> = HashMap::new();
        for record in open {
            let last_seq = self.store.last_seq(&record.id).await?;
            let mut counsellor = None;
            if let (ConversationState::Active, Some(staff_id)) = (record.state, &record.counsellor_id) {
                if !counsellors.contains_key(staff_id) {
                    if let Some(staff) = self.store.staff_by_id(staff_id).await? {
                        counsellors.insert(staff_id.clone(), staff);
                    }
                }
                if let Some(staff) = counsellors.get(staff_id) {
                    self.router.register(&staff.id, &staff.languages, staff.max_chats, now);
                    self.router.assign(&staff.id, record.id.clone());
                    counsellor = Some((staff.id.clone(), staff.display_name.clone()));
                    // Nobody is connected after a restart: each counsellor gets the whole
                    // grace period to come back to their chats.
                    self.staff_gone_since.insert(staff.id.clone(), now);
                }
            }
            // A left message waits out of the queue, however long.
            let left_waiting = record.left_message_at.is_some() && record.counsellor_id.is_none();
            if record.state == ConversationState::Waiting && !left_waiting {
                self.estimator.record_arrival(&record.language, now);
                self.router.enqueue(
                    record.id.clone(),
                    &record.language,
                    &record.also_reads,
                    Priority(record.priority),
                    now,
                );
            }
            let marks = crate::bus::ReadMarks { child: record.child_read_seq, counsellor: record.counsellor_read_seq };
            self.bus.open(&record.id, last_seq, marks);
            if let Some((staff, _)) = &counsellor {
                self.bus.set_counsellor(&record.id, Some(staff));
            }
            self.conversations.insert(
                record.id,
                LiveConversation {
                    language: record.language,
                    state: record.state,
                    counsellor,
                    child_conn: None,
                    queued_at: record.queued_at,
                    ever_answered: record.state == ConversationState::Active || record.priority > 0,
                    queue_sent: None,
                    // Nobody is attached after a restart: each child gets the whole
                    // grace period to come back.
                    detached_since: Some(now),
                    answered_at: (record.state == ConversationState::Active).then_some(now),
                    intake: record.intake,
                    child_typing_at: None,
                    counsellor_typing_at: None,
                    risk: record.risk,
                    also_reads: record.also_reads,
                    observers: std::collections::BTreeSet::new(),
                    case: record.case_id,
                    returning: record.returning,
                    left_message_at: record.left_message_at,
                },
            );
        }
        let waiting: Vec<ConversationId> = self
            .conversations
            .iter()
            .filter(|(_, live)| live.state == ConversationState::Waiting && !live.is_left_message_waiting())
            .map(|(conversation, _)| conversation.clone())
            .collect();
        for conversation in waiting {
            self.detached(&conversation, now);
        }
        // The board's "today" and "last hour" outlive a restart: replay today's contacts.
        let wall = crate::secrets::unix_millis();
        let since = self.board.start_of_day(wall).min(wall - 3_600_000);
        for contact in self.store.contacts(since - 86_400_000, wall + 1).await? {
            match (contact.first_answered_at, contact.ended_at) {
                (Some(answered), _) if answered >= since => {
                    self.board.record_answered(&contact.language, answered - contact.queued_at, answered)
                }
                (None, Some(ended)) if ended >= since => self.board.record_abandoned(&contact.language, ended),
                _ => {}
            }
        }
        tracing::info!(conversations = self.conversations.len(), "hub state rebuilt from the database");
        Ok(())
    }

    async fn run(
        mut self,
        mut receiver: mpsc::Receiver<Queued>,
        mut persisted: mpsc::UnboundedReceiver<crate::writer::Persisted>,
    ) {
        loop {
            let now = self.now();
            let refresh =
                self.router.has_waiting().then_some(self.queue_refreshed_at.saturating_add(if self.queue_dirty {
                    QUEUE_COALESCE
                } else {
                    QUEUE_REFRESH
                }));
            let staff_deadline =
                self.staff_gone_since.values().min().map(|since| since.saturating_add(self.counsellor_grace));
            let deadline = [
                self.router.next_wake(now),
                self.next_abandonment(),
                refresh,
                staff_deadline,
                self.next_board_send(),
                self.next_trend_sample(),
                self.next_block_end(),
            ]
            .into_iter()
            .flatten()
            .min();
            let wake_at = deadline.map(|deadline| self.epoch + Duration::from_millis(deadline));
            tokio::select! {
                command = receiver.recv() => {
                    let Some((command, done)) = command else { break };
                    self.board_dirty |= command.may_change_board();
                    self.request_done = done;
                    self.handle(command).await;
                    self.request_done = None;
                }
                Some(persisted) = persisted.recv() => {
                    self.board_dirty = true;
                    self.follow_up(persisted).await;
                }
                () = sleep_until_or_forever(wake_at) => {}
            }
            self.abandon_gone_children().await;
            self.requeue_children_of_gone_counsellors().await;
            self.expire_blocks().await;
            let now = self.now();
            if self.router.needs_dispatch(now) {
                let actions = self.router.dispatch(now);
                self.board_dirty |= !actions.is_empty();
                self.apply(actions);
                // Positions and staffing change with the router, which marks itself
                // dirty; estimates also drift with time, hence the periodic refresh.
                self.queue_dirty = true;
            }
            let every = if self.queue_dirty { QUEUE_COALESCE } else { QUEUE_REFRESH };
            if now >= self.queue_refreshed_at.saturating_add(every) {
                self.send_queue_statuses();
            }
            self.store_status_changes().await;
            self.sample_trends_if_due();
            self.send_board_if_due();
        }
        tracing::info!("hub stopped");
    }

    async fn handle(&mut self, command: Command) {
        match command {
            Command::ChildConnected { conn, outbox, address, pause_token } => {
                self.child_conns.insert(conn, (outbox, None));
                self.moderation.connected(conn, address, pause_token.as_deref());
            }
            Command::PausedUntil { address, pause_token, reply } => {
                let _ = reply.send(self.moderation.paused_until(address, pause_token.as_deref()));
            }
            Command::Child { conn, request } => self.child_request(conn, request).await,
            Command::ChildGone { conn } => self.child_gone(conn),
            Command::StaffConnected { conn, staff, outbox } => self.staff_connected(conn, staff, outbox).await,
            Command::Staff { conn, request } => self.staff_request(conn, request).await,
            Command::StaffGone { conn } => self.staff_gone(conn),
            Command::StaffChanged { staff_id } => self.close_staff_sockets(&staff_id),
            Command::BoardConfig { board } => self.board.set_config(board),
            Command::Present { reply } => {
                let _ = reply.send(self.present());
            }
            Command::Handover(event) => self.handover_event(event).await,
        }
    }

    /// Stores the statuses the router changed, so that they outlive a restart.
    async fn store_status_changes(&mut self) {
        if self.status_writes.is_empty() {
            return;
        }
        let changes = std::mem::take(&mut self.status_writes);
        self.off_hub(
            move |store| async move {
                for (staff, status) in changes {
                    if let Err(error) = store.set_staff_status(&staff, status).await {
                        tracing::error!(%staff, %error, "could not store a status change");
                    }
                }
                Ok(())
            },
            |_, _: Result<(), RequestError>| {},
        )
        .await;
    }

    /// When the next disconnected waiting child may run out of grace.
    fn next_abandonment(&self) -> Option<Millis> {
        self.abandonments.peek().map(|std::cmp::Reverse((due, _))| *due)
    }

    /// The child of `conversation` went away at `since`: check on it when its grace
    /// period ends.
    fn detached(&mut self, conversation: &ConversationId, since: Millis) {
        self.abandonments.push(std::cmp::Reverse((since.saturating_add(self.abandon_after), conversation.clone())));
    }

    /// Takes out of the queue every waiting child disconnected for longer than the
    /// grace period (the ones that came back or were answered meanwhile stay).
    async fn abandon_gone_children(&mut self) {
        let now = self.now();
        let mut gone = Vec::new();
        while let Some(std::cmp::Reverse((due, _))) = self.abandonments.peek() {
            if *due > now {
                break;
            }
            let Some(std::cmp::Reverse((_, conversation))) = self.abandonments.pop() else { break };
            let still_gone = self.conversations.get(&conversation).is_some_and(|live| {
                live.state == ConversationState::Waiting
                    && !live.is_left_message_waiting()
                    && live.child_conn.is_none()
                    && live.detached_since.is_some_and(|since| since.saturating_add(self.abandon_after) <= now)
            });
            if still_gone && !gone.contains(&conversation) {
                gone.push(conversation);
            }
        }
        self.board_dirty |= !gone.is_empty();
        for conversation in gone {
            tracing::info!(%conversation, "waiting child gone past the grace period; leaving the queue");
            if let Err(error) = self.end_conversation(&conversation, bridgeline_protocol::Author::System, None).await {
                tracing::error!(%conversation, %error, "could not take a gone child out of the queue");
            }
        }
    }

    /// Gives the chats of every counsellor gone longer than the grace period back to
    /// the queue, ahead of children not yet answered, and tells both sides.
    async fn requeue_children_of_gone_counsellors(&mut self) {
        let now = self.now();
        let gone: Vec<StaffId> = self
            .staff_gone_since
            .iter()
            .filter(|(_, since)| since.saturating_add(self.counsellor_grace) <= now)
            .map(|(staff, _)| staff.clone())
            .collect();
        self.board_dirty |= !gone.is_empty();
        for staff in gone {
            self.staff_gone_since.remove(&staff);
            let chats: Vec<ConversationId> = self
                .conversations
                .iter()
                .filter(|(_, live)| live.counsellor.as_ref().is_some_and(|(owner, _)| owner == &staff))
                .map(|(conversation, _)| conversation.clone())
                .collect();
            for conversation in chats {
                tracing::info!(%conversation, %staff, "counsellor gone past the grace period; child back in the queue");
                self.requeue(conversation, staff.clone()).await;
            }
        }
    }

    /// Gives a chat whose counsellor is gone back to the queue: stored off the hub,
    /// then the child is queued again and told. Until then the chat stays with the
    /// gone counsellor, who cannot write in it anyway.
    async fn requeue(&mut self, conversation: ConversationId, staff: StaffId) {
        let Some(priority) = self.conversations.get(&conversation).map(LiveConversation::returning_priority) else {
            return;
        };
        let task = {
            let conversation = conversation.clone();
            move |store: Store| async move {
                Ok(store.requeue_conversation(&conversation, priority.0, crate::secrets::unix_millis()).await?)
            }
        };
        self.off_hub(task, move |hub, stored: Result<_, RequestError>| match stored {
            Ok(appended) => {
                // Still theirs (the chat may have ended, or they came back, meanwhile).
                let still_theirs = hub
                    .conversations
                    .get(&conversation)
                    .is_some_and(|live| live.counsellor.as_ref().is_some_and(|(owner, _)| owner == &staff));
                let now = hub.now();
                if still_theirs {
                    hub.router.release(&staff, &conversation, now);
                    hub.back_to_queue(&conversation, priority, now);
                }
                hub.publish(appended.message);
            }
            Err(error) => tracing::error!(%conversation, %error, "could not give a child back to the queue"),
        })
        .await;
    }

    /// Puts a conversation that had a counsellor back in its language's queue.
    fn back_to_queue(&mut self, conversation: &ConversationId, priority: Priority, now: Millis) {
        let Some(live) = self.conversations.get_mut(conversation) else { return };
        live.state = ConversationState::Waiting;
        live.queued_at = crate::secrets::unix_millis();
        live.counsellor = None;
        self.bus.set_counsellor(conversation, None);
        live.answered_at = None;
        live.queue_sent = None;
        let language = live.language.clone();
        let also_reads = live.also_reads.clone();
        // A left message goes back to the list it was taken from, not to the queue.
        if live.left_message_at.is_some() {
            self.announce_left_message(conversation);
            return;
        }
        // A child already gone keeps the grace period that started when they left.
        let gone_since = live.detached_since.filter(|_| live.child_conn.is_none());
        // A child who left on purpose is not offered to anyone: their place waits aside.
        if !self.keep_place_aside(conversation, &also_reads, priority, now) {
            self.router.enqueue(conversation.clone(), &language, &also_reads, priority, now);
        }
        self.estimator.record_arrival(&language, now);
        if let Some(since) = gone_since {
            self.detached(conversation, since);
        }
    }

    /// Carries out what the router decided.
    fn apply(&mut self, actions: Vec<Action>) {
        let now = self.now();
        for action in actions {
            match action {
                Action::Offer { staff, conversation, expires_at } => {
                    if let Some(offer) = self.offer_event(&conversation, expires_at, now) {
                        self.send_to_staff(&staff, &StaffEvent::Offer(offer));
                    }
                }
                Action::Withdraw { staff, conversation, reason } => {
                    tracing::debug!(%conversation, ?reason, "offer withdrawn");
                    self.send_to_staff(&staff, &StaffEvent::OfferWithdrawn { conversation_id: conversation });
                }
                Action::StatusChanged { staff, status } => {
                    self.send_to_staff(&staff, &StaffEvent::Status { status });
                    self.status_writes.push((staff, status));
                }
            }
        }
    }

    fn offer_event(&self, conversation: &ConversationId, expires_at: Millis, now: Millis) -> Option<Offer> {
        let live = self.conversations.get(conversation)?;
        let waited_millis = crate::secrets::unix_millis().saturating_sub(live.queued_at);
        Some(Offer {
            conversation_id: conversation.clone(),
            language: live.language.clone(),
            returning: live.returning,
            waited_seconds: u64::try_from(waited_millis / 1000).unwrap_or(0),
            expires_in_seconds: expires_at.saturating_sub(now).div_ceil(1000),
            intake: live.intake.clone(),
        })
    }

    /// What a waiting child at `position` in `language` is told.
    fn queue_status(&self, language: &str, also_reads: &[String], position: u32, now: Millis) -> QueueStatus {
        let staffing = self.router.staffing(language);
        let on_duty = staffing.on_duty > 0;
        let estimate = self.estimator.estimate(
            language,
            position,
            crate::estimate::Staffing { on_duty: staffing.on_duty, capacity: staffing.capacity, busy: staffing.busy },
            now,
        );
        let estimated_wait_seconds = match estimate {
            // Whole minutes, rounded up: the child reads minutes, and finer steps would
            // only resend the frame every second.
            Estimate::Seconds(seconds) => Some(seconds.div_ceil(60) * 60),
            Estimate::Unknown => None,
        };
        let (languages_on_duty, also_reads_on_duty) = if on_duty {
            (Vec::new(), false)
        } else {
            let others: Vec<String> = self
                .router
                .languages_on_duty()
                .into_iter()
                .filter(|other| other != language && self.catalog.contains(other))
                .collect();
            let also_reads_on_duty = also_reads.iter().any(|read| others.contains(read));
            (others, also_reads_on_duty)
        };
        QueueStatus {
            position,
            estimated_wait_seconds: estimated_wait_seconds.filter(|_| on_duty),
            counsellor_on_duty: on_duty,
            languages_on_duty,
            next_on_duty_at: if on_duty {
                None
            } else {
                self.schedule.next_opening(language, crate::secrets::unix_millis())
            },
            also_reads_on_duty,
        }
    }

    /// Sends each attached, waiting child their queue status when it changed.
    fn send_queue_statuses(&mut self) {
        let now = self.now();
        self.queue_refreshed_at = now;
        self.queue_dirty = false;
        for (conversation, position) in self.router.queue_positions() {
            let Some(live) = self.conversations.get(&conversation) else { continue };
            let Some(conn) = live.child_conn else { continue };
            let status = self.queue_status(&live.language, &live.also_reads, position, now);
            if live.queue_sent.as_ref() == Some(&status) {
                continue;
            }
            let sent =
                self.child_conns.get(&conn).is_some_and(|(outbox, _)| outbox.send(&ChildEvent::Queue(status.clone())));
            if let (true, Some(live)) = (sent, self.conversations.get_mut(&conversation)) {
                live.queue_sent = Some(status);
            }
        }
    }

    fn send_to_staff(&self, staff: &str, event: &StaffEvent) {
        let Some(online) = self.staff.get(staff) else { return };
        for conn in &online.conns {
            if let Some((outbox, _)) = self.staff_conns.get(conn) {
                outbox.send(event);
            }
        }
    }

    fn is_counsellor(record: &StaffRecord) -> bool {
        record.role == Role::Counsellor
    }

    /// Coordinators and admins: they receive imminent-risk alerts.
    fn receives_alerts(record: &StaffRecord) -> bool {
        matches!(record.role, Role::Coordinator | Role::Admin)
    }
}

/// A staff request was carried out (no message stored by it).
fn ack(id: String) -> StaffEvent {
    StaffEvent::Ack { id, seq: None }
}

async fn sleep_until_or_forever(deadline: Option<Instant>) {
    match deadline {
        Some(deadline) => tokio::time::sleep_until(deadline).await,
        None => std::future::pending().await,
    }
}
