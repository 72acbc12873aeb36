//! The side panel of the selected chat: what a partner helpline sent with it, if it
//! came as a handover; risk level and private notes always; while the chat is live,
//! ready answers, transfer, referral and handing over to a partner; once it has
//! ended, the wrap-up (and the handovers sent, whose answers may still come).

use bridgeline_protocol::catalog::Arg;
use bridgeline_protocol::{validate_text, ConversationId, NoteKind, NoteView, RiskLevel, StaffRequest};
use bridgeline_web_core::browser::new_id;
use bridgeline_web_core::l10n::L10n;
use leptos::prelude::*;

use crate::canned::CannedAnswers;
use crate::case::EarlierContacts;
use crate::handover::HandoverPanel;
use crate::handover_inbox::HandoverContext;
use crate::labels;
use crate::referral::Referral;
use crate::state::ConsoleState;
use crate::transfer::Transfer;
use crate::wrapup::WrapUpForm;

#[component]
pub fn Casework(l10n: L10n, state: ConsoleState, conversation_id: ConversationId) -> impl IntoView {
    let id = StoredValue::new(conversation_id);
    let ended = move || id.with_value(|id| state.with_chat(id, |chat| chat.ended));
    let wrapped_up = move || id.with_value(|id| state.with_chat(id, |chat| chat.wrapped_up));
    view! {
        <aside class="casework">
            // The story as the partner sent it, so the child need not tell it again.
            <HandoverContext l10n=l10n state=state conversation_id=id.get_value()/>
            // Once the chat has ended, its wrap-up comes first.
            <Show when=move || ended() && !wrapped_up()>
                <WrapUpForm l10n=l10n state=state conversation_id=id.get_value()/>
            </Show>
            <Show when=move || ended() && wrapped_up()>
                <p class="wrapup-done" role="status">{l10n.text("staff-wrapup-saved")}</p>
            </Show>
            <RiskControl l10n=l10n state=state conversation_id=id.get_value()/>
            <Notes l10n=l10n state=state conversation_id=id.get_value()/>
            <EarlierContacts l10n=l10n state=state conversation_id=id.get_value()/>
            <Show when=move || !ended()>
                <CannedAnswers l10n=l10n state=state conversation_id=id.get_value()/>
                <Transfer l10n=l10n state=state conversation_id=id.get_value()/>
                <Referral l10n=l10n state=state conversation_id=id.get_value()/>
            </Show>
            <HandoverPanel l10n=l10n state=state conversation_id=id.get_value()/>
        </aside>
    }
}

/// The five levels; choosing `imminent` alerts every coordinator, so it asks first.
#[component]
fn RiskControl(l10n: L10n, state: ConsoleState, conversation_id: ConversationId) -> impl IntoView {
    let id = StoredValue::new(conversation_id);
    let current = Memo::new(move |_| id.with_value(|id| state.with_chat(id, |chat| chat.risk)));
    let ended = move || id.with_value(|id| state.with_chat(id, |chat| chat.ended));
    let raised = move || current.get() >= RiskLevel::High;
    let confirming = RwSignal::new(false);
    let set = move |level: RiskLevel| {
        confirming.set(false);
        state.send(StaffRequest::SetRisk { id: new_id(), conversation_id: id.get_value(), level });
    };
    let on_change = move |event: leptos::ev::Event| match RiskLevel::parse(&event_target_value(&event)) {
        Some(RiskLevel::Imminent) => confirming.set(true),
        Some(level) => set(level),
        None => {}
    };
    view! {
        <section class="risk" class:raised=raised>
            <label>
                <span class="label">{l10n.text("staff-risk-label")}</span>
                <select id="risk-level" on:change=on_change disabled=ended
                    prop:value=move || if confirming.get() { "imminent" } else { current.get().as_str() }>
                    {RiskLevel::ALL.into_iter().map(|level| view! {
                        <option value=level.as_str() selected=move || current.get() == level>{move || l10n.t(labels::risk(level))}</option>
                    }).collect_view()}
                </select>
            </label>
            <Show when=move || confirming.get()>
                <div class="confirm" role="alert">
                    <p>{l10n.text("staff-risk-imminent-confirm")}</p>
                    <button type="button" class="danger-button confirm-imminent" on:click=move |_| set(RiskLevel::Imminent)>
                        {l10n.text("staff-risk-confirm")}
                    </button>
                    <button type="button" class="secondary" on:click=move |_| confirming.set(false)>
                        {l10n.text("staff-risk-cancel")}
                    </button>
                </div>
            </Show>
        </section>
    }
}

/// Private notes: staff only, never the child. Notes may still be added while the
/// wrap-up is written.
#[component]
fn Notes(l10n: L10n, state: ConsoleState, conversation_id: ConversationId) -> impl IntoView {
    let id = StoredValue::new(conversation_id);
    let notes = Memo::new(move |_| id.with_value(|id| state.with_chat(id, |chat| chat.notes.clone())));
    let draft = RwSignal::new(String::new());
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let text = draft.get_untracked();
        if validate_text(&text).is_ok() {
            state.send(StaffRequest::AddNote { id: new_id(), conversation_id: id.get_value(), text });
            draft.set(String::new());
        }
    };
    view! {
        <section class="notes" aria-labelledby="notes-heading">
            <h3 id="notes-heading">{l10n.text("staff-notes-heading")}</h3>
            <p class="hint">{l10n.text("staff-notes-private")}</p>
            <NoteList l10n=l10n notes=notes.into()/>
            <form class="note-form" on:submit=on_submit>
                <label for="note-input">{l10n.text("staff-note-input-label")}</label>
                <textarea id="note-input" rows="2" dir="auto" prop:value=move || draft.get()
                    on:input=move |event| draft.set(event_target_value(&event))></textarea>
                <button type="submit" class="secondary">{l10n.text("staff-note-add")}</button>
            </form>
        </section>
    }
}

/// Notes, oldest first: who wrote each and when; a transfer's note says so.
#[component]
pub fn NoteList(l10n: L10n, notes: Signal<Vec<NoteView>>) -> impl IntoView {
    view! {
        <Show when=move || notes.with(Vec::is_empty)>
            <p class="empty">{l10n.text("staff-no-notes")}</p>
        </Show>
        <ul class="note-list">
            {move || notes.get().into_iter().map(|note| {
                let author = note.author.clone();
                let heading = move || match note.kind {
                    NoteKind::Transfer => l10n.t_with("staff-note-transfer", &[("name", Arg::Text(&author))]),
                    NoteKind::Note => author.clone(),
                };
                let time = labels::moment(&l10n.code(), note.created_at);
                view! {
                    <li class="note" class:transfer=note.kind == NoteKind::Transfer>
                        <p class="meta"><strong>{heading}</strong>" · "<time>{time}</time></p>
                        <p class="text" dir="auto">{note.text}</p>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
