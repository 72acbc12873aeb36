//! The counsellor console: sign in, set status, accept offers, chat with several
//! children at once (tabs with unread badges), end chats. Reconnects by itself and
//! catches up each chat from the last message it has.

use bridgeline_protocol::catalog::Arg;
use bridgeline_protocol::{
    validate_text, AssignedConversation, Author, ChatMessage, ConversationId, ConversationState, Offer, StaffEvent,
    StaffRequest, StaffStatus,
};
use leptos::prelude::*;

use bridgeline_web_core::browser::{new_id, request, socket_url};
use bridgeline_web_core::l10n::{body_text, L10n, Reader};
use bridgeline_web_core::socket;

/// One chat in the console.
#[derive(Debug, Clone, PartialEq)]
struct Chat {
    conversation_id: ConversationId,
    language: String,
    ended: bool,
    messages: Vec<ChatMessage>,
    unread: usize,
    /// The child has read the counsellor's messages up to this seq.
    child_read_seq: u64,
    /// The child is typing (cleared a few seconds after their last signal).
    child_typing: bool,
    typing_generation: u64,
}

impl Chat {
    fn last_seq(&self) -> u64 {
        self.messages.last().map_or(0, |message| message.seq)
    }
}

#[derive(Clone, Copy)]
struct ConsoleState {
    signed_in: RwSignal<Option<bool>>,
    display_name: RwSignal<String>,
    status: RwSignal<StaffStatus>,
    offers: RwSignal<Vec<Offer>>,
    chats: RwSignal<Vec<Chat>>,
    selected: RwSignal<Option<ConversationId>>,
    online: RwSignal<bool>,
    login_failed: RwSignal<bool>,
    /// The highest seq a read mark was sent for, per chat.
    read_sent: StoredValue<std::collections::HashMap<ConversationId, u64>>,
    last_typing_sent: StoredValue<f64>,
    /// Play a sound when an offer arrives; the counsellor's choice, kept on this device.
    sound: RwSignal<bool>,
}

const SOUND_KEY: &str = "bridgeline.console.sound";

/// How long "the child is writing" stays after their last typing signal.
const TYPING_SHOWN_MS: u64 = 5_000;
/// Typing signals go out at most this often.
const TYPING_EVERY_MS: f64 = 3_000.0;

impl ConsoleState {
    fn connect(self) {
        let handlers = socket::Handlers {
            on_open: Box::new(move || self.online.set(true)),
            on_frame: Box::new(move |text| self.on_frame(&text)),
            on_down: Box::new(move || self.online.set(false)),
            on_elsewhere: Box::new(move || self.online.set(false)),
        };
        socket::open(socket_url("/ws/v1/staff"), handlers);
    }

    fn on_frame(self, text: &str) {
        let Ok(event) = serde_json::from_str::<StaffEvent>(text) else { return };
        match event {
            StaffEvent::Ready { display_name, status, conversations, offer, .. } => {
                self.display_name.set(display_name);
                self.status.set(status);
                self.offers.set(offer.into_iter().collect());
                // A live chat the server no longer lists went back to the queue while
                // this console was away: drop it, it is someone else's now.
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
                    send(&StaffRequest::Sync {
                        id: new_id(),
                        conversation_id: chat.conversation_id.clone(),
                        after_seq: chat.last_seq(),
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
                    chime();
                }
            }
            StaffEvent::OfferWithdrawn { conversation_id } => {
                self.offers.update(|offers| offers.retain(|offer| offer.conversation_id != conversation_id))
            }
            StaffEvent::Assigned(assigned) => {
                let conversation_id = assigned.conversation_id.clone();
                self.offers.update(|offers| offers.retain(|offer| offer.conversation_id != conversation_id));
                self.add_chat(assigned);
                self.selected.set(Some(conversation_id));
            }
            StaffEvent::Message(message) => self.receive(message),
            StaffEvent::Ended { conversation_id, .. } => self.chats.update(|chats| {
                if let Some(chat) = chats.iter_mut().find(|chat| chat.conversation_id == conversation_id) {
                    chat.ended = true;
                }
            }),
            StaffEvent::Typing { conversation_id } => self.show_typing(conversation_id),
            StaffEvent::Read { conversation_id, seq } => self.update_chat(&conversation_id, |chat| {
                chat.child_read_seq = chat.child_read_seq.max(seq);
            }),
            // Ratings are for coordinators' figures; the console does not show them.
            StaffEvent::Rated { .. } | StaffEvent::Ack { .. } => {}
            StaffEvent::Error(reply) => {
                web_sys::console::warn_1(
                    &format!("bridgeline: request refused: {:?} {}", reply.code, reply.detail).into(),
                );
            }
        }
    }

    fn add_chat(self, assigned: AssignedConversation) {
        self.chats.update(|chats| {
            if !chats.iter().any(|chat| chat.conversation_id == assigned.conversation_id) {
                chats.push(Chat {
                    conversation_id: assigned.conversation_id,
                    language: assigned.language,
                    ended: assigned.state == ConversationState::Ended,
                    messages: Vec::new(),
                    unread: 0,
                    child_read_seq: assigned.child_read_seq,
                    child_typing: false,
                    typing_generation: 0,
                });
            }
        });
        if self.selected.get_untracked().is_none() {
            self.selected
                .set(self.chats.with_untracked(|chats| chats.first().map(|chat| chat.conversation_id.clone())));
        }
    }

    fn receive(self, message: ChatMessage) {
        let selected = self.selected.get_untracked();
        self.chats.update(|chats| {
            let Some(chat) = chats.iter_mut().find(|chat| chat.conversation_id == message.conversation_id) else {
                return;
            };
            if chat.messages.iter().any(|known| known.seq == message.seq) {
                return;
            }
            if selected.as_ref() != Some(&chat.conversation_id) && message.author == Author::Child {
                chat.unread += 1;
            }
            if message.author == Author::Child {
                chat.child_typing = false;
            }
            let position = chat.messages.partition_point(|known| known.seq < message.seq);
            chat.messages.insert(position, message);
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

    /// Tells the child the counsellor has seen the open chat, when the page is in view.
    fn mark_read(self, conversation_id: &ConversationId) {
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
            send(&StaffRequest::Read { id: new_id(), conversation_id: conversation_id.clone(), seq });
        }
    }

    fn select(self, conversation_id: ConversationId) {
        self.chats.update(|chats| {
            if let Some(chat) = chats.iter_mut().find(|chat| chat.conversation_id == conversation_id) {
                chat.unread = 0;
            }
        });
        self.selected.set(Some(conversation_id.clone()));
        self.mark_read(&conversation_id);
    }

    /// Keyboard shortcuts, with Alt so they never collide with typing: Alt+1…9 opens
    /// that chat, Alt+↓/↑ the next or previous one, Alt+A accepts the first offer.
    fn shortcut(self, event: &web_sys::KeyboardEvent) {
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
                    send(&StaffRequest::Accept { id: new_id(), conversation_id: offer.conversation_id });
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

    fn close_chat(self, conversation_id: &ConversationId) {
        self.chats.update(|chats| chats.retain(|chat| &chat.conversation_id != conversation_id));
        self.selected.set(self.chats.with_untracked(|chats| chats.first().map(|chat| chat.conversation_id.clone())));
    }
}

/// A short, soft two-note chime for a new offer (Web Audio; nothing is downloaded).
fn chime() {
    let Ok(context) = web_sys::AudioContext::new() else { return };
    let now = context.current_time();
    for (index, frequency) in [660.0, 880.0].into_iter().enumerate() {
        let (Ok(oscillator), Ok(gain)) = (context.create_oscillator(), context.create_gain()) else { return };
        oscillator.frequency().set_value(frequency);
        let start = now + 0.18 * index as f64;
        gain.gain().set_value(0.0);
        let _ = gain.gain().linear_ramp_to_value_at_time(0.15, start + 0.02);
        let _ = gain.gain().linear_ramp_to_value_at_time(0.0, start + 0.16);
        let _ = oscillator.connect_with_audio_node(&gain);
        let _ = gain.connect_with_audio_node(&context.destination());
        let _ = oscillator.start_with_when(start);
        let _ = oscillator.stop_with_when(start + 0.17);
    }
}

fn local_get(key: &str) -> Option<String> {
    web_sys::window()?.local_storage().ok()??.get_item(key).ok()?
}

fn local_set(key: &str, value: &str) {
    if let Some(storage) = web_sys::window().and_then(|window| window.local_storage().ok().flatten()) {
        let _ = storage.set_item(key, value);
    }
}

fn send(request: &StaffRequest) {
    if let Ok(text) = serde_json::to_string(request) {
        socket::send(&text);
    }
}

#[component]
pub fn Console(l10n: L10n) -> impl IntoView {
    let state = ConsoleState {
        signed_in: RwSignal::new(None),
        display_name: RwSignal::new(String::new()),
        status: RwSignal::new(StaffStatus::Away),
        offers: RwSignal::new(Vec::new()),
        chats: RwSignal::new(Vec::new()),
        selected: RwSignal::new(None),
        online: RwSignal::new(false),
        login_failed: RwSignal::new(false),
        read_sent: StoredValue::new(std::collections::HashMap::new()),
        last_typing_sent: StoredValue::new(f64::NEG_INFINITY),
        sound: RwSignal::new(local_get(SOUND_KEY).as_deref() == Some("on")),
    };
    leptos::task::spawn_local(async move {
        let signed_in = request("GET", "/api/v1/session", None).await.is_some_and(|response| response.ok());
        state.signed_in.set(Some(signed_in));
        if signed_in {
            state.connect();
        }
    });
    view! {
        <div class="page staff-page">
            {move || match state.signed_in.get() {
                None => view! { <p class="loading">{l10n.text("staff-page-loading")}</p> }.into_any(),
                Some(false) => view! { <SignIn l10n=l10n state=state/> }.into_any(),
                Some(true) => view! { <Desk l10n=l10n state=state/> }.into_any(),
            }}
        </div>
    }
}

#[component]
fn SignIn(l10n: L10n, state: ConsoleState) -> impl IntoView {
    let username = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let body = serde_json::json!({ "username": username.get_untracked(), "password": password.get_untracked() })
            .to_string();
        leptos::task::spawn_local(async move {
            let ok = request("POST", "/api/v1/session", Some(&body)).await.is_some_and(|response| response.ok());
            state.login_failed.set(!ok);
            if ok {
                password.set(String::new());
                state.signed_in.set(Some(true));
                state.connect();
            }
        });
    };
    view! {
        <main class="content sign-in">
            <h1>{l10n.text("staff-login-heading")}</h1>
            <form on:submit=on_submit>
                <label>
                    <span>{l10n.text("staff-login-username")}</span>
                    <input id="username" name="username" autocomplete="username" required
                        on:input=move |event| username.set(event_target_value(&event)) prop:value=move || username.get()/>
                </label>
                <label>
                    <span>{l10n.text("staff-login-password")}</span>
                    <input id="password" name="password" type="password" autocomplete="current-password" required
                        on:input=move |event| password.set(event_target_value(&event)) prop:value=move || password.get()/>
                </label>
                <p class="error" role="alert" class:hidden=move || !state.login_failed.get()>
                    {move || if state.login_failed.get() { l10n.t("staff-login-failed") } else { String::new() }}
                </p>
                <button type="submit" class="primary">{l10n.text("staff-login-button")}</button>
            </form>
        </main>
    }
}

#[component]
fn Desk(l10n: L10n, state: ConsoleState) -> impl IntoView {
    let set_status = move |status: StaffStatus| send(&StaffRequest::SetStatus { id: new_id(), status });
    let _ = window_event_listener(leptos::ev::keydown, move |event| state.shortcut(&event));
    let sign_out = move |_| {
        socket::stop();
        leptos::task::spawn_local(async move {
            let _ = request("DELETE", "/api/v1/session", None).await;
            state.signed_in.set(Some(false));
        });
    };
    let status_button = move |status: StaffStatus, id: &'static str| {
        view! {
            <button type="button" class="status-button" aria-pressed=move || (state.status.get() == status).to_string()
                on:click=move |_| set_status(status)>
                {move || l10n.t(id)}
            </button>
        }
    };
    view! {
        <header class="topbar staff-bar">
            <strong class="who">{move || state.display_name.get()}</strong>
            <div class="statuses" role="group" aria-label=l10n.text("staff-status-label")>
                {status_button(StaffStatus::Available, "staff-status-available")}
                {status_button(StaffStatus::Busy, "staff-status-busy")}
                {status_button(StaffStatus::Away, "staff-status-away")}
            </div>
            <label class="sound">
                <input type="checkbox" prop:checked=move || state.sound.get() on:change=move |event| {
                    let on = event_target_checked(&event);
                    state.sound.set(on);
                    local_set(SOUND_KEY, if on { "on" } else { "off" });
                    if on {
                        chime();
                    }
                }/>
                {l10n.text("staff-offer-sound")}
            </label>
            <button type="button" class="secondary" on:click=sign_out>{l10n.text("staff-logout-button")}</button>
        </header>
        <p class="shortcuts">{l10n.text("staff-shortcuts-help")}</p>
        <p class="connection" role="status" class:hidden=move || state.online.get()>
            {move || if state.online.get() { String::new() } else { l10n.t("staff-connection-lost") }}
        </p>
        <main class="content desk">
            <section class="offers" aria-labelledby="offers-heading">
                <h2 id="offers-heading">{l10n.text("staff-offers-heading")}</h2>
                <Show when=move || state.offers.with(Vec::is_empty)>
                    <p class="empty">{l10n.text("staff-no-offers")}</p>
                </Show>
                <ul>
                    <For each=move || state.offers.get() key=|offer| offer.conversation_id.clone() let:offer>
                        <OfferCard l10n=l10n offer=offer/>
                    </For>
                </ul>
            </section>
            <section class="chats" aria-labelledby="chats-heading">
                <h2 id="chats-heading">{l10n.text("staff-chats-heading")}</h2>
                <Show when=move || state.chats.with(Vec::is_empty)>
                    <p class="empty">{l10n.text("staff-no-chats")}</p>
                </Show>
                <div class="tabs" role="tablist">
                    <For each=move || state.chats.get() key=|chat| (chat.conversation_id.clone(), chat.unread, chat.ended) let:chat>
                        <ChatTab l10n=l10n state=state chat=chat/>
                    </For>
                </div>
                {move || state.selected.get().map(|conversation_id| view! { <ChatPane l10n=l10n state=state conversation_id=conversation_id/> })}
            </section>
        </main>
    }
}

#[component]
fn OfferCard(l10n: L10n, offer: Offer) -> impl IntoView {
    let conversation_id = offer.conversation_id.clone();
    let declined = conversation_id.clone();
    let summary = move || {
        let language = l10n.language_name(&offer.language);
        l10n.t_with(
            "staff-offer-summary",
            &[
                ("language", Arg::Text(&language)),
                ("seconds", Arg::Number(i64::try_from(offer.waited_seconds).unwrap_or(i64::MAX))),
            ],
        )
    };
    let intake = offer.intake.clone();
    let details = move || {
        let locale = l10n.code();
        let mut lines = Vec::new();
        if !intake.topics.is_empty() {
            let topics: Vec<String> =
                intake.topics.iter().map(|topic| l10n.t(&format!("staff-topic-{}", topic.as_str()))).collect();
            lines.push(l10n.t_with("staff-offer-topics", &[("topics", Arg::Text(&topics.join(", ")))]));
        }
        if let Some(band) = intake.age_band {
            let age = l10n.t(&format!("staff-age-{}", band.as_str().replace('_', "-")));
            lines.push(l10n.t_with("staff-offer-age", &[("age", Arg::Text(&age))]));
        }
        if let Some(code) = &intake.country {
            let country = bridgeline_web_core::intl::country_name(&locale, code);
            lines.push(l10n.t_with("staff-offer-country", &[("country", Arg::Text(&country))]));
        }
        lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()
    };
    view! {
        <li class="offer" role="alert">
            <p>{summary}</p>
            <ul class="offer-details">{details}</ul>
            <button type="button" class="primary accept"
                on:click=move |_| send(&StaffRequest::Accept { id: new_id(), conversation_id: conversation_id.clone() })>
                {l10n.text("staff-offer-accept")}
            </button>
            <button type="button" class="secondary decline"
                on:click=move |_| send(&StaffRequest::Decline { id: new_id(), conversation_id: declined.clone() })>
                {l10n.text("staff-offer-decline")}
            </button>
        </li>
    }
}

#[component]
fn ChatTab(l10n: L10n, state: ConsoleState, chat: Chat) -> impl IntoView {
    let conversation_id = chat.conversation_id.clone();
    let selected_id = conversation_id.clone();
    let is_selected = move || state.selected.get().as_ref() == Some(&selected_id);
    let language = chat.language.clone();
    view! {
        <button type="button" role="tab" class="tab" aria-selected=move || is_selected().to_string()
            on:click=move |_| state.select(conversation_id.clone())>
            {move || l10n.t_with("staff-chat-language", &[("language", Arg::Text(&l10n.language_name(&language)))])}
            {(chat.unread > 0).then(|| view! { <span class="badge">{chat.unread}</span> })}
        </button>
    }
}

#[component]
fn ChatPane(l10n: L10n, state: ConsoleState, conversation_id: ConversationId) -> impl IntoView {
    let draft = RwSignal::new(String::new());
    let id_for_messages = conversation_id.clone();
    let messages = move || {
        state.chats.with(|chats| {
            chats
                .iter()
                .find(|chat| chat.conversation_id == id_for_messages)
                .map(|chat| chat.messages.clone())
                .unwrap_or_default()
        })
    };
    let id_for_ended = conversation_id.clone();
    let ended =
        move || state.chats.with(|chats| chats.iter().any(|chat| chat.conversation_id == id_for_ended && chat.ended));
    let id_for_send = conversation_id.clone();
    let submit = move || {
        let text = draft.get_untracked();
        if validate_text(&text).is_ok() {
            send(&StaffRequest::Send { id: new_id(), conversation_id: id_for_send.clone(), text });
            draft.set(String::new());
        }
    };
    let submit_on_enter = submit.clone();
    let id_for_end = conversation_id.clone();
    let id_for_close = conversation_id.clone();
    let id_for_typing = conversation_id.clone();
    let id_for_typed = conversation_id.clone();
    let id_for_read = conversation_id.clone();
    let child_read_seq = Memo::new(move |_| {
        state.chats.with(|chats| {
            chats.iter().find(|chat| chat.conversation_id == id_for_read).map_or(0, |chat| chat.child_read_seq)
        })
    });
    let child_typing = move || {
        state.chats.with(|chats| chats.iter().any(|chat| chat.conversation_id == id_for_typing && chat.child_typing))
    };
    let typed = move || {
        let now = js_sys::Date::now();
        if now - state.last_typing_sent.get_value() >= TYPING_EVERY_MS {
            state.last_typing_sent.set_value(now);
            send(&StaffRequest::Typing { id: new_id(), conversation_id: id_for_typed.clone() });
        }
    };
    view! {
        <div class="chat-pane" role="tabpanel">
            <ol class="log" aria-live="polite">
                <For each=messages key=|message| message.seq let:message>
                    <StaffLine l10n=l10n message=message child_read_seq=child_read_seq/>
                </For>
            </ol>
            <p class="typing" aria-live="polite">
                {move || if child_typing() { l10n.t("staff-chat-child-typing") } else { String::new() }}
            </p>
            <Show when=move || !ended() fallback=move || {
                let id_for_close = id_for_close.clone();
                view! {
                    <p class="ended-note">{l10n.text("staff-chat-ended")}</p>
                    <button type="button" class="secondary" on:click=move |_| state.close_chat(&id_for_close)>
                        {l10n.text("staff-chat-close")}
                    </button>
                }
            }>
                <form class="composer" on:submit={
                    let submit = submit.clone();
                    move |event: leptos::ev::SubmitEvent| {
                        event.prevent_default();
                        submit();
                    }
                }>
                    <textarea id="staff-message-input" rows="2" dir="auto" aria-label=l10n.text("staff-message-input-label") prop:value=move || draft.get()
                        on:input={
                            let typed = typed.clone();
                            move |event| {
                                draft.set(event_target_value(&event));
                                typed();
                            }
                        }
                        on:keydown={
                            let submit = submit_on_enter.clone();
                            move |event: leptos::ev::KeyboardEvent| {
                                if event.key() == "Enter" && !event.shift_key() {
                                    event.prevent_default();
                                    submit();
                                }
                            }
                        }></textarea>
                    <button type="submit" class="primary send">{l10n.text("staff-send-button")}</button>
                </form>
                <button type="button" class="secondary end" on:click={
                    let id_for_end = id_for_end.clone();
                    move |_| send(&StaffRequest::End { id: new_id(), conversation_id: id_for_end.clone() })
                }>
                    {l10n.text("staff-end-button")}
                </button>
            </Show>
        </div>
    }
}

#[component]
fn StaffLine(l10n: L10n, message: ChatMessage, child_read_seq: Memo<u64>) -> impl IntoView {
    let class = match message.author {
        Author::Child => "line counsellor",
        Author::Counsellor => "line own",
        Author::System => "line system",
    };
    let author = message.author;
    let body = message.body.clone();
    let text = move || body_text(l10n, &body, Reader::Counsellor);
    let who = move || match author {
        Author::Child => l10n.t("staff-chat-child-label"),
        Author::Counsellor => l10n.t("staff-chat-you-label"),
        Author::System => String::new(),
    };
    // As on the child's page: typed text takes its own direction, notices the page's.
    let direction = (author != Author::System).then_some("auto");
    let seq = message.seq;
    let read = move || (child_read_seq.get() >= seq).then(|| l10n.t("staff-chat-status-read"));
    view! {
        <li class=class>
            <span class="who">{who}</span>
            <p class="text" dir=direction>{text}</p>
            {(author == Author::Counsellor).then(|| view! { <span class="status">{read}</span> })}
        </li>
    }
}
