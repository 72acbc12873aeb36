//! For coordinators and admins: the chats going on (from the board), each with Observe
//! and Reassign; and the chat being observed, read-only. Observing is audited by the
//! server and the counsellor is told; reassigning needs a note for whoever takes over.

use bridgeline_protocol::board::ChatLine;
use bridgeline_protocol::catalog::Arg;
use bridgeline_protocol::{validate_text, ConversationId, RiskLevel, StaffRequest, StaffRole};
use bridgeline_web_core::browser::new_id;
use bridgeline_web_core::l10n::L10n;
use leptos::prelude::*;

use crate::casework::NoteList;
use crate::chat::{edges, Earlier, StaffLine};
use crate::follow::{Follow, NewBelow};
use crate::labels;
use crate::state::ConsoleState;

#[component]
pub fn ChatsGoingOn(l10n: L10n, state: ConsoleState) -> impl IntoView {
    // Keyed by conversation, so that a line keeps its place (and its open form) when
    // the board changes around it.
    let ids = Memo::new(move |_| {
        state.board.with(|board| {
            board.as_ref().map(|board| board.chats.iter().map(|chat| chat.conversation_id.clone()).collect::<Vec<_>>())
        })
    });
    view! {
        <section class="chats-going-on" aria-labelledby="chats-going-on-heading" class:hidden=move || ids.with(Option::is_none)>
            <h2 id="chats-going-on-heading">{l10n.text("staff-board-chats-heading")}</h2>
            <Show when=move || ids.with(|ids| ids.as_ref().is_some_and(Vec::is_empty))>
                <p class="empty">{l10n.text("staff-board-no-chats")}</p>
            </Show>
            <ul class="chat-lines">
                <For each=move || ids.get().unwrap_or_default() key=|id| id.clone() let:conversation_id>
                    <ChatLineItem l10n=l10n state=state conversation_id=conversation_id/>
                </For>
            </ul>
        </section>
    }
}

/// The board's line for one chat, while it is listed.
fn chat_line(state: ConsoleState, conversation_id: &ConversationId) -> Option<ChatLine> {
    state.board.with(|board| {
        board
            .as_ref()
            .and_then(|board| board.chats.iter().find(|chat| &chat.conversation_id == conversation_id).cloned())
    })
}

#[component]
fn ChatLineItem(l10n: L10n, state: ConsoleState, conversation_id: ConversationId) -> impl IntoView {
    let id = StoredValue::new(conversation_id);
    let line = Memo::new(move |_| id.with_value(|id| chat_line(state, id)));
    let summary = move || {
        line.get().map(|line| {
            let language = l10n.language_name(&line.language);
            let since = labels::clock(&l10n.code(), line.queued_at);
            l10n.t_with(
                "staff-board-chat-summary",
                &[
                    ("language", Arg::Text(&language)),
                    ("counsellor", Arg::Text(&line.display_name)),
                    ("time", Arg::Text(&since)),
                ],
            )
        })
    };
    let risk = Memo::new(move |_| line.with(|line| line.as_ref().map_or(RiskLevel::None, |line| line.risk)));
    let observing = move || {
        id.with_value(|id| {
            state.observed.with(|observed| observed.as_ref().is_some_and(|chat| &chat.conversation_id == id))
        })
    };
    // A chat passed to this coordinator is theirs already: nothing to observe.
    let own = move || line.with(|line| line.as_ref().is_some_and(|line| line.username == state.username.get()));
    view! {
        <li class="chat-line" data-conversation=move || id.get_value().0>
            <p class="chat-summary">
                {summary}
                " · "
                // High and imminent are marked with a sign and the word, not colour alone.
                <span class=move || {
                    if risk.get() >= RiskLevel::High { format!("risk-marker risk-{}", risk.get().as_str()) } else { "chat-risk".to_owned() }
                }>
                    {move || format!("{}: {}", l10n.t("staff-risk-label"), l10n.t(labels::risk(risk.get())))}
                </span>
            </p>
            <div class="chat-actions">
                <Show when=move || !own()>
                    <button type="button" class="secondary observe" aria-pressed=move || observing().to_string()
                        on:click=move |_| state.observe(id.get_value())>
                        {l10n.text("staff-observe-button")}
                    </button>
                </Show>
                <Reassign l10n=l10n state=state conversation_id=id.get_value()/>
            </div>
        </li>
    }
}

/// Gives the chat to another counsellor, with a note; the server says whether they can
/// take it (online, available, with room, speaking the language).
#[component]
fn Reassign(l10n: L10n, state: ConsoleState, conversation_id: ConversationId) -> impl IntoView {
    let id = StoredValue::new(conversation_id);
    let username = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let note_missing = RwSignal::new(false);
    let open = RwSignal::new(false);
    // Counsellors on duty who speak the chat's language, other than its holder: the
    // likely choices, offered as suggestions.
    let candidates = Memo::new(move |_| {
        let line = id.with_value(|id| chat_line(state, id));
        state.board.with(|board| {
            let (Some(board), Some(line)) = (board.as_ref(), line) else { return Vec::new() };
            board
                .staff
                .iter()
                .filter(|person| {
                    person.role == StaffRole::Counsellor
                        && person.username != line.username
                        && person.languages.contains(&line.language)
                })
                .map(|person| (person.username.clone(), person.display_name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let field_id = move |name: &str| format!("reassign-{name}-{}", id.with_value(|id| id.0.clone()));
    // The note is checked here rather than by `required`, so that a blank one (spaces
    // too) is refused in the console's words, next to the field.
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let text = note.get_untracked();
        let target = username.get_untracked().trim().to_owned();
        if validate_text(&text).is_err() {
            note_missing.set(true);
            return;
        }
        note_missing.set(false);
        if target.is_empty() {
            return;
        }
        state.send_confirmed(
            "staff-reassign-done",
            StaffRequest::Reassign { id: new_id(), conversation_id: id.get_value(), username: target, note: text },
        );
        note.set(String::new());
        username.set(String::new());
        open.set(false);
    };
    view! {
        <details class="reassign" prop:open=move || open.get() on:toggle=move |event| {
            open.set(event_target::<web_sys::HtmlElement>(&event).has_attribute("open"));
        }>
            <summary>{l10n.text("staff-reassign-heading")}</summary>
            <form on:submit=on_submit>
                <label for=move || field_id("username")>{l10n.text("staff-reassign-username")}</label>
                <input id=move || field_id("username") class="reassign-username" autocomplete="off" required
                    list=move || field_id("candidates")
                    prop:value=move || username.get() on:input=move |event| username.set(event_target_value(&event))/>
                <datalist id=move || field_id("candidates")>
                    {move || candidates.get().into_iter().map(|(username, name)| view! {
                        <option value=username>{name}</option>
                    }).collect_view()}
                </datalist>
                <label for=move || field_id("note")>{l10n.text("staff-reassign-note")}</label>
                <textarea id=move || field_id("note") class="reassign-note" rows="2" dir="auto" aria-required="true"
                    aria-describedby=move || field_id("note-error")
                    prop:value=move || note.get() on:input=move |event| note.set(event_target_value(&event))></textarea>
                <p class="error" id=move || field_id("note-error") role="alert">
                    {move || if note_missing.get() { l10n.t("staff-reassign-note-required") } else { String::new() }}
                </p>
                <button type="submit" class="primary reassign-button">{l10n.text("staff-reassign-button")}</button>
            </form>
        </details>
    }
}

/// The chat being observed: its lines as they come, its notes as they were, who holds
/// it; no composer. Ended, it says so and can be put away.
#[component]
pub fn ObservedPane(l10n: L10n, state: ConsoleState) -> impl IntoView {
    let observed_id =
        Memo::new(move |_| state.observed.with(|observed| observed.as_ref().map(|chat| chat.conversation_id.clone())));
    view! {
        {move || observed_id.get().map(|conversation_id| view! {
            <ObservedChatView l10n=l10n state=state conversation_id=conversation_id/>
        })}
    }
}

#[component]
fn ObservedChatView(l10n: L10n, state: ConsoleState, conversation_id: ConversationId) -> impl IntoView {
    let id = StoredValue::new(conversation_id);
    let messages =
        move || state.observed.with(|observed| observed.as_ref().map(|chat| chat.messages.clone()).unwrap_or_default());
    let notes = Signal::derive(move || {
        state.observed.with(|observed| observed.as_ref().map(|chat| chat.notes.clone()).unwrap_or_default())
    });
    let ended = move || state.observed.with(|observed| observed.as_ref().is_some_and(|chat| chat.ended));
    let earlier = move || state.observed.with(|observed| observed.as_ref().is_some_and(|chat| chat.earlier));
    let load_earlier = Callback::new(move |()| id.with_value(|id| state.load_earlier(id)));
    let follow = Follow::new(load_earlier, move || {
        state.observed.with(|observed| observed.as_ref().map_or((None, None), |chat| edges(&chat.messages)))
    });
    let line = Memo::new(move |_| id.with_value(|id| chat_line(state, id)));
    let heading = move || {
        let language =
            state.observed.with(|observed| observed.as_ref().map(|chat| chat.language.clone()).unwrap_or_default());
        let language = l10n.language_name(&language);
        match line.get() {
            Some(line) => l10n.t_with(
                "staff-observe-heading-held",
                &[("language", Arg::Text(&language)), ("counsellor", Arg::Text(&line.display_name))],
            ),
            None => l10n.t_with("staff-observe-heading", &[("language", Arg::Text(&language))]),
        }
    };
    // The board has the current risk; the observation began with the one it had then.
    let risk = move || {
        line.with(|line| line.as_ref().map(|line| line.risk))
            .or_else(|| state.observed.with(|observed| observed.as_ref().map(|chat| chat.risk)))
            .unwrap_or_default()
    };
    let no_read_marks = Signal::stored(0);
    request_animation_frame(|| {
        if let Some(heading) = document()
            .get_element_by_id("observed-heading")
            .and_then(|element| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element).ok())
        {
            let _ = heading.focus();
        }
    });
    view! {
        <section class="observed" aria-labelledby="observed-heading">
            <h2 id="observed-heading" tabindex="-1">{heading}</h2>
            <p class="hint">{l10n.text("staff-observe-read-only")}</p>
            <p>{move || format!("{}: {}", l10n.t("staff-risk-label"), l10n.t(labels::risk(risk())))}</p>
            <Earlier l10n=l10n shown=Signal::derive(earlier) load=load_earlier/>
            <ol class="log" aria-live="polite" tabindex="0" aria-label=l10n.text("staff-chat-log-label")
                node_ref=follow.log on:scroll=move |_| follow.scrolled()>
                <For each=messages key=|message| message.seq let:message>
                    <StaffLine l10n=l10n state=state message=message child_read_seq=no_read_marks observer=true/>
                </For>
            </ol>
            <NewBelow l10n=l10n follow=follow/>
            <h3>{l10n.text("staff-notes-heading")}</h3>
            <NoteList l10n=l10n notes=notes/>
            <Show when=ended fallback=move || view! {
                <button type="button" class="secondary stop-observing" on:click=move |_| state.stop_observing()>
                    {l10n.text("staff-observe-stop")}
                </button>
            }>
                <p class="ended-note" role="status">{l10n.text("staff-chat-ended")}</p>
                <button type="button" class="secondary close-observed" on:click=move |_| state.stop_observing()>
                    {l10n.text("staff-chat-close")}
                </button>
            </Show>
        </section>
    }
}
