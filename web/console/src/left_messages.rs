//! Messages children left while nobody who speaks their language was on duty (see
//! `docs/protocol.md`, "Messages left while nobody is there"): the list every role
//! sees of those it may take, grouped by language, oldest first, kept live by the
//! `left_message` and `left_message_gone` frames; and taking one to answer it.
//!
//! Taking one is `take_left_message`; the server answers as for an accepted offer
//! (`assigned`, the history page, the joined notice), so the chat opens as any other.
//! No sound and no announcement: a message left has waited hours already, and a
//! count beside the heading (and on a coordinator's view switch) says that some wait.

use std::time::Duration;

use bridgeline_protocol::catalog::Arg;
use bridgeline_protocol::left_messages::{self as list, by_language, seconds_since, waited, Waited};
use bridgeline_protocol::{ConversationId, ErrorCode, ErrorReply, LeftMessage, StaffRequest, UnixMillis};
use bridgeline_web_core::browser::new_id;
use bridgeline_web_core::l10n::L10n;
use leptos::prelude::*;

use crate::desk::intake_lines;
use crate::labels;
use crate::state::ConsoleState;

/// How often the ages shown are brought up to date: they read in minutes.
pub const AGES_EVERY: Duration = Duration::from_secs(30);

pub fn now() -> UnixMillis {
    js_sys::Date::now() as UnixMillis
}

/// `ready.left_messages`: the whole list, replacing what this page had. A take whose
/// answer the lost socket never brought is over: taken, the chat is in
/// `ready.conversations`; not taken, the message is listed again, to be taken again.
pub fn on_ready(state: ConsoleState, mut messages: Vec<LeftMessage>) {
    list::sort(&mut messages);
    state.taking.set(Vec::new());
    state.left_messages.set(messages);
}

/// `left_message`: one more waits.
pub fn on_left(state: ConsoleState, message: LeftMessage) {
    state.left_messages.update(|messages| list::insert(messages, message));
}

/// `left_message_gone`: taken (here or elsewhere) or erased by the child.
pub fn on_gone(state: ConsoleState, conversation_id: &ConversationId) {
    state.left_messages.update(|messages| {
        list::remove(messages, conversation_id);
    });
}

/// Asks to take a message to answer it.
pub fn take(state: ConsoleState, conversation_id: ConversationId) {
    let id = new_id();
    state.taking.update(|taking| taking.push((id.clone(), conversation_id.clone())));
    state.send(StaffRequest::TakeLeftMessage { id, conversation_id });
}

/// On `assigned`: whether it is a message this page asked to take (the chat the person
/// wants to see now). The message leaves the list either way.
pub fn taken(state: ConsoleState, conversation_id: &ConversationId) -> bool {
    on_gone(state, conversation_id);
    let mine = state.taking.with_untracked(|taking| taking.iter().any(|(_, taken)| taken == conversation_id));
    if mine {
        state.taking.update(|taking| taking.retain(|(_, taken)| taken != conversation_id));
    }
    mine
}

/// After a take: the person wants to answer, and the button they pressed is gone with
/// its card, so the focus goes to the answer's field (once the chat is drawn).
pub fn focus_answer() {
    request_animation_frame(|| {
        if let Some(field) = document()
            .get_element_by_id("staff-message-input")
            .and_then(|element| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element).ok())
        {
            let _ = field.focus();
        }
    });
}

/// On a refusal: whether it answered a take, in which case it is said here (someone
/// else took the message first, or it is no longer waiting) and the message leaves
/// the list. Other refusals of a take are shown as any refusal (`false`).
pub fn take_refused(state: ConsoleState, reply: &ErrorReply) -> bool {
    let Some(id) = &reply.id else { return false };
    let Some(conversation_id) =
        state.taking.with_untracked(|taking| taking.iter().find(|(request, _)| request == id).map(|(_, c)| c.clone()))
    else {
        return false;
    };
    state.taking.update(|taking| taking.retain(|(request, _)| request != id));
    match reply.code {
        ErrorCode::OfferGone => state.show_notice("staff-left-message-taken-elsewhere"),
        ErrorCode::NotYours => state.show_notice("staff-left-message-gone"),
        _ => return false,
    }
    on_gone(state, &conversation_id);
    true
}

/// A wait in words: "less than a minute", "35 min", "14 h 2 min", "3 d 5 h".
pub fn waited_text(l10n: L10n, seconds: u64) -> String {
    let number = |value: u64| Arg::Number(i64::try_from(value).unwrap_or(i64::MAX));
    match waited(seconds) {
        Waited::Minutes(0) => l10n.t("staff-left-waited-under-a-minute"),
        Waited::Minutes(minutes) => l10n.t_with("staff-left-waited-minutes", &[("minutes", number(minutes))]),
        Waited::Hours { hours, minutes } => {
            l10n.t_with("staff-left-waited-hours", &[("hours", number(hours)), ("minutes", number(minutes))])
        }
        Waited::Days { days, hours } => {
            l10n.t_with("staff-left-waited-days", &[("days", number(days)), ("hours", number(hours))])
        }
    }
}

/// How many messages wait (for the count beside a heading or a view's name).
pub fn count(state: ConsoleState) -> usize {
    state.left_messages.with(Vec::len)
}

/// The list, grouped by language, oldest first; an empty list says so in words.
#[component]
pub fn LeftMessages(l10n: L10n, state: ConsoleState) -> impl IntoView {
    let now = RwSignal::new(now());
    if let Ok(handle) = set_interval_with_handle(move || now.set(self::now()), AGES_EVERY) {
        on_cleanup(move || handle.clear());
    }
    let languages = Memo::new(move |_| {
        state
            .left_messages
            .with(|messages| by_language(messages).into_iter().map(|group| group.language).collect::<Vec<String>>())
    });
    view! {
        <section class="left-messages" aria-labelledby="left-messages-heading">
            <h2 id="left-messages-heading">
                {l10n.text("staff-left-messages-heading")}
                {move || (count(state) > 0).then(|| view! { " " <span class="count">{count(state)}</span> })}
            </h2>
            // What they are is said beside them; an empty list says only that.
            <Show when=move || count(state) == 0
                fallback=move || view! { <p class="hint">{l10n.text("staff-left-messages-hint")}</p> }>
                <p class="empty">{l10n.text("staff-left-messages-none")}</p>
            </Show>
            <For each=move || languages.get() key=|code: &String| code.clone() let:code>
                <LanguageGroup l10n=l10n state=state code=code now=now/>
            </For>
        </section>
    }
}

/// One language's messages, oldest first, under the language's name in the reader's
/// language.
#[component]
fn LanguageGroup(l10n: L10n, state: ConsoleState, code: String, now: RwSignal<UnixMillis>) -> impl IntoView {
    let heading_id = format!("left-messages-{code}");
    let labelled_by = heading_id.clone();
    let messages = {
        let code = code.clone();
        Memo::new(move |_| {
            state.left_messages.with(|messages| {
                messages.iter().filter(|message| message.language == code).cloned().collect::<Vec<_>>()
            })
        })
    };
    let name = l10n.language_name(&code);
    view! {
        <section class="left-language" data-language=code aria-labelledby=labelled_by>
            <h3 id=heading_id>
                {name} " " <span class="count">{move || messages.with(Vec::len)}</span>
            </h3>
            <ul>
                <For each=move || messages.get() key=|message| message.conversation_id.clone() let:message>
                    <LeftMessageCard l10n=l10n state=state message=message now=now/>
                </For>
            </ul>
        </section>
    }
}

#[component]
fn LeftMessageCard(l10n: L10n, state: ConsoleState, message: LeftMessage, now: RwSignal<UnixMillis>) -> impl IntoView {
    let left_at = message.left_at;
    let when = move || {
        let moment = labels::moment(&l10n.code(), left_at);
        let waited = waited_text(l10n, seconds_since(now.get(), left_at));
        l10n.t_with("staff-left-message-when", &[("waited", Arg::Text(&waited)), ("moment", Arg::Text(&moment))])
    };
    let intake = message.intake.clone();
    let also_reads = message.also_reads.clone();
    let details = move || {
        let mut lines = intake_lines(l10n, &intake);
        if !also_reads.is_empty() {
            let names: Vec<String> = also_reads.iter().map(|code| l10n.language_name(code)).collect();
            lines.push(l10n.t_with("staff-left-message-also-reads", &[("languages", Arg::Text(&names.join(", ")))]));
        }
        lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()
    };
    let conversation_id = StoredValue::new(message.conversation_id.clone());
    let pending = move || {
        conversation_id.with_value(|id| state.taking.with(|taking| taking.iter().any(|(_, taken)| taken == id)))
    };
    view! {
        <li class="left-message" data-conversation=message.conversation_id.0.clone()>
            <p class="left-message-when">{when}</p>
            <ul class="offer-details">{details}</ul>
            {message.returning.then(|| view! {
                <p class="returning">{l10n.text("staff-left-message-returning")}</p>
            })}
            <button type="button" class="primary take" disabled=pending
                on:click=move |_| take(state, conversation_id.get_value())>
                {l10n.text("staff-left-message-take")}
            </button>
        </li>
    }
}
