//! Everything the console tracks, as signals, and what it does on each socket event.
//! Components read from here and send requests through here; none of them parses a
//! frame.

use std::collections::HashMap;

use bridgeline_protocol::blocks::BlocksView;
use bridgeline_protocol::board::BoardSnapshot;
use bridgeline_protocol::handover_view::{HandoverDraft, Handovers};
use bridgeline_protocol::{
    AssignedConversation, Author, CannedResponse, ChatMessage, ConversationId, ConversationState, ErrorReply,
    HistoryPage, Intake, NoteView, Offer, Presence, ReleaseReason, RiskAlert, RiskLevel, StaffEvent, StaffRequest,
    StaffRole, StaffStatus,
};
use bridgeline_web_core::bootstrap::LocaleSummary;
use bridgeline_web_core::browser::{fetch_text, new_id, socket_url};
use bridgeline_web_core::socket;
use leptos::prelude::*;

use crate::handover_inbox;
use crate::left_messages;
use crate::sound::{chime, local_get, ALERT_NOTES, OFFER_NOTES, SOUND_KEY};

/// One chat the signed-in staff member holds (live, or ended and kept for its wrap-up).
#[derive(Debug, Clone, PartialEq)]
pub struct Chat {
    pub conversation_id: ConversationId,
    pub language: String,
    /// What the child said before the chat: defaults for the referral search.
    pub intake: Intake,
    pub ended: bool,
    /// A contiguous run of the newest messages, by `seq`.
    pub messages: Vec<ChatMessage>,
    /// Older messages than the first one here are on the server.
    pub earlier: bool,
    loading_earlier: bool,
    pub unread: usize,
    /// The child has read the counsellor's messages up to this seq.
    pub child_read_seq: u64,
    /// The child is typing (cleared a few seconds after their last signal).
    pub child_typing: bool,
    typing_generation: u64,
    pub risk: RiskLevel,
    /// Private notes, transfer notes included, oldest first.
    pub notes: Vec<NoteView>,
    /// For an ended chat: whether its wrap-up is stored.
    pub wrapped_up: bool,
    /// Display names of the coordinators and admins following this chat read-only.
    pub observed_by: Vec<String>,
    /// Whether the child is there: connected, connection lost, or left on purpose.
    pub child_presence: Presence,
    /// A returning child's earlier conversations (their case), newest first.
    pub earlier_contacts: Vec<bridgeline_protocol::EarlierContact>,
}

impl Chat {
    fn new(assigned: AssignedConversation) -> Chat {
        Chat {
            conversation_id: assigned.conversation_id,
            language: assigned.language,
            intake: assigned.intake,
            ended: assigned.state == ConversationState::Ended,
            messages: Vec::new(),
            earlier: false,
            loading_earlier: false,
            unread: 0,
            child_read_seq: assigned.child_read_seq,
            child_typing: false,
            typing_generation: 0,
            risk: assigned.risk,
            notes: assigned.notes,
            wrapped_up: assigned.wrapped_up,
            observed_by: Vec::new(),
            child_presence: Presence::Connected,
            earlier_contacts: Vec::new(),
        }
    }

    pub fn last_seq(&self) -> u64 {
        self.messages.last().map_or(0, |message| message.seq)
    }

    /// Ended, and its wrap-up not stored yet.
    pub fn owes_wrap_up(&self) -> bool {
        self.ended && !self.wrapped_up
    }
}

/// A live chat a coordinator or admin follows, read-only: what `observing` said of it,
/// and every message since (the history first).
#[derive(Debug, Clone, PartialEq)]
pub struct ObservedChat {
    pub conversation_id: ConversationId,
    pub language: String,
    /// The risk when observing began; the board's chat list has the current one.
    pub risk: RiskLevel,
    /// Private notes as they were when observing began.
    pub notes: Vec<NoteView>,
    /// A contiguous run of the newest messages, by `seq`.
    pub messages: Vec<ChatMessage>,
    /// Older messages than the first one here are on the server.
    pub earlier: bool,
    loading_earlier: bool,
    pub ended: bool,
}

impl ObservedChat {
    fn new(assigned: AssignedConversation) -> ObservedChat {
        ObservedChat {
            conversation_id: assigned.conversation_id,
            language: assigned.language,
            risk: assigned.risk,
            notes: assigned.notes,
            messages: Vec::new(),
            earlier: false,
            loading_earlier: false,
            ended: assigned.state == ConversationState::Ended,
        }
    }
}

/// The views of a coordinator's or admin's console (a counsellor's has only the desk).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// The live board, the chats going on, the chat being observed.
    Board,
    /// The chats this person holds (passed to them), and those handled earlier.
    Chats,
    /// History reports.
    Reports,
    /// Admins only: staff accounts, settings, ready-answer coverage.
    Admin,
    /// Messages children left while nobody was there (`left_messages.rs`).
    LeftMessages,
    /// Handovers partner helplines sent, to accept or decline (`handover_inbox.rs`).
    Handovers,
}

/// The console's state; every field is a signal or stored value, so it is `Copy`.
#[derive(Clone, Copy)]
pub struct ConsoleState {
    pub signed_in: RwSignal<Option<bool>>,
    pub username: RwSignal<String>,
    pub display_name: RwSignal<String>,
    pub role: RwSignal<StaffRole>,
    pub status: RwSignal<StaffStatus>,
    pub offers: RwSignal<Vec<Offer>>,
    pub chats: RwSignal<Vec<Chat>>,
    pub selected: RwSignal<Option<ConversationId>>,
    pub online: RwSignal<bool>,
    /// Whether each ended chat needs its wrap-up before the next offer (server setting).
    pub wrap_up_required: RwSignal<bool>,
    /// For coordinators and admins: imminent-risk alerts, open and taken.
    pub alerts: RwSignal<Vec<RiskAlert>>,
    /// The last request the server refused, until dismissed.
    pub error: RwSignal<Option<ErrorReply>>,
    /// A short confirmation (a Fluent id), e.g. after a transfer.
    pub notice: RwSignal<Option<&'static str>>,
    /// The canned library in the console's language, fetched once.
    pub canned: RwSignal<Vec<CannedResponse>>,
    /// Every served language, for transfer and referral choices.
    pub languages: RwSignal<Vec<LocaleSummary>>,
    /// Play a sound for new offers and alerts; the staff member's choice, kept on this device.
    pub sound: RwSignal<bool>,
    /// For coordinators and admins: the view shown.
    pub view: RwSignal<View>,
    /// For coordinators and admins: the live board, as last received.
    pub board: RwSignal<Option<BoardSnapshot>>,
    /// When the board last came, by this browser's clock: the board is not resent
    /// while only left messages wait, so their age is counted on from here.
    pub board_received_at: RwSignal<i64>,
    /// For the board's charts: the last hours of each queue, from the server's first
    /// frame on, with every later frame folded in.
    pub trends: RwSignal<bridgeline_protocol::trends::TrendRing>,
    /// For coordinators and admins: the chat they follow read-only, if any.
    pub observed: RwSignal<Option<ObservedChat>>,
    /// Earlier chats of a returning child's case whose transcript is open (see
    /// [`crate::case`]).
    pub earlier_reads: RwSignal<HashMap<ConversationId, crate::case::EarlierRead>>,
    /// For coordinators and admins: abuse reports to decide and browsers paused now.
    pub blocks: RwSignal<BlocksView>,
    /// Messages children left that this staff member may take, oldest first.
    pub left_messages: RwSignal<Vec<bridgeline_protocol::LeftMessage>>,
    /// `take_left_message` requests not answered yet: request id and the message.
    pub taking: RwSignal<Vec<(String, ConversationId)>>,
    /// Partner helplines, consent questions, handovers sent and those that came in
    /// (see [`bridgeline_protocol::handover_view`]).
    pub handovers: RwSignal<Handovers>,
    /// Each held chat's handover form as it was left, kept while other chats are open.
    pub handover_drafts: StoredValue<HashMap<ConversationId, HandoverDraft>>,
    /// Requests whose acknowledgement is confirmed to the person, with the Fluent id
    /// of the confirmation (e.g. a reassignment).
    confirm_on_ack: StoredValue<Vec<(String, &'static str)>>,
    /// The highest seq a read mark was sent for, per chat.
    read_sent: StoredValue<HashMap<ConversationId, u64>>,
    pub last_typing_sent: StoredValue<f64>,
    /// Ids of background requests (sync, typing, read marks) whose refusal the console
    /// logs instead of showing: the person did not ask for them.
    quiet: StoredValue<Vec<String>>,
    notice_generation: StoredValue<u64>,
}

/// How long "the child is writing" stays after their last typing signal.
const TYPING_SHOWN_MS: u64 = 5_000;
/// How long a confirmation stays on screen.
const NOTICE_SHOWN_MS: u64 = 8_000;
/// Typing signals go out at most this often.
pub const TYPING_EVERY_MS: f64 = 3_000.0;

impl ConsoleState {
    pub fn new() -> ConsoleState {
        ConsoleState {
            signed_in: RwSignal::new(None),
            username: RwSignal::new(String::new()),
            display_name: RwSignal::new(String::new()),
            role: RwSignal::new(StaffRole::Counsellor),
            status: RwSignal::new(StaffStatus::Away),
            offers: RwSignal::new(Vec::new()),
            chats: RwSignal::new(Vec::new()),
            selected: RwSignal::new(None),
            online: RwSignal::new(false),
            wrap_up_required: RwSignal::new(false),
            alerts: RwSignal::new(Vec::new()),
            error: RwSignal::new(None),
            notice: RwSignal::new(None),
            canned: RwSignal::new(Vec::new()),
            languages: RwSignal::new(Vec::new()),
            sound: RwSignal::new(local_get(SOUND_KEY).as_deref() == Some("on")),
            view: RwSignal::new(View::Board),
            board: RwSignal::new(None),
            board_received_at: RwSignal::new(0),
            trends: RwSignal::new(Default::default()),
            observed: RwSignal::new(None),
            earlier_reads: RwSignal::new(HashMap::new()),
            blocks: RwSignal::new(BlocksView::default()),
            left_messages: RwSignal::new(Vec::new()),
            taking: RwSignal::new(Vec::new()),
            handovers: RwSignal::new(Handovers::default()),
            handover_drafts: StoredValue::new(HashMap::new()),
            confirm_on_ack: StoredValue::new(Vec::new()),
            read_sent: StoredValue::new(HashMap::new()),
            last_typing_sent: StoredValue::new(f64::NEG_INFINITY),
            quiet: StoredValue::new(Vec::new()),
            notice_generation: StoredValue::new(0),
        }
    }

    /// Opens the staff socket and fetches what the side panel needs once: the canned
    /// library in the console's language and the list of served languages.
    pub fn connect(self, ui_language: String) {
        let handlers = socket::Handlers {
            on_open: Box::new(move || self.online.set(true)),
            on_frame: Box::new(move |text| self.on_frame(&text)),
            on_down: Box::new(move || self.online.set(false)),
            on_elsewhere: Box::new(move || self.online.set(false)),
        };
        socket::open(socket_url("/ws/v1/staff"), handlers);
        leptos::task::spawn_local(async move {
            if let Some(library) =
                fetch_json::<Vec<CannedResponse>>(&format!("/api/v1/canned?lang={ui_language}")).await
            {
                self.canned.set(library);
            }
            if let Some(languages) = fetch_json::<Vec<LocaleSummary>>("/api/v1/locales").await {
                self.languages.set(languages);
            }
        });
    }

    /// Whether this staff member takes children from the queue (counsellors) or not
    /// (coordinators and admins, who hold only chats transferred to them).
    pub fn takes_offers(self) -> bool {
        self.role.get() == StaffRole::Counsellor
    }

    /// Reads one chat, tracked; `T::default()` when it is gone.
    pub fn with_chat<T: Default>(self, conversation_id: &ConversationId, read: impl FnOnce(&Chat) -> T) -> T {
        self.chats
            .with(|chats| chats.iter().find(|chat| &chat.conversation_id == conversation_id).map(read))
            .unwrap_or_default()
    }

    fn on_frame(self, text: &str) {
        let Ok(event) = serde_json::from_str::<StaffEvent>(text) else { return };
        match event {
            StaffEvent::Ready {
                username,
                display_name,
                role,
                status,
                conversations,
                offer,
                wrap_up_required,
                alerts,
                left_messages,
                partners,
                incoming_handovers,
                handover_consents,
                handovers,
                ..
            } => {
                self.username.set(username);
                self.display_name.set(display_name);
                self.role.set(role);
                self.status.set(status);
                self.wrap_up_required.set(wrap_up_required);
                self.alerts.set(alerts);
                self.offers.set(offer.into_iter().collect());
                left_messages::on_ready(self, left_messages);
                handover_inbox::on_ready(self, partners, incoming_handovers);
                // What the chats listed were asked and sent, as the server has it now.
                self.handovers.update(|known| {
                    handover_consents.into_iter().for_each(|view| known.on_consent(view));
                    handovers.into_iter().for_each(|handover| known.on_outgoing(handover));
                });
                // A live chat the server no longer lists went back to the queue or to a
                // colleague while this console was away: drop it, it is someone else's now.
                let listed: Vec<ConversationId> =
                    conversations.iter().map(|assigned| assigned.conversation_id.clone()).collect();
                self.chats.update(|chats| chats.retain(|chat| chat.ended || listed.contains(&chat.conversation_id)));
                if self.selected.get_untracked().is_some_and(|selected| !listed.contains(&selected)) {
                    self.selected.set(None);
                }
                for assigned in conversations {
                    self.add_chat(assigned);
                }
                // Catch up every chat from what this page already has.
                for chat in self.chats.get_untracked() {
                    self.send_quietly(StaffRequest::Sync {
                        id: new_id(),
                        conversation_id: chat.conversation_id.clone(),
                        after_seq: chat.last_seq(),
                    });
                }
                // An observation ends with the last socket: follow the chat again (the
                // history comes again; lines already here are not doubled).
                if let Some(observed) = self.observed.get_untracked().filter(|observed| !observed.ended) {
                    self.send_quietly(StaffRequest::Observe {
                        id: new_id(),
                        conversation_id: observed.conversation_id,
                    });
                }
            }
            StaffEvent::Status { status } => self.status.set(status),
            StaffEvent::Offer(offer) => {
                self.offers.update(|offers| {
                    offers.retain(|open| open.conversation_id != offer.conversation_id);
                    offers.push(offer);
                });
                if self.sound.get_untracked() {
                    chime(OFFER_NOTES);
                }
            }
            StaffEvent::OfferWithdrawn { conversation_id } => {
                self.offers.update(|offers| offers.retain(|offer| offer.conversation_id != conversation_id))
            }
            StaffEvent::Assigned(assigned) => {
                let conversation_id = assigned.conversation_id.clone();
                self.offers.update(|offers| offers.retain(|offer| offer.conversation_id != conversation_id));
                let taken_here = left_messages::taken(self, &conversation_id);
                self.add_chat(assigned);
                self.selected.set(Some(conversation_id));
                // Coordinators and admins may be on another view: a message they took
                // opens where their chats are; a chat passed to them is said.
                if !self.takes_offers() && self.view.get_untracked() != View::Chats {
                    if taken_here {
                        self.view.set(View::Chats);
                    } else {
                        self.show_notice("staff-chat-passed-to-you");
                    }
                }
                if taken_here {
                    left_messages::focus_answer();
                }
            }
            StaffEvent::Message(message) => {
                if self.is_observed(&message.conversation_id) {
                    self.observed.update(|observed| {
                        if let Some(observed) = observed {
                            merge_message(&mut observed.messages, message);
                        }
                    });
                } else {
                    self.receive(message);
                }
            }
            StaffEvent::History(page) => self.receive_page(page),
            StaffEvent::LeftMessage { message } => left_messages::on_left(self, message),
            StaffEvent::LeftMessageGone { conversation_id } => left_messages::on_gone(self, &conversation_id),
            StaffEvent::Case { conversation_id, earlier } => {
                self.update_chat(&conversation_id, |chat| chat.earlier_contacts = earlier)
            }
            // The child erased their case: what the console holds of those chats goes.
            // A chat still owing its wrap-up stays, emptied, for the wrap-up's counts.
            StaffEvent::CaseErased { conversation_ids } => {
                self.chats.update(|chats| {
                    chats.retain(|chat| !conversation_ids.contains(&chat.conversation_id) || chat.owes_wrap_up());
                    for chat in chats.iter_mut().filter(|chat| conversation_ids.contains(&chat.conversation_id)) {
                        chat.messages.clear();
                        chat.notes.clear();
                        chat.earlier = false;
                    }
                    for chat in chats.iter_mut() {
                        chat.earlier_contacts.retain(|contact| !conversation_ids.contains(&contact.conversation_id));
                    }
                });
                self.earlier_reads.update(|reads| reads.retain(|id, _| !conversation_ids.contains(id)));
            }
            StaffEvent::Ended { conversation_id, .. } => {
                if self.is_observed(&conversation_id) {
                    self.observed.update(|observed| {
                        if let Some(observed) = observed {
                            observed.ended = true;
                        }
                    });
                }
                self.update_chat(&conversation_id, |chat| {
                    chat.ended = true;
                    chat.child_typing = false;
                    chat.observed_by.clear();
                })
            }
            StaffEvent::Typing { conversation_id } => self.show_typing(conversation_id),
            StaffEvent::Read { conversation_id, seq } => self.update_chat(&conversation_id, |chat| {
                chat.child_read_seq = chat.child_read_seq.max(seq);
            }),
            StaffEvent::Risk { conversation_id, level } => self.update_chat(&conversation_id, |chat| chat.risk = level),
            StaffEvent::Note(note) => {
                let conversation_id = note.conversation_id.clone();
                self.update_chat(&conversation_id, |chat| chat.notes.push(note));
            }
            // Passed on by this staff member, or reassigned by a coordinator.
            StaffEvent::Released { conversation_id, reason } => {
                self.close_chat(&conversation_id);
                match reason {
                    ReleaseReason::Transferred => self.show_notice("staff-transfer-done"),
                    ReleaseReason::Reassigned => self.show_notice("staff-chat-reassigned-away"),
                }
            }
            StaffEvent::WrappedUp { conversation_id } => {
                self.update_chat(&conversation_id, |chat| chat.wrapped_up = true)
            }
            StaffEvent::Alert(alert) => {
                self.alerts.update(|alerts| {
                    alerts.retain(|open| open.alert_id != alert.alert_id);
                    alerts.push(alert);
                });
                if self.sound.get_untracked() {
                    chime(ALERT_NOTES);
                }
            }
            StaffEvent::AlertAcknowledged { alert_id, by } => self.alerts.update(|alerts| {
                if let Some(alert) = alerts.iter_mut().find(|alert| alert.alert_id == alert_id) {
                    alert.acknowledged_by = Some(by);
                }
            }),
            StaffEvent::Ack { id, .. } => {
                self.quiet.update_value(|quiet| quiet.retain(|known| *known != id));
                handover_inbox::settled(self, &id);
                let confirmation = self.confirm_on_ack.with_value(|pending| {
                    pending.iter().find(|(request, _)| *request == id).map(|(_, notice)| *notice)
                });
                if let Some(notice) = confirmation {
                    self.confirm_on_ack.update_value(|pending| pending.retain(|(request, _)| *request != id));
                    self.show_notice(notice);
                }
            }
            StaffEvent::Board(mut snapshot) => {
                let history = snapshot.trends.take();
                self.trends.update(|ring| {
                    if let Some(history) = &history {
                        ring.load(history);
                    }
                    ring.observe_board(snapshot.generated_at, &snapshot.languages);
                });
                self.board_received_at.set(left_messages::now());
                self.board.set(Some(snapshot));
            }
            StaffEvent::Blocks(view) => self.blocks.set(view),
            StaffEvent::Observing(assigned) => self.observed.update(|observed| match observed {
                // Observing again after a reconnect: keep the lines already here.
                Some(known) if known.conversation_id == assigned.conversation_id => {
                    known.risk = assigned.risk;
                    known.notes = assigned.notes;
                    known.ended = assigned.state == ConversationState::Ended;
                }
                _ => *observed = Some(ObservedChat::new(assigned)),
            }),
            StaffEvent::Observed { conversation_id, by } => {
                self.update_chat(&conversation_id, |chat| chat.observed_by = by)
            }
            StaffEvent::Presence { conversation_id, child } => {
                self.update_chat(&conversation_id, |chat| chat.child_presence = child)
            }
            // Ratings are for coordinators' figures (reports), not for the console.
            StaffEvent::Rated { .. } => {}
            StaffEvent::HandoverConsent(view) => self.handovers.update(|handovers| handovers.on_consent(view)),
            StaffEvent::Handover(handover) => self.handovers.update(|handovers| handovers.on_outgoing(handover)),
            StaffEvent::IncomingHandover(handover) => handover_inbox::on_incoming(self, handover),
            StaffEvent::IncomingHandoverGone { handover_id, .. } => self.handovers.update(|handovers| {
                handovers.on_incoming_gone(&handover_id);
            }),
            StaffEvent::HandoverContext { conversation_id, handover } => {
                self.handovers.update(|handovers| handovers.on_context(conversation_id, handover))
            }
            StaffEvent::Error(reply) => {
                if !left_messages::take_refused(self, &reply) && !handover_inbox::refused(self, &reply) {
                    self.refused(reply)
                }
            }
        }
    }

    /// Shows a refused request to the person, unless it was one they did not ask for.
    fn refused(self, reply: ErrorReply) {
        let background = reply.id.as_ref().is_some_and(|id| self.quiet.with_value(|quiet| quiet.contains(id)));
        if background {
            let id = reply.id.clone().unwrap_or_default();
            self.quiet.update_value(|quiet| quiet.retain(|known| *known != id));
            web_sys::console::warn_1(&format!("bridgeline: {:?} refused: {}", reply.code, reply.detail).into());
        } else {
            self.error.set(Some(reply));
        }
    }

    /// Adds a chat, or refreshes what the server says of one already here (reconnect).
    fn add_chat(self, assigned: AssignedConversation) {
        self.chats.update(|chats| {
            match chats.iter_mut().find(|chat| chat.conversation_id == assigned.conversation_id) {
                Some(chat) => {
                    chat.risk = assigned.risk;
                    chat.notes = assigned.notes;
                    chat.wrapped_up = assigned.wrapped_up;
                    chat.ended |= assigned.state == ConversationState::Ended;
                }
                None => chats.push(Chat::new(assigned)),
            }
        });
        if self.selected.get_untracked().is_none() {
            self.selected
                .set(self.chats.with_untracked(|chats| chats.first().map(|chat| chat.conversation_id.clone())));
        }
    }

    /// A page of earlier messages, for a chat held or observed: merged by `seq`. The
    /// newest page after a gap it could not fill replaces what is older than it (that
    /// comes back on scrolling up), so the messages shown stay one unbroken run.
    fn receive_page(self, page: HistoryPage) {
        if let Some(id) = &page.id {
            self.quiet.update_value(|quiet| quiet.retain(|known| known != id));
        }
        let apply = |messages: &mut Vec<ChatMessage>, earlier: &mut bool, loading: &mut bool, page: HistoryPage| {
            let first = page.messages.first().map(|message| message.seq);
            if let (None, true, Some(first)) = (page.before_seq, page.more, first) {
                messages.retain(|message| message.seq >= first);
            }
            if page.before_seq.is_some() {
                *loading = false;
                *earlier = page.more;
            } else if page.more || page.after_seq == 0 {
                *earlier = page.more;
            }
            merge_page(messages, page.messages);
        };
        if self.earlier_reads.with_untracked(|reads| reads.contains_key(&page.conversation_id)) {
            self.earlier_reads.update(|reads| {
                if let Some(read) = reads.get_mut(&page.conversation_id) {
                    apply(&mut read.messages, &mut read.more, &mut read.loading, page);
                }
            });
            return;
        }
        if self.is_observed(&page.conversation_id) {
            self.observed.update(|observed| {
                if let Some(chat) = observed {
                    apply(&mut chat.messages, &mut chat.earlier, &mut chat.loading_earlier, page);
                }
            });
            return;
        }
        let conversation_id = page.conversation_id.clone();
        self.update_chat(&conversation_id, |chat| {
            apply(&mut chat.messages, &mut chat.earlier, &mut chat.loading_earlier, page)
        });
        if self.selected.get_untracked().as_ref() == Some(&conversation_id) {
            self.mark_read(&conversation_id);
        }
    }

    /// Asks for the page before the first message shown of a chat held or observed,
    /// one request at a time.
    pub fn load_earlier(self, conversation_id: &ConversationId) {
        let observed = self.is_observed(conversation_id);
        let mut first = None;
        let mut take = |messages: &Vec<ChatMessage>, earlier: bool, loading: &mut bool| {
            if earlier && !*loading {
                first = messages.first().map(|message| message.seq);
                *loading = first.is_some();
            }
        };
        if observed {
            self.observed.update_untracked(|observed| {
                if let Some(chat) = observed {
                    take(&chat.messages, chat.earlier, &mut chat.loading_earlier);
                }
            });
        } else {
            self.chats.update_untracked(|chats| {
                if let Some(chat) = chats.iter_mut().find(|chat| &chat.conversation_id == conversation_id) {
                    take(&chat.messages, chat.earlier, &mut chat.loading_earlier);
                }
            });
        }
        if let Some(first) = first {
            self.send_quietly(StaffRequest::History {
                id: new_id(),
                conversation_id: conversation_id.clone(),
                after_seq: 0,
                before_seq: Some(first),
            });
        }
    }

    fn receive(self, message: ChatMessage) {
        let selected = self.selected.get_untracked();
        self.chats.update(|chats| {
            let Some(chat) = chats.iter_mut().find(|chat| chat.conversation_id == message.conversation_id) else {
                return;
            };
            let from_child = message.author == Author::Child;
            if !merge_message(&mut chat.messages, message) {
                return;
            }
            if selected.as_ref() != Some(&chat.conversation_id) && from_child {
                chat.unread += 1;
            }
            if from_child {
                chat.child_typing = false;
            }
        });
        if let Some(selected) = selected {
            self.mark_read(&selected);
        }
    }

    fn update_chat(self, conversation_id: &ConversationId, change: impl FnOnce(&mut Chat)) {
        self.chats.update(|chats| {
            if let Some(chat) = chats.iter_mut().find(|chat| &chat.conversation_id == conversation_id) {
                change(chat);
            }
        });
    }

    fn show_typing(self, conversation_id: ConversationId) {
        let mut generation = 0;
        self.update_chat(&conversation_id, |chat| {
            chat.child_typing = true;
            chat.typing_generation += 1;
            generation = chat.typing_generation;
        });
        set_timeout(
            move || {
                self.update_chat(&conversation_id, |chat| {
                    if chat.typing_generation == generation {
                        chat.child_typing = false;
                    }
                })
            },
            std::time::Duration::from_millis(TYPING_SHOWN_MS),
        );
    }

    fn is_observed(self, conversation_id: &ConversationId) -> bool {
        self.observed.with_untracked(|observed| {
            observed.as_ref().is_some_and(|observed| &observed.conversation_id == conversation_id)
        })
    }

    /// Follows a live chat read-only, instead of the one followed so far.
    pub fn observe(self, conversation_id: ConversationId) {
        if self.is_observed(&conversation_id) {
            return;
        }
        self.stop_observing();
        self.send(StaffRequest::Observe { id: new_id(), conversation_id });
    }

    /// Stops following the observed chat (an ended one is only put away).
    pub fn stop_observing(self) {
        if let Some(observed) = self.observed.get_untracked() {
            if !observed.ended {
                self.send_quietly(StaffRequest::StopObserving {
                    id: new_id(),
                    conversation_id: observed.conversation_id,
                });
            }
            self.observed.set(None);
        }
    }

    /// Sends a request the person asked for and confirms it with `notice` once the
    /// server has carried it out; a refusal is shown as usual.
    pub fn send_confirmed(self, notice: &'static str, request: StaffRequest) {
        let id = request.id().to_owned();
        self.confirm_on_ack.update_value(|pending| {
            if pending.len() >= 16 {
                pending.remove(0);
            }
            pending.push((id, notice));
        });
        self.send(request);
    }

    /// Shows a confirmation for a few seconds.
    pub fn show_notice(self, id: &'static str) {
        self.notice.set(Some(id));
        self.notice_generation.update_value(|generation| *generation += 1);
        let generation = self.notice_generation.get_value();
        set_timeout(
            move || {
                if self.notice_generation.get_value() == generation {
                    self.notice.set(None);
                }
            },
            std::time::Duration::from_millis(NOTICE_SHOWN_MS),
        );
    }

    /// Tells the child the counsellor has seen the open chat, when the page is in view.
    pub fn mark_read(self, conversation_id: &ConversationId) {
        if document().hidden() {
            return;
        }
        let last = self.chats.with_untracked(|chats| {
            chats
                .iter()
                .find(|chat| &chat.conversation_id == conversation_id && !chat.ended)
                .and_then(|chat| chat.messages.last().map(|message| message.seq))
        });
        let Some(seq) = last else { return };
        let already = self.read_sent.with_value(|sent| sent.get(conversation_id).copied().unwrap_or(0));
        if seq > already {
            self.read_sent.update_value(|sent| {
                sent.insert(conversation_id.clone(), seq);
            });
            self.send_quietly(StaffRequest::Read { id: new_id(), conversation_id: conversation_id.clone(), seq });
        }
    }

    pub fn select(self, conversation_id: ConversationId) {
        self.update_chat(&conversation_id, |chat| chat.unread = 0);
        self.selected.set(Some(conversation_id.clone()));
        self.mark_read(&conversation_id);
    }

    /// Keyboard shortcuts, with Alt so they never collide with typing: Alt+1…9 opens
    /// that chat, Alt+↓/↑ the next or previous one, Alt+A accepts the first offer.
    pub fn shortcut(self, event: &web_sys::KeyboardEvent) {
        if !event.alt_key() || event.ctrl_key() || event.meta_key() {
            return;
        }
        let chats: Vec<ConversationId> =
            self.chats.with_untracked(|chats| chats.iter().map(|chat| chat.conversation_id.clone()).collect());
        let current = self.selected.get_untracked().and_then(|selected| chats.iter().position(|id| *id == selected));
        let target = match event.code().as_str() {
            code if code.starts_with("Digit") => {
                code["Digit".len()..].parse::<usize>().ok().filter(|n| *n >= 1).and_then(|n| chats.get(n - 1))
            }
            "ArrowDown" => chats.get(current.map_or(0, |index| (index + 1) % chats.len().max(1))),
            "ArrowUp" => chats.get(current.map_or(0, |index| (index + chats.len() - 1) % chats.len().max(1))),
            "KeyA" => {
                if let Some(offer) = self.offers.with_untracked(|offers| offers.first().cloned()) {
                    event.prevent_default();
                    self.send(StaffRequest::Accept { id: new_id(), conversation_id: offer.conversation_id });
                }
                return;
            }
            _ => return,
        };
        if let Some(conversation_id) = target.cloned() {
            event.prevent_default();
            self.select(conversation_id);
        }
    }

    /// Takes a chat off the console (closed after its end, or passed on).
    pub fn close_chat(self, conversation_id: &ConversationId) {
        self.chats.update(|chats| chats.retain(|chat| &chat.conversation_id != conversation_id));
        self.handovers.update(|handovers| handovers.forget_chat(conversation_id));
        self.handover_drafts.update_value(|drafts| {
            drafts.remove(conversation_id);
        });
        if self.selected.get_untracked().as_ref() == Some(conversation_id) || self.selected.get_untracked().is_none() {
            self.selected
                .set(self.chats.with_untracked(|chats| chats.first().map(|chat| chat.conversation_id.clone())));
        }
    }

    /// Sends a request the person asked for; a refusal is shown to them.
    pub fn send(self, request: StaffRequest) {
        if let Ok(text) = serde_json::to_string(&request) {
            socket::send(&text);
        }
    }

    /// Sends a background request; a refusal is only logged.
    pub fn send_quietly(self, request: StaffRequest) {
        let id = request.id().to_owned();
        self.quiet.update_value(|quiet| {
            // Typing and read marks are acknowledged at once; keep the list short anyway.
            if quiet.len() >= 64 {
                quiet.remove(0);
            }
            quiet.push(id);
        });
        self.send(request);
    }
}

/// Fetches and parses a same-origin JSON resource; `None` on any failure.
pub async fn fetch_json<T: serde::de::DeserializeOwned>(path: &str) -> Option<T> {
    serde_json::from_str(&fetch_text(path).await?).ok()
}

/// Puts a message in its place by `seq`; false when it was there already.
fn merge_message(messages: &mut Vec<ChatMessage>, message: ChatMessage) -> bool {
    let position = messages.partition_point(|known| known.seq < message.seq);
    if messages.get(position).is_some_and(|known| known.seq == message.seq) {
        return false;
    }
    messages.insert(position, message);
    true
}

/// Merges a page (in `seq` order) into `messages` in one pass, whatever the lengths: a
/// page at a time into a chat of ten thousand messages must not move them all once
/// per message. The stable sort merges the two sorted runs; a seq already shown is
/// kept once (the copy shown).
fn merge_page(messages: &mut Vec<ChatMessage>, page: Vec<ChatMessage>) {
    messages.extend(page);
    messages.sort_by_key(|message| message.seq);
    messages.dedup_by_key(|message| message.seq);
}
