//! Ready answers: the library (fetched once, in the console's language), searchable,
//! grouped by purpose. The child receives each in the child's language; an answer not
//! yet translated into it cannot be sent, and says so.

use bridgeline_protocol::{CannedResponse, ConversationId, StaffRequest};
use bridgeline_web_core::browser::new_id;
use bridgeline_web_core::l10n::L10n;
use leptos::prelude::*;

use crate::labels;
use crate::state::ConsoleState;

#[component]
pub fn CannedAnswers(l10n: L10n, state: ConsoleState, conversation_id: ConversationId) -> impl IntoView {
    let id = StoredValue::new(conversation_id);
    // Memos, so that a new message in the chat does not rebuild the list (and take the
    // focus away from a button in it).
    let child_language = Memo::new(move |_| id.with_value(|id| state.with_chat(id, |chat| chat.language.clone())));
    let query = RwSignal::new(String::new());
    // The library arrives in purpose order; a search keeps that order.
    let groups = Memo::new(move |_| {
        let words = query.get().to_lowercase();
        let mut groups: Vec<(String, Vec<CannedResponse>)> = Vec::new();
        state.canned.with(|library| {
            for answer in library.iter().filter(|answer| answer.text.to_lowercase().contains(words.trim())) {
                match groups.last_mut() {
                    Some((purpose, answers)) if *purpose == answer.purpose => answers.push(answer.clone()),
                    _ => groups.push((answer.purpose.clone(), vec![answer.clone()])),
                }
            }
        });
        groups
    });
    let send =
        move |key: String| state.send(StaffRequest::SendCanned { id: new_id(), conversation_id: id.get_value(), key });
    view! {
        <details class="canned">
            <summary>{l10n.text("staff-canned-heading")}</summary>
            <label class="search">
                <span class="visually-hidden">{l10n.text("staff-canned-search")}</span>
                <input type="search" id="canned-search" placeholder=l10n.text("staff-canned-search")
                    prop:value=move || query.get() on:input=move |event| query.set(event_target_value(&event))/>
            </label>
            {move || groups.get().into_iter().map(|(purpose, answers)| view! {
                <h4>{l10n.t(labels::canned_purpose(&purpose))}</h4>
                <ul class="canned-list">
                    {answers.into_iter().map(|answer| {
                        let available = answer.languages.contains(&child_language.get());
                        let text_id = format!("answer-{}", answer.key);
                        let key = answer.key.clone();
                        view! {
                            <li class="answer" data-key=answer.key.clone()>
                                <p id=text_id.clone()>{answer.text}</p>
                                <button type="button" class="secondary send-canned" disabled=!available aria-describedby=text_id
                                    on:click=move |_| send(key.clone())>
                                    {l10n.text("staff-canned-send")}
                                </button>
                                {(!available).then(|| view! { <span class="missing">{l10n.text("staff-canned-missing")}</span> })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }).collect_view()}
        </details>
    }
}
