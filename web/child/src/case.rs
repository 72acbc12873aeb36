//! Coming back with a return code, before any new chat: the code is asked for
//! (`open_case`), the case's earlier chats are listed (`earlier_chats`) and each can be
//! read again (`history` with its `conversation_id`); from there the child chats now
//! (`start` with the code) or erases everything (`forget_me`, after a plain "are you
//! sure?"). The code typed is kept in memory only, for those requests.

use bridgeline_protocol::catalog::Arg;
use bridgeline_protocol::ChildEarlierChat;
use bridgeline_web_core::l10n::L10n;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::chat::Log;
use crate::page::{DangerNote, ErrorNote};
use crate::state::{ChildState, Phase};

/// The return code, typed: any digits, spaces or dashes (the server reads other
/// scripts' digits too).
#[component]
pub fn CodeEntry(l10n: L10n, state: ChildState) -> impl IntoView {
    let input = NodeRef::<leptos::html::Input>::new();
    let open = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let code = input.get().map(|input| input.value()).unwrap_or_default();
        if code.trim().is_empty() {
            state.error.set(Some("codes-error-wrong"));
        } else {
            state.language.set_value(l10n.code());
            state.open_case(code.trim().to_owned());
        }
    };
    view! {
        <section class="returning">
            <h1 tabindex="-1">{l10n.text("codes-back-heading")}</h1>
            <p>{l10n.text("codes-back-body")}</p>
            <form class="code-form" on:submit=open>
                <label for="return-code">{l10n.text("codes-code-label")}</label>
                <input id="return-code" node_ref=input type="text" inputmode="numeric" autocomplete="off"
                    spellcheck="false" dir="ltr" maxlength="40"/>
                <button type="submit" class="primary open-case">{l10n.text("codes-open-button")}</button>
            </form>
            <ErrorNote l10n=l10n state=state/>
            <button type="button" class="secondary back" on:click=move |_| back_to_start(state)>
                {l10n.text("codes-back-button")}
            </button>
            <DangerNote l10n=l10n/>
        </section>
    }
}

fn back_to_start(state: ChildState) {
    state.forget_conversation();
}

/// A moment in the child's language, with its date: earlier chats may be weeks old.
fn date_and_time(l10n: L10n, unix_millis: i64) -> String {
    let options = js_sys::Object::new();
    for (key, value) in [("dateStyle", "medium"), ("timeStyle", "short")] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    let date = js_sys::Date::new(&JsValue::from_f64(unix_millis as f64));
    String::from(date.to_locale_string(&l10n.code(), &options))
}

/// One earlier chat as a line of the list: when, with whom (or not answered yet),
/// whether it was a left message, and whether its words are still kept.
fn summary(l10n: L10n, chat: &ChildEarlierChat) -> String {
    let mut parts = vec![date_and_time(l10n, chat.started_at)];
    if chat.left_message {
        parts.push(l10n.t("codes-chat-left-message"));
    }
    parts.push(match &chat.counsellor {
        Some(name) => l10n.t_with("codes-chat-with", &[("name", Arg::Text(name))]),
        None => l10n.t("codes-chat-unanswered"),
    });
    if !chat.transcript_kept {
        parts.push(l10n.t("codes-chat-not-kept"));
    }
    parts.join(" · ")
}

/// The case's chats, newest first, then "chat now" and "erase everything".
#[component]
pub fn Case(l10n: L10n, state: ChildState) -> impl IntoView {
    let chats = move || {
        state
            .case
            .get()
            .into_iter()
            .map(|chat| {
                let text = summary(l10n, &chat);
                let kept = chat.transcript_kept;
                let id = chat.conversation_id;
                view! {
                    <li>
                        <button type="button" class="choice earlier-chat" disabled=!kept
                            on:click=move |_| state.read_chat(id.clone())>{text}</button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="case">
            <h1 tabindex="-1">{l10n.text("codes-case-heading")}</h1>
            <p>{move || if state.case.with(Vec::is_empty) { l10n.t("codes-case-empty") } else { l10n.t("codes-case-body") }}</p>
            <ul class="earlier-chats">{chats}</ul>
            <ErrorNote l10n=l10n state=state/>
            <button type="button" class="primary chat-now" on:click=move |_| state.chat_now(l10n.code())>
                {l10n.text("codes-chat-now-button")}
            </button>
            <button type="button" class="secondary erase" on:click=move |_| {
                state.error.set(None);
                state.phase.set(Phase::Erase);
            }>
                {l10n.text("codes-erase-button")}
            </button>
            <DangerNote l10n=l10n/>
        </section>
    }
}

/// One earlier chat, read only, newest page first (earlier pages as in the chat).
#[component]
pub fn ReadChat(l10n: L10n, state: ChildState) -> impl IntoView {
    let when = move || {
        let reading = state.reading.get_value();
        state
            .case
            .with(|chats| {
                chats
                    .iter()
                    .find(|chat| Some(&chat.conversation_id) == reading.as_ref())
                    .map(|chat| summary(l10n, chat))
            })
            .unwrap_or_default()
    };
    view! {
        <section class="read">
            <h1 tabindex="-1">{l10n.text("codes-read-heading")}</h1>
            <p>{when}</p>
            <Log l10n=l10n state=state/>
            <button type="button" class="primary back-to-case" on:click=move |_| state.back_to_case()>
                {l10n.text("codes-back-to-list-button")}
            </button>
        </section>
    }
}

/// "Erase everything?" in plain words, and what cannot be undone.
#[component]
pub fn Erase(l10n: L10n, state: ChildState) -> impl IntoView {
    view! {
        <section class="erase">
            <h1 tabindex="-1">{l10n.text("codes-erase-heading")}</h1>
            <p>{l10n.text("codes-erase-body")}</p>
            <ErrorNote l10n=l10n state=state/>
            <div class="choices">
                <button type="button" class="primary erase-yes" on:click=move |_| state.forget_me()>
                    {l10n.text("codes-erase-yes-button")}
                </button>
                <button type="button" class="secondary erase-no" on:click=move |_| state.back_to_case()>
                    {l10n.text("codes-erase-no-button")}
                </button>
            </div>
        </section>
    }
}

/// Everything is erased; the code no longer works.
#[component]
pub fn Erased(l10n: L10n, state: ChildState) -> impl IntoView {
    view! {
        <section class="erased">
            <h1 tabindex="-1">{l10n.text("codes-erased-heading")}</h1>
            <p>{l10n.text("codes-erased-body")}</p>
            <button type="button" class="primary" on:click=move |_| back_to_start(state)>
                {l10n.text("codes-erased-button")}
            </button>
            <DangerNote l10n=l10n/>
        </section>
    }
}
