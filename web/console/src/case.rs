//! A returning child's case: the earlier chats of a child who came back with their
//! return code, shown beside the chat so that the child need not tell it all again.

use bridgeline_protocol::catalog::Arg;
use bridgeline_protocol::taxonomy::label_id;
use bridgeline_protocol::{ConversationId, EarlierContact};
use bridgeline_web_core::l10n::L10n;
use leptos::prelude::*;

use crate::casework::NoteList;
use crate::labels;
use crate::state::ConsoleState;

/// Nothing for a child who did not come back; else each earlier chat, newest first:
/// when, with whom, the wrap-up, the services referred to, and the private notes.
#[component]
pub fn EarlierContacts(l10n: L10n, state: ConsoleState, conversation_id: ConversationId) -> impl IntoView {
    let id = StoredValue::new(conversation_id);
    let contacts = Memo::new(move |_| id.with_value(|id| state.with_chat(id, |chat| chat.earlier_contacts.clone())));
    view! {
        <Show when=move || contacts.with(|contacts| !contacts.is_empty())>
            <section class="earlier-contacts" aria-labelledby="earlier-contacts-heading">
                <h3 id="earlier-contacts-heading">{l10n.text("staff-case-heading")}</h3>
                <p class="hint">{l10n.text("staff-case-hint")}</p>
                <ol class="contact-list">
                    {move || contacts.get().into_iter().map(|contact| view! { <Contact l10n=l10n contact=contact/> }).collect_view()}
                </ol>
            </section>
        </Show>
    }
}

#[component]
fn Contact(l10n: L10n, contact: EarlierContact) -> impl IntoView {
    let when = labels::date_time(&l10n.code(), contact.started_at);
    let with = contact.counsellor.clone().unwrap_or_else(|| l10n.t("staff-case-unanswered"));
    let wrap_up = contact.wrap_up.clone().map(|wrap_up| {
        let categories: Vec<String> = wrap_up.categories.iter().map(|code| l10n.t(&label_id(code))).collect();
        format!("{} · {}", categories.join(", "), l10n.t(labels::outcome(wrap_up.outcome)))
    });
    let referrals = (!contact.referrals.is_empty())
        .then(|| l10n.t_with("staff-case-referred", &[("services", Arg::Text(&contact.referrals.join(", ")))]));
    let transcript = if contact.transcript_kept {
        l10n.t("staff-case-transcript-kept")
    } else {
        l10n.t("staff-case-transcript-purged")
    };
    view! {
        <li class="earlier-contact">
            <p class="meta"><strong><time>{when}</time></strong>" · "{with}</p>
            {wrap_up.map(|text| view! { <p class="wrap-up">{text}</p> })}
            {referrals.map(|text| view! { <p class="referrals" dir="auto">{text}</p> })}
            <p class="transcript-state hint">{transcript}</p>
            <NoteList l10n=l10n notes=Signal::stored(contact.notes)/>
        </li>
    }
}
