//! Passing a live chat on: to a named counsellor, to the queue of another language,
//! or to a coordinator, always with a note for whoever takes over. On success the
//! server sends `released` and the chat leaves this console.

use bridgeline_protocol::{validate_text, ConversationId, StaffRequest, TransferTarget};
use bridgeline_web_core::browser::new_id;
use bridgeline_web_core::l10n::L10n;
use leptos::prelude::*;

use crate::state::ConsoleState;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Counsellor,
    Language,
    Coordinator,
}

#[component]
pub fn Transfer(l10n: L10n, state: ConsoleState, conversation_id: ConversationId) -> impl IntoView {
    let id = StoredValue::new(conversation_id);
    let chat_language = Memo::new(move |_| id.with_value(|id| state.with_chat(id, |chat| chat.language.clone())));
    let kind = RwSignal::new(Kind::Counsellor);
    let username = RwSignal::new(String::new());
    let language = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let other_languages = move || {
        let own = chat_language.get();
        state.languages.with(|languages| {
            languages
                .iter()
                .filter(|locale| locale.code != own)
                .map(|locale| (locale.code.clone(), locale.native_name.clone()))
                .collect::<Vec<_>>()
        })
    };
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let target = match kind.get_untracked() {
            Kind::Counsellor => TransferTarget::Counsellor { username: username.get_untracked().trim().to_owned() },
            Kind::Language => {
                let chosen = language.get_untracked();
                let chosen = if chosen.is_empty() {
                    other_languages().first().map(|(code, _)| code.clone()).unwrap_or_default()
                } else {
                    chosen
                };
                TransferTarget::Language { language: chosen }
            }
            Kind::Coordinator => TransferTarget::Coordinator,
        };
        let text = note.get_untracked();
        if validate_text(&text).is_ok() {
            state.send(StaffRequest::Transfer { id: new_id(), conversation_id: id.get_value(), target, note: text });
        }
    };
    let choice = move |value: Kind, label: &'static str| {
        view! {
            <label class="option">
                <input type="radio" name="transfer-kind" prop:checked=move || kind.get() == value
                    on:change=move |_| kind.set(value)/>
                {l10n.text(label)}
            </label>
        }
    };
    view! {
        <details class="transfer">
            <summary>{l10n.text("staff-transfer-heading")}</summary>
            <form on:submit=on_submit>
                <fieldset>
                    <legend class="visually-hidden">{l10n.text("staff-transfer-heading")}</legend>
                    {choice(Kind::Counsellor, "staff-transfer-to-counsellor")}
                    <Show when=move || kind.get() == Kind::Counsellor>
                        <input id="transfer-username" autocomplete="off" required aria-label=l10n.text("staff-transfer-to-counsellor")
                            prop:value=move || username.get() on:input=move |event| username.set(event_target_value(&event))/>
                    </Show>
                    {choice(Kind::Language, "staff-transfer-to-language")}
                    <Show when=move || kind.get() == Kind::Language>
                        <select id="transfer-language" aria-label=l10n.text("staff-transfer-to-language")
                            on:change=move |event| language.set(event_target_value(&event))>
                            {move || other_languages().into_iter().map(|(code, name)| {
                                let selected = code == language.get_untracked();
                                view! { <option value=code.clone() lang=code selected=selected>{name}</option> }
                            }).collect_view()}
                        </select>
                    </Show>
                    {choice(Kind::Coordinator, "staff-transfer-to-coordinator")}
                </fieldset>
                <label for="transfer-note">{l10n.text("staff-transfer-note-label")}</label>
                <textarea id="transfer-note" rows="2" dir="auto" required prop:value=move || note.get()
                    on:input=move |event| note.set(event_target_value(&event))></textarea>
                <button type="submit" class="primary transfer-button">{l10n.text("staff-transfer-button")}</button>
            </form>
        </details>
    }
}
