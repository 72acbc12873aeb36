//! Everything the child's page tracks, and what it does on socket events. Anonymous:
//! the only things kept are the resume token and unsent messages, in tab-scoped
//! session storage that the quick exit clears (and, once a chat went on with a partner
//! helpline, that partner's socket address beside its resume token). The one exception
//! is the pause cookie, which only a browser whose chat a counsellor ended as abusive
//! ever receives: it expires by itself, and the quick exit deletes it too.

use bridgeline_protocol::handovers::{ConsentAnswer, HandoverTransfer};
use bridgeline_protocol::{
    validate_text, Author, Body, ChatMessage, ChildEarlierChat, ChildEvent, ChildRequest, ConversationId,
    ConversationState, ErrorCode, ErrorReply, HistoryPage, Intake, Notice, Presence, QueueStatus, Rating, PAUSE_COOKIE,
    PAUSE_COOKIE_ATTRIBUTES,
};
use bridgeline_web_core::browser::{new_id, session_get, session_remove, session_set, socket_url};
use bridgeline_web_core::socket;
use bridgeline_web_wire::write::{self, Pending};
use leptos::prelude::*;

use crate::handover::Handover;

const RESUME_KEY: &str = "bridgeline.resume";
const PENDING_KEY: &str = "bridgeline.pending";
/// Only once the chat went on with a partner helpline: the partner's socket address,
/// which its resume token (under [`RESUME_KEY`]) belongs to.
const SOCKET_KEY: &str = "bridgeline.socket";
pub const LANGUAGE_KEY: &str = "bridgeline.language";

/// Typing signals go out at most this often while the child types.
const TYPING_EVERY_MS: f64 = 3_000.0;
/// How long "… is writing" stays after the counsellor's last typing signal.
const TYPING_SHOWN_MS: u64 = 5_000;
/// How long the page tries to reach a partner's socket before it also shows how to
/// reach the partner by hand (it keeps trying meanwhile).
const JOIN_PATIENCE_MS: u64 = 15_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Intro,
    Intake,
    Waiting,
    Chatting,
    Ended,
    /// Coming back: the return code is asked for.
    Code,
    /// Coming back: the case's earlier chats are listed.
    Case,
    /// Coming back: one earlier chat is read.
    Read,
    /// Coming back: "erase everything?" asked.
    Erase,
    /// Everything was erased.
    Erased,
    /// The chat was handed to a partner helpline and the page cannot go on there by
    /// itself: the partner's page and return code, to reach it by hand.
    Handover,
}

/// One line of the conversation as the page shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// The server's sequence number once stored.
    pub seq: Option<u64>,
    /// The client id of the child's own messages.
    pub client_id: Option<String>,
    pub author: Author,
    pub body: Body,
}

/// The page's state, as signals (all `Copy`).
#[derive(Clone, Copy)]
pub struct ChildState {
    pub phase: RwSignal<Phase>,
    pub queue: RwSignal<Option<QueueStatus>>,
    pub counsellor: RwSignal<Option<String>>,
    pub lines: RwSignal<Vec<Line>>,
    pub reconnecting: RwSignal<bool>,
    /// The conversation went on in another tab; this one stopped.
    pub elsewhere: RwSignal<bool>,
    pub error: RwSignal<Option<&'static str>>,
    pub draft: RwSignal<String>,
    /// The counsellor has read the child's messages up to this seq.
    pub counsellor_read_seq: RwSignal<u64>,
    pub counsellor_typing: RwSignal<bool>,
    /// The counsellor holding the chat lost their connection (`presence`); a `bool`,
    /// not the [`Presence`] itself: a signal of a new type costs the page's download.
    pub counsellor_lost: RwSignal<bool>,
    pub rating: RwSignal<Option<Rating>>,
    /// Older messages than the first line shown are on the server (a long chat comes a
    /// page at a time, newest first).
    pub earlier: RwSignal<bool>,
    /// An earlier page has been asked for and not received yet.
    loading_earlier: StoredValue<bool>,
    typing_generation: StoredValue<u64>,
    last_typing_sent: StoredValue<f64>,
    read_sent: StoredValue<u64>,
    last_seq: StoredValue<u64>,
    pub language: StoredValue<String>,
    also_reads: StoredValue<Vec<String>>,
    intake: StoredValue<Intake>,
    /// Whether the page already says `leave` when it is closed (see [`leave`]).
    leaving_watched: StoredValue<bool>,
    /// A return code the server just gave, shown until the child puts it away. Held in
    /// memory only: never stored, never in a cookie.
    pub code: RwSignal<Option<String>>,
    /// The chat is a message left while nobody was there (`leave_message`, or
    /// `attached` with `left_message_at` after a reload).
    pub left: RwSignal<bool>,
    /// The id of the `leave_message` sent, to know its `code` answer.
    leave_id: StoredValue<String>,
    /// The code the child typed on coming back, empty if none: in memory only, for
    /// `open_case`, `forget_me` and the `start` of "chat now".
    return_code: StoredValue<String>,
    /// The child's earlier chats, newest first, from `earlier_chats`.
    pub case: StoredValue<Vec<ChildEarlierChat>>,
    /// The earlier chat being read (phase `Read`).
    pub reading: StoredValue<Option<ConversationId>>,
    /// The id of the `forget_me` sent, to know its `ack`.
    forget_id: StoredValue<String>,
    /// With the error `too_many_attempts`: when to try again (Unix milliseconds).
    pub error_until: StoredValue<u64>,
    /// Handing the case to a partner helpline: the question put to the child, the case
    /// sent, going on with the partner. In memory only: the one-time token and the
    /// partner's return code are never stored.
    pub handover: RwSignal<Option<Handover>>,
    /// The id of the `handover_consent` sent, to know its `ack`.
    consent_id: StoredValue<String>,
    /// Where the chat's socket is: this server's, or a partner's once the chat went on
    /// there, so that reconnects and resumes go to the server the chat is on.
    socket_url: StoredValue<String>,
}

impl ChildState {
    pub fn new(language: String) -> Self {
        Self {
            phase: RwSignal::new(Phase::Intro),
            queue: RwSignal::new(None),
            counsellor: RwSignal::new(None),
            lines: RwSignal::new(Vec::new()),
            reconnecting: RwSignal::new(false),
            elsewhere: RwSignal::new(false),
            error: RwSignal::new(None),
            draft: RwSignal::new(String::new()),
            counsellor_read_seq: RwSignal::new(0),
            counsellor_typing: RwSignal::new(false),
            counsellor_lost: RwSignal::new(false),
            rating: RwSignal::new(None),
            earlier: RwSignal::new(false),
            loading_earlier: StoredValue::new(false),
            typing_generation: StoredValue::new(0),
            last_typing_sent: StoredValue::new(f64::NEG_INFINITY),
            read_sent: StoredValue::new(0),
            last_seq: StoredValue::new(0),
            language: StoredValue::new(language),
            also_reads: StoredValue::new(Vec::new()),
            intake: StoredValue::new(Intake::default()),
            leaving_watched: StoredValue::new(false),
            code: RwSignal::new(None),
            left: RwSignal::new(false),
            leave_id: StoredValue::new(String::new()),
            return_code: StoredValue::new(String::new()),
            case: StoredValue::new(Vec::new()),
            reading: StoredValue::new(None),
            forget_id: StoredValue::new(String::new()),
            error_until: StoredValue::new(0),
            handover: RwSignal::new(None),
            consent_id: StoredValue::new(String::new()),
            socket_url: StoredValue::new(session_get(SOCKET_KEY).unwrap_or_else(|| socket_url("/ws/v1/child"))),
        }
    }

    /// Whether a conversation from earlier in this tab (reload, crash) is waiting to
    /// be resumed.
    pub fn has_conversation() -> bool {
        session_get(RESUME_KEY).is_some()
    }

    /// Messages written but not yet acknowledged: resent with the same id after a
    /// reconnect, so that each is stored exactly once.
    fn pending(&self) -> Vec<Pending> {
        session_get(PENDING_KEY)
            .and_then(|text| bridgeline_web_wire::js::parse(&text))
            .and_then(|value| write::read_pending(&value))
            .unwrap_or_default()
    }

    fn set_pending(&self, pending: &[Pending]) {
        if pending.is_empty() {
            session_remove(PENDING_KEY);
        } else {
            session_set(PENDING_KEY, &write::pending(pending));
        }
    }

    /// Opens the socket; on every (re)connect it starts or resumes, then resends.
    pub fn connect(self) {
        self.watch_leaving();
        let handlers = socket::Handlers {
            on_open: Box::new(move || self.on_open()),
            on_frame: Box::new(move |text| self.on_frame(&text)),
            on_down: Box::new(move || {
                self.reconnecting.set(true);
                // The partner's socket is not there: how to reach it by hand, at once.
                if self.joining().is_some() {
                    self.join_failed(false);
                }
            }),
            on_elsewhere: Box::new(move || {
                self.reconnecting.set(false);
                self.elsewhere.set(true);
            }),
        };
        socket::open(self.socket_url.get_value(), handlers);
    }

    /// From the first connection on, the page says `leave` when the child goes on
    /// purpose: `boot.js` calls `window.bridgelineLeave` on the quick exit and on
    /// `pagehide` (the page closed or navigated away, unless the browser keeps it to
    /// come back to; there in script, which costs the child's download less than a
    /// typed listener here). A reload says it too, and resumes at once.
    fn watch_leaving(self) {
        if self.leaving_watched.get_value() {
            return;
        }
        self.leaving_watched.set_value(true);
        if let Some(window) = web_sys::window() {
            let leave = wasm_bindgen::closure::Closure::<dyn Fn()>::new(leave).into_js_value();
            let _ = js_sys::Reflect::set(&window, &"bridgelineLeave".into(), &leave);
        }
    }

    fn on_open(self) {
        self.reconnecting.set(false);
        let request = match (self.joining(), session_get(RESUME_KEY)) {
            // Going on with a partner: the one-time token, until `attached`.
            (Some(token), _) => ChildRequest::JoinHandover { id: new_id(), token },
            (None, Some(resume_token)) => {
                ChildRequest::Resume { id: new_id(), resume_token, last_seq: self.last_seq.get_value() }
            }
            // Coming back and reading: the case opens again on a new connection.
            (None, None) if self.coming_back() => {
                ChildRequest::OpenCase { id: new_id(), code: self.return_code.get_value() }
            }
            (None, None) => self.start_request(),
        };
        send(&request);
    }

    /// Whether the page is on a screen of coming back with a code (no chat of its own).
    fn coming_back(self) -> bool {
        matches!(self.phase.get_untracked(), Phase::Code | Phase::Case | Phase::Read | Phase::Erase)
    }

    fn start_request(self) -> ChildRequest {
        let code = self.return_code.get_value();
        ChildRequest::Start {
            id: new_id(),
            language: self.language.get_value(),
            also_reads: self.also_reads.get_value(),
            intake: self.intake.get_value(),
            return_code: (!code.is_empty()).then_some(code),
        }
    }

    fn on_frame(self, text: &str) {
        let event =
            bridgeline_web_wire::js::parse(text).and_then(|frame| bridgeline_web_wire::child_event::read(&frame));
        let Some(event) = event else { return };
        match event {
            ChildEvent::Attached {
                resume_token,
                state,
                counsellor,
                counsellor_read_seq,
                language,
                left_message_at,
                next_on_duty_at,
                ..
            } => {
                session_set(RESUME_KEY, &resume_token);
                if self.joining().is_some() {
                    // At the partner now: its resume token goes with its socket.
                    session_set(SOCKET_KEY, &self.socket_url.get_value());
                    self.handover.update(|handover| {
                        if let Some(Handover::Joining { transfer, .. }) = handover {
                            let partner = std::mem::take(&mut transfer.partner);
                            *handover = Some(Handover::Joined { partner });
                        }
                    });
                }
                // The code came back to this case; from now on the resume token is the key.
                self.return_code.set_value(String::new());
                self.left.set(left_message_at.is_some());
                // A reloaded left message gets no `queue` frame: when someone will be
                // there comes with `attached`, and the left-message screen reads it from
                // the queue status it would have had.
                if left_message_at.is_some() {
                    self.queue.set(next_on_duty_at.map(|at| bridgeline_protocol::QueueStatus {
                        position: 1,
                        estimated_wait_seconds: None,
                        counsellor_on_duty: false,
                        languages_on_duty: Vec::new(),
                        next_on_duty_at: Some(at),
                        also_reads_on_duty: false,
                    }));
                }
                self.language.set_value(language);
                self.counsellor.set(counsellor);
                self.counsellor_lost.set(false);
                self.counsellor_read_seq.set(counsellor_read_seq);
                self.phase.set(match state {
                    ConversationState::Waiting => Phase::Waiting,
                    ConversationState::Active => Phase::Chatting,
                    ConversationState::Ended => Phase::Ended,
                });
                for pending in self.pending() {
                    send(&ChildRequest::Send { id: pending.id, text: pending.text });
                }
            }
            ChildEvent::Queue(status) => self.queue.set(Some(status)),
            ChildEvent::Ack { id, seq } => {
                if self.forget_id.with_value(|forget| *forget == id) {
                    self.erased();
                    return;
                }
                if self.consent_id.with_value(|sent| *sent == id) {
                    self.consent_id.set_value(String::new());
                    self.handover.update(|handover| {
                        if let Some(Handover::Asked { answer, sent, changing, .. }) = handover {
                            *answer = sent.take();
                            *changing = false;
                        }
                    });
                    crate::page::focus_soon(".consent");
                    return;
                }
                let mut pending = self.pending();
                pending.retain(|message| message.id != id);
                self.set_pending(&pending);
                if let Some(seq) = seq {
                    self.lines.update(|lines| {
                        if let Some(line) = lines.iter_mut().find(|line| line.client_id.as_deref() == Some(id.as_str()))
                        {
                            line.seq = Some(seq);
                        }
                    });
                }
            }
            ChildEvent::Message(message) => self.receive(message),
            ChildEvent::History(page) => {
                // Reading an earlier chat: only its pages.
                if self.phase.get_untracked() != Phase::Read
                    || self.reading.with_value(|reading| reading.as_ref() == Some(&page.conversation_id))
                {
                    self.receive_page(page)
                }
            }
            ChildEvent::Typing {} => self.show_typing(),
            ChildEvent::Read { seq } => self.counsellor_read_seq.update(|read| *read = (*read).max(seq)),
            // The chat here ends as it goes on with a partner: not an end for the child.
            ChildEvent::Ended { .. } if self.joining().is_some() => {}
            ChildEvent::Ended { pause_token, .. } => {
                if let Some(token) = pause_token {
                    keep_pause_cookie(&token);
                }
                self.phase.set(Phase::Ended);
                self.counsellor_typing.set(false);
            }
            ChildEvent::Error(reply) => self.refused(reply),
            ChildEvent::Presence { counsellor } => self.counsellor_lost.set(counsellor == Presence::ConnectionLost),
            ChildEvent::Code { id, code } => {
                if self.leave_id.with_value(|leave| *leave == id) {
                    self.left.set(true);
                }
                self.code.set(Some(code));
                crate::page::focus_soon(".code-panel");
            }
            ChildEvent::EarlierChats { chats, .. } => {
                self.case.set_value(chats);
                if self.phase.get_untracked() == Phase::Code {
                    self.phase.set(Phase::Case);
                }
            }
            ChildEvent::HandoverConsentAsked(question) => {
                self.consent_id.set_value(String::new());
                self.handover.set(Some(Handover::Asked { question, answer: None, sent: None, changing: false }));
                crate::page::focus_soon(".consent");
            }
            ChildEvent::HandoverSent(notice) => {
                // The question goes: focus in it goes back to the message box, not lost.
                let in_question = document()
                    .active_element()
                    .and_then(|element| element.closest(".consent").ok().flatten())
                    .is_some();
                self.handover.set(Some(Handover::Sent(notice)));
                if in_question {
                    crate::page::focus_soon("#message-input");
                }
            }
            ChildEvent::HandoverTransfer(transfer) => self.go_to_partner(transfer),
        }
    }

    /// The one-time token of the handover being joined, until `attached` answers it.
    fn joining(self) -> Option<String> {
        self.handover.with_untracked(|handover| match handover {
            Some(Handover::Joining { transfer, .. }) => Some(transfer.token.clone()),
            _ => None,
        })
    }

    /// The partner accepted: the chat here ends, and goes on over the partner's socket,
    /// joined with the one-time token. What was said here stays with this helpline (the
    /// partner got what the child agreed to): the partner's chat starts afresh, its
    /// messages numbered from 1. Messages not yet stored here stay on the page and are
    /// sent there once attached.
    fn go_to_partner(self, transfer: HandoverTransfer) {
        let Some(url) = bridgeline_web_wire::links::socket_address(&transfer.socket_url).map(str::to_owned) else {
            self.handover.set(Some(Handover::Joining { transfer, failed: true }));
            socket::stop();
            self.phase.set(Phase::Handover);
            return;
        };
        session_remove(RESUME_KEY);
        self.lines.update(|lines| lines.retain(|line| line.seq.is_none()));
        self.earlier.set(false);
        self.loading_earlier.set_value(false);
        self.last_seq.set_value(0);
        self.read_sent.set_value(0);
        self.counsellor.set(None);
        self.counsellor_read_seq.set(0);
        self.counsellor_typing.set(false);
        self.counsellor_lost.set(false);
        self.socket_url.set_value(url);
        let token = transfer.token.clone();
        self.handover.set(Some(Handover::Joining { transfer, failed: false }));
        self.connect();
        // A partner that does not answer (or a socket the browser refuses at once):
        // show how to reach it by hand, and keep trying behind it.
        set_timeout(
            move || {
                if self.joining().is_some_and(|joining| joining == token) {
                    self.join_failed(false);
                }
            },
            std::time::Duration::from_millis(JOIN_PATIENCE_MS),
        );
    }

    /// The partner's socket cannot be reached (`refused`: it refused the token, and the
    /// page stops trying): the partner's page and code, to go on by hand.
    fn join_failed(self, refused: bool) {
        if refused {
            socket::stop();
            self.reconnecting.set(false);
        }
        if self.joining().is_some() {
            self.handover.update(|handover| {
                if let Some(Handover::Joining { failed, .. }) = handover {
                    *failed = true;
                }
            });
            self.phase.set(Phase::Handover);
        }
    }

    /// The child's answer to the handover question (a later one replaces it until the
    /// case is sent).
    pub fn answer_consent(self, answer: ConsentAnswer) {
        let id = new_id();
        self.handover.update(|handover| {
            if let Some(Handover::Asked { question, sent, .. }) = handover {
                let consent_id = question.consent_id.clone();
                if send(&ChildRequest::HandoverConsent { id: id.clone(), consent_id, answer }) {
                    *sent = Some(answer);
                    self.consent_id.set_value(id);
                }
            }
        });
    }

    /// "Change my answer": the choices again, until the case is sent.
    pub fn change_consent(self) {
        self.handover.update(|handover| {
            if let Some(Handover::Asked { changing, .. }) = handover {
                *changing = true;
            }
        });
        crate::page::focus_soon(".consent");
    }

    fn receive(self, message: ChatMessage) {
        self.last_seq.update_value(|last| *last = (*last).max(message.seq));
        match &message.body {
            Body::System(Notice::CounsellorJoined { display_name }) => {
                // A left message taken while the page is open goes on as a live chat.
                self.left.set(false);
                self.counsellor.set(Some(display_name.clone()));
                self.counsellor_lost.set(false);
                self.phase.set(Phase::Chatting);
            }
            Body::System(Notice::LanguageChanged { language }) => self.language.set_value(language.clone()),
            // Back in line: the counsellor left, or passed the chat on (a colleague taking
            // it at once announces themselves next).
            Body::System(Notice::CounsellorLeft | Notice::Transferred) => {
                self.counsellor.set(None);
                self.counsellor_lost.set(false);
                self.counsellor_typing.set(false);
                self.phase.set(Phase::Waiting);
            }
            _ => {}
        }
        if message.author == Author::Counsellor {
            self.counsellor_typing.set(false);
        }
        self.lines.update(|lines| merge_lines(lines, vec![message]));
        self.mark_read();
    }

    /// A page of earlier messages: merged by `seq`, without the notices' effects (the
    /// conversation's state came with `attached`). The newest page after a gap the page
    /// could not fill replaces what is older than it, which comes back on scrolling up.
    fn receive_page(self, page: HistoryPage) {
        let first = page.messages.first().map(|message| message.seq);
        if let Some(last) = page.messages.last() {
            self.last_seq.update_value(|known| *known = (*known).max(last.seq));
        }
        self.lines.update(|lines| {
            if let (None, true, Some(first)) = (page.before_seq, page.more, first) {
                lines.retain(|line| line.seq.is_none_or(|seq| seq >= first));
            }
            merge_lines(lines, page.messages);
        });
        if page.before_seq.is_some() {
            self.loading_earlier.set_value(false);
            self.earlier.set(page.more);
        } else if page.more || page.after_seq == 0 {
            self.earlier.set(page.more);
        }
        self.mark_read();
    }

    /// Asks for the page before the first line shown, once at a time.
    pub fn load_earlier(self) {
        if !self.earlier.get_untracked() || self.loading_earlier.get_value() {
            return;
        }
        let first = self.lines.with_untracked(|lines| lines.iter().find_map(|line| line.seq));
        if let Some(first) = first {
            let conversation_id = self.reading.get_value();
            if send(&ChildRequest::History { id: new_id(), conversation_id, after_seq: 0, before_seq: Some(first) }) {
                self.loading_earlier.set_value(true);
            }
        }
    }

    /// Tells the counsellor what the child has seen, when the page is in view.
    pub fn mark_read(self) {
        let visible = document().hidden().then_some(()).is_none();
        let last = self.last_seq.get_value();
        if visible && last > self.read_sent.get_value() && matches!(self.phase.get_untracked(), Phase::Chatting) {
            self.read_sent.set_value(last);
            send(&ChildRequest::Read { id: new_id(), seq: last });
        }
    }

    fn show_typing(self) {
        self.counsellor_typing.set(true);
        self.typing_generation.update_value(|generation| *generation += 1);
        let generation = self.typing_generation.get_value();
        set_timeout(
            move || {
                if self.typing_generation.get_value() == generation {
                    self.counsellor_typing.set(false);
                }
            },
            std::time::Duration::from_millis(TYPING_SHOWN_MS),
        );
    }

    /// The child typed: let the counsellor know, a few seconds apart at most.
    pub fn typed(self) {
        let now = js_sys::Date::now();
        if self.phase.get_untracked() == Phase::Chatting && now - self.last_typing_sent.get_value() >= TYPING_EVERY_MS {
            self.last_typing_sent.set_value(now);
            send(&ChildRequest::Typing { id: new_id() });
        }
    }

    fn refused(self, ErrorReply { id, code, until, .. }: ErrorReply) {
        match code {
            // A return code refused (`open_case`, `forget_me`, or the `start` of "chat
            // now"): back to the code, with what to do in words.
            ErrorCode::WrongCode | ErrorCode::TooManyAttempts => {
                self.error_until.set_value(until.unwrap_or_default().max(0) as u64);
                self.return_code.set_value(String::new());
                socket::stop();
                self.phase.set(Phase::Code);
                if code == ErrorCode::WrongCode {
                    self.error.set(Some("codes-error-wrong"));
                } else {
                    self.error.set(Some("codes-error-too-many"));
                }
            }
            ErrorCode::ChatLive => {
                self.phase.set(Phase::Case);
                self.error.set(Some("codes-error-chat-live"));
            }
            ErrorCode::InvalidHandoverToken => self.join_failed(true),
            ErrorCode::InvalidResumeToken => {
                self.forget_conversation();
                self.error.set(Some("error-generic"));
            }
            ErrorCode::TooLong | ErrorCode::EmptyText | ErrorCode::ControlCharacter => {
                // Not stored: take it back into the box so nothing is lost.
                if let Some(id) = id {
                    let mut pending = self.pending();
                    if let Some(index) = pending.iter().position(|message| message.id == id) {
                        let message = pending.remove(index);
                        self.draft.set(message.text);
                    }
                    self.set_pending(&pending);
                    self.lines.update(|lines| lines.retain(|line| line.client_id.as_deref() != Some(id.as_str())));
                }
                self.error.set(Some(if code == ErrorCode::ControlCharacter {
                    "error-control-character"
                } else {
                    "error-too-long"
                }));
            }
            ErrorCode::UnknownLanguage => self.error.set(Some("error-unknown-language")),
            ErrorCode::ConversationEnded => self.phase.set(Phase::Ended),
            // The survey was sent before this page was reloaded: it was counted then.
            ErrorCode::AlreadyAnswered => {}
            // Chats from this browser are paused: the server's page says so (in the
            // child's language, with the phone line and 112), and needs no app.
            ErrorCode::Paused => {
                socket::stop();
                if let Some(window) = web_sys::window() {
                    let _ = window.location().replace(&format!("/?lang={}", self.language.get_value()));
                }
            }
            _ => self.error.set(Some("error-generic")),
        }
    }

    pub fn submit(self) {
        let text = self.draft.get_untracked();
        match validate_text(&text) {
            Ok(()) => {}
            Err(ErrorCode::TooLong) => {
                self.error.set(Some("error-too-long"));
                return;
            }
            Err(ErrorCode::ControlCharacter) => {
                self.error.set(Some("error-control-character"));
                return;
            }
            Err(_) => return,
        }
        self.error.set(None);
        let id = new_id();
        let mut pending = self.pending();
        pending.push(Pending { id: id.clone(), text: text.clone() });
        self.set_pending(&pending);
        self.lines.update(|lines| {
            lines.push(Line {
                seq: None,
                client_id: Some(id.clone()),
                author: Author::Child,
                body: Body::Text { text: text.clone() },
            })
        });
        self.draft.set(String::new());
        send(&ChildRequest::Send { id, text });
    }

    /// Starts a conversation with what the child answered (or nothing, if skipped).
    pub fn start(self, intake: Intake, also_reads: Vec<String>) {
        self.error.set(None);
        self.intake.set_value(intake);
        self.also_reads.set_value(also_reads);
        self.phase.set(Phase::Waiting);
        self.connect();
    }

    /// Moves to the queue of another language a counsellor on duty speaks.
    pub fn change_language(self, language: String) {
        send(&ChildRequest::ChangeLanguage { id: new_id(), language });
    }

    pub fn end(self) {
        send(&ChildRequest::End { id: new_id() });
    }

    pub fn rate(self, rating: Rating) {
        if send(&ChildRequest::Rate { id: new_id(), rating }) {
            self.rating.set(Some(rating));
        }
    }

    /// A return code for this chat's case (shown when it comes).
    pub fn take_code(self) {
        self.error.set(None);
        send(&ChildRequest::TakeCode { id: new_id() });
    }

    /// Nobody is there: what the child wrote becomes a message for later.
    pub fn leave_message(self) {
        self.error.set(None);
        let id = new_id();
        self.leave_id.set_value(id.clone());
        send(&ChildRequest::LeaveMessage { id });
    }

    /// Coming back: opens the case of `code` (connecting first if need be).
    pub fn open_case(self, code: String) {
        self.error.set(None);
        self.return_code.set_value(code.clone());
        if !send(&ChildRequest::OpenCase { id: new_id(), code }) {
            self.connect();
        }
    }

    /// Reads one earlier chat of the case, newest page first.
    pub fn read_chat(self, conversation_id: ConversationId) {
        self.clear_lines();
        self.reading.set_value(Some(conversation_id.clone()));
        self.phase.set(Phase::Read);
        send(&ChildRequest::History {
            id: new_id(),
            conversation_id: Some(conversation_id),
            after_seq: 0,
            before_seq: None,
        });
    }

    /// Back from reading to the list of earlier chats.
    pub fn back_to_case(self) {
        self.clear_lines();
        self.reading.set_value(None);
        self.error.set(None);
        self.phase.set(Phase::Case);
    }

    /// "Chat now": a new chat in the case, with the code typed.
    pub fn chat_now(self, language: String) {
        self.clear_lines();
        self.reading.set_value(None);
        self.case.set_value(Vec::new());
        self.error.set(None);
        self.language.set_value(language);
        self.phase.set(Phase::Waiting);
        if !send(&self.start_request()) {
            self.connect();
        }
    }

    /// "Erase everything", confirmed.
    pub fn forget_me(self) {
        self.error.set(None);
        let id = new_id();
        self.forget_id.set_value(id.clone());
        send(&ChildRequest::ForgetMe { id, code: self.return_code.get_value() });
    }

    fn erased(self) {
        socket::stop();
        self.forget_id.set_value(String::new());
        self.return_code.set_value(String::new());
        self.case.set_value(Vec::new());
        self.phase.set(Phase::Erased);
    }

    fn clear_lines(self) {
        self.lines.set(Vec::new());
        self.earlier.set(false);
        self.loading_earlier.set_value(false);
        self.last_seq.set_value(0);
    }

    /// After the end: forgets this conversation on the device and goes back to the start.
    pub fn forget_conversation(self) {
        socket::stop();
        session_remove(RESUME_KEY);
        session_remove(PENDING_KEY);
        session_remove(SOCKET_KEY);
        self.socket_url.set_value(socket_url("/ws/v1/child"));
        self.handover.set(None);
        self.consent_id.set_value(String::new());
        self.lines.set(Vec::new());
        self.queue.set(None);
        self.counsellor.set(None);
        self.counsellor_read_seq.set(0);
        self.rating.set(None);
        self.earlier.set(false);
        self.loading_earlier.set_value(false);
        self.last_seq.set_value(0);
        self.read_sent.set_value(0);
        self.code.set(None);
        self.left.set(false);
        self.return_code.set_value(String::new());
        self.reading.set_value(None);
        self.case.set_value(Vec::new());
        self.error.set(None);
        self.phase.set(Phase::Intro);
    }
}

/// Keeps the pause token the server gave this browser, as the cookie that the child
/// socket's handshake and the page carry back; it expires by itself.
fn keep_pause_cookie(token: &str) {
    if let Some(document) = web_sys::window().and_then(|window| window.document()) {
        let document: web_sys::HtmlDocument = wasm_bindgen::JsCast::unchecked_into(document);
        let _ = document.set_cookie(&format!("{PAUSE_COOKIE}={token}; {PAUSE_COOKIE_ATTRIBUTES}"));
    }
}

/// Puts stored messages (in `seq` order) in their places by `seq`, lines still being
/// sent staying last, or marks the child's own lines as stored; a message already shown
/// is not doubled. One pass over the lines whatever the page, so a page of a hundred
/// earlier messages does not move a long chat's lines a hundred times.
fn merge_lines(lines: &mut Vec<Line>, messages: Vec<ChatMessage>) {
    let mut fresh = Vec::new();
    for message in messages {
        let own = message.client_id.as_ref().filter(|_| message.author == Author::Child);
        if let Some(line) = own.and_then(|id| lines.iter_mut().find(|line| line.client_id.as_ref() == Some(id))) {
            line.seq = Some(message.seq);
            continue;
        }
        // Stored lines are in `seq` order (the server numbers each socket's frames in
        // order), ahead of the lines still being sent.
        let position = lines.partition_point(|line| line.seq.is_some_and(|seq| seq < message.seq));
        if lines.get(position).is_some_and(|line| line.seq == Some(message.seq)) {
            continue;
        }
        fresh.push(Line {
            seq: Some(message.seq),
            client_id: if message.author == Author::Child { message.client_id.clone() } else { None },
            author: message.author,
            body: message.body,
        });
    }
    if fresh.is_empty() {
        return;
    }
    let mut merged = Vec::with_capacity(lines.len() + fresh.len());
    let mut fresh = fresh.into_iter().peekable();
    for line in lines.drain(..) {
        while let Some(next) = fresh.next_if(|next| line.seq.is_none_or(|seq| next.seq < Some(seq))) {
            merged.push(next);
        }
        merged.push(line);
    }
    merged.extend(fresh);
    *lines = merged;
}

/// The child goes on purpose: says `leave` (a waiting child is out of the queue at
/// once, the counsellor sees "left") and closes the socket for good.
fn leave() {
    send(&ChildRequest::Leave { id: new_id() });
    socket::stop();
}

pub(crate) fn send(request: &ChildRequest) -> bool {
    socket::send(&write::child_request(request))
}
