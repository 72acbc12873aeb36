//! The child's page: start, wait, chat, end. Anonymous: the only thing kept is the
//! resume token (and unsent messages), in tab-scoped session storage that the quick
//! exit clears.

use bridgeline_protocol::{
    validate_text, Author, Body, ChatMessage, ChildEvent, ChildRequest, ConversationState, ErrorCode, Notice,
};
use bridgeline_protocol::catalog::Arg;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use bridgeline_web_core::bootstrap::Bootstrap;
use bridgeline_web_core::browser::{new_id, quick_exit, session_get, session_remove, session_set, socket_url};
use bridgeline_web_core::l10n::{body_text, switch_to, L10n, Reader};
use bridgeline_web_core::socket;

const RESUME_KEY: &str = "bridgeline.resume";
const PENDING_KEY: &str = "bridgeline.pending";
const LANGUAGE_KEY: &str = "bridgeline.language";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Intro,
    Waiting,
    Chatting,
    Ended,
}

/// One line of the conversation as the page shows it.
#[derive(Debug, Clone, PartialEq)]
struct Line {
    /// The server's sequence number once stored.
    seq: Option<u64>,
    /// The client id of the child's own messages.
    client_id: Option<String>,
    author: Author,
    body: Body,
}

impl Line {
    fn key(&self) -> String {
        match (&self.client_id, self.seq) {
            (Some(id), _) => format!("c{id}"),
            (None, Some(seq)) => format!("s{seq}"),
            (None, None) => String::new(),
        }
    }
}

/// A message written but not yet acknowledged: resent with the same id after a
/// reconnect, so it is stored exactly once.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Pending {
    id: String,
    text: String,
}

/// Everything the page tracks, as signals (all `Copy`).
#[derive(Clone, Copy)]
struct ChildState {
    phase: RwSignal<Phase>,
    position: RwSignal<Option<u32>>,
    counsellor: RwSignal<Option<String>>,
    lines: RwSignal<Vec<Line>>,
    online: RwSignal<bool>,
    reconnecting: RwSignal<bool>,
    error: RwSignal<Option<&'static str>>,
    draft: RwSignal<String>,
    last_seq: StoredValue<u64>,
    language: StoredValue<String>,
}

impl ChildState {
    fn new(language: String) -> Self {
        Self {
            phase: RwSignal::new(Phase::Intro),
            position: RwSignal::new(None),
            counsellor: RwSignal::new(None),
            lines: RwSignal::new(Vec::new()),
            online: RwSignal::new(false),
            reconnecting: RwSignal::new(false),
            error: RwSignal::new(None),
            draft: RwSignal::new(String::new()),
            last_seq: StoredValue::new(0),
            language: StoredValue::new(language),
        }
    }

    fn pending(&self) -> Vec<Pending> {
        session_get(PENDING_KEY).and_then(|text| serde_json::from_str(&text).ok()).unwrap_or_default()
    }

    fn set_pending(&self, pending: &[Pending]) {
        if pending.is_empty() {
            session_remove(PENDING_KEY);
        } else if let Ok(text) = serde_json::to_string(pending) {
            session_set(PENDING_KEY, &text);
        }
    }

    /// Opens the socket; on every (re)connect it starts or resumes, then resends.
    fn connect(self) {
        let handlers = socket::Handlers {
            on_open: Box::new(move || self.on_open()),
            on_frame: Box::new(move |text| self.on_frame(&text)),
            on_down: Box::new(move || {
                self.online.set(false);
                self.reconnecting.set(true);
            }),
        };
        socket::open(socket_url("/ws/v1/child"), handlers);
    }

    fn on_open(self) {
        self.online.set(true);
        self.reconnecting.set(false);
        let request = match session_get(RESUME_KEY) {
            Some(resume_token) => {
                ChildRequest::Resume { id: new_id(), resume_token, last_seq: self.last_seq.get_value() }
            }
            None => ChildRequest::Start { id: new_id(), language: self.language.get_value(), also_reads: Vec::new() },
        };
        send(&request);
    }

    fn on_frame(self, text: &str) {
        let Ok(event) = serde_json::from_str::<ChildEvent>(text) else { return };
        match event {
            ChildEvent::Attached { resume_token, state, counsellor, .. } => {
                session_set(RESUME_KEY, &resume_token);
                self.counsellor.set(counsellor);
                self.phase.set(match state {
                    ConversationState::Waiting => Phase::Waiting,
                    ConversationState::Active => Phase::Chatting,
                    ConversationState::Ended => Phase::Ended,
                });
                for pending in self.pending() {
                    send(&ChildRequest::Send { id: pending.id, text: pending.text });
                }
            }
            ChildEvent::Queue { position } => self.position.set(Some(position)),
            ChildEvent::Ack { id, seq } => {
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
            ChildEvent::Ended { .. } => {
                self.phase.set(Phase::Ended);
                socket::stop();
                self.online.set(false);
            }
            ChildEvent::Error(reply) => self.refused(reply.id, reply.code),
        }
    }

    fn receive(self, message: ChatMessage) {
        self.last_seq.update_value(|last| *last = (*last).max(message.seq));
        if let Body::System(Notice::CounsellorJoined { display_name }) = &message.body {
            self.counsellor.set(Some(display_name.clone()));
            self.phase.set(Phase::Chatting);
        }
        self.lines.update(|lines| {
            let own = message.client_id.as_ref().filter(|_| message.author == Author::Child);
            if let Some(line) = own.and_then(|id| lines.iter_mut().find(|line| line.client_id.as_ref() == Some(id))) {
                line.seq = Some(message.seq);
                return;
            }
            if lines.iter().any(|line| line.seq == Some(message.seq)) {
                return;
            }
            lines.push(Line {
                seq: Some(message.seq),
                client_id: if message.author == Author::Child { message.client_id.clone() } else { None },
                author: message.author,
                body: message.body,
            });
            // Stored lines in server order; lines still being sent stay last.
            lines.sort_by_key(|line| line.seq.unwrap_or(u64::MAX));
        });
    }

    fn refused(self, id: Option<String>, code: ErrorCode) {
        match code {
            ErrorCode::InvalidResumeToken => {
                self.forget_conversation();
                self.error.set(Some("error-generic"));
            }
            ErrorCode::TooLong | ErrorCode::EmptyText => {
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
                self.error.set(Some("error-too-long"));
            }
            ErrorCode::UnknownLanguage => self.error.set(Some("error-unknown-language")),
            ErrorCode::ConversationEnded => self.phase.set(Phase::Ended),
            _ => self.error.set(Some("error-generic")),
        }
    }

    fn submit(self) {
        let text = self.draft.get_untracked();
        match validate_text(&text) {
            Ok(()) => {}
            Err(ErrorCode::TooLong) => {
                self.error.set(Some("error-too-long"));
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

    fn start(self) {
        self.error.set(None);
        self.phase.set(Phase::Waiting);
        self.connect();
    }

    fn end(self) {
        send(&ChildRequest::End { id: new_id() });
    }

    fn forget_conversation(self) {
        socket::stop();
        session_remove(RESUME_KEY);
        session_remove(PENDING_KEY);
        self.lines.set(Vec::new());
        self.position.set(None);
        self.counsellor.set(None);
        self.last_seq.set_value(0);
        self.phase.set(Phase::Intro);
    }
}

fn send(request: &ChildRequest) {
    if let Ok(text) = serde_json::to_string(request) {
        socket::send(&text);
    }
}

#[component]
pub fn ChildPage(l10n: L10n, boot: Bootstrap) -> impl IntoView {
    let state = ChildState::new(boot.locale.clone());
    // A language chosen earlier in this tab wins over the browser's.
    if let Some(chosen) = session_get(LANGUAGE_KEY).filter(|code| code != &boot.locale) {
        if let Some(summary) = boot.locales.iter().find(|summary| summary.code == chosen) {
            leptos::task::spawn_local(switch_to(l10n, "child", summary.code.clone(), summary.direction.clone()));
        }
    }
    // A conversation already open in this tab (reload, crash) resumes at once.
    if session_get(RESUME_KEY).is_some() {
        state.phase.set(Phase::Waiting);
        state.connect();
    }
    let locales = boot.locales.clone();

    view! {
        <div class="page child-page">
            <header class="topbar">
                <LanguageSwitcher l10n=l10n locales=locales/>
                <button type="button" class="quick-exit" title=move || l10n.attr("quick-exit-button", "title") on:click=move |_| quick_exit()>
                    {move || l10n.t("quick-exit-button")}
                </button>
            </header>
            <p class="connection" role="status" class:hidden=move || !state.reconnecting.get()>
                {move || if state.reconnecting.get() { l10n.t("connection-reconnecting") } else { String::new() }}
            </p>
            <main class="content">
                {move || match state.phase.get() {
                    Phase::Intro => view! { <Intro l10n=l10n state=state/> }.into_any(),
                    Phase::Waiting | Phase::Chatting => view! { <Conversation l10n=l10n state=state/> }.into_any(),
                    Phase::Ended => view! { <Ended l10n=l10n state=state/> }.into_any(),
                }}
            </main>
        </div>
    }
}

#[component]
fn LanguageSwitcher(l10n: L10n, locales: Vec<bridgeline_web_core::bootstrap::LocaleSummary>) -> impl IntoView {
    let directions: Vec<(String, String)> =
        locales.iter().map(|locale| (locale.code.clone(), locale.direction.clone())).collect();
    let on_change = move |event: leptos::ev::Event| {
        let code = event_target_value(&event);
        if let Some((code, dir)) = directions.iter().find(|(candidate, _)| candidate == &code).cloned() {
            session_set(LANGUAGE_KEY, &code);
            leptos::task::spawn_local(switch_to(l10n, "child", code, dir));
        }
    };
    view! {
        <label class="language">
            <span class="visually-hidden">{move || l10n.t("language-switcher-label")}</span>
            <select on:change=on_change prop:value=move || l10n.code()>
                {locales
                    .into_iter()
                    .map(|locale| {
                        let code = locale.code.clone();
                        view! {
                            <option value=code.clone() lang=code.clone() selected=move || l10n.code() == code>
                                {locale.native_name}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}

#[component]
fn DangerNote(l10n: L10n) -> impl IntoView {
    view! {
        <aside class="danger" aria-labelledby="danger-heading">
            <h2 id="danger-heading">{move || l10n.t("danger-heading")}</h2>
            <p>{move || l10n.t("danger-body")}</p>
        </aside>
    }
}

#[component]
fn Intro(l10n: L10n, state: ChildState) -> impl IntoView {
    view! {
        <section class="intro">
            <h1>{move || l10n.t("intro-heading")}</h1>
            <p>{move || l10n.t("intro-body")}</p>
            <ErrorNote l10n=l10n state=state/>
            <button type="button" class="primary start" on:click=move |_| {
                state.language.set_value(l10n.code());
                state.start();
            }>
                {move || l10n.t("intro-start-button")}
            </button>
            <DangerNote l10n=l10n/>
        </section>
    }
}

#[component]
fn ErrorNote(l10n: L10n, state: ChildState) -> impl IntoView {
    view! {
        <p class="error" role="alert" class:hidden=move || state.error.get().is_none()>
            {move || state.error.get().map(|id| l10n.t(id)).unwrap_or_default()}
        </p>
    }
}

#[component]
fn Conversation(l10n: L10n, state: ChildState) -> impl IntoView {
    let waiting = move || state.phase.get() == Phase::Waiting;
    let position_text = move || match state.position.get() {
        Some(position) => l10n.t_with("queue-position-announcement", &[("position", Arg::from(position))]),
        None => String::new(),
    };
    view! {
        <section class="conversation">
            <Show when=waiting>
                <div class="queue">
                    <h1>{move || l10n.t("queue-heading")}</h1>
                    <p class="queue-position" aria-live="polite">{position_text}</p>
                    <p>{move || l10n.t("queue-waiting-body")}</p>
                </div>
            </Show>
            <Show when=move || !waiting()>
                <p class="counsellor-name">
                    <span class="label">{move || l10n.t("chat-counsellor-label")}</span>
                    " "
                    <bdi>{move || state.counsellor.get().unwrap_or_default()}</bdi>
                </p>
            </Show>
            <Log l10n=l10n state=state/>
            <ErrorNote l10n=l10n state=state/>
            <Composer l10n=l10n state=state/>
            <Show when=move || !waiting()>
                <button type="button" class="secondary end" on:click=move |_| state.end()>
                    {move || l10n.t("chat-end-button")}
                </button>
            </Show>
            <DangerNote l10n=l10n/>
        </section>
    }
}

#[component]
fn Log(l10n: L10n, state: ChildState) -> impl IntoView {
    view! {
        <ol class="log" aria-live="polite" aria-relevant="additions">
            <For each=move || state.lines.get() key=|line| (line.key(), line.seq) let:line>
                <LogLine l10n=l10n line=line/>
            </For>
        </ol>
    }
}

#[component]
fn LogLine(l10n: L10n, line: Line) -> impl IntoView {
    let class = match line.author {
        Author::Child => "line own",
        Author::Counsellor => "line counsellor",
        Author::System => "line system",
    };
    let author = line.author;
    let sent = line.seq.is_some();
    let body = line.body.clone();
    let text = move || body_text(l10n, &body, Reader::Child);
    let who = move || match author {
        Author::Child => l10n.t("chat-you-label"),
        Author::Counsellor => l10n.t("chat-counsellor-label"),
        Author::System => String::new(),
    };
    // A typed text takes its direction from its own first letters; a notice follows
    // the page, whatever script the counsellor's name is in.
    let direction = (author != Author::System).then_some("auto");
    view! {
        <li class=class>
            <span class="who visually-hidden">{who}</span>
            <p class="text" dir=direction>{text}</p>
            {(author == Author::Child).then(|| view! {
                <span class="status">{move || if sent { l10n.t("chat-status-delivered") } else { l10n.t("chat-status-sending") }}</span>
            })}
        </li>
    }
}

#[component]
fn Composer(l10n: L10n, state: ChildState) -> impl IntoView {
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        state.submit();
    };
    let on_keydown = move |event: leptos::ev::KeyboardEvent| {
        if event.key() == "Enter" && !event.shift_key() {
            event.prevent_default();
            state.submit();
        }
    };
    view! {
        <form class="composer" on:submit=on_submit>
            <label for="message-input" class="visually-hidden">{move || l10n.t("chat-message-input-label")}</label>
            <textarea
                id="message-input"
                rows="2"
                dir="auto"
                placeholder=move || l10n.t("chat-message-input-placeholder")
                prop:value=move || state.draft.get()
                on:input=move |event| state.draft.set(event_target_value(&event))
                on:keydown=on_keydown
            ></textarea>
            <button type="submit" class="primary send">{move || l10n.t("chat-send-button")}</button>
        </form>
    }
}

#[component]
fn Ended(l10n: L10n, state: ChildState) -> impl IntoView {
    view! {
        <section class="ended">
            <Log l10n=l10n state=state/>
            <h1>{move || l10n.t("ended-heading")}</h1>
            <p>{move || l10n.t("ended-body")}</p>
            <button type="button" class="primary" on:click=move |_| state.forget_conversation()>
                {move || l10n.t("ended-new-chat-button")}
            </button>
            <DangerNote l10n=l10n/>
        </section>
    }
}
